import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import fc from 'fast-check';
import { AnalysisSchema } from '../../test/support/analysis-schema';
import type { Analysis } from '../core/engine';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS, run, type CliIO } from './main';

// A text that makes the classifier throw, so the tests can show one failure does not stop a batch.
const THROWS = '\u0000make the classifier throw\u0000';
vi.mock('../core/text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/text')>();
  return {
    ...real,
    classify: (text: string, options?: Parameters<typeof real.classify>[1]) => {
      if (text === THROWS) throw new Error('classifier broke');
      return real.classify(text, options);
    },
    // A batch with that text in it fails whole, as a batch would if one text broke the models.
    classifyEach: (batch: Parameters<typeof real.classifyEach>[0]) => {
      if (batch.some((t) => t.text === THROWS)) throw new Error('classifier broke');
      return real.classifyEach(batch);
    },
  };
});

const ROOT = join(import.meta.dirname, '../..');
const gh = (name: string) => join(ROOT, 'test/fixtures/github', name);
const jira = (name: string) => join(ROOT, 'test/fixtures/jira', name);
const NOW = ['--now', '2026-11-24T09:00:00Z'];

/** In-memory files first, then the real disk; captures output. */
function fakeIO(files: Record<string, string> = {}, stdin = '', sizes: Record<string, number> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    async readFile(path) {
      if (path in files) return files[path] as string;
      return readFile(path, 'utf8');
    },
    readStdin: async () => stdin,
    fileSize: async (path) => sizes[path] ?? (path in files ? (files[path] as string).length : 0),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  return {
    io,
    stdout: () => out.join(''),
    stderrLines: () => err.join('').split('\n').filter((l) => l !== ''),
  };
}

function analysisOf(stdout: string): Analysis {
  const json = JSON.parse(stdout);
  const checked = v.safeParse(AnalysisSchema, json);
  if (!checked.success) throw new Error(`output does not match the contract: ${checked.issues[0]?.message}`);
  return json as Analysis;
}

describe('usage', () => {
  it.each([
    ['--help', 0, 'stdout'],
    ['help', 0, 'stdout'],
    ['analyze --help', 0, 'stdout'],
    ['', 2, 'stderr'],
  ])('`tandem %s` prints the help (exit %i)', async (args, code, stream) => {
    const t = fakeIO();
    expect(await run(args ? args.split(' ') : [], t.io)).toBe(code);
    const text = stream === 'stdout' ? t.stdout() : t.stderrLines().join('\n');
    expect(text).toContain('tandem analyze [--roster FILE] [--me ID]');
    expect(text).toContain('tandem classify');
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['analyze'], /analyze needs at least one FILE/],
    [['analyze', '--colour', 'x.json'], /unknown option --colour/],
    [['analyze', 'x.json', '--roster'], /--roster needs a value/],
    [['analyze', '--me=', 'x.json'], /--me needs a value/],
    [['analyze', '--now', 'yesterday', 'x.json'], /--now needs an ISO time/],
    [['classify', 'extra'], /classify takes no arguments/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const t = fakeIO();
    expect(await run(argv, t.io)).toBe(2);
    expect(t.stderrLines()[0]).toMatch(message);
    expect(t.stdout()).toBe('');
  });
});

