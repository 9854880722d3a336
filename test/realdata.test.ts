// Conformance on real recorded tracker answers (../shared/realdata, described in its README.md; never
// copied here). Every file is given to `tandem analyze` alone, and the bundles and combinations that
// RESULTS.md ran are built here from the separate files. For each: accepted, with every human of the
// answer one person and nothing visible lost (issues, comments, events, labels, dates), or refused in
// one line that names the file and says what it is; never a stack trace; exit codes as documented.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { run, type CliIO } from '../src/cli/main';
import { AnalysisSchema } from './support/analysis-schema';
import type { Analysis } from '../src/core/engine';
import type { TrackerData } from '../src/core/model';
import { isConvertError, isoTime } from '../src/sites/convert-common';
import { githubToTrackerData } from '../src/sites/github/convert';
import { jiraToTrackerData } from '../src/sites/jira/convert';
import { sprintsOfAnswer } from '../src/sites/jira/sprints';
import { sprintLengthDays } from '../src/core/sprints';

const ROOT = join(import.meta.dirname, '..');
const REALDATA = join(ROOT, '..', 'shared', 'realdata');
const present = existsSync(join(REALDATA, 'README.md'));
const NOW = ['--now', '2026-12-01T00:00:00Z'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
  });
}

const FILES = present ? walk(REALDATA).sort() : [];
const rel = (path: string) => relative(REALDATA, path);
const raw = (name: string): unknown => JSON.parse(readFileSync(join(REALDATA, name), 'utf8'));

interface Outcome {
  code: number;
  stdout: string;
  lines: string[];
  analysis: Analysis | null;
}

/** Runs the CLI in-process on real files (and in-memory ones for the bundles built here). */
async function analyse(files: string[], extra: Record<string, unknown> = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: async (path) => (path in extra ? JSON.stringify(extra[path]) : readFile(path, 'utf8')),
    readStdin: async () => '',
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  const code = await run(['analyze', ...NOW, ...files], io);
  let analysis: Analysis | null = null;
  if (stdout) {
    const json = JSON.parse(stdout);
    const checked = v.safeParse(AnalysisSchema, json);
    if (!checked.success) throw new Error(`output does not match the contract: ${checked.issues[0]?.message}`);
    analysis = json as Analysis;
  }
  return { code, stdout, lines: stderr.split('\n').filter((l) => l !== ''), analysis };
}

// ---------------------------------------------------------------------------------------------
// Who the humans of an answer are, worked out here independently of the converters.

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function* objects(x: unknown): Generator<Json> {
  if (Array.isArray(x)) for (const e of x) yield* objects(e);
  else if (isObj(x)) {
    yield x;
    for (const value of Object.values(x)) yield* objects(value);
  }
}

/** Identifier → human: GitHub users by numeric id (else login); Jira users by any shared id. */
function humansOf(json: unknown, tracker: 'github' | 'jira'): (identifier: string) => string | undefined {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r) as string;
    return r;
  };
  const join = (keys: string[]) => {
    const roots = keys.map((k) => {
      if (!parent.has(k)) parent.set(k, k);
      return find(k);
    });
    for (const r of roots) parent.set(r, roots[0] as string);
  };
  for (const o of objects(json)) {
    if (tracker === 'github' && typeof o.login === 'string' && ('type' in o || 'avatar_url' in o || 'id' in o)) {
      join([`login:${o.login.toLowerCase()}`, ...(typeof o.id === 'number' ? [`id:${o.id}`] : [])]);
    }
    if (tracker === 'jira' && ('accountId' in o || 'displayName' in o) && !('fields' in o)) {
      const ids = ['accountId', 'name', 'key', 'emailAddress'].flatMap((k) => (typeof o[k] === 'string' && o[k] ? [`id:${(o[k] as string).toLowerCase()}`] : []));
      if (ids.length) join(ids);
      else if (typeof o.displayName === 'string') join([`name:${o.displayName.toLowerCase()}`]);
    }
  }
  return (identifier) => {
    const k = identifier.toLowerCase();
    for (const key of [`login:${k}`, `id:${k}`, `name:${k}`]) if (parent.has(key)) return find(key);
    return undefined;
  };
}

