import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../test/support/analysis-schema';
import { analyze, createContext } from './engine';
import { classify } from './text';
import { sharedTextCache } from './text/cache';
import type { ClassifyOptions } from './text/types';
import { GUIDE, SIGNAL_IDS } from './guide';
import { SIGNALS } from './signals';
import type { Signal } from './signals/types';
import { comment, day, event, item, markerClassifier, NOW, person, roster, text, times, tracker } from '../../test/support/factory';

const TEAM = roster({ em: ['erin'], engineer: ['eli', 'eve'] }, { eli: 'Payments', eve: 'Mobile' });

function backlog() {
  return tracker(
    [
      item('P-1', {
        creator: 'pam',
        description: text('[value] So that buyers check out faster. [ac]'),
        descriptionAuthor: 'pam',
        assignees: ['eli'],
        events: [
          event('status', 'eli', day(2), { to: 'In Progress' }),
          event('priority', 'pam', day(3), { to: 'High' }),
          event('sprint', 'pam', day(3), { to: 'Sprint 4' }),
          event('label', 'ci-bot', day(3)),
        ],
        comments: [comment('erin', 'Pam, [concern] this touches billing', day(1), { mentions: ['pam'] }), comment('pam', 'ok', day(2))],
      }),
      item('P-2', { creator: 'eli', state: 'done', resolution: 'wont-do', resolved: day(9), events: [event('resolved', 'pam', day(9), { resolution: 'wont-do' })] }),
    ],
    { me: 'pam', people: { 'ci-bot': person('ci-bot', { bot: true }) } },
  );
}

describe('analyze', () => {
  it('returns every guide item once, in guide order, with the guide’s kind', () => {
    const out = analyze(backlog(), { classify: markerClassifier, now: NOW, roster: TEAM });
    expect(out.signals.map((s) => s.id)).toEqual([...SIGNAL_IDS]);
    expect(out.signals.map((s) => s.kind)).toEqual(GUIDE.map((g) => g.kind));
    expect(v.safeParse(AnalysisSchema, out).success).toBe(true);
  });

  it('describes the scope, the people and the counts', () => {
    const out = analyze(backlog(), { classify: markerClassifier, now: NOW, roster: TEAM });
    expect(out.scope).toEqual({ kind: 'backlog', tracker: 'jira', site: 'acme.atlassian.net', project: 'PROJ', items: 2 });
    expect(out.stats).toMatchObject({ issues: 2, comments: 2, events: 5, routineActions: { pam: 4, eli: 2 } });
    expect(out.stats.routineActionsByKind?.priority).toEqual({ pam: 1 });
    expect(out.stats.routineActionsByKind?.creation).toEqual({ pam: 1, eli: 1 });
    expect(out.people.find((p) => p.id === 'pam')).toEqual({ id: 'pam', name: 'Pam', role: 'pm', source: 'me' });
    expect(out.people.find((p) => p.id === 'eli')).toEqual({ id: 'eli', name: 'Eli', role: 'engineer', source: 'roster', team: 'Payments' });
    // A bot acts in the data but is not a person of the team.
    expect(out.people.some((p) => p.id === 'ci-bot')).toBe(false);
  });

  it('keeps going when one signal throws, and reports that one as unreadable', () => {
    const broken: Signal = {
      id: 'pivots',
      evaluate() {
        throw new Error('boom');
      },
    };
    const signals = SIGNALS.map((s) => (s.id === 'pivots' ? broken : s));
    const data = backlog();
    const normal = analyze(data, { classify: markerClassifier, now: NOW, roster: TEAM });
    const out = analyze(data, { classify: markerClassifier, now: NOW, roster: TEAM, signals });
    const pivot = out.signals.find((s) => s.id === 'pivots')!;
    expect(pivot).toMatchObject({ status: 'insufficient-data', confidence: 0, kind: 'healthy', evidence: [] });
    expect(pivot.summary).toContain('boom');
    expect(out.signals.filter((s) => s.id !== 'pivots')).toEqual(normal.signals.filter((s) => s.id !== 'pivots'));
    expect(v.safeParse(AnalysisSchema, out).success).toBe(true);
  });

  it('applies threshold overrides and ignores bad ones', () => {
    const data = tracker([item('L', { events: times(10, (i) => event('status', i < 6 ? 'pam' : 'eli', day(i))) })], { me: 'pam' });
    const lead = (thresholds?: Record<string, number>) =>
      analyze(data, { classify: markerClassifier, now: NOW, roster: TEAM, thresholds }).signals.find((s) => s.id === 'leads-routines')!.status;
    expect(lead()).toBe('present');
    expect(lead({ routineShare: 0.8 })).toBe('absent');
    expect(lead({ routineShare: 8 })).toBe('present');
  });

  it('passes the agreement to working-agreement', () => {
    const data = tracker([item('W', { events: times(10, (i) => event('priority', 'pam', day(i))) })], { me: 'pam' });
    const without = analyze(data, { classify: markerClassifier, now: NOW, roster: TEAM });
    const withIt = analyze(data, { classify: markerClassifier, now: NOW, roster: TEAM, agreement: { owners: { prioritisation: 'pm' } } });
    expect(without.signals.find((s) => s.id === 'working-agreement')?.status).toBe('needs-setup');
    expect(withIt.signals.find((s) => s.id === 'working-agreement')?.status).toBe('present');
  });

  it('runs with the real text classifier by default', () => {
    const data = tracker(
      times(6, (i) =>
        item(`T-${i}`, {
          creator: 'pam',
          title: 'Let shoppers save a cart',
          description: text('As a returning shopper I want to save my cart so that I can finish buying later.'),
          descriptionAuthor: 'pam',
          comments: [comment('eli', 'We decided to store carts for 30 days because most people come back within a week.', day(2))],
        }),
      ),
      { me: 'pam' },
    );
    const out = analyze(data, { now: NOW, roster: TEAM });
    expect(v.safeParse(AnalysisSchema, out).success).toBe(true);
    expect(out.signals.every((s) => !s.summary.startsWith('Tandem could not read'))).toBe(true);
  });

  it('uses the clock when no time is given', () => {
    const out = analyze(tracker([]), { classify: markerClassifier });
    expect(out.signals).toHaveLength(26);
    expect(out.scope.items).toBe(0);
  });
});

