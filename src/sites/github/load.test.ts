// The whole GitHub load path against a fake GitHub that serves our fixtures, honours ETags and
// counts requests: which requests each page kind costs with and without a token, that a revisit is
// all 304s, and that every failure ends in page mode with a plain-words notice, never a throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { KeyValueCache, LoadEnv, LoadResult } from '../types';
import { siteApiFetch } from './auth';
import { detectGitHub } from './detect';
import { apiBase, graphqlUrl, loadGitHub, nextLink, restListParams } from './load';

const ROOT = join(__dirname, '../../../test/fixtures');
const json = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'github', name), 'utf8'));
// Node's own fetch, AbortSignal and Response drive the load path, as in the browser; happy-dom only
// supplies the page documents (its global AbortSignal.any can't be called unbound, as http.ts does).
function blank(): Document {
  return new Window({ url: 'https://github.com/' }).document as unknown as Document;
}
function page(name: string): Document {
  const doc = blank();
  doc.documentElement.innerHTML = readFileSync(join(ROOT, 'pages/github', name), 'utf8').replace(/^<!DOCTYPE html>/i, '');
  return doc;
}

const NOW = Date.parse('2026-11-24T06:00:00Z');
const TOKEN = 'github_pat_11TESTTOKEN0000secret';
const API = 'https://api.github.com/repos/acme/widgets';
const ISSUE = `${API}/issues/42`;
const TIMELINE = `${ISSUE}/timeline?per_page=100`;
const MERGED_PRS = `https://api.github.com/search/issues?q=${encodeURIComponent('repo:acme/widgets is:pr is:merged')}&sort=updated&order=desc&per_page=100`;
const GRAPHQL = 'https://api.github.com/graphql';

type Answer = { status?: number; body?: unknown; headers?: Record<string, string>; etag?: string } | Error;
type Route = Answer | Answer[]; // a list answers call by call (the last one repeats)

interface Call {
  method: string;
  url: string;
  auth: string | null;
  ifNoneMatch: string | null;
  status: number | 'error';
  body?: string;
}