/** The humans who wrote, were assigned or acted, by the fields the tracker puts them in. */
function actorsOf(json: unknown, tracker: 'github' | 'jira'): Set<Json> {
  const out = new Set<Json>();
  const add = (u: unknown) => {
    if (isObj(u)) out.add(u);
  };
  for (const o of objects(json)) {
    if (tracker === 'github') {
      if (typeof o.number === 'number' && typeof o.title === 'string') {
        add(o.user);
        add(o.assignee);
        for (const a of Array.isArray(o.assignees) ? o.assignees : []) add(a);
      }
      if (typeof o.body === 'string' && typeof o.created_at === 'string' && !('number' in o)) add(o.user);
    } else {
      if (isObj(o.fields)) {
        add(o.fields.creator);
        add(o.fields.reporter);
        add(o.fields.assignee);
      }
      if (Array.isArray(o.items) && typeof o.created === 'string') add(o.author);
      if ('body' in o && typeof o.created === 'string') add(o.author);
    }
  }
  return out;
}

const notTeam = (u: Json) => u.login === 'ghost' || u.type === 'Bot' || (typeof u.login === 'string' && /\[bot\]$/i.test(u.login)) || u.accountType === 'app';

/** Exactly one entry per human: no entry spans two humans, no human has two entries, none missing. */
function expectOnePerHuman(analysis: Analysis, json: unknown, tracker: 'github' | 'jira'): void {
  const human = humansOf(json, tracker);
  const seen = new Map<string, string>();
  for (const p of analysis.people) {
    const humans = new Set([p.id, ...(p.aliases ?? [])].map(human).filter((h) => h !== undefined));
    expect(humans.size, `${p.id} spans ${[...humans].join(' and ')}`).toBeLessThanOrEqual(1);
    const h = [...humans][0];
    if (h === undefined) continue; // mentioned only (no user object in the answer)
    expect(seen.get(h), `${p.id} and ${seen.get(h)} are the same human`).toBeUndefined();
    seen.set(h, p.id);
  }
  for (const u of actorsOf(json, tracker)) {
    if (notTeam(u)) continue;
    const id = (tracker === 'github' ? u.login : (u.accountId ?? u.name ?? u.key ?? u.displayName)) as string | undefined;
    if (typeof id !== 'string') continue;
    const h = human(id);
    expect(h && seen.has(h), `${id} wrote, was assigned or acted, but is not in people`).toBe(true);
  }
  expect(analysis.people.some((p) => p.id === 'ghost')).toBe(false);
}

/** Every issue of the answer is an item with its labels, dates and comments. */
function expectNothingLost(data: TrackerData, json: unknown, tracker: 'github' | 'jira'): void {
  const byKey = new Map(data.items.map((i) => [i.key.toLowerCase(), i]));
  for (const o of objects(json)) {
    if (tracker === 'github' && typeof o.number === 'number' && typeof o.title === 'string' && 'state' in o && 'user' in o && !('open_issues' in o)) {
      const item = [...byKey.values()].find((i) => i.key.endsWith(`#${o.number}`));
      expect(item, `#${o.number} is missing`).toBeDefined();
      if (!item) continue;
      const labels = (Array.isArray(o.labels) ? o.labels : []).map((l) => (isObj(l) ? l.name : l));
      expect(item.labels).toEqual(expect.arrayContaining(labels));
      if (typeof o.created_at === 'string') expect(item.created).toBe(isoTime(o.created_at));
    }
    if (tracker === 'jira' && typeof o.key === 'string' && isObj(o.fields)) {
      const item = byKey.get(o.key.toLowerCase());
      expect(item, `${o.key} is missing`).toBeDefined();
      if (!item) continue;
      expect(item.labels).toEqual(Array.isArray(o.fields.labels) ? o.fields.labels : []);
      if (typeof o.fields.created === 'string') expect(item.created).toBe(isoTime(o.fields.created));
      const comments = isObj(o.fields.comment) && Array.isArray(o.fields.comment.comments) ? o.fields.comment.comments.length : 0;
      expect(item.comments).toHaveLength(comments);
    }
  }
}