describe('tandem analyze', () => {
  it('a GitHub bundle is analyzed as one item, in the contract shape', async () => {
    const t = fakeIO();
    expect(await run(['analyze', ...NOW, gh('bundle-42.json')], t.io)).toBe(0);
    expect(t.stderrLines()).toEqual([]);
    const a = analysisOf(t.stdout());
    expect(a.scope).toEqual({ kind: 'item', tracker: 'github', site: 'github.com', project: 'acme/roadmap', items: 1 });
    expect(a.signals).toHaveLength(26);
    expect(a.stats).toMatchObject({ issues: 1, comments: 5 });
  });

  it('both Jira search pages make one 40-item backlog', async () => {
    const t = fakeIO();
    expect(await run(['analyze', ...NOW, jira('search-jql-page-1.json'), jira('search-jql-page-2.json')], t.io)).toBe(0);
    const a = analysisOf(t.stdout());
    expect(a.scope).toMatchObject({ kind: 'backlog', tracker: 'jira', site: 'acme.atlassian.net', project: 'SHOP', items: 40 });
  });

  it('reads the roster and --me: roles come from the file', async () => {
    const t = fakeIO();
    const code = await run(['analyze', '--roster', jira('roster-ops.json'), '--me', 'nalvarez', ...NOW, jira('issue-OPS-7.json')], t.io);
    expect(code).toBe(0);
    const a = analysisOf(t.stdout());
    const role = (id: string) => a.people.find((p) => p.id === id)?.role;
    expect([role('nalvarez'), role('dvogel'), role('rmenon'), role('jpark')]).toEqual(['pm', 'em', 'engineer', 'engineer']);
  });

  it('--me alone makes you the PM', async () => {
    const t = fakeIO();
    await run(['analyze', '--me=pnair', ...NOW, gh('bundle-43.json')], t.io);
    expect(analysisOf(t.stdout()).people.find((p) => p.id === 'pnair')).toMatchObject({ role: 'pm', source: 'me' });
  });

  it('the roster changes the verdicts (EM known: no more needs-setup for shared routines)', async () => {
    const without = fakeIO();
    const withRoster = fakeIO();
    const files = [gh('issues.json'), gh('bundle-42.json'), gh('bundle-43.json')];
    await run(['analyze', '--me', 'pnair', ...NOW, ...files], without.io);
    await run(['analyze', '--roster', gh('roster.json'), '--me', 'pnair', ...NOW, ...files], withRoster.io);
    const status = (out: string) => analysisOf(out).signals.find((s) => s.id === 'shared-routines')?.status;
    expect(status(without.stdout())).toBe('needs-setup');
    expect(status(withRoster.stdout())).not.toBe('needs-setup');
  });

  it('the same input gives the same output (with --now)', async () => {
    const a = fakeIO();
    const b = fakeIO();
    await run(['analyze', ...NOW, jira('issue-SHOP-12.json')], a.io);
    await run(['analyze', ...NOW, jira('issue-SHOP-12.json')], b.io);
    expect(a.stdout()).toBe(b.stdout());
  });
});

