// The CLI's output, byte for byte, on the test fixtures and on ../shared/realdata: a refactor that says
// "behaviour unchanged" must leave every byte of it as it was. The fixtures' output is committed as
// files under test/golden/cli/ (our own fixtures' words); the real data's output only as SHA-256 digests,
// so none of its text enters the repo.
//
// When a change is meant to change the output, regenerate and review the diff:
//   TANDEM_UPDATE_GOLDEN=1 npx vitest run test/cli-golden.test.ts
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../src/cli/main';

const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(ROOT, 'test/golden/cli');
const REALDATA = join(ROOT, '..', 'shared', 'realdata');
const UPDATE = process.env.TANDEM_UPDATE_GOLDEN === '1';
const NOW = ['--now', '2026-11-24T09:00:00Z'];

const gh = (name: string) => join(ROOT, 'test/fixtures/github', name);
const jira = (name: string) => join(ROOT, 'test/fixtures/jira', name);

/** Runs the CLI in-process; the record is what a user would see: exit code, stdout, stderr. */
async function record(argv: string[], stdin = ''): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => stdin,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  const code = await run(argv, io);
  // Paths on stderr name the clone's location; keep the record independent of it.
  const stderr = err.join('').split(ROOT).join('<root>');
  return `exit ${code}\n--- stdout\n${out.join('')}\n--- stderr\n${stderr}`;
}

const ANALYZE: Array<{ name: string; argv: string[] }> = [
  { name: 'github-issue-42', argv: [gh('issue-42.json')] },
  { name: 'github-bundle-42-roster', argv: ['--roster', gh('roster.json'), gh('bundle-42.json')] },
  { name: 'github-bundle-43-roster-me', argv: ['--roster', gh('roster.json'), '--me', 'pnair', gh('bundle-43.json')] },
  { name: 'github-issue-42-parts', argv: [gh('issue-42.json'), gh('issue-42-comments.json'), gh('issue-42-timeline.json')] },
  { name: 'github-list', argv: [gh('issues.json')] },
  { name: 'github-list-roster-prs', argv: ['--roster', gh('roster.json'), gh('issues.json'), gh('pulls.json')] },
  { name: 'github-search', argv: ['--roster', gh('roster.json'), gh('search-issues.json')] },
  { name: 'github-load-shapes', argv: [gh('load-list.json'), gh('load-search-issues.json'), gh('load-search-merged-prs.json')] },
  { name: 'jira-issue-shop-12', argv: [jira('issue-SHOP-12.json')] },
  { name: 'jira-issue-shop-12-roster', argv: ['--roster', jira('roster-shop.json'), jira('issue-SHOP-12.json')] },
  { name: 'jira-issue-ops-7-roster', argv: ['--roster', jira('roster-ops.json'), jira('issue-OPS-7.json')] },
  { name: 'jira-search-pages-roster', argv: ['--roster', jira('roster-shop.json'), jira('search-jql-page-1.json'), jira('search-jql-page-2.json')] },
  { name: 'jira-search-ops', argv: ['--roster', jira('roster-ops.json'), '--me', '5f8a1c2e9d3b4a0069e1a001', jira('search-OPS.json')] },
  { name: 'jira-backlog-board', argv: [jira('backlog-board-7.json')] },
  { name: 'jira-docs-shapes', argv: [jira('docs-shapes/cloud-v3-issue-SHOP-7.json'), jira('docs-shapes/cloud-v3-comments-SHOP-7.json'), jira('docs-shapes/cloud-v3-changelog-SHOP-7.json')] },
  { name: 'jira-dc-v2', argv: [jira('docs-shapes/dc-v2-issue-OPS-31.json')] },
  { name: 'mixed-trackers', argv: [gh('issue-42.json'), jira('issue-SHOP-12.json')] },
];

/** Every text in the GitHub and Jira fixtures' issues and comments, as classify's input lines. */
async function fixtureTexts(): Promise<string> {
  const lines: string[] = [];
  const take = (id: string, text: unknown) => {
    if (typeof text === 'string' && text.trim() !== '') lines.push(JSON.stringify({ id, text }));
  };
  const issues = JSON.parse(await readFile(gh('issues.json'), 'utf8')) as Array<{ number: number; title: string; body: string | null }>;
  for (const i of issues) take(`gh-${i.number}`, `${i.title}\n\n${i.body ?? ''}`);
  const comments = JSON.parse(await readFile(gh('issue-42-comments.json'), 'utf8')) as Array<{ id: number; body: string }>;
  for (const c of comments) take(`gh-c${c.id}`, c.body);
  // Jira's v3 descriptions are ADF; the Data Center search page has plain strings, and summaries are text.
  const search = JSON.parse(await readFile(jira('search-OPS.json'), 'utf8')) as { issues: Array<{ key: string; fields: Record<string, unknown> }> };
  for (const i of search.issues) take(`jira-${i.key}`, `${String(i.fields.summary ?? '')}\n\n${typeof i.fields.description === 'string' ? i.fields.description : ''}`);
  return `${lines.join('\n')}\n`;
}

async function compareOrWrite(file: string, actual: string): Promise<void> {
  const path = join(GOLDEN, file);
  if (UPDATE) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(path, actual);
    return;
  }
  expect(existsSync(path), `${relative(ROOT, path)} is missing: run with TANDEM_UPDATE_GOLDEN=1 and review it`).toBe(true);
  const expected = await readFile(path, 'utf8');
  // toBe on the whole text: the diff shows the first changed line.
  expect(actual).toBe(expected);
}

describe('CLI output on the test fixtures is unchanged, byte for byte', () => {
  it.each(ANALYZE)('analyze $name', async ({ name, argv }) => {
    await compareOrWrite(`${name}.txt`, await record(['analyze', ...NOW, ...argv]));
  });

  it('classify on every fixture text', async () => {
    const input = await fixtureTexts();
    expect(input.split('\n').length).toBeGreaterThan(30);
    await compareOrWrite('classify-fixtures.txt', await record(['classify'], input));
  });
});

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFiles(path)));
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe.runIf(existsSync(REALDATA))('CLI output on ../shared/realdata is unchanged (digests only)', () => {
  it('every recorded answer, analyzed alone, gives the output it gave before', async () => {
    const rows: string[] = [];
    for (const path of await jsonFiles(REALDATA)) {
      const name = relative(REALDATA, path);
      const text = (await record(['analyze', ...NOW, path])).split(REALDATA).join('<realdata>');
      rows.push(`${sha(text)}  ${name}`);
    }
    expect(rows.length).toBeGreaterThan(50);
    if (UPDATE) return compareOrWrite('realdata.sha256', `${rows.join('\n')}\n`);
    // Every recorded file named in the golden list must be here and give the same digest; a file added to
    // ../shared later is not a change in behaviour, so it is only counted.
    const expected = (await readFile(join(GOLDEN, 'realdata.sha256'), 'utf8')).trim().split('\n');
    const actual = new Set(rows);
    const changed = expected.filter((row) => !actual.has(row));
    expect(changed, 'these recorded answers now give other output (digest, file)').toEqual([]);
    expect(expected.length).toBeGreaterThan(50);
  }, 120_000);
});

describe.skipIf(existsSync(REALDATA))('CLI output on ../shared/realdata', () => {
  it('skipped: ../shared/realdata is not here (CI has it)', () => expect(existsSync(REALDATA)).toBe(false));
});