function converted(inputs: unknown[], tracker: 'github' | 'jira'): TrackerData {
  const data = tracker === 'github' ? githubToTrackerData(inputs) : jiraToTrackerData(inputs);
  if (isConvertError(data)) throw new Error(data.message);
  return data;
}

const trackerOf = (name: string): 'github' | 'jira' => (name.startsWith('github/') ? 'github' : 'jira');

// ---------------------------------------------------------------------------------------------

describe.skipIf(!present)('real recorded answers, one file at a time', () => {
  it('the corpus is there', () => expect(FILES.length).toBeGreaterThan(80));

  it.each(FILES.map((f) => [rel(f), f]))('%s', async (name, path) => {
    const out = await analyse([path]);
    expect([0, 1]).toContain(out.code);
    for (const line of out.lines) {
      expect(line).toMatch(/^tandem: /);
      expect(line).not.toMatch(/internal error|\bat .+:\d+:\d+/);
    }
    const tracker = trackerOf(name);
    if (out.code === 0) {
      // Accepted: no complaint, and the answer's humans and issues are all there.
      expect(out.lines).toEqual([]);
      const analysis = out.analysis as Analysis;
      expect(analysis.scope.tracker).toBe(tracker);
      const json = raw(name);
      expectOnePerHuman(analysis, json, tracker);
      expectNothingLost(converted([json], tracker), json, tracker);
    } else {
      // Refused: nothing printed, one line that names the file and says what it is.
      expect(out.stdout).toBe('');
      expect(out.lines).toHaveLength(1);
      expect(out.lines[0]).toContain(path);
      expect(out.lines[0]).not.toMatch(/found an? (object|array)/); // recognised, not the generic shape line
    }
  });
});

