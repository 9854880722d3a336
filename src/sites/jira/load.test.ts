import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CLOUD_CUSTOM,
  CLOUD_TEAM,
  DC_CUSTOM,
  DC_TEAM,
  FakeJira,
  jiraError,
  jiraTime,
  makeBacklog,
  type FakeHistory,
  type FakeJiraOptions,
} from '../../../test/fixtures/jira/load-fake-jira';
import { jiraPageDocument } from '../../../test/support/jira-page';
import type { TrackerData } from '../../core/model';
import { isConvertError } from '../convert-common';
import { newPeople } from '../../core/people';
import type { KeyValueCache, LoadEnv, LoadProgress, PageMatch } from '../types';
import { type JiraContext, type JiraReadAhead, detectJira as shapeOf, jiraToTrackerData, newJiraReadAhead, readJiraAhead } from './convert';
import { detectJira } from './detect';
import { BACKLOG_CLAUSE, JIRA_FIELDS, loadJira } from './load';

// The loader's read-ahead, switchable: `off` gives it one that never keeps a reading, so the load
// converts everything after the last answer in one pass, as before the read-ahead existed.
const readAheads = vi.hoisted(() => ({ off: false, made: [] as { reused: number }[] }));
vi.mock('./convert', async (importOriginal) => {
  const real = await importOriginal<typeof import('./convert')>();
  return {
    ...real,
    newJiraReadAhead: () => {
      const ahead = real.newJiraReadAhead();
      if (readAheads.off) ahead.byIssue = { get: () => undefined, set: () => ahead.byIssue } as unknown as WeakMap<object, never>;
      readAheads.made.push(ahead);
      return ahead;
    },
  };
});

const CLOUD = 'https://acme.atlassian.net';
const DC = 'https://tracker.example.com/jira';
const [ANN, BOB] = CLOUD_TEAM.map((u) => u.id) as [string, string, string];

function memoryCache(): KeyValueCache & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    async get<T>(key: string) {
      return structuredClone(map.get(key)) as T | undefined;
    },
    async set<T>(key: string, value: T) {
      map.set(key, structuredClone(value));
    },
  };
}

/** A page's document as load reads it: its URL and `ajs-` meta tags. */
const page = jiraPageDocument;

const cloudTags = { 'ajs-cloud-id': 'a436116f-02ce-4520-8fbb-7301462a1674', 'ajs-atlassian-account-id': ANN, 'ajs-context-path': '' };
const dcTags = { 'ajs-version-number': '9.12.14', 'ajs-remote-user': 'ann.patel', 'ajs-context-path': '/jira' };

interface Setup {
  jira: FakeJira;
  env: LoadEnv;
  cache: ReturnType<typeof memoryCache>;
  sleeps: number[];
  progress: LoadProgress[];
  match: PageMatch;
}

function setup(url: string, tags: Record<string, string>, opts: FakeJiraOptions, extra: Partial<LoadEnv> = {}, cache = memoryCache()): Setup {
  const jira = new FakeJira(opts);
  const sleeps: number[] = [];
  const progress: LoadProgress[] = [];
  const document = page(url, tags);
  const match = detectJira(url, document);
  if (!match) throw new Error(`not a Jira page: ${url}`);
  const env: LoadEnv = {
    fetch: jira.fetch,
    signal: new AbortController().signal,
    document,
    cache,
    onProgress: (p) => progress.push(p),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => Date.parse('2026-03-02T10:00:00Z'),
    ...extra,
  };
  return { jira, env, cache, sleeps, progress, match };
}

/** An issue with `n` history entries, alternating who acted, and `c` comments. */
function longIssue(key: string, n: number, c: number, deployment: 'cloud' | 'data-center') {
  const [issue] = makeBacklog({ project: key.split('-')[0]!, count: 1, team: deployment === 'cloud' ? CLOUD_TEAM : DC_TEAM, deployment, historiesPerIssue: n, commentsPerIssue: c });
  issue!.key = key;
  // Spread the history over distinct minutes so its order is unambiguous.
  issue!.histories = issue!.histories.map((h, i): FakeHistory => ({ ...h, created: jiraTime(Math.floor(i / 60), i % 60) }));
  return issue!;
}

const fieldsCold = [...JIRA_FIELDS, '*navigable'].join(',');
const fieldsWarmCloud = [...JIRA_FIELDS, CLOUD_CUSTOM.estimate, CLOUD_CUSTOM.sprint, CLOUD_CUSTOM.rank];
const fieldsWarmDc = [...JIRA_FIELDS, DC_CUSTOM.estimate, DC_CUSTOM.sprint, DC_CUSTOM.rank];