describe('the default reading of texts', () => {
  const cases: [string, ClassifyOptions | undefined][] = [
    ['As a returning shopper I want to save my cart so that I can finish buying later.', { title: 'Save the cart', format: 'markdown' }],
    ['We decided to keep the old importer because the new one drops rows.', undefined],
    ['I am worried this blocks the release; the API is rate-limited and might fail.', undefined],
    ['Add a Redis cache and a React modal; store it in Postgres.', { title: 'Cache prices and export orders', format: 'plain' }],
    ['## Acceptance criteria\n- [ ] Given a cart When I log in Then I see it\n- [x] Done', { format: 'markdown' }],
    ['This is terrible, again the build is broken and nobody cares.', undefined],
    ['Thanks, great work everyone!', undefined],
    ['', { title: 'Login, signup and billing' }],
    ['h2. Definition of done\n* tests pass', { format: 'wiki', title: 'Kill the zombie process' }],
  ];
  // Each case as a description (with its title and markup) and, without them, as a comment.
  const data = tracker(cases.map(([body, options], n) => item(`T-${n}`, { title: options?.title ?? '', description: { text: body, format: options?.format ?? 'plain' }, comments: [comment('eli', body, day(1))] })));

  it.each(cases.map((c, n) => [n, ...c] as const))('case %i gives the same features as classify, cold and from the cache', (n, body, options) => {
    for (const cold of [true, false]) {
      if (cold) sharedTextCache.clear();
      const ctx = createContext(data, { now: NOW });
      const asItem = ctx.textOf(data.items[n]!);
      const expected = classify(body, { format: options?.format ?? 'plain', title: options?.title ?? '' });
      expect({ ...asItem, probability: asItem.probability }).toEqual({ ...expected, probability: expected.probability });
      const asComment = ctx.textOfComment('c', body);
      const plain = classify(body);
      expect({ ...asComment, probability: asComment.probability }).toEqual({ ...plain, probability: plain.probability });
      // It serialises as the seven answers (the CLI contract).
      expect(JSON.parse(JSON.stringify(asComment))).toEqual(JSON.parse(JSON.stringify(plain)));
    }
  });

  it('reads a text no item carries on demand, and the same words once', () => {
    const ctx = createContext(data, { now: NOW });
    const first = ctx.textOfComment('x', 'We decided to drop the importer because it loses rows.');
    expect(ctx.textOfComment('y', 'We decided to drop the importer because it loses rows.')).toBe(first);
    expect(first.decision).toBe(classify('We decided to drop the importer because it loses rows.').decision);
  });

  it('survives malformed comments: the analysis still answers', () => {
    const broken = tracker([item('B-1', { comments: [comment('eli', 'fine', day(2))] })]);
    broken.items[0]!.comments.unshift({ id: 'c', author: 'eli', created: day(1), body: null, mentions: [] } as never);
    expect(analyze(broken, { now: NOW }).signals).toHaveLength(26);
  });
});