describe.skipIf(!present)('what RESULTS.md saw, now', () => {
  it('2012-era issues whose "pull_request" links are all null are issues', async () => {
    for (const name of ['github/pygithub/issue-28-patch-not-planned.json', 'github/pygithub/issue-28-add-assignees.json', 'github/pygithub/user-issues.json', 'github/pygithub/issues-closed-milestone3-2012.json']) {
      const out = await analyse([join(REALDATA, name)]);
      expect(out.code, name).toBe(0);
      expect(out.analysis?.stats.pullRequests, name).toBeUndefined();
    }
    const list = await analyse([join(REALDATA, 'github/pygithub/user-issues.json')]);
    expect(list.analysis?.scope.items).toBe(15);
  });

  it('the 2024 issue list keeps its 9 pull requests and lists every human once (authors of pull requests included)', async () => {
    const name = 'github/pygithub/issues-list-2024.json';
    const out = await analyse([join(REALDATA, name)]);
    expect(out.code).toBe(0);
    const a = out.analysis as Analysis;
    expect(a.stats).toMatchObject({ issues: 21, pullRequests: 9 });
    const json = raw(name) as Json[];
    const logins = new Set(json.flatMap((i) => [i.user, ...(Array.isArray(i.assignees) ? i.assignees : [])]).filter(isObj).filter((u) => !notTeam(u)).map((u) => (u.login as string).toLowerCase()));
    expect(new Set(a.people.map((p) => p.id.toLowerCase()))).toEqual(logins);
  });

  it('a single issue event is its issue with that event in the timeline', async () => {
    const name = 'github/pygithub/issue-event-labeled-98136337.json';
    const json = raw(name) as Json;
    const data = converted([json], 'github');
    expect(data.items).toHaveLength(1);
    expect(data.items[0]?.events.some((e) => e.id === String(json.id) && e.kind === 'label')).toBe(true);
    // One that embeds a pull request: named, with why, never "is a pull request, not an issue".
    const pr = await analyse([join(REALDATA, 'github/pygithub/issue-event-merged-1015402964.json')]);
    expect(pr.code).toBe(1);
    expect(pr.lines[0]).toMatch(/nothing to analyse: .*issue-event-merged-1015402964\.json holds only pull requests \(#538\)/);
  });

  it('an empty Jira search page is a valid, empty answer', async () => {
    const out = await analyse([join(REALDATA, 'jira/perceval/jira_issues_page_empty.json')]);
    expect(out.code).toBe(0);
    expect(out.analysis?.scope.items).toBe(0);
  });

  it('Jira users known only by display name are people, each flagged', async () => {
    const out = await analyse([join(REALDATA, 'jira/jira-cli/search.json')]);
    expect(out.code).toBe(0);
    const names = (raw('jira/jira-cli/search.json') as { issues: { fields: { reporter?: { displayName?: string } } }[] }).issues.map((i) => i.fields.reporter?.displayName).filter((n) => n);
    expect(out.analysis?.people.map((p) => p.id).sort()).toEqual([...new Set(names)].sort());
    expect(out.analysis?.people.every((p) => p.nameOnly)).toBe(true);
  });

  it.each([
    ['github/pygithub/error-401-bad-credentials.json', /GitHub error answer \("Bad credentials": the token was refused \(HTTP 401\)\)/],
    ['github/pygithub/error-403-rate-limit.json', /GitHub error answer .*rate limit/],
    ['github/pygithub/error-403-abuse-rate-limit.json', /GitHub error answer .*rate limit/],
    ['github/perceval/abuse_rate_limit.json', /GitHub error answer .*rate limit/],
    ['github/pygithub/error-404-not-found.json', /GitHub error answer \("Not Found": not found \(HTTP 404\)/],
    ['github/octokit-fixtures/error-422-validation.json', /GitHub error answer \("Validation Failed": a refused request \(HTTP 422\)\)/],
    ['github/pygithub/graphql-discussions-page.json', /GraphQL answer \(repository\.discussions\) that holds no issue/],
    ['github/pygithub/graphql-node-not-found.json', /GraphQL answer \(node, with the error "Could not resolve/],
    ['github/perceval/github_events_error.json', /GraphQL error answer \("Parse error/],
    ['github/perceval/github_events_page_1.json', /GraphQL page of 2 timeline entries of an issue it does not name/],
    ['github/pygithub/issue-28-comments.json', /a page of 2 comments of an issue it does not name; give it together with that issue|a page of 2 comments of an issue it does not name, not issues/],
    ['github/pygithub/issue-28-timeline.json', /a page of 16 timeline entries of issue #28/],
    ['github/pygithub/issue-28-reactions.json', /a list of 1 reaction; Tandem does not read reactions/],
    ['github/octokit-fixtures/add-labels-answer.json', /a list of 3 labels, not issues/],
    ['github/pygithub/closed-issues-ids-only-page1.json', /a list of 25 entries holding only an "id"/],
    ['github/pygithub/repo-issue-comments-page1.json', /a page of 30 comments from \d+ issues/],
    ['jira/go-jira/sprints.json', /a Jira board's list of 6 sprints, not issues; give it together with that board's issues \(GET \/rest\/agile\/1\.0\/board\/734\/issue/],
    ['jira/jira-cli/sprints.json', /a Jira board's list of \d+ sprints, not issues; give it together with that board's issues/],
    ['jira/jira-cli/sprint-get.json', /a Jira sprint \("sprint 1"\), not issues; give it together with that sprint's issues \(GET \/rest\/agile\/1\.0\/sprint\/5\/issue\)/],
    ['jira/perceval/jira_comments_issue_page_1.json', /a Jira page of 2 comments of issue 10016/],
  ])('%s is recognised for what it is', async (name, message) => {
    const out = await analyse([join(REALDATA, name)]);
    expect(out.code).toBe(1);
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(message);
  });
});

describe.skipIf(!present)('bundles and combinations built from the separate files', () => {
  const gh = (name: string) => raw(`github/${name}`);

  it('PyGithub #28 as a bundle (issue, comments, timeline): 4 humans, no ghost, every comment and event', async () => {
    const bundle = { issue: gh('pygithub/issue-28.json'), comments: gh('pygithub/issue-28-comments.json'), timeline: gh('pygithub/issue-28-timeline.json') };
    const out = await analyse(['bundle.json'], { 'bundle.json': bundle });
    expect(out.code).toBe(0);
    const a = out.analysis as Analysis;
    expectOnePerHuman(a, bundle, 'github');
    expect(a.people.map((p) => p.id)).not.toContain('ghost');
    const data = converted([bundle], 'github');
    const timeline = bundle.timeline as Json[];
    const comments = new Set([...(bundle.comments as Json[]), ...timeline.filter((e) => e.event === 'commented')].map((c) => String(c.id)));
    expect(data.items[0]?.comments.map((c) => c.id).sort()).toEqual([...comments].sort());
    const kept = timeline.filter((e) => ['assigned', 'labeled', 'closed', 'cross-referenced'].includes(e.event as string));
    expect(data.items[0]?.events.filter((e) => e.kind !== 'created').length).toBeGreaterThanOrEqual(kept.length);
  });

  it('the same pieces as separate files join the issue: same analysis as the bundle', async () => {
    const bundle = { issue: gh('pygithub/issue-28.json'), comments: gh('pygithub/issue-28-comments.json'), timeline: gh('pygithub/issue-28-timeline.json') };
    const together = await analyse(['bundle.json'], { 'bundle.json': bundle });
    const files = ['issue-28.json', 'issue-28-comments.json', 'issue-28-timeline.json'].map((f) => join(REALDATA, 'github/pygithub', f));
    const separate = await analyse(files);
    expect(separate.code).toBe(0);
    expect(separate.lines).toEqual([]);
    expect(separate.analysis?.stats).toEqual(together.analysis?.stats);
    expect(separate.analysis?.people).toEqual(together.analysis?.people);
  });

  it.each([
    ['events as timeline', { issue: 'pygithub/issue-28.json', comments: 'pygithub/issue-28-comments.json', timeline: 'pygithub/issue-28-events.json' }],
    ['no timeline', { issue: 'pygithub/issue-28.json', comments: 'pygithub/issue-28-comments.json' }],
  ])('PyGithub #28 bundle, %s: accepted, one entry per human', async (_name, parts) => {
    const bundle = Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, gh(f)]));
    const out = await analyse(['bundle.json'], { 'bundle.json': bundle });
    expect(out.code).toBe(0);
    expectOnePerHuman(out.analysis as Analysis, bundle, 'github');
  });

  it('perceval #2 bundle is accepted; #1 (a pull request) and the tmshn pull request bundle are named as only pull requests', async () => {
    const two = { issue: (gh('perceval/github_issue_2.json') as unknown[])[0], comments: gh('perceval/github_issue_comments_2.json'), timeline: [] };
    expect((await analyse(['two.json'], { 'two.json': two })).code).toBe(0);
    for (const [file, bundle] of [
      ['one.json', { issue: (gh('perceval/github_issue_1.json') as unknown[])[0], comments: gh('perceval/github_issue_comments_1.json'), timeline: [] }],
      ['tmshn.json', { issue: gh('pygithub/pr-as-issue-tmshn-2.json'), comments: [], timeline: [] }],
    ] as const) {
      const out = await analyse([file], { [file]: bundle });
      expect(out.code).toBe(1);
      expect(out.lines).toEqual([expect.stringMatching(new RegExp(`^tandem: nothing to analyse: ${file.replace('.', '\\.')} holds only pull requests`))]);
    }
  });

  it('a pull request list next to issues adds who merges code, and its authors are people', async () => {
    const out = await analyse([join(REALDATA, 'github/pygithub/user-issues.json'), join(REALDATA, 'github/pygithub/pulls-list-2012.json')]);
    expect(out.code).toBe(0);
    expect(out.analysis?.stats.pullRequests).toBeGreaterThan(0);
  });

  it('perceval Jira pages 1 and 2 make 3 items and 3 people; octokit pages 1–5 make 13 items and 1 person', async () => {
    const jira = await analyse(['jira_issues_page_1.json', 'jira_issues_page_2.json'].map((f) => join(REALDATA, 'jira/perceval', f)));
    expect(jira.analysis?.scope.items).toBe(3);
    expect(jira.analysis?.people.map((p) => p.id).sort()).toEqual(['user1', 'user2', 'user3']);
    const pages = await analyse([1, 2, 3, 4, 5].map((n) => join(REALDATA, `github/octokit-fixtures/paginate-issues-page${n}.json`)));
    expect(pages.analysis?.scope.items).toBe(13);
    expect(pages.analysis?.people).toHaveLength(1);
  });

  it('GitHub and Jira files mixed: nothing printed, one line, exit 1', async () => {
    const out = await analyse([join(REALDATA, 'github/pygithub/issue-28.json'), join(REALDATA, 'jira/perceval/jira_issues_page_1.json')]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.lines).toEqual([expect.stringMatching(/^tandem: these files mix Jira answers \(.*jira_issues_page_1\.json\) and GitHub answers \(.*issue-28\.json\); analyse each tracker separately$/)]);
  });

  it("a sprint given with its issues is used: the issues are that sprint's, and the analysis names it", async () => {
    const sprint = raw('jira/jira-cli/sprint-get.json') as Json;
    const out = await analyse([join(REALDATA, 'jira/jira-cli/search.json'), join(REALDATA, 'jira/jira-cli/sprint-get.json')]);
    expect(out.code).toBe(0);
    expect(out.lines).toEqual([]);
    expect(out.analysis?.scope.sprint).toEqual({
      name: sprint.name,
      state: sprint.state,
      start: isoTime(sprint.startDate),
      end: isoTime(sprint.endDate),
      goal: sprint.goal,
    });
  });

  it('one issue given with its sprint is in that sprint: no longer "open with no date, sprint, milestone or version"', async () => {
    const alone = await analyse([join(REALDATA, 'jira/jira-cli/issue.json')]);
    const withSprint = await analyse([join(REALDATA, 'jira/jira-cli/issue.json'), join(REALDATA, 'jira/jira-cli/sprint-get.json')]);
    const someday = (o: Outcome) => o.analysis?.signals.find((s) => s.id === 'value-someday')?.status;
    expect(someday(alone)).toBe('present');
    expect(withSprint.code).toBe(0);
    expect(someday(withSprint)).toBe('absent');
  });

  it("a board's sprints given with its issues are used: the active one is the board's sprint, their dates its sprint length", async () => {
    const out = await analyse([join(REALDATA, 'jira/go-jira/issues_in_sprint.json'), join(REALDATA, 'jira/go-jira/sprints.json')]);
    expect(out.code).toBe(0);
    expect(out.lines).toEqual([]);
    // Of the six sprints one is active: the board's sprint now.
    const board = raw('jira/go-jira/sprints.json') as { values: Json[] };
    const active = board.values.find((s) => s.state === 'active')!;
    expect(out.analysis?.scope.sprint).toMatchObject({ name: active.name, state: 'active', start: isoTime(active.startDate), end: isoTime(active.endDate) });
    // The four started sprints' planned lengths, in days; their median is the board's sprint length.
    const days = board.values
      .filter((s) => s.startDate && s.endDate)
      .map((s) => (Date.parse(s.endDate as string) - Date.parse(s.startDate as string)) / 86_400_000)
      .sort((a, b) => a - b);
    expect(days).toHaveLength(4);
    const data = jiraToTrackerData([raw('jira/go-jira/issues_in_sprint.json')], { sprints: sprintsOfAnswer(board) ?? [] });
    if (isConvertError(data)) throw new Error(data.message);
    expect(data.sprints).toHaveLength(6);
    expect(sprintLengthDays(data.sprints)).toBe(Math.round((days[1]! + days[2]!) / 2));
  });

  it('sprints beside GitHub answers are a mix of trackers: nothing printed, one line', async () => {
    const out = await analyse([join(REALDATA, 'jira/go-jira/sprints.json'), join(REALDATA, 'github/pygithub/issue-28.json')]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.lines).toEqual([expect.stringMatching(/these files mix Jira answers \(.*sprints\.json\) and GitHub answers/)]);
  });

  it('a Jira comment page of another issue is refused and the page of issues still analysed', async () => {
    const out = await analyse([join(REALDATA, 'jira/perceval/jira_issues_page_1.json'), join(REALDATA, 'jira/perceval/jira_comments_issue_page_1.json')]);
    expect(out.code).toBe(1);
    expect(out.lines).toEqual([expect.stringMatching(/jira_comments_issue_page_1\.json: a Jira page of 2 comments of issue 10016, not issues/)]);
    expect(out.analysis?.scope.items).toBe(2);
  });
});

describe('Jira shapes the corpus lacks (test/fixtures/jira/docs-shapes, built from Atlassian\'s references)', () => {
  const doc = (name: string) => join(ROOT, 'test/fixtures/jira/docs-shapes', name);
  const fixture = (name: string) => JSON.parse(readFileSync(doc(name), 'utf8')) as unknown;

  it('a Cloud v3 issue with its changelog page and its ADF comment page: one item, everything joined, one entry per human', async () => {
    const out = await analyse(['cloud-v3-issue-SHOP-7.json', 'cloud-v3-changelog-SHOP-7.json', 'cloud-v3-comments-SHOP-7.json'].map(doc));
    expect(out.code).toBe(0);
    expect(out.lines).toEqual([]);
    const a = out.analysis as Analysis;
    expect(a.stats).toMatchObject({ issues: 1, comments: 2, events: 4 });
    const all = ['cloud-v3-issue-SHOP-7.json', 'cloud-v3-changelog-SHOP-7.json', 'cloud-v3-comments-SHOP-7.json'].map(fixture);
    expectOnePerHuman(a, all, 'jira');
    expect(a.people.map((p) => p.name).sort()).toEqual(['Ann Lee', 'Raj Menon']);
  });

  it('the changelog page alone is named for what it is', async () => {
    const out = await analyse([doc('cloud-v3-changelog-SHOP-7.json')]);
    expect(out.code).toBe(1);
    expect(out.lines).toEqual([expect.stringMatching(/cloud-v3-changelog-SHOP-7\.json: a Jira changelog page of 2 changes of issue SHOP-7, not issues; give it together with that issue/)]);
  });

  it('the ADF comment keeps its text and its mention of an accountId', () => {
    const issue = fixture('cloud-v3-issue-SHOP-7.json') as Json;
    const page = fixture('cloud-v3-comments-SHOP-7.json') as Json;
    const joined = { ...issue, fields: { ...(issue.fields as Json), comment: page } };
    const data = converted([joined], 'jira');
    const first = data.items[0]?.comments[0];
    expect(first?.body.format).toBe('adf');
    expect(first?.body.text).toContain('slot service times out');
    expect(first?.mentions).toEqual(['5f1a0c2b9e4d3c0069a1b201']);
  });

  it('Data Center: the changelog names the assignee by user key, the authors by name: still one person each', async () => {
    const out = await analyse([doc('dc-v2-issue-OPS-31.json')]);
    expect(out.code).toBe(0);
    const a = out.analysis as Analysis;
    expect(a.people.map((p) => p.id).sort()).toEqual(['dana', 'omar.k']);
    expect(a.people.find((p) => p.id === 'omar.k')?.aliases).toEqual(expect.arrayContaining(['JIRAUSER10101']));
    expectOnePerHuman(a, fixture('dc-v2-issue-OPS-31.json'), 'jira');
    const data = converted([fixture('dc-v2-issue-OPS-31.json')], 'jira');
    expect(data.items[0]?.events.find((e) => e.kind === 'assignment')?.to).toBe('omar.k');
  });
});

describe.runIf(!present)('real recorded answers', () => {
  it('skipped: ../shared/realdata is not here (CI has it)', () => expect(present).toBe(false));
});