describe('Cloud issue view', () => {
  it('costs one request and reads history, comments, story points and sprint', async () => {
    const issue = longIssue('SHOP-12', 6, 2, 'cloud');
    issue.estimate = 5;
    issue.sprint = 'Sprint 12';
    const s = setup(`${CLOUD}/browse/SHOP-12`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue] });
    const r = await loadJira(s.match, s.env);

    expect(s.jira.log).toEqual([
      `GET /rest/api/3/issue/SHOP-12?${new URLSearchParams({ fields: fieldsCold, expand: 'changelog,names' })}`,
    ]);
    expect(r.requests).toEqual({ total: 1, notModified: 0 });
    expect(r.notices).toEqual([]);
    expect(r.data.scope).toBe('item');
    expect(r.data.me).toBe(ANN);
    const item = r.data.items[0]!;
    expect(item.key).toBe('SHOP-12');
    expect(item.events.filter((e) => e.kind !== 'created')).toHaveLength(6);
    expect(item.comments).toHaveLength(2);
    expect(item.estimate).toBe(5);
    expect(item.sprint).toBe('Sprint 12');
    expect(item.partial).toBeUndefined();
    expect(item.url).toBe(`${CLOUD}/browse/SHOP-12`);
  });

  it('asks only for the fields it uses once it knows the site’s custom field ids', async () => {
    const issue = longIssue('SHOP-12', 2, 0, 'cloud');
    const cache = memoryCache();
    const opts: FakeJiraOptions = { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue] };
    await loadJira(setup(`${CLOUD}/browse/SHOP-12`, cloudTags, opts, {}, cache).match, setup(`${CLOUD}/browse/SHOP-12`, cloudTags, opts, {}, cache).env);
    const again = setup(`${CLOUD}/browse/SHOP-12`, cloudTags, opts, {}, cache);
    await loadJira(again.match, again.env);
    const fields = again.jira.requests[0]!.params.get('fields')!.split(',');
    expect(fields).toEqual(fieldsWarmCloud);
    expect(fields).not.toContain('*navigable');
  });

  it('fetches the older changelog entries when the embedded changelog is cut (+1 request per 100)', async () => {
    const issue = longIssue('OPS-7', 230, 1, 'cloud');
    const s = setup(`${CLOUD}/browse/OPS-7`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue] });
    const r = await loadJira(s.match, s.env);

    // 100 embedded (the latest), 130 older: pages at 0 and 100.
    expect(s.jira.log.slice(1)).toEqual([
      'GET /rest/api/3/issue/OPS-7/changelog?startAt=0&maxResults=100',
      'GET /rest/api/3/issue/OPS-7/changelog?startAt=100&maxResults=100',
    ]);
    expect(r.requests.total).toBe(3);
    const item = r.data.items[0]!;
    expect(item.events.filter((e) => e.kind !== 'created')).toHaveLength(230);
    expect(new Set(item.events.map((e) => e.id)).size).toBe(item.events.length);
    expect(item.partial).toBeUndefined();
  });

  it('keeps what it has and says so when a changelog page fails', async () => {
    const issue = longIssue('OPS-7', 150, 0, 'cloud');
    const s = setup(`${CLOUD}/browse/OPS-7`, cloudTags, {
      deployment: 'cloud',
      base: CLOUD,
      users: CLOUD_TEAM,
      issues: [issue],
      override: (req) => (req.path.endsWith('/changelog') ? jiraError(403, 'Forbidden') : undefined),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items[0]!.events.filter((e) => e.kind !== 'created')).toHaveLength(100);
    expect(r.data.items[0]!.partial).toBe(true);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatchObject({ level: 'warning' });
    expect(r.notices[0]!.message).toContain('latest 100 of 150 changes to OPS-7');
  });

  it('fetches further comments when Jira cut the embedded page', async () => {
    const issue = longIssue('OPS-8', 2, 7, 'cloud');
    const s = setup(`${CLOUD}/browse/OPS-8`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue], embeddedComments: 3 });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log.slice(1)).toEqual(['GET /rest/api/3/issue/OPS-8/comment?startAt=3&maxResults=100']);
    expect(r.data.items[0]!.comments).toHaveLength(7);
    expect(r.data.items[0]!.partial).toBeUndefined();
  });

  it('asks /myself when the page has no account meta tag, in parallel with the issue', async () => {
    const issue = longIssue('SHOP-1', 1, 0, 'cloud');
    const tags = { 'ajs-cloud-id': 'x' };
    const s = setup(`${CLOUD}/browse/SHOP-1`, tags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue], me: BOB });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log.map((l) => l.split('?')[0]).sort()).toEqual(['GET /rest/api/3/issue/SHOP-1', 'GET /rest/api/3/myself']);
    expect(r.data.me).toBe(BOB);
    expect(r.data.people[BOB]?.name).toBe('Bob Okafor');
  });

  it('revalidates on a revisit: a 304 is counted apart and serves the cached issue', async () => {
    const issue = longIssue('SHOP-3', 3, 1, 'cloud');
    const cache = memoryCache();
    const opts: FakeJiraOptions = { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [issue], etags: true };
    const visit = async () => {
      const s = setup(`${CLOUD}/browse/SHOP-3`, cloudTags, opts, {}, cache);
      return { s, r: await loadJira(s.match, s.env) };
    };
    await visit(); // learns the custom field ids: the next URL differs
    const second = await visit();
    const third = await visit();
    expect(second.r.requests).toEqual({ total: 1, notModified: 0 });
    expect(third.s.jira.requests[0]!.headers.get('if-none-match')).toMatch(/^"[0-9a-f]+"$/);
    expect(third.r.requests).toEqual({ total: 1, notModified: 1 });
    expect(third.r.data.items[0]!.events).toEqual(second.r.data.items[0]!.events);
    expect(third.r.data.items[0]!.comments).toHaveLength(1);
  });
});