describe('bad input: one line naming the file, exit 1, the good files still analyzed', () => {
  const cases: { name: string; file: string; content?: string; line: RegExp }[] = [
    { name: 'a missing file', file: '/no/such/issues.json', line: /^tandem: \/no\/such\/issues\.json: cannot read the file \(it does not exist\)$/ },
    { name: 'a directory', file: ROOT, line: /: cannot read the file \(it is a directory\)$/ },
    { name: 'broken JSON', file: 'broken.json', content: '{"issues": [', line: /^tandem: broken\.json: not valid JSON \(.+\)$/ },
    {
      name: 'JSON of another shape',
      file: 'issues.json',
      content: '{"a": 1, "b": 2, "c": 3}',
      line: /^tandem: issues\.json: not a Jira issue, Jira search page, GitHub issue, GitHub issue list or GitHub bundle \(found an object with keys a, b, c\)$/,
    },
    { name: 'an array of numbers', file: 'numbers.json', content: '[1, 2, 3]', line: /^tandem: numbers\.json: not a Jira issue.*\(found an array of 3 numbers\)$/ },
    { name: 'a bare string', file: 'string.json', content: '"SHOP-12"', line: /\(found a string\)$/ },
    {
      name: 'a page with several broken entries (still one line)',
      file: 'page.json',
      content: JSON.stringify([{ number: 9, title: 'ok', state: 'open', user: { login: 'pnair' }, html_url: 'https://github.com/acme/roadmap/issues/9' }, { number: 'x' }, { number: 'y' }, null]),
      line: /^tandem: page\.json: skipped 3 entries \(the first: entry 2: not a GitHub issue: .*\)$/,
    },
    {
      name: 'a page with one broken issue (the rest of the page is used)',
      file: 'page.json',
      content: JSON.stringify([{ number: 9, title: 'ok', state: 'open', user: { login: 'pnair' }, html_url: 'https://github.com/acme/roadmap/issues/9' }, { number: 'x' }]),
      line: /^tandem: page\.json: skipped entry 2: not a GitHub issue: expected an object with "number", "title", "state" and "user" \(found an object with keys number\)$/,
    },
  ];

  it.each(cases)('$name', async ({ file, content, line }) => {
    const t = fakeIO(content === undefined ? {} : { [file]: content });
    const code = await run(['analyze', ...NOW, gh('issues.json'), file, gh('bundle-42.json')], t.io);
    expect(code).toBe(1);
    const lines = t.stderrLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).not.toMatch(/\n\s+at /);
    const a = analysisOf(t.stdout());
    expect(a.scope).toMatchObject({ tracker: 'github', kind: 'backlog' });
    expect(a.scope.items).toBeGreaterThanOrEqual(25);
  });

  it('a broken roster is reported and the analysis runs without it', async () => {
    const t = fakeIO({ 'roster.json': JSON.stringify({ people: [{ id: 'pnair', role: 'boss' }] }) });
    const code = await run(['analyze', '--roster', 'roster.json', ...NOW, gh('bundle-42.json')], t.io);
    expect(code).toBe(1);
    expect(t.stderrLines()).toHaveLength(1);
    expect(t.stderrLines()[0]).toMatch(/^tandem: roster\.json: not a roster: expected .*\(people\.0\.role: .+\); analysing without a roster$/);
    expect(analysisOf(t.stdout()).scope.items).toBe(1);
  });

  it('only bad files: one line each, no output', async () => {
    const t = fakeIO({ 'a.json': '{', 'b.json': '{}' });
    expect(await run(['analyze', 'a.json', 'b.json'], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual([
      expect.stringMatching(/^tandem: a\.json: not valid JSON/),
      'tandem: b.json: not a Jira issue, Jira search page, GitHub issue, GitHub issue list or GitHub bundle (found an empty object)',
    ]);
    expect(t.stdout()).toBe('');
  });

  it('pull requests alone are nothing to analyse, and the message names the file and why', async () => {
    const t = fakeIO();
    expect(await run(['analyze', gh('pulls.json')], t.io)).toBe(1);
    expect(t.stderrLines()).toHaveLength(1);
    expect(t.stderrLines()[0]).toMatch(/^tandem: nothing to analyse: .*pulls\.json holds only pull requests \(#\d+.*\), no issues; give issues too/);
    expect(t.stdout()).toBe('');
  });

  it('a pull request next to issues is used, never a reason to refuse the file', async () => {
    const pr = { number: 51, title: 'Sync carts', state: 'closed', user: { login: 'lkowalski' }, html_url: 'https://github.com/acme/roadmap/pull/51', pull_request: { url: 'x', merged_at: '2026-10-13T17:02:00Z' } };
    const t = fakeIO({ 'pr.json': JSON.stringify(pr) });
    expect(await run(['analyze', ...NOW, gh('issues.json'), 'pr.json'], t.io)).toBe(0);
    expect(t.stderrLines()).toEqual([]);
    const a = analysisOf(t.stdout());
    expect(a.stats.pullRequests).toBe(1);
    expect(a.people.some((p) => p.id === 'lkowalski')).toBe(true);
  });

  it('GitHub and Jira files mixed: one message, nothing printed, exit 1', async () => {
    const t = fakeIO({ 'jira.json': JSON.stringify({ key: 'SHOP-1', fields: { summary: 'x' } }) });
    expect(await run(['analyze', ...NOW, gh('issues.json'), 'jira.json', gh('bundle-42.json')], t.io)).toBe(1);
    expect(t.stderrLines()).toHaveLength(1);
    expect(t.stderrLines()[0]).toMatch(/^tandem: these files mix Jira answers \(jira\.json\) and GitHub answers \(.*issues\.json, .*bundle-42\.json\); analyse each tracker separately$/);
    expect(t.stdout()).toBe('');
  });

  it('an empty list or search page is a valid, empty answer', async () => {
    for (const content of ['[]', JSON.stringify({ issues: [], startAt: 0, maxResults: 50, total: 0 }), JSON.stringify({ total_count: 0, incomplete_results: false, items: [] })]) {
      const t = fakeIO({ 'empty.json': content });
      expect(await run(['analyze', ...NOW, 'empty.json'], t.io)).toBe(0);
      expect(t.stderrLines()).toEqual([]);
      expect(analysisOf(t.stdout()).scope.items).toBe(0);
    }
  });

  it('an issue with its comment and timeline pages as separate files reads like its bundle', async () => {
    const separate = fakeIO();
    expect(await run(['analyze', ...NOW, gh('issue-42.json'), gh('issue-42-comments.json'), gh('issue-42-timeline.json')], separate.io)).toBe(0);
    expect(separate.stderrLines()).toEqual([]);
    const parts = await Promise.all(['issue-42.json', 'issue-42-comments.json', 'issue-42-timeline.json'].map(async (f) => JSON.parse(await readFile(gh(f), 'utf8'))));
    const t = fakeIO({ 'b.json': JSON.stringify({ issue: parts[0], comments: parts[1], timeline: parts[2] }) });
    expect(await run(['analyze', ...NOW, 'b.json'], t.io)).toBe(0);
    expect(analysisOf(separate.stdout()).stats).toEqual(analysisOf(t.stdout()).stats);
  });

  it('a Jira error answer is named for what it is, with what to use instead', async () => {
    const t = fakeIO({ 'old.json': JSON.stringify({ errorMessages: ['The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.'], errors: {} }) });
    expect(await run(['analyze', 'old.json'], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual([expect.stringMatching(/^tandem: old\.json: a Jira error answer \(".*"\) \(Cloud retired \/rest\/api\/3\/search: use \/rest\/api\/3\/search\/jql\), not tracker data/)]);
  });

  it('--version prints the package version', async () => {
    const t = fakeIO();
    expect(await run(['--version'], t.io)).toBe(0);
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(t.stdout()).toBe(`tandem ${version}\n`);
  });
});

describe('tandem classify', () => {
  const KEYS = ['id', 'valueStatement', 'acceptanceCriteria', 'solutionOriented', 'atomic', 'concern', 'decision', 'tone'];

  it('writes one line per input, with exactly the contract keys in order', async () => {
    const input = [
      { id: 'a', text: 'So that shoppers can finish checkout on any device, keep the cart across devices.' },
      { id: 2, text: "I'm worried this will break the payment flow. Are we sure?" },
      { id: 'c', text: 'We decided to ship the range because carriers miss exact dates.' },
    ];
    const t = fakeIO({}, input.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(await run(['classify'], t.io)).toBe(0);
    const lines = t.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(KEYS);
      expect(['negative', 'neutral', 'positive']).toContain(line.tone);
    }
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines[1].concern).toBe(true);
    expect(lines[2].decision).toBe(true);
  });

  it('a bad line gets its own error line in place, is reported by number on stderr, and the rest go on', async () => {
    const stdin = ['{"id": 1, "text": "fine"}', 'not json', '', '{"id": 3}', '[1]', '{"id": 5, "text": "also fine"}'].join('\n');
    const t = fakeIO({}, stdin);
    expect(await run(['classify'], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual([
      'tandem: stdin line 2: not valid JSON; expected {"id": …, "text": "…"}',
      'tandem: stdin line 4: expected {"id": …, "text": "…"} (found an object with keys id)',
      'tandem: stdin line 5: expected {"id": …, "text": "…"} (found an array of 1 number)',
    ]);
    const out = t.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((l) => [l.id, 'error' in l])).toEqual([[1, false], [null, true], [3, true], [null, true], [5, false]]);
    expect(out[1]).toEqual({ id: null, error: 'not valid JSON; expected {"id": …, "text": "…"}' });
    expect(Object.keys(out[2])).toEqual(['id', 'error']);
  });

  it('a 6 MB line with no spaces, a text over the limit and a classifier failure each cost one line, not the batch', async () => {
    // Before: the 6 MB line overflowed the stack and nothing at all was printed.
    const stdin = [
      { id: 'before', text: "I'm worried this will break checkout." },
      { id: 'huge', text: 'a'.repeat(6_000_000) },
      { id: 'boom', text: THROWS },
      { id: 'long but allowed', text: 'a'.repeat(MAX_TEXT_CHARS) },
      { id: 'after', text: 'We decided to ship the range because carriers miss exact dates.' },
    ].map((l) => JSON.stringify(l));
    stdin.splice(2, 0, `{"id": "unparsed", "text": "${'b'.repeat(6 * MAX_TEXT_CHARS + 1_000)}"}`);
    const t = fakeIO({}, stdin.join('\n'));
    expect(await run(['classify'], t.io)).toBe(1);
    const out = t.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((l) => l.id)).toEqual(['before', 'huge', null, 'boom', 'long but allowed', 'after']);
    expect(out[0].concern).toBe(true);
    expect(out[1]).toEqual({ id: 'huge', error: 'text too long (6,000,000 characters; at most 1,000,000)' });
    expect(out[2].error).toMatch(/^line too long \(6,001,0\d\d characters\)/);
    expect(out[3]).toEqual({ id: 'boom', error: 'could not classify (classifier broke)' });
    expect(out[4].atomic).toBe(true);
    expect(out[5].decision).toBe(true);
    expect(t.stderrLines()).toEqual([
      'tandem: stdin line 2: text too long (6,000,000 characters; at most 1,000,000)',
      expect.stringMatching(/^tandem: stdin line 3: line too long/),
      'tandem: stdin line 4: could not classify (classifier broke)',
    ]);
  }, 30_000);

  it('reads lines in batches but answers each as classify does, in the input order, errors in their place', async () => {
    const real = await vi.importActual<typeof import('../core/text')>('../core/text');
    const texts = Array.from({ length: 600 }, (_, i) => (i % 3 ? `I'm worried item ${i} breaks checkout.` : `Thanks, item ${i} looks great!`));
    const lines = texts.map((text, i) => (i % 97 === 5 ? 'not json' : i === 300 ? JSON.stringify({ id: i, text: THROWS }) : JSON.stringify({ id: i, text, ...(i % 2 ? { title: `T${i}`, format: 'markdown' } : {}) })));
    const t = fakeIO({}, lines.join('\n'));
    expect(await run(['classify'], t.io)).toBe(1);
    const out = t.stdout().trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(600);
    out.forEach((line, i) => {
      if (i % 97 === 5) return expect(line).toEqual({ id: null, error: 'not valid JSON; expected {"id": …, "text": "…"}' });
      if (i === 300) return expect(line).toEqual({ id: 300, error: 'could not classify (classifier broke)' });
      const { probability: _, ...alone } = real.classify(texts[i]!, i % 2 ? { title: `T${i}`, format: 'markdown' } : {});
      expect(line).toEqual({ id: i, ...alone });
    });
  }, 60_000);

  it('empty input is no output and success', async () => {
    const t = fakeIO({}, '');
    expect(await run(['classify'], t.io)).toBe(0);
    expect(t.stdout()).toBe('');
  });
});

describe('no input makes the CLI fail with an internal error', () => {
  it('arbitrary JSON next to a good file: exit 0 or 1, one line per bad file, never "internal error"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const t = fakeIO({ 'random.json': JSON.stringify(value) });
        const code = await run(['analyze', ...NOW, 'random.json', gh('bundle-43.json')], t.io);
        expect([0, 1]).toContain(code);
        expect(t.stderrLines().join('\n')).not.toMatch(/internal error/);
        expect(analysisOf(t.stdout()).scope.items).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('classify: arbitrary lines never stop the stream', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.jsonValue().map((x) => JSON.stringify(x)), fc.record({ id: fc.string(), text: fc.string() }).map((x) => JSON.stringify(x))), { maxLength: 8 }), async (lines) => {
        const t = fakeIO({}, lines.join('\n'));
        const code = await run(['classify'], t.io);
        expect([0, 1]).toContain(code);
        expect(t.stderrLines().join('\n')).not.toMatch(/internal error/);
        // Exactly one output line per non-blank input line, good or not.
        const written = t.stdout().split('\n').filter(Boolean);
        const nonBlank = lines.join('\n').split('\n').filter((l) => l.trim() !== '').length;
        expect(written).toHaveLength(nonBlank);
        expect(written.filter((l) => 'error' in JSON.parse(l))).toHaveLength(t.stderrLines().length);
        expect(code).toBe(t.stderrLines().length > 0 ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('analyze caps input sizes', () => {
  it('refuses a file over the size limit with one line naming it, and analyses the others', async () => {
    const t = fakeIO({}, '', { 'huge.json': MAX_FILE_BYTES + 50 * 1024 * 1024 });
    expect(await run(['analyze', ...NOW, 'huge.json', gh('bundle-43.json')], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual(['tandem: huge.json: too large to read (150.0 MB; the limit is 100.0 MB)']);
    expect(analysisOf(t.stdout()).scope.items).toBe(1);
  });

  it('without a way to ask the size first, refuses the file once read', async () => {
    const t = fakeIO({ 'big.json': ' '.repeat(MAX_FILE_BYTES + 1) });
    delete t.io.fileSize;
    expect(await run(['analyze', ...NOW, 'big.json'], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual(['tandem: big.json: too large to read (100.0 MB; the limit is 100.0 MB)']);
  }, 30_000);

  it('cuts a text over the limit, says so naming the file, and still analyses it', async () => {
    const bundle = JSON.parse(await readFile(gh('bundle-43.json'), 'utf8'));
    bundle.issue.body = `${'x'.repeat(MAX_TEXT_CHARS)} and more`;
    const comments = bundle.comments as { body: string }[];
    if (comments[0]) comments[0].body = 'y'.repeat(MAX_TEXT_CHARS + 1);
    const t = fakeIO({ 'long.json': JSON.stringify(bundle) });
    expect(await run(['analyze', ...NOW, 'long.json'], t.io)).toBe(1);
    expect(t.stderrLines()).toEqual([`tandem: long.json: ${comments[0] ? '2 texts are' : '1 text is'} longer than 1,000,000 characters; only ${comments[0] ? 'their' : 'its'} first 1,000,000 are read`]);
    const analysis = analysisOf(t.stdout());
    expect(analysis.scope.items).toBe(1);
    // Nothing else lost: the same counts as the file as it came.
    const plain = fakeIO();
    await run(['analyze', ...NOW, gh('bundle-43.json')], plain.io);
    expect(analysis.stats).toEqual(analysisOf(plain.stdout()).stats);
  }, 30_000);
});
