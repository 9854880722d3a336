// The hostile inputs reproduced in issue #12, each of which froze a page or the CLI for seconds (or
// threw) before. Bounds are generous (a loaded CI machine), yet each is a tenth or less of the old time.
// Figures before the fix, on the same machine: see docs/security.md, "Hostile input".
import { describe, expect, it } from 'vitest';
import { useEnglish } from '../src/core/english';
import { analyze } from '../src/core/engine';
import { concernsEarly } from '../src/core/signals/conversations/concerns-early';
import { markerClassifier } from './support/factory';
import { classify, isConcern } from '../src/core/text';
import { isConvertError } from '../src/sites/convert-common';
import { githubIssueToItem } from '../src/sites/github/convert';
import { jiraIssueToItem } from '../src/sites/jira/convert';
import { HOSTILE_ROSTER, hostileHistory } from './hostile';

useEnglish();

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const issue = (body: string) => ({
  number: 7,
  title: 'Hostile body',
  state: 'open',
  user: { login: 'someone' },
  html_url: 'https://github.com/o/r/issues/7',
  created_at: '2026-01-05T09:00:00Z',
  body,
});

describe('hostile input (issue #12)', () => {
  it.each([
    ['65,536 backticks', '`'],
    ['65,536 tildes', '~'],
  ])('a GitHub issue whose body is %s converts in well under a second (1.2 s and 3 s before)', (_name, unit) => {
    const body = unit.repeat(65_536);
    // The comment puts a mention before the same run: still found, still fast.
    const comment = { id: 1, user: { login: 'bo' }, created_at: '2026-01-06T09:00:00Z', body: `cc @ann ${body}` };
    const { value: item, ms } = timed(() => githubIssueToItem(issue(body), {}, { comments: [comment] }));
    expect(isConvertError(item)).toBe(false);
    if (!isConvertError(item)) {
      expect(item.description?.text).toHaveLength(65_536);
      expect(item.comments[0]?.mentions).toEqual(['ann']);
    }
    expect(ms).toBeLessThan(500);
  });

  it('a Jira description of 64 K "[" converts in well under a second (2 s before)', () => {
    const description = `${'['.repeat(65_536)} [~ann]`;
    const { value: item, ms } = timed(() =>
      jiraIssueToItem({ key: 'ABC-1', self: 'https://jira.example.com/rest/api/2/issue/1', fields: { summary: 'x', created: '2026-01-05T09:00:00.000+0000', description } }),
    );
    expect(isConvertError(item)).toBe(false);
    if (!isConvertError(item)) expect(item.description?.text.endsWith('@ann')).toBe(true);
    expect(ms).toBeLessThan(500);
  });

  it('the concern reader is linear on digit runs: "1." × 80 K in well under a second (4.8 s before)', () => {
    expect(timed(() => isConcern('1.'.repeat(80_000))).ms).toBeLessThan(1_000);
  });

  it('the concern reader ends on 10 MB of "1." (it never ended before; about a second now on an idle machine)', () => {
    expect(timed(() => isConcern('1.'.repeat(5_000_000))).ms).toBeLessThan(15_000);
  }, 30_000);

  it('a 6 MB word with no spaces is classified instead of overflowing the stack', () => {
    const features = classify('a'.repeat(6_000_000));
    expect(features.atomic).toBe(true);
    // No word of ordinary length: the models do not read it and the rules see no concern.
    expect(features.concern).toBe(false);
    // A 10 MB line of "1.1.1…" overflowed the noise-line pattern the same way.
    expect(() => classify('1.'.repeat(5_000_000))).not.toThrow();
  }, 30_000);

  it('concerns-early on one item with 50,000 comments takes seconds at most (52 s before)', () => {
    const data = hostileHistory(50_000);
    const { value: analysis, ms } = timed(() =>
      analyze(data, { classify: markerClassifier, roster: HOSTILE_ROSTER, now: '2036-01-01T00:00:00.000Z', signals: [concernsEarly] }),
    );
    expect(analysis.signals[0]?.status).toBe('absent');
    expect(ms).toBeLessThan(5_000);
  }, 60_000);
});