describe('Data Center issue view under a context path', () => {
  it('costs one request to /jira/rest/api/2 and keys people by user name', async () => {
    const issue = longIssue('OPS-7', 140, 2, 'data-center');
    const s = setup(`https://tracker.example.com/jira/browse/OPS-7`, dcTags, { deployment: 'data-center', base: DC, users: DC_TEAM, issues: [issue] });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.requests.map((q) => q.url)).toEqual([
      `${DC}/rest/api/2/issue/OPS-7?${new URLSearchParams({ fields: fieldsCold, expand: 'changelog,names' })}`,
    ]);
    expect(r.requests.total).toBe(1);
    const item = r.data.items[0]!;
    expect(item.events.filter((e) => e.kind !== 'created')).toHaveLength(140); // Data Center embeds it all
    expect(item.comments).toHaveLength(2);
    expect(item.comments[0]!.body.format).toBe('wiki');
    expect(r.data.me).toBe('ann.patel');
    expect(Object.keys(r.data.people).sort()).toEqual(['ann.patel', 'bob.okafor', 'cara', 'dan'].filter((id) => id in r.data.people).sort());
    expect(item.url).toBe(`${DC}/browse/OPS-7`);
  });

  it('asks serverInfo once when the page does not say Cloud or Data Center, then remembers', async () => {
    const issue = longIssue('OPS-2', 1, 0, 'data-center');
    const cache = memoryCache();
    const opts: FakeJiraOptions = { deployment: 'data-center', base: DC, users: DC_TEAM, issues: [issue] };
    // ajs-remote-user alone says Data Center; drop it to make the page silent.
    const silent = { 'ajs-context-path': '/jira' };
    const a = setup(`${DC}/browse/OPS-2`, silent, { ...opts, me: 'ann.patel' }, {}, cache);
    await loadJira(a.match, a.env);
    const paths = a.jira.log.map((l) => l.split('?')[0]);
    expect(paths[0]).toBe('GET /rest/api/2/serverInfo'); // first: it decides which API version to use
    expect(paths.slice(1).sort()).toEqual(['GET /rest/api/2/issue/OPS-2', 'GET /rest/api/2/myself']);
    const b = setup(`${DC}/browse/OPS-2`, silent, { ...opts, me: 'ann.patel' }, {}, cache);
    await loadJira(b.match, b.env);
    expect(b.jira.log.map((l) => l.split('?')[0]).sort()).toEqual(['GET /rest/api/2/issue/OPS-2', 'GET /rest/api/2/myself']);
  });
});