/** A fake GitHub: answers by "METHOD url", sends ETags and answers 304 when they match. */
function fakeGitHub(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const served = new Map<string, number>();
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = String(input);
    const headers = new Headers(init?.headers);
    const key = `${method} ${url}`;
    const call: Call = { method, url, auth: headers.get('authorization'), ifNoneMatch: headers.get('if-none-match'), status: 'error' };
    if (typeof init?.body === 'string') call.body = init.body;
    calls.push(call);
    const route = routes[key];
    if (route === undefined) throw new Error(`no route for ${key}`);
    const n = served.get(key) ?? 0;
    served.set(key, n + 1);
    const answer = Array.isArray(route) ? route[Math.min(n, route.length - 1)]! : route;
    if (answer instanceof Error) throw answer;
    const h = new Headers({ 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '42', ...answer.headers });
    if (answer.etag) {
      h.set('etag', answer.etag);
      if (call.ifNoneMatch === answer.etag) {
        call.status = 304;
        return new Response(null, { status: 304, headers: h });
      }
    }
    call.status = answer.status ?? 200;
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
    return new Response(body, { status: call.status, headers: h });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function memoryCache(): KeyValueCache {
  const map = new Map<string, unknown>();
  return {
    async get<T>(k: string) {
      return structuredClone(map.get(k)) as T | undefined;
    },
    async set<T>(k: string, v: T) {
      map.set(k, structuredClone(v));
    },
  };
}

/** With `token`, requests go through the same token-adding fetch the background uses, for `site`. */
function makeEnv(fetch: typeof globalThis.fetch, opts: Partial<LoadEnv> & { token?: string | null; site?: string } = {}) {
  const { token = null, site = 'github.com', ...rest } = opts;
  const sleeps: number[] = [];
  const env: LoadEnv = {
    fetch: token ? siteApiFetch(fetch, site, token) : fetch,
    githubTokenSaved: token !== null,
    signal: new AbortController().signal,
    document: page('issue-react.html'),
    cache: memoryCache(),
    onProgress: () => {},
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => NOW,
    ...rest,
  };
  return { env, sleeps };
}

const issueMatch = detectGitHub('https://github.com/acme/widgets/issues/42')!;
const oneTimeline = [...(json('load-timeline-1.json') as unknown[]), ...(json('load-timeline-2.json') as unknown[])];

function publicIssueRoutes(): Record<string, Route> {
  return {
    [`GET ${ISSUE}`]: { body: json('load-issue.json'), etag: 'W/"issue-v1"' },
    [`GET ${TIMELINE}`]: { body: oneTimeline, etag: 'W/"timeline-v1"' },
    [`GET ${MERGED_PRS}`]: { body: json('load-search-merged-prs.json'), etag: 'W/"prs-v1"' },
  };
}

const requestsOf = (calls: Call[]) => calls.map((c) => `${c.method} ${c.url.replace('https://api.github.com', '')} → ${c.status}`);

describe('a public issue without a token', () => {
  it('costs 3 requests: the issue, its timeline (with the comments) and merged-PR authors', async () => {
    const gh = fakeGitHub(publicIssueRoutes());
    const { env } = makeEnv(gh.fetch);
    const result = await loadGitHub(issueMatch, env);

    expect(requestsOf(gh.calls)).toEqual([
      'GET /repos/acme/widgets/issues/42 → 200',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 200',
      `GET ${MERGED_PRS.replace('https://api.github.com', '')} → 200`,
    ]);
    expect(gh.calls.every((c) => c.auth === null)).toBe(true);
    expect(result.source).toBe('api');
    expect(result.requests).toEqual({ total: 3, notModified: 0 });
    expect(result.notices).toEqual([]);

    const item = result.data.items[0]!;
    expect(result.data).toMatchObject({ scope: 'item', site: 'github.com', project: 'acme/widgets', me: 'pat-pm', source: 'api' });
    expect(item.key).toBe('acme/widgets#42');
    expect(item.comments.map((c) => [c.author, c.id])).toEqual([
      ['erin-em', '3100000001'],
      ['dev-dana', '3100000002'],
    ]);
    expect(item.events.map((e) => e.kind)).toEqual(['created', 'label', 'milestone', 'assignment', 'resolved']);
    expect(item.resolution).toBe('not-planned');
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana', 'dependabot[bot]']);
  });

  it('costs nothing new on a revisit: every request is a 304 and the data is the same', async () => {
    const gh = fakeGitHub(publicIssueRoutes());
    const { env } = makeEnv(gh.fetch);
    const first = await loadGitHub(issueMatch, env);
    gh.calls.length = 0;
    const again = await loadGitHub(issueMatch, env);

    expect(requestsOf(gh.calls)).toEqual([
      'GET /repos/acme/widgets/issues/42 → 304',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 304',
    ]);
    expect(gh.calls.map((c) => c.ifNoneMatch)).toEqual(['W/"issue-v1"', 'W/"timeline-v1"']);
    expect(again.requests).toEqual({ total: 2, notModified: 2 });
    expect(again.data).toEqual(first.data);
  });

  it('follows the Link header through the timeline and then skips PR authors to stay within 3', async () => {
    const page2 = `${ISSUE}/timeline?per_page=100&page=2`;
    const gh = fakeGitHub({
      [`GET ${ISSUE}`]: { body: json('load-issue.json') },
      [`GET ${TIMELINE}`]: { body: json('load-timeline-1.json'), headers: { link: `<${page2}>; rel="next", <${page2}>; rel="last"` } },
      [`GET ${page2}`]: { body: json('load-timeline-2.json'), headers: { link: `<${TIMELINE}&page=1>; rel="prev", <${TIMELINE}&page=1>; rel="first"` } },
    });
    const { env } = makeEnv(gh.fetch);
    const result = await loadGitHub(issueMatch, env);
    expect(gh.calls).toHaveLength(3);
    expect(result.requests.total).toBeLessThanOrEqual(3);
    expect(result.data.items[0]!.comments).toHaveLength(2);
    expect(result.data.pullRequestAuthors).toBeUndefined();
  });

  it('never follows a Link header off the site’s API: the evidence is marked partial instead', async () => {
    const evil = 'https://evil.example/repos/acme/widgets/issues/42/timeline?page=2';
    const gh = fakeGitHub({
      [`GET ${ISSUE}`]: { body: json('load-issue.json') },
      [`GET ${TIMELINE}`]: { body: json('load-timeline-1.json'), headers: { link: `<${evil}>; rel="next"` } },
    });
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const result = await loadGitHub(issueMatch, { ...env, githubTokenSaved: false });
    expect(gh.calls.map((c) => c.url)).not.toContain(evil);
    expect(gh.calls.every((c) => new URL(c.url).host === 'api.github.com')).toBe(true);
    expect(result.data.partial).toBe(true);
  });

  it('never follows a list’s Link header to another origin, nor to a non-API path of an Enterprise host', async () => {
    const first = `${API}/issues?state=all&sort=updated&direction=desc&per_page=100`;
    for (const elsewhere of ['http://api.github.com/repos/acme/widgets/issues?page=2', 'https://api.github.com.evil.example/x', 'https://github.com/acme/widgets/issues?page=2']) {
      const gh = fakeGitHub({
        [`GET ${first}`]: { body: json('load-list.json'), headers: { link: `<${elsewhere}>; rel="next"` } },
        [`GET ${MERGED_PRS}`]: { body: json('load-search-merged-prs.json') },
      });
      const { env } = makeEnv(gh.fetch, { document: page('list-react.html') });
      const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues')!, env);
      expect(gh.calls.map((c) => c.url)).not.toContain(elsewhere);
      expect(result.data.partial).toBe(true);
    }
  });

  it('uses {origin}/api/v3 on GitHub Enterprise Server', async () => {
    const ghe = 'https://github.corp.example/api/v3/repos/acme/widgets/issues/42';
    const gh = fakeGitHub({
      [`GET ${ghe}`]: { body: json('load-issue.json') },
      [`GET ${ghe}/timeline?per_page=100`]: { body: oneTimeline },
      [`GET https://github.corp.example/api/v3/search/issues?q=${encodeURIComponent('repo:acme/widgets is:pr is:merged')}&sort=updated&order=desc&per_page=100`]: {
        body: json('load-search-merged-prs.json'),
      },
    });
    const { env } = makeEnv(gh.fetch);
    const result = await loadGitHub(detectGitHub('https://github.corp.example/acme/widgets/issues/42')!, env);
    expect(result.source).toBe('api');
    expect(result.requests.total).toBe(3);
    expect(result.data.site).toBe('github.corp.example');
  });
});

describe('an issue with a token', () => {
  function tokenRoutes(graph = json('load-graphql-issue.json')): Record<string, Route> {
    return {
      [`GET ${ISSUE}`]: { body: json('load-issue.json'), etag: 'W/"issue-v1"' },
      [`POST ${GRAPHQL}`]: { body: graph },
    };
  }

  it('costs 2 requests: the issue and one GraphQL query (comments, timeline, edits, PR authors)', async () => {
    const gh = fakeGitHub(tokenRoutes());
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const result = await loadGitHub(issueMatch, env);

    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200']);
    expect(gh.calls.map((c) => c.auth)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(JSON.parse(gh.calls[1]!.body!).variables).toEqual({ owner: 'acme', name: 'widgets', number: 42, after: null });
    expect(result.requests).toEqual({ total: 2, notModified: 0 });

    const item = result.data.items[0]!;
    expect(item.comments.map((c) => c.author)).toEqual(['erin-em', 'dev-dana']);
    expect(item.events.filter((e) => e.kind !== 'description').map((e) => e.kind)).toEqual(['created', 'label', 'milestone', 'assignment', 'resolved']);
    // Only GraphQL says who edited the description.
    expect(item.descriptionEdits).toEqual([{ actor: 'erin-em', at: '2026-10-02T11:00:00.000Z' }]);
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana', 'dependabot']);
  });

  it('revisits with a single free 304 while the issue is unchanged', async () => {
    const gh = fakeGitHub(tokenRoutes());
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const first = await loadGitHub(issueMatch, env);
    gh.calls.length = 0;
    const again = await loadGitHub(issueMatch, env);
    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues/42 → 304']);
    expect(again.requests).toEqual({ total: 1, notModified: 1 });
    expect(again.data).toEqual(first.data);
  });

  it('asks GraphQL again once the issue has changed', async () => {
    const routes = tokenRoutes();
    routes[`GET ${ISSUE}`] = [
      { body: json('load-issue.json'), etag: 'W/"issue-v1"' },
      { body: { ...(json('load-issue.json') as object), comments: 3 }, etag: 'W/"issue-v2"' },
    ];
    const gh = fakeGitHub(routes);
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    await loadGitHub(issueMatch, env);
    gh.calls.length = 0;
    const again = await loadGitHub(issueMatch, env);
    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200']);
    expect(again.requests).toEqual({ total: 2, notModified: 0 });
  });

  it('falls back to the REST timeline when GraphQL cannot see the repository', async () => {
    const routes = tokenRoutes({ data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/widgets'." }] });
    routes[`GET ${TIMELINE}`] = { body: oneTimeline };
    const gh = fakeGitHub(routes);
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const result = await loadGitHub(issueMatch, env);
    expect(requestsOf(gh.calls)).toEqual([
      'GET /repos/acme/widgets/issues/42 → 200',
      'POST /graphql → 200',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 200',
    ]);
    expect(result.source).toBe('api');
    expect(result.data.items[0]!.comments).toHaveLength(2);
  });

  it('never puts the token in what it returns', async () => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: { status: 401, body: { message: 'Bad credentials' } } });
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const result = await loadGitHub(issueMatch, env);
    expect(JSON.stringify(result)).not.toContain('TESTTOKEN');
  });

  it('uses /api/graphql on GitHub Enterprise Server', () => {
    expect(graphqlUrl('github.corp.example')).toBe('https://github.corp.example/api/graphql');
    expect(graphqlUrl('github.com')).toBe(GRAPHQL);
    expect(apiBase('github.corp.example')).toBe('https://github.corp.example/api/v3');
  });
});

describe('an issue list', () => {
  const LIST = `${API}/issues?state=all&sort=updated&direction=desc&per_page=100`;

  it('costs 1 request for the plain list; merged PRs in it name the PR authors', async () => {
    const gh = fakeGitHub({ [`GET ${LIST}`]: { body: json('load-list.json'), etag: 'W/"list-v1"' } });
    const { env } = makeEnv(gh.fetch, { document: page('list-react.html') });
    const match = detectGitHub('https://github.com/acme/widgets/issues')!;
    const result = await loadGitHub(match, env);
    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 200']);
    expect(result.data.scope).toBe('backlog');
    // The list's pull requests are kept with their kind; the engine leaves them out of backlog signals.
    expect(result.data.items.filter((i) => i.type !== 'pull-request').map((i) => i.key)).toEqual(['acme/widgets#45', 'acme/widgets#44', 'acme/widgets#42']);
    expect(result.data.items.some((i) => i.type === 'pull-request')).toBe(true);
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana']);

    gh.calls.length = 0;
    const again = await loadGitHub(match, env);
    expect(again.requests).toEqual({ total: 1, notModified: 1 });
    expect(again.data).toEqual(result.data);
  });

  it('sends a search the list endpoint cannot express to the search API', async () => {
    const q = 'is:issue is:open "export" created:>2026-11-01';
    const search = `https://api.github.com/search/issues?q=${encodeURIComponent(`repo:acme/widgets is:issue ${q}`)}&per_page=100`;
    const gh = fakeGitHub({
      [`GET ${search}`]: { body: json('load-search-issues.json') },
      [`GET ${MERGED_PRS}`]: { body: json('load-search-merged-prs.json') },
    });
    const { env } = makeEnv(gh.fetch, { document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub(`https://github.com/acme/widgets/issues?q=${encodeURIComponent(q)}`)!, env);
    expect(gh.calls.map((c) => c.url)).toEqual([search, MERGED_PRS]);
    expect(result.data.items.map((i) => i.key)).toEqual(['acme/widgets#44']);
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana', 'dependabot[bot]']);
  });

  it('an empty answer for the list is a broken answer, not an empty list: the page is read instead', async () => {
    const first = `${API}/issues?state=all&sort=updated&direction=desc&per_page=100`;
    const gh = fakeGitHub({ [`GET ${first}`]: { body: '' } });
    const { env } = makeEnv(gh.fetch, { document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues')!, env);
    expect(result.source).toBe('page');
    expect(result.notices.map((n) => n.message).join(' ')).toMatch(/doesn't understand/);
  });

  it('stops at the item cap and says the evidence is partial', async () => {
    const first = `${API}/issues?state=all&sort=updated&direction=desc&per_page=2`;
    const second = `${first}&page=2`;
    const list = json('load-list.json') as unknown[];
    const gh = fakeGitHub({
      [`GET ${first}`]: { body: list.slice(0, 2), headers: { link: `<${second}>; rel="next"` } },
      [`GET ${second}`]: { body: list.slice(2, 4), headers: { link: `<${second}&x=3>; rel="next"` } },
    });
    const { env } = makeEnv(gh.fetch, { itemCap: 2, document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues')!, env);
    expect(gh.calls.map((c) => c.url)).toEqual([first, second]); // page 1 held a PR, so one more page
    expect(result.data.items).toHaveLength(2);
    expect(result.data.partial).toBe(true);
    expect(result.notices.map((n) => n.message).join(' ')).toMatch(/first 2 issues of this list \(its limit is 2\)/);
  });
});

describe('an issue list with a token', () => {
  const LIST = `${API}/issues?state=all&sort=updated&direction=desc&per_page=100`;
  const routes = (): Record<string, Route> => ({
    [`GET ${LIST}`]: { body: json('load-list.json'), etag: 'W/"list-v1"' },
    [`POST ${GRAPHQL}`]: { body: json('load-graphql-list.json') },
  });

  it('costs 2 requests (the REST list as a freshness check, one GraphQL query with every issue’s history)', async () => {
    const gh = fakeGitHub(routes());
    const { env } = makeEnv(gh.fetch, { token: TOKEN, document: page('list-react.html') });
    const match = detectGitHub('https://github.com/acme/widgets/issues')!;
    const result = await loadGitHub(match, env);
    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 200', 'POST /graphql → 200']);
    expect(JSON.parse(gh.calls[1]!.body!).variables).toEqual({ q: 'repo:acme/widgets is:issue sort:updated-desc', first: 100, owner: 'acme', name: 'widgets' });
    expect(result.source).toBe('api');
    const byKey = Object.fromEntries(result.data.items.map((i) => [i.key, i]));
    expect(Object.keys(byKey)).toEqual(['acme/widgets#45', 'acme/widgets#44', 'acme/widgets#42']);
    // Each issue comes with its history, which REST would have needed one request per issue for.
    expect(byKey['acme/widgets#45']!.events.map((e) => [e.kind, e.actor])).toEqual([
      ['created', 'pat-pm'],
      ['priority', 'erin-em'],
      ['assignment', 'erin-em'],
    ]);
    expect(byKey['acme/widgets#45']!.comments.map((c) => c.author)).toEqual(['dev-dana']);
    // #42 has 57 timeline entries; only the last 40 were asked for.
    expect(byKey['acme/widgets#42']!.partial).toBe(true);
    expect(byKey['acme/widgets#44']!.partial).toBeUndefined();
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana']);

    gh.calls.length = 0;
    const again = await loadGitHub(match, env);
    expect(requestsOf(gh.calls)).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 304']);
    expect(again.requests).toEqual({ total: 1, notModified: 1 });
    expect(again.data).toEqual(result.data);
  });

  it('asks GraphQL alone for a search the REST list cannot express', async () => {
    const gh = fakeGitHub({ [`POST ${GRAPHQL}`]: { body: json('load-graphql-list.json') } });
    const { env } = makeEnv(gh.fetch, { token: TOKEN, document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues?q=is%3Aissue+export+in%3Atitle')!, env);
    expect(requestsOf(gh.calls)).toEqual(['POST /graphql → 200']);
    expect(JSON.parse(gh.calls[0]!.body!).variables.q).toBe('repo:acme/widgets is:issue is:issue export in:title');
    expect(result.data.items).toHaveLength(3);
  });

  it('reads the REST list when GraphQL refuses the token', async () => {
    const r = routes();
    r[`POST ${GRAPHQL}`] = { status: 403, body: { message: 'Resource not accessible by personal access token' } };
    const gh = fakeGitHub(r);
    const { env } = makeEnv(gh.fetch, { token: TOKEN, document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues')!, env);
    expect(requestsOf(gh.calls)).toEqual([
      'GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 200',
      'POST /graphql → 403',
      'GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 304',
    ]);
    expect(result.source).toBe('api');
    expect(result.data.items.filter((i) => i.type !== 'pull-request')).toHaveLength(3);
  });
});

describe('a GitHub Enterprise Server without the 2025 fields', () => {
  const GHE = 'github.corp.example';
  const GHE_GRAPHQL = `https://${GHE}/api/graphql`;
  // GitHub's error answer for a field its schema lacks (HTTP 200, no data).
  const lacking = {
    errors: [
      {
        path: ['query TandemList', 'search', 'nodes', '... on Issue', 'issueType'],
        extensions: { code: 'undefinedField', typeName: 'Issue', fieldName: 'issueType' },
        locations: [{ line: 6, column: 9 }],
        message: "Field 'issueType' doesn't exist on type 'Issue'",
      },
    ],
  };
  const asked = (call: Call) => JSON.parse(call.body!).query as string;

  it('asks again without the new fields, and from then on asks that way at once', async () => {
    const gh = fakeGitHub({ [`POST ${GHE_GRAPHQL}`]: [{ body: lacking }, { body: json('load-graphql-list.json') }] });
    const { env } = makeEnv(gh.fetch, { token: TOKEN, site: GHE, document: page('list-react.html') });
    const match = detectGitHub(`https://${GHE}/acme/widgets/issues?q=is%3Aissue+export+in%3Atitle`)!;
    const result = await loadGitHub(match, env);
    expect(gh.calls.map((c) => `${c.method} ${c.url} → ${c.status}`)).toEqual([`POST ${GHE_GRAPHQL} → 200`, `POST ${GHE_GRAPHQL} → 200`]);
    expect(asked(gh.calls[0]!)).toContain('issueType');
    expect(asked(gh.calls[1]!)).not.toMatch(/issueType|subIssuesSummary|duplicateOf|enableDuplicate/);
    expect(result.source).toBe('api');
    expect(result.data.items).toHaveLength(3);
    expect(result.notices).toEqual([]);

    // The next page of this site asks the old way at once: one request.
    gh.calls.length = 0;
    await loadGitHub(match, env);
    expect(gh.calls).toHaveLength(1);
    expect(asked(gh.calls[0]!)).not.toContain('issueType');
  });

  it('github.com keeps asking for the new fields when another site lacks them', async () => {
    const gh = fakeGitHub({
      [`POST ${GHE_GRAPHQL}`]: [{ body: lacking }, { body: json('load-graphql-list.json') }],
      [`POST ${GRAPHQL}`]: { body: json('load-graphql-list.json') },
    });
    const { env } = makeEnv(gh.fetch, { token: TOKEN, site: GHE, document: page('list-react.html') });
    await loadGitHub(detectGitHub(`https://${GHE}/acme/widgets/issues?q=is%3Aissue+export`)!, env);
    const other = makeEnv(gh.fetch, { token: TOKEN, document: page('list-react.html'), cache: env.cache });
    gh.calls.length = 0;
    await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues?q=is%3Aissue+export')!, other.env);
    expect(gh.calls).toHaveLength(1);
    expect(asked(gh.calls[0]!)).toContain('issueType');
  });

  it('another GraphQL error is not taken for an old server: no second query', async () => {
    const gh = fakeGitHub({
      [`POST ${GHE_GRAPHQL}`]: { body: { errors: [{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'acme/widgets'." }] } },
      [`GET https://${GHE}/api/v3/repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100&q=export`]: { body: [] },
    });
    const { env } = makeEnv(gh.fetch, { token: TOKEN, site: GHE, document: page('list-react.html') });
    await loadGitHub(detectGitHub(`https://${GHE}/acme/widgets/issues?q=is%3Aissue+export`)!, env).catch(() => null);
    expect(gh.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });
});

describe('restListParams', () => {
  it.each([
    [null, 'state=all&sort=updated&direction=desc'],
    ['is:issue is:open', 'state=open&sort=updated&direction=desc'],
    ['is:issue state:closed label:bug label:"good first issue"', 'state=closed&sort=updated&direction=desc&labels=bug%2Cgood+first+issue'],
    ['is:issue author:ann assignee:bob sort:created-asc', 'state=all&sort=created&direction=asc&creator=ann&assignee=bob'],
    ['is:issue mentions:carol', 'state=all&sort=updated&direction=desc&mentioned=carol'],
  ])('%s → REST list', (q, params) => {
    expect(restListParams(q)?.toString()).toBe(params);
  });

  it.each(['crash on save', 'is:issue -label:bug', 'is:pr', 'assignee:@me', 'is:issue created:>2026-01-01', 'sort:reactions-+1-desc'])(
    '%s needs the search API',
    (q) => {
      expect(restListParams(q)).toBeNull();
    },
  );
});

describe('a Projects (v2) view', () => {
  const match = detectGitHub('https://github.com/orgs/acme/projects/7/views/1')!;

  it('costs one GraphQL query with a token', async () => {
    const gh = fakeGitHub({ [`POST ${GRAPHQL}`]: { body: json('load-graphql-project.json') } });
    const { env } = makeEnv(gh.fetch, { token: TOKEN });
    const result = await loadGitHub(match, env);
    expect(gh.calls).toHaveLength(1);
    expect(JSON.parse(gh.calls[0]!.body!).variables).toEqual({ login: 'acme', number: 7, first: 100 });
    expect(result.source).toBe('api');
    expect(result.data.items.map((i) => [i.key, i.status, i.state])).toEqual([
      ['acme/widgets#45', 'In progress', 'in-progress'],
      ['acme/billing#12', 'Done', 'done'],
    ]);
    expect(result.data.pullRequestAuthors).toEqual(['dev-dana']);
    expect(result.data.partial).toBeUndefined();
  });

  it('asks for a token instead of calling anything without one', async () => {
    const gh = fakeGitHub({});
    const { env } = makeEnv(gh.fetch, { document: blank() });
    const result = await loadGitHub(match, env);
    expect(gh.calls).toHaveLength(0);
    expect(result.source).toBe('page');
    expect(result.notices).toEqual([expect.objectContaining({ action: 'open-options', message: expect.stringMatching(/token/) })]);
  });
});

describe('when the API cannot be used, the page is read instead', () => {
  const reset = Math.floor(Date.parse('2026-11-24T06:40:00Z') / 1000);
  const cases: [string, Route, string | null, Partial<LoadResult['notices'][number]>][] = [
    [
      '403 with x-ratelimit-remaining: 0',
      { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } },
      null,
      { level: 'warning', retryAt: '2026-11-24T06:40:00.000Z', action: 'open-options' },
    ],
    [
      '429 with a long Retry-After',
      { status: 429, body: { message: 'secondary rate limit' }, headers: { 'retry-after': '3600' } },
      TOKEN,
      { level: 'warning', retryAt: '2026-11-24T07:00:00.000Z', action: 'retry' },
    ],
    [
      '403 secondary rate limit with Retry-After',
      { status: 403, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'x-ratelimit-remaining': '4900', 'retry-after': '120' } },
      TOKEN,
      { level: 'warning', retryAt: '2026-11-24T06:02:00.000Z', action: 'retry' },
    ],
    ['403 without any rate-limit sign', { status: 403, body: { message: 'Resource not accessible by personal access token' } }, TOKEN, { level: 'warning', action: 'open-options' }],
    ['401: the token was rejected', { status: 401, body: { message: 'Bad credentials' } }, TOKEN, { level: 'error', action: 'open-options' }],
    ['404: a private repository without a token', { status: 404, body: { message: 'Not Found' } }, null, { level: 'info', action: 'open-options' }],
    ['404 with a token that lacks access', { status: 404, body: { message: 'Not Found' } }, TOKEN, { level: 'warning', action: 'open-options' }],
    ['502 three times', [{ status: 502, body: 'Bad gateway' }], null, { level: 'warning', action: 'retry' }],
    ['the network failing', new TypeError('Failed to fetch'), null, { level: 'warning', action: 'retry' }],
    ['JSON that is not JSON', { status: 200, body: '<html>Unicorn!</html>' }, null, { level: 'warning' }],
  ];

  it.each(cases)('%s', async (_name, answer, token, notice) => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: answer });
    const { env } = makeEnv(gh.fetch, { token });
    const result = await loadGitHub(issueMatch, env);
    expect(result.source).toBe('page');
    expect(result.data.source).toBe('page');
    // The page fixture: the issue, its two comments and the events it shows.
    expect(result.data.items[0]!.key).toBe('acme/widgets#42');
    expect(result.data.items[0]!.comments).toHaveLength(2);
    expect(result.notices[0]).toMatchObject(notice);
    expect(result.notices[0]!.message).toMatch(/read this page instead/);
    expect(result.requests.total).toBe(gh.calls.length);
  });

  it('retries server errors with growing waits before giving up', async () => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: { status: 503, body: 'busy' } });
    const { env, sleeps } = makeEnv(gh.fetch);
    await loadGitHub(issueMatch, env);
    expect(gh.calls).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('sits through a short Retry-After once, says so, and carries on with the API', async () => {
    const routes = publicIssueRoutes();
    routes[`GET ${ISSUE}`] = [{ status: 429, headers: { 'retry-after': '2' } }, { body: json('load-issue.json') }];
    const gh = fakeGitHub(routes);
    const { env, sleeps } = makeEnv(gh.fetch);
    const result = await loadGitHub(issueMatch, env);
    expect(sleeps).toEqual([2000]);
    expect(result.source).toBe('api');
    expect(result.notices).toEqual([expect.objectContaining({ level: 'info', message: expect.stringMatching(/waited 2 seconds/) })]);
  });

  it('falls back when the rate limit runs out half-way (the timeline)', async () => {
    const gh = fakeGitHub({
      [`GET ${ISSUE}`]: { body: json('load-issue.json') },
      [`GET ${TIMELINE}`]: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } },
    });
    const { env } = makeEnv(gh.fetch);
    const result = await loadGitHub(issueMatch, env);
    expect(result.source).toBe('page');
    expect(result.requests.total).toBe(2);
  });

  it('says the evidence is partial when the page folded the timeline', async () => {
    const doc = page('issue-classic.html');
    const gh = fakeGitHub({ 'GET https://github.corp.example/api/v3/repos/corp/portal/issues/7': { status: 404, body: { message: 'Not Found' } } });
    const { env } = makeEnv(gh.fetch, { document: doc });
    const result = await loadGitHub(detectGitHub('https://github.corp.example/corp/portal/issues/7')!, env);
    expect(result.source).toBe('page');
    expect(result.data.partial).toBe(true);
    expect(result.notices.map((n) => n.message)).toEqual([expect.stringMatching(/private/), expect.stringMatching(/expand "Load more"/)]);
  });

  it('reads the issue list from the page when the list API is rate-limited', async () => {
    const gh = fakeGitHub({
      [`GET ${API}/issues?state=all&sort=updated&direction=desc&per_page=100`]: { status: 429, headers: { 'retry-after': '600' } },
    });
    const { env } = makeEnv(gh.fetch, { document: page('list-react.html') });
    const result = await loadGitHub(detectGitHub('https://github.com/acme/widgets/issues')!, env);
    expect(result.source).toBe('page');
    expect(result.data.items).toHaveLength(3);
  });

  it('waits for GitHub to render the issue after in-app navigation, then reads it', async () => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: { status: 404, body: { message: 'Not Found' } } });
    const doc = blank();
    const rendered = page('issue-react.html').documentElement.innerHTML;
    let sleeps = 0;
    const { env } = makeEnv(gh.fetch, {
      document: doc,
      sleep: async () => {
        if (++sleeps === 2) doc.documentElement.innerHTML = rendered;
      },
    });
    const result = await loadGitHub(issueMatch, env);
    expect(sleeps).toBe(2);
    expect(result.source).toBe('page');
    expect(result.data.items[0]!.comments).toHaveLength(2);
  });

  it('never throws, even when waiting itself fails', async () => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: { status: 404, body: { message: 'Not Found' } } });
    const { env } = makeEnv(gh.fetch, {
      document: blank(),
      sleep: async () => {
        throw new Error('timer gone');
      },
    });
    await expect(loadGitHub(issueMatch, env)).resolves.toMatchObject({ source: 'page', data: { items: [] } });
  });

  it('still answers, with an error notice, when the page cannot be read either', async () => {
    const gh = fakeGitHub({ [`GET ${ISSUE}`]: { status: 404, body: { message: 'Not Found' } } });
    const { env } = makeEnv(gh.fetch, { document: blank() });
    const result = await loadGitHub(issueMatch, env);
    expect(result.source).toBe('page');
    expect(result.data.items).toEqual([]);
    expect(result.notices.at(-1)).toMatchObject({ level: 'error' });
  });

  it('never throws, even when fetch itself misbehaves', async () => {
    const broken = (() => {
      throw new Error('synchronous explosion');
    }) as unknown as typeof globalThis.fetch;
    const { env } = makeEnv(broken);
    await expect(loadGitHub(issueMatch, env)).resolves.toMatchObject({ source: 'page' });
  });

  it('stops quietly when the page has moved on', async () => {
    const controller = new AbortController();
    controller.abort();
    const gh = fakeGitHub(publicIssueRoutes());
    const { env } = makeEnv(gh.fetch, { signal: controller.signal });
    const result = await loadGitHub(issueMatch, env);
    expect(gh.calls).toHaveLength(0);
    expect(result.data.items).toEqual([]);
    expect(result.notices[0]!.level).toBe('info');
  });
});

describe('nextLink', () => {
  it.each([
    ['<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next"', 'https://api.github.com/x?page=3'],
    ['<https://api.github.com/x?page=1>; rel="first"', null],
    [null, null],
  ])('%s', (link, next) => {
    expect(nextLink(link)).toBe(next);
  });
});