describe('Cloud backlog', () => {
  const url = `${CLOUD}/jira/software/c/projects/PROD/boards/88/backlog`;
  const jql = `project = "PROD" AND ${BACKLOG_CLAUSE}`;

  it('reads 200 items in 3 requests: two search pages and one bulk changelog', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 200, team: CLOUD_TEAM, deployment: 'cloud' });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues });
    const r = await loadJira(s.match, s.env);

    expect(r.requests).toEqual({ total: 3, notModified: 0 });
    const [p1, p2, bulk] = s.jira.requests;
    expect(p1!.path).toBe('/rest/api/3/search/jql');
    expect(Object.fromEntries(p1!.params)).toEqual({ jql, fields: fieldsCold, maxResults: '100', expand: 'names' });
    expect(Object.fromEntries(p2!.params)).toMatchObject({ jql, fields: fieldsWarmCloud.join(','), maxResults: '100', nextPageToken: btoa('offset:100') });
    expect(bulk!.method).toBe('POST');
    expect(bulk!.path).toBe('/rest/api/3/changelog/bulkfetch');
    expect(bulk!.headers.get('content-type')).toBe('application/json');
    expect((bulk!.body!.issueIdsOrKeys as string[]).length).toBe(200);
    expect(bulk!.body!.fieldIds).toEqual(['status', 'assignee', 'priority', 'resolution', 'description', 'summary', 'fixVersions', CLOUD_CUSTOM.sprint, CLOUD_CUSTOM.estimate, CLOUD_CUSTOM.rank]);

    expect(r.data.scope).toBe('backlog');
    expect(r.data.project).toBe('PROD');
    expect(r.data.items).toHaveLength(200);
    // Facts the fixture implies: 4 changes per item, +1 resolution history (2 changes) on every 5th.
    const changes = r.data.items.reduce((n, i) => n + i.events.filter((e) => e.kind !== 'created').length, 0);
    expect(changes).toBe(200 * 4 + 40 * 2);
    expect(r.data.items.filter((i) => i.resolution === 'wont-do')).toHaveLength(20);
    expect(r.data.items.filter((i) => i.creator === ANN)).toHaveLength(100);
    expect(r.data.partial).toBeUndefined();
    expect(r.notices).toEqual([]);
    expect(s.progress.map((p) => p.done)).toEqual([100, 200]);
  });

  it('reads a board (not the backlog) the same way, scoped to the project in its URL', async () => {
    const issues = makeBacklog({ project: 'PTA', count: 12, team: CLOUD_TEAM, deployment: 'cloud' });
    const s = setup(`${CLOUD}/jira/software/projects/PTA/boards/20`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues });
    expect(s.match.kind).toBe('jira-board');
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log.map((l) => l.split('?')[0])).toEqual(['GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
    expect(s.jira.requests[0]!.params.get('jql')).toBe(`project = "PTA" AND ${BACKLOG_CLAUSE}`);
    expect(r.data.scope).toBe('backlog');
    expect(r.data.items).toHaveLength(12);
  });

  it('takes the board’s sprints from its issues’ sprint field, with no request more; another board’s sprints are not this one’s', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 12, team: CLOUD_TEAM, deployment: 'cloud' });
    const own = setup(`${CLOUD}/jira/software/c/projects/PROD/boards/4/backlog`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues });
    const r = await loadJira(own.match, own.env);
    expect(own.jira.log.map((l) => l.split('?')[0])).toEqual(['GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
    // The fake's Cloud sprint field: "Sprint 12", active on board 4, two weeks from 23 February.
    expect(r.data.sprints).toEqual([
      { id: '12', name: 'Sprint 12', state: 'active', start: '2026-02-23T09:00:00.000Z', end: '2026-03-09T09:00:00.000Z', completed: null, goal: null, board: '4' },
    ]);
    const other = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues });
    expect((await loadJira(other.match, other.env)).data.sprints).toBeUndefined();
  });

  it('stops at the item cap, says so, and marks the data partial', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 230, team: CLOUD_TEAM, deployment: 'cloud' });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues });
    const r = await loadJira(s.match, s.env);
    expect(r.requests.total).toBe(3);
    expect(r.data.items).toHaveLength(200);
    expect(r.data.partial).toBe(true);
    expect(r.notices).toEqual([expect.objectContaining({ level: 'info', action: 'open-options' })]);
    expect(r.notices[0]!.message).toContain('first 200 items of this backlog in rank order');
  });

  it('samples a 2,000-item board: the first 200 by rank, each with its whole history, in 3 requests, and says so', async () => {
    const board = makeBacklog({ project: 'PROD', count: 2_000, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 20, commentsPerIssue: 5 });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board });
    const r = await loadJira(s.match, s.env);

    expect(s.jira.log.map((l) => l.split('?')[0])).toEqual(['GET /rest/api/3/search/jql', 'GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
    expect(r.requests.total).toBe(3);
    // The sample is the top of the board in its own order (the search asks by rank), whole items only.
    expect(s.jira.requests[0]!.params.get('jql')).toMatch(/ORDER BY Rank ASC$/);
    expect(r.data.items.map((i) => i.key)).toEqual(board.slice(0, 200).map((i) => i.key));
    // Every sampled item has its whole history: the same events as when those 200 are all the board holds.
    const alone = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board.slice(0, 200) });
    const whole = await loadJira(alone.match, alone.env);
    expect(whole.data.partial).toBeUndefined();
    const eventsOf = (items: typeof r.data.items) => new Map(items.map((i) => [i.key, i.events]));
    expect(eventsOf(r.data.items)).toEqual(eventsOf(whole.data.items));
    const changes = r.data.items.reduce((n, i) => n + i.events.filter((e) => e.kind !== 'created').length, 0);
    expect(changes).toBe(200 * 20 + 40 * 2);

    expect(r.data.partial).toBe(true); // the board has more than was read
    expect(r.notices).toEqual([expect.objectContaining({ level: 'info', action: 'open-options' })]);
    // Cloud's search does not count the matches, so the line says there are more without a number.
    expect(r.notices[0]!.message).toBe(
      "Tandem read the first 200 items of this backlog in rank order (the top of the backlog, as the board shows it), each with its whole history; there are more, and its limit is 200. Signals are about those. You can raise the limit in Tandem's options.",
    );
  });

  it('hands the items over while their changelogs are in flight, and reads the board exactly as without', async () => {
    const board = makeBacklog({ project: 'PROD', count: 300, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 6, commentsPerIssue: 2 });
    const opts: FakeJiraOptions = { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board };
    const unheard = setup(url, cloudTags, opts);
    const plain = await loadJira(unheard.match, unheard.env);

    const s = setup(url, cloudTags, opts);
    const inner = s.env.fetch;
    let sent = 0;
    let answered = 0;
    s.env.fetch = (input, init) => {
      sent++;
      return inner(input, init).then((response) => (answered++, response));
    };
    const handed: { data: TrackerData; sent: number; answered: number }[] = [];
    s.env.onItemsBeforeHistory = (data) => handed.push({ data: structuredClone(data), sent, answered });
    const r = await loadJira(s.match, s.env);

    // Once: after the changelogs' request went out and before its answer came.
    expect(handed.map((h) => [h.sent, h.answered])).toEqual([[3, 2]]);
    expect(r.requests.total).toBe(3);
    // The result is the same as a load nobody listened to.
    expect(r).toEqual(plain);
    // What was handed over: the same items with the same texts, before any change was known.
    const early = handed[0]!.data;
    expect(early.items.map((i) => i.key)).toEqual(r.data.items.map((i) => i.key));
    const texts = (d: TrackerData) => d.items.map((i) => [i.title, i.description, i.comments.map((c) => c.body)]);
    expect(texts(early)).toEqual(texts(r.data));
    expect(early.items.every((i) => i.events.every((e) => e.kind === 'created'))).toBe(true);
    expect(r.data.items.some((i) => i.events.some((e) => e.kind !== 'created'))).toBe(true);
  });

  it('hands nothing over when the one answer brings everything (Data Center) or the hand-over fails', async () => {
    const dc = setup(`${DC}/secure/RapidBoard.jspa?rapidView=5&view=planning.nodetail`, dcTags, {
      deployment: 'data-center',
      base: DC,
      users: DC_TEAM,
      issues: makeBacklog({ project: 'OPS', count: 20, team: DC_TEAM, deployment: 'data-center' }),
      boards: { '5': { filterId: '10400', name: 'OPS board' } },
    });
    const seen = vi.fn();
    dc.env.onItemsBeforeHistory = seen;
    expect((await loadJira(dc.match, dc.env)).data.items).toHaveLength(20);
    expect(seen).not.toHaveBeenCalled();

    const board = makeBacklog({ project: 'PROD', count: 30, team: CLOUD_TEAM, deployment: 'cloud' });
    const cloud = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board });
    cloud.env.onItemsBeforeHistory = () => {
      throw new Error('the listener broke');
    };
    const r = await loadJira(cloud.match, cloud.env);
    expect(r.data.items).toHaveLength(30);
    expect(r.notices).toEqual([]);
  });

  it('reads a board under the cap whole and says nothing of a sample', async () => {
    const board = makeBacklog({ project: 'PROD', count: 150, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 20 });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board });
    const r = await loadJira(s.match, s.env);
    expect(r.requests.total).toBe(3);
    expect(r.data.items).toHaveLength(150);
    expect(r.data.partial).toBeUndefined();
    expect(r.notices).toEqual([]);
  });

  it('honours a smaller cap: 30 items in one page', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 80, team: CLOUD_TEAM, deployment: 'cloud' });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues }, { itemCap: 30 });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.requests[0]!.params.get('maxResults')).toBe('30');
    expect(r.data.items).toHaveLength(30);
    expect(r.requests.total).toBe(2);
  });

  it('follows the bulk changelog cursor when the history does not fit one page', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 50, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 8 });
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues, bulkPageMax: 300 });
    const r = await loadJira(s.match, s.env);
    const bulks = s.jira.requests.filter((q) => q.path.endsWith('bulkfetch'));
    expect(bulks).toHaveLength(2);
    expect(bulks[1]!.body!.nextPageToken).toBe(btoa('at:300'));
    const changes = r.data.items.reduce((n, i) => n + i.events.filter((e) => e.kind !== 'created').length, 0);
    expect(changes).toBe(50 * 8 + 10 * 2);
  });

  it('keeps the items with a warning when the bulk changelog fails', async () => {
    const issues = makeBacklog({ project: 'PROD', count: 20, team: CLOUD_TEAM, deployment: 'cloud' });
    const s = setup(url, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues,
      override: (req) => (req.path.endsWith('bulkfetch') ? jiraError(403, 'You do not have permission') : undefined),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items).toHaveLength(20);
    expect(r.data.partial).toBe(true);
    expect(r.notices).toEqual([expect.objectContaining({ level: 'warning' })]);
  });

  it('reads an empty backlog as empty, with no error', async () => {
    const s = setup(url, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [] });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items).toEqual([]);
    expect(r.notices).toEqual([]);
    expect(r.requests.total).toBe(1);
  });
});

describe('Data Center backlog', () => {
  it('reads the board’s filter once (cached), then searches with expand=changelog', async () => {
    const issues = makeBacklog({ project: 'OPS', count: 120, team: DC_TEAM, deployment: 'data-center' });
    const url = `https://tracker.example.com/jira/secure/RapidBoard.jspa?rapidView=5&view=planning.nodetail`;
    const opts: FakeJiraOptions = { deployment: 'data-center', base: DC, users: DC_TEAM, issues, boards: { '5': { filterId: '10400', name: 'OPS board' } } };
    const cache = memoryCache();
    const s = setup(url, dcTags, opts, {}, cache);
    const r = await loadJira(s.match, s.env);
    const jql = `filter = 10400 AND ${BACKLOG_CLAUSE}`;
    expect(s.jira.log).toEqual([
      'GET /rest/agile/1.0/board/5/configuration',
      `GET /rest/api/2/search?${new URLSearchParams({ jql, fields: fieldsCold, expand: 'changelog,names', startAt: '0', maxResults: '200' })}`,
    ]);
    expect(r.data.items).toHaveLength(120);
    const changes = r.data.items.reduce((n, i) => n + i.events.filter((e) => e.kind !== 'created').length, 0);
    expect(changes).toBe(120 * 4 + 24 * 2);
    expect(r.data.me).toBe('ann.patel');

    const again = setup(url, dcTags, opts, {}, cache);
    await loadJira(again.match, again.env);
    expect(again.jira.log).toEqual([
      `GET /rest/api/2/search?${new URLSearchParams({ jql, fields: fieldsWarmDc.join(','), expand: 'changelog,names', startAt: '0', maxResults: '200' })}`,
    ]);
  });

  it('samples a 2,000-item board in one request and says how many it holds', async () => {
    const board = makeBacklog({ project: 'OPS', count: 2_000, team: DC_TEAM, deployment: 'data-center', historiesPerIssue: 20 });
    const url = `${DC}/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&view=planning`;
    const s = setup(url, dcTags, { deployment: 'data-center', base: DC, users: DC_TEAM, issues: board });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log.map((l) => l.split('?')[0])).toEqual(['GET /rest/api/2/search']);
    expect(r.data.items.map((i) => i.key)).toEqual(board.slice(0, 200).map((i) => i.key));
    const changes = r.data.items.reduce((n, i) => n + i.events.filter((e) => e.kind !== 'created').length, 0);
    expect(changes).toBe(200 * 20 + 40 * 2);
    expect(r.data.partial).toBe(true);
    expect(r.notices.map((n) => n.message)).toEqual([
      "Tandem read the first 200 of the 2000 items of this backlog in rank order (the top of the backlog, as the board shows it), each with its whole history; its limit is 200. Signals are about those. You can raise the limit in Tandem's options.",
    ]);
  });

  it('pages by startAt when the server hands out fewer than asked', async () => {
    const issues = makeBacklog({ project: 'OPS', count: 130, team: DC_TEAM, deployment: 'data-center' });
    const url = `${DC}/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&view=planning`;
    const s = setup(url, dcTags, { deployment: 'data-center', base: DC, users: DC_TEAM, issues, dcMaxResults: 50 });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.requests.map((q) => `${q.params.get('startAt')}/${q.params.get('maxResults')}`)).toEqual(['0/200', '50/150', '100/100']);
    expect(r.data.items).toHaveLength(130);
    expect(s.progress.at(-1)).toEqual({ done: 130, total: 130, label: 'Read 130 items' });
  });

  it('switches to Cloud search when the "Data Center" site answers 410 (Cloud on its own domain)', async () => {
    const issues = makeBacklog({ project: 'OPS', count: 10, team: CLOUD_TEAM, deployment: 'cloud' });
    const base = 'https://jira.corp.example';
    const s = setup(`${base}/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&view=planning`, { 'ajs-version-number': '9.4.0' }, {
      deployment: 'cloud', base, users: CLOUD_TEAM, issues, me: ANN,
    });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log.map((l) => l.split('?')[0]).sort()).toEqual([
      'GET /rest/api/2/myself',
      'GET /rest/api/2/search',
      'GET /rest/api/3/search/jql',
      'POST /rest/api/3/changelog/bulkfetch',
    ]);
    expect(r.data.items).toHaveLength(10);
    expect(r.notices).toEqual([]);
  });
});

describe('errors become notices; load never throws', () => {
  const issueUrl = `${CLOUD}/browse/SHOP-1`;
  const backlogUrl = `${CLOUD}/jira/software/projects/PROD/boards/4/backlog`;
  const one = () => [longIssue('SHOP-1', 1, 0, 'cloud')];

  it.each<[string, number, RegExp, string | undefined]>([
    ['not logged in', 401, /not logged in to Jira/, 'log-in'],
    ['no permission', 403, /don't have permission/, undefined],
    ['not found', 404, /couldn't find SHOP-1/, undefined],
    ['gone', 410, /no longer offers/, undefined],
    ['bad request', 400, /doesn't understand/, undefined],
  ])('%s (%i) on the issue view', async (_label, status, message, action) => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: () => jiraError(status, 'nope'),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items).toEqual([]);
    expect(r.requests.total).toBe(1);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]!.level).toBe('error');
    expect(r.notices[0]!.message).toMatch(message);
    expect(r.notices[0]!.action).toBe(action);
  });

  it('waits for a short Retry-After on 429, retries, and says so', async () => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: (_req, attempt) => (attempt === 1 ? jiraError(429, 'Rate limit exceeded', { 'retry-after': '4' }) : undefined),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items).toHaveLength(1);
    expect(s.sleeps).toEqual([4000]);
    expect(r.requests.total).toBe(2);
    expect(r.notices).toEqual([expect.objectContaining({ level: 'info', message: expect.stringMatching(/Jira asked us to slow down.*4 seconds/) })]);
  });

  it('gives up on a long Retry-After and tells when to try again', async () => {
    const s = setup(backlogUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [],
      override: () => jiraError(429, 'Rate limit exceeded', { 'retry-after': '120' }),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.requests.total).toBe(1);
    expect(r.notices[0]).toMatchObject({ level: 'error', action: 'retry', retryAt: '2026-03-02T10:02:00.000Z' });
    expect(r.notices[0]!.message).toMatch(/slow down while reading this backlog/);
  });

  it('retries server errors with backoff, then gives up politely', async () => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: () => jiraError(503, 'Service Unavailable'),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.requests.total).toBe(3);
    expect(s.sleeps).toHaveLength(2);
    expect(s.sleeps[1]!).toBeGreaterThan(s.sleeps[0]! / 2);
    expect(r.notices[0]).toMatchObject({ level: 'error', action: 'retry' });
    expect(r.notices[0]!.message).toMatch(/server problem/);
  });

  it('recovers when a retry after a 502 succeeds', async () => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: (_r, attempt) => (attempt === 1 ? new Response('<html>Bad gateway</html>', { status: 502 }) : undefined),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.data.items).toHaveLength(1);
    expect(r.notices).toEqual([]);
    expect(r.requests.total).toBe(2);
  });

  it('times out a request that never answers, retries it, then gives up politely', async () => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: () => 'hang',
    });
    vi.useFakeTimers();
    try {
      const pending = loadJira(s.match, s.env);
      for (let i = 0; i < 3; i++) await vi.advanceTimersByTimeAsync(15_001); // the per-request timeout
      const r = await pending;
      expect(r.requests.total).toBe(3);
      expect(r.data.items).toEqual([]);
      expect(r.notices[0]).toMatchObject({ level: 'error', action: 'retry' });
      expect(r.notices[0]!.message).toMatch(/took too long/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls a login page served with 200 malformed, not data', async () => {
    const s = setup(issueUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one(),
      override: () => new Response('<!DOCTYPE html><html><title>Log in - Jira</title></html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.notices[0]!.message).toMatch(/doesn't understand/);
    expect(r.requests.total).toBe(1);
  });

  it('calls JSON of another shape malformed', async () => {
    const s = setup(backlogUrl, cloudTags, {
      deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [],
      override: () => new Response(JSON.stringify({ values: [] }), { status: 200 }),
    });
    const r = await loadJira(s.match, s.env);
    expect(r.notices[0]!.message).toMatch(/doesn't understand/);
  });

  it('survives a fetch that throws synchronously and a cache that rejects', async () => {
    const s = setup(issueUrl, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one() });
    const broken: LoadEnv = {
      ...s.env,
      fetch: (() => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      cache: {
        get: () => Promise.reject(new Error('storage gone')),
        set: () => Promise.reject(new Error('storage gone')),
      },
    };
    const r = await loadJira(s.match, broken);
    expect(r.data.items).toEqual([]);
    expect(r.notices[0]!.message).toMatch(/couldn't reach Jira/);
  });

  it('says nothing when the page moved on (aborted)', async () => {
    const s = setup(issueUrl, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: one() });
    const controller = new AbortController();
    controller.abort();
    const r = await loadJira(s.match, { ...s.env, signal: controller.signal });
    expect(r.notices).toEqual([]);
    expect(r.requests.total).toBe(0);
  });

  it('a board with neither project nor a readable configuration explains itself', async () => {
    const s = setup(`${CLOUD}/secure/RapidBoard.jspa?rapidView=77`, cloudTags, { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: [] });
    const r = await loadJira(s.match, s.env);
    expect(s.jira.log).toEqual(['GET /rest/agile/1.0/board/77/configuration']);
    expect(r.notices[0]!.message).toMatch(/couldn't find board 77/);
  });
});

describe('selectedIssue flow', () => {
  it('loads whichever issue is selected, one request each, without the board', async () => {
    const issues = makeBacklog({ project: 'BE', count: 3, team: CLOUD_TEAM, deployment: 'cloud' });
    const cache = memoryCache();
    const opts: FakeJiraOptions = { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues };
    const keys: string[] = [];
    const counts: number[] = [];
    for (const key of ['BE-1', 'BE-2', 'BE-3']) {
      const s = setup(`${CLOUD}/jira/software/projects/BE/boards/4/backlog?selectedIssue=${key}`, cloudTags, opts, {}, cache);
      const r = await loadJira(s.match, s.env);
      keys.push(r.data.items[0]!.key);
      counts.push(r.requests.total);
      expect(s.jira.requests[0]!.path).toBe(`/rest/api/3/issue/${key}`);
    }
    expect(keys).toEqual(['BE-1', 'BE-2', 'BE-3']);
    expect(counts).toEqual([1, 1, 1]);
  });
});


describe('with the converter’s recorded fixtures', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '../../../test/fixtures/jira', name), 'utf8');

  /** Serves fixture files by path; everything else is a 404. Records "METHOD path". */
  function fixtureFetch(routes: Record<string, string | (() => string)>) {
    const calls: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      const key = `${init?.method ?? 'GET'} ${url.pathname}`;
      calls.push(key);
      const route = routes[key];
      if (route === undefined) return new Response('{"errorMessages":["not found"]}', { status: 404 });
      return new Response(typeof route === 'function' ? route() : fixture(route), { status: 200 });
    }) as typeof globalThis.fetch;
    return { fetch, calls };
  }

  const pages = [fixture('search-jql-page-1.json'), fixture('search-jql-page-2.json')];

  it.each<[string, string, Record<string, string>, Record<string, string | (() => string)>, string[], number]>([
    ['Cloud issue', `${CLOUD}/browse/SHOP-12`, cloudTags, { 'GET /rest/api/3/issue/SHOP-12': 'issue-SHOP-12.json' }, ['GET /rest/api/3/issue/SHOP-12'], 1],
    ['Data Center issue', `${DC}/browse/OPS-7`, dcTags, { 'GET /jira/rest/api/2/issue/OPS-7': 'issue-OPS-7.json' }, ['GET /jira/rest/api/2/issue/OPS-7'], 1],
    [
      'Cloud backlog, two search pages',
      `${CLOUD}/jira/software/projects/SHOP/boards/7/backlog`,
      cloudTags,
      {
        'GET /rest/api/3/search/jql': () => pages.shift() ?? '{"issues":[],"isLast":true}',
        'POST /rest/api/3/changelog/bulkfetch': () => '{"issueChangeLogs":[]}',
      },
      ['GET /rest/api/3/search/jql', 'GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch'],
      40,
    ],
  ])('%s', async (_label, url, tags, routes, expectedCalls, items) => {
    const { fetch, calls } = fixtureFetch(routes);
    const s = setup(url, tags, { deployment: 'cloud', base: CLOUD, users: [], issues: [] }, { fetch });
    const r = await loadJira(s.match, s.env);
    expect(calls).toEqual(expectedCalls);
    expect(r.requests.total).toBe(expectedCalls.length);
    expect(r.notices).toEqual([]);
    expect(r.data.items).toHaveLength(items);
    expect(r.data.items.every((i) => i.url.startsWith(url.startsWith(DC) ? DC : CLOUD))).toBe(true);
  });
});


describe('the fields read while the changelogs are in flight', () => {
  /** Equal as JSON text, so the order of keys (the people's above all) counts too. */
  const same = (a: unknown, b: unknown) => {
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  };

  it('a 2,000-item board reads exactly as in one pass after the last answer, with or without a listener', async () => {
    const board = makeBacklog({ project: 'PROD', count: 2_000, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 20, commentsPerIssue: 5 });
    const url = `${CLOUD}/jira/software/c/projects/PROD/boards/88/backlog`;
    const opts: FakeJiraOptions = { deployment: 'cloud', base: CLOUD, users: CLOUD_TEAM, issues: board };
    readAheads.off = true;
    let onePass;
    try {
      const s = setup(url, cloudTags, opts);
      onePass = await loadJira(s.match, s.env);
    } finally {
      readAheads.off = false;
    }
    expect(readAheads.made.at(-1)!.reused).toBe(0);

    const quiet = setup(url, cloudTags, opts);
    same(await loadJira(quiet.match, quiet.env), onePass);
    expect(readAheads.made.at(-1)!.reused).toBe(200);

    const heard = setup(url, cloudTags, opts);
    heard.env.onItemsBeforeHistory = () => {};
    same(await loadJira(heard.match, heard.env), onePass);
    // The listener's conversion made the readings; the one after the last answer took all 200.
    expect(readAheads.made.at(-1)!.reused).toBe(200);
    expect(onePass.data.items).toHaveLength(200);
    expect(Object.keys(onePass.data.people).length).toBeGreaterThan(1);
  });

  // Recorded answers: the converter's fixtures, and the real ones in ../shared/realdata when present.
  const FIXTURES = join(__dirname, '../../../test/fixtures/jira');
  const REALDATA = join(__dirname, '../../../../shared/realdata/jira');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
    });
  const answers = [...walk(FIXTURES), ...(existsSync(REALDATA) ? walk(REALDATA) : [])]
    .map((path) => ({ path: path.replace(/.*\/(fixtures|realdata)\//, '$1/'), json: JSON.parse(readFileSync(path, 'utf8')) as unknown }))
    .filter((a) => shapeOf(a.json) !== null);
  if (!existsSync(REALDATA)) it.skip('recorded real answers (../shared/realdata is not here)', () => {});

  /** The issues of an answer (one issue, or a search page's). */
  const issuesOf = (json: unknown): Record<string, unknown>[] =>
    (shapeOf(json) === 'issue' ? [json] : ((json as { issues: unknown[] }).issues ?? [])).filter(
      (i): i is Record<string, unknown> => typeof i === 'object' && i !== null,
    );

  /** Reads the answer's fields first, without changelogs, then again once the changelogs are back on the same objects. */
  function inTwoSteps(json: unknown, ctx: JiraContext, ahead: JiraReadAhead, first: 'listener' | 'fields only') {
    const answer = structuredClone(json);
    const held = issuesOf(answer).map((issue) => {
      const changelog = issue.changelog;
      delete issue.changelog;
      return changelog;
    });
    if (first === 'listener') jiraToTrackerData([answer], { ...ctx, people: newPeople(), readAhead: ahead });
    else readJiraAhead([answer], { ...ctx, people: newPeople() }, ahead);
    issuesOf(answer).forEach((issue, i) => {
      if (held[i] !== undefined) issue.changelog = held[i];
    });
    return jiraToTrackerData([answer], { ...ctx, people: newPeople(), readAhead: ahead });
  }

  it('finds recorded answers to compare', () => {
    expect(answers.filter((a) => a.path.startsWith('fixtures/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(answers.flatMap((a) => (['listener', 'fields only'] as const).map((first) => [a.path, first, a.json] as const)))(
    '%s (%s first) reads as in one pass',
    (_path, first, json) => {
      const ctx: JiraContext = { site: 'acme.atlassian.net' };
      const onePass = jiraToTrackerData([structuredClone(json)], { ...ctx, people: newPeople() });
      const ahead = newJiraReadAhead();
      same(inTwoSteps(json, ctx, ahead, first), onePass);
      // Every issue's fields were taken from the first reading (an issue without fields is no issue).
      const readable = issuesOf(json).filter((i) => typeof i.key === 'string' && typeof i.fields === 'object' && i.fields !== null);
      expect(ahead.reused).toBe(readable.length);
    },
  );

  it('lists people in the order one reading meets them: the fields\' people, the history\'s, then those only mentioned', () => {
    const user = (accountId: string) => ({ accountId, displayName: `Person ${accountId}` });
    const mention = (id: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id, text: `@${id}` } }] }] });
    const issue = {
      key: 'PROD-1',
      self: `${CLOUD}/rest/api/3/issue/10001`,
      fields: {
        summary: 'Order of people',
        created: '2026-01-05T10:00:00.000+0000',
        creator: user('c'),
        reporter: user('r'),
        assignee: user('a'),
        description: mention('d'),
        comment: { total: 1, comments: [{ id: '1', author: user('x'), created: '2026-01-06T10:00:00.000+0000', body: mention('m') }] },
      },
      changelog: {
        total: 1,
        histories: [
          {
            id: '9',
            author: user('h'),
            created: '2026-01-07T10:00:00.000+0000',
            items: [{ field: 'assignee', fieldId: 'assignee', from: 'f', fromString: 'Former F', to: 't', toString: 'Taker T' }],
          },
        ],
      },
    };
    const order = ['c', 'r', 'a', 'x', 'h', 'f', 't', 'd', 'm'];
    const onePass = jiraToTrackerData([structuredClone(issue)], { people: newPeople() });
    expect(isConvertError(onePass) ? onePass : Object.keys(onePass.people)).toEqual(order);
    for (const first of ['listener', 'fields only'] as const) {
      const ahead = newJiraReadAhead();
      const read = inTwoSteps(issue, {}, ahead, first);
      expect(ahead.reused).toBe(1);
      expect(isConvertError(read) ? read : Object.keys(read.people)).toEqual(order);
      same(read, onePass);
    }
  });

  it('reads an issue again when its fields changed after the first reading', () => {
    const json = JSON.parse(readFileSync(join(FIXTURES, 'issue-SHOP-12.json'), 'utf8')) as Record<string, unknown>;
    const ahead = newJiraReadAhead();
    const answer = structuredClone(json);
    readJiraAhead([answer], { people: newPeople() }, ahead);
    const fields = answer.fields as Record<string, unknown>;
    fields.comment = { comments: [], total: 0 };
    const read = jiraToTrackerData([answer], { people: newPeople(), readAhead: ahead });
    expect(ahead.reused).toBe(0);
    same(read, jiraToTrackerData([structuredClone(answer)], { people: newPeople() }));
  });
});
