// Loads a GitHub page's tracker data: the API when it can (REST, or GraphQL with a token where that
// saves requests), the page itself when it can't (private repository without a token, rate limit
// reached, API down, a rejected token). Never throws: every failure becomes a notice for the panel.
//
// Requests per page kind (first visit → revisit with nothing changed):
// - issue, no token:  issue + timeline (+ merged-PR authors, cached a day)  3 → 2 × 304
//   (the timeline holds the comments, so `/comments` is not asked for separately)
// - issue, token:     issue (freshness check) + one GraphQL query with comments, timeline,
//                     description edits and merged-PR authors             2 → 1 × 304
// - issue list, no token: the list (100 a page, up to the cap); merged PRs in it name PR authors,
//                     else one search for them when not cached             1 → 1 × 304
// - issue list, token: the REST list as a freshness check + one GraphQL query bringing every issue
//                     with its last 40 timeline entries and merged-PR authors 2 → 1 × 304
//                     (a search the REST list can't express: the GraphQL query alone, 1 → 1)
// - project (token):  one GraphQL query                                     1 → 1
// Extra timeline pages cost one request each; merged-PR authors are skipped when they would break
// the 3-request budget. GitHub counts a 304 against no limit when the request carried a token;
// without a token, GitHub's docs promise that only for authorised requests, so an anonymous 304 may
// still count (it still saves the download).
import type { TrackerData } from '../../core/model';
import { say } from '../../core/words';
import { isConvertError } from '../convert-common';
import { describeError, noticeFor, parseRetryAfter, requestJson, type JsonResult, type RequestCounter, type TrackerError } from '../http';
import type { IssueRef, LoadEnv, LoadResult, Notice, PageMatch } from '../types';
import { githubToTrackerData } from './convert';
import { apiBase, graphqlUrl, isApiUrl, nextLink } from './api';
import { issueQuery, lacksNewFields, listQuery, projectQuery, readIssueGraph, readListGraph, readProjectGraph, type ListGraph, type Schema } from './graphql';
import { pageLogin, readIssueListPage, readIssuePage, type PageRead } from './page';

export { apiBase, graphqlUrl, nextLink };

const TRACKER = 'GitHub';
/** The panel's request budget for one issue. */
export const ISSUE_BUDGET = 3;
const DEFAULT_CAP = 100;
/** 500 timeline entries; beyond that the evidence is marked partial. */
const MAX_TIMELINE_PAGES = 5;
/** How long page mode waits for GitHub to render the issue: 12 × 250 ms. */
const PAGE_WAIT_TRIES = 12;
const PAGE_WAIT_MS = 250;
/** Merged-PR authors change slowly; asking once a day per repository is plenty. */
const PR_AUTHORS_TTL_MS = 24 * 60 * 60 * 1000;

interface Run {
  match: PageMatch;
  env: LoadEnv;
  counter: RequestCounter;
  notices: Notice[];
  /** A token is saved for this site; the fetch (env.fetch) adds it, the adapter never sees it. */
  token: boolean;
  api: string;
  /** Retry-After of the last 403, if it had one (see `secondaryLimit`). */
  last403RetryAfter: string | null;
  /** Which form of the GraphQL queries this site takes; read from the cache on first use. */
  schema?: Schema;
}

/** GitHub's secondary rate limit answers 403 with Retry-After (and requests left); the shared
 * http layer calls that 'forbidden', so the adapter watches for it to fall back with a time. */
function watchingFetch(run: Run, fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    run.last403RetryAfter = response.status === 403 ? response.headers.get('retry-after') : null;
    return response;
  };
}

function secondaryLimit(run: Run, error: TrackerError): TrackerError {
  if (error.kind !== 'forbidden' || !run.last403RetryAfter) return error;
  const until = parseRetryAfter(run.last403RetryAfter, run.env.now());
  return { kind: 'rate-limited', status: 403, message: error.message, ...(until !== null ? { retryAt: new Date(until).toISOString() } : {}) };
}

class ApiFailure {
  constructor(readonly error: TrackerError) {}
}

/** An answer the converter rejected. Its words describe JSON shapes for the CLI, in English; the
 * panel says what an unreadable answer means instead. */
const notUnderstood = (): ApiFailure => new ApiFailure({ kind: 'malformed', message: describeError('malformed', TRACKER) });

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/vnd.github+json', ...extra };
}

/** The next page a Link header names, only when it stays on this site's API; a link elsewhere ends
 * the walk (the caller marks the evidence partial) and is never requested. */
function nextOnSite(run: Run, res: { headers: Headers }): string | null {
  const next = nextLink(res.headers.get('link'));
  if (next === null) return null;
  return isApiUrl(run.match.host, next) ? next : OFF_SITE;
}
/** Stands for "there was a next page, on another origin": truthy, so the evidence is marked partial. */
const OFF_SITE = 'off-site';

async function getJson<T>(run: Run, url: string): Promise<{ body: T; headers: Headers; fromCache: boolean; etag: string | null }> {
  const res: JsonResult<T> = await requestJson<T>(url, { headers: headers() }, run.env, {
    tracker: TRACKER,
    conditional: true,
    counter: run.counter,
    notices: run.notices,
    // Every GET we make answers JSON; an empty body is a broken answer, not an empty list.
    validate: (body) => body !== null,
  });
  if (!res.ok) throw new ApiFailure(secondaryLimit(run, res.error));
  return res;
}

/** How long a site stays known to lack GitHub's 2025 fields: a server upgrade shows within a week. */
const LEGACY_SCHEMA_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Which form of the queries this site takes (see `Schema` in graphql.ts), remembered per site. */
async function schemaOf(run: Run): Promise<Schema> {
  if (run.schema) return run.schema;
  let since: number | undefined;
  try {
    since = await run.env.cache.get<number>(`gh:graphql-legacy:${run.match.host}`);
  } catch {
    since = undefined;
  }
  run.schema = typeof since === 'number' && run.env.now() - since < LEGACY_SCHEMA_TTL_MS ? 'legacy' : 'current';
  return run.schema;
}

async function postGraphql(run: Run, query: (schema: Schema) => string, variables: Record<string, unknown>): Promise<unknown> {
  const schema = await schemaOf(run);
  const res = await requestJson<unknown>(
    graphqlUrl(run.match.host),
    { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify({ query: query(schema), variables }) },
    run.env,
    { tracker: TRACKER, counter: run.counter, notices: run.notices },
  );
  if (!res.ok) throw new ApiFailure(secondaryLimit(run, res.error));
  const body = res.body as { data?: unknown; errors?: { type?: string; message?: string }[] } | null;
  if (schema === 'current' && body?.errors?.length && !body.data && lacksNewFields(body.errors)) {
    // An older GitHub Enterprise Server: ask again without issue types, sub-issues and duplicates,
    // and remember it so this site's later pages ask the old way at once.
    run.schema = 'legacy';
    try {
      await run.env.cache.set<number>(`gh:graphql-legacy:${run.match.host}`, run.env.now());
    } catch {
      /* the next page finds out again */
    }
    return postGraphql(run, query, variables);
  }
  if (body?.errors?.length && !body.data) {
    const type = body.errors[0]?.type;
    // GraphQL answers 200 with errors; NOT_FOUND is how it says "no access to this repository".
    const kind = type === 'NOT_FOUND' ? 'not-found' : type === 'RATE_LIMITED' ? 'rate-limited' : 'malformed';
    throw new ApiFailure({ kind, message: say('githubGraphqlRefused') });
  }
  return body?.data ?? null;
}

// ---------- merged-PR authors (evidence for inferring engineers) ----------

interface CachedAuthors {
  at: number;
  authors: string[];
}

async function pullRequestAuthors(run: Run, repo: string, mayAsk: boolean): Promise<string[] | null> {
  const key = `gh:pr-authors:${run.match.host}/${repo}`;
  let cached: CachedAuthors | undefined;
  try {
    cached = await run.env.cache.get<CachedAuthors>(key);
  } catch {
    cached = undefined;
  }
  if (cached && run.env.now() - cached.at < PR_AUTHORS_TTL_MS) return cached.authors;
  if (!mayAsk) return cached?.authors ?? null;
  const q = encodeURIComponent(`repo:${repo} is:pr is:merged`);
  try {
    const res = await getJson<{ items?: { user?: { login?: string } | null }[] }>(
      run,
      `${run.api}/search/issues?q=${q}&sort=updated&order=desc&per_page=100`,
    );
    const authors = [...new Set((res.body.items ?? []).map((i) => i.user?.login).filter((l): l is string => !!l))];
    await storeAuthors(run, key, authors);
    return authors;
  } catch {
    // Role inference is a bonus: without it the panel still works (roles come from the roster).
    return cached?.authors ?? null;
  }
}

async function storeAuthors(run: Run, key: string, authors: string[]): Promise<void> {
  try {
    await run.env.cache.set<CachedAuthors>(key, { at: run.env.now(), authors });
  } catch {
    /* the next visit asks again */
  }
}

// ---------- one issue ----------

interface CachedGraph {
  etag: string;
  timeline: unknown[];
  edits: unknown[];
  authors: string[];
}

/** An issue's history as the converter reads it: timeline entries, description edits, merged-PR authors. */
interface IssueHistory {
  timeline: unknown[];
  edits: unknown[];
  authors: string[] | null;
  /** More timeline pages existed than were read. */
  truncated: boolean;
}

async function loadIssueApi(run: Run): Promise<TrackerData> {
  const key = run.match.issue;
  if (!key) throw new ApiFailure({ kind: 'malformed', message: say('githubIssueUnknown') });
  const repo = `${key.owner}/${key.repo}`;
  const issueUrl = `${run.api}/repos/${repo}/issues/${key.number}`;
  run.env.onProgress({ done: 0, total: null, label: say('githubProgressIssue') });
  const issue = await getJson<Record<string, unknown>>(run, issueUrl);
  if (issue.body && typeof issue.body === 'object' && 'pull_request' in issue.body && issue.body.pull_request) {
    throw new ApiFailure({ kind: 'not-found', message: say('githubPullRequest') });
  }
  const history = (run.token ? await issueHistoryByGraphql(run, key, issueUrl, issue) : null) ?? (await issueHistoryByRest(run, issueUrl, repo));
  const { timeline, edits, authors, truncated } = history;
  const data = githubToTrackerData([{ issue: issue.body, timeline, edits }], { host: run.match.host, repo }, pageLogin(run.env.document));
  if (isConvertError(data)) throw notUnderstood();
  if (authors && authors.length) data.pullRequestAuthors = authors;
  if (truncated) {
    data.partial = true;
    for (const item of data.items) item.partial = true;
  }
  return data;
}

/** With a token: one GraphQL query instead of the timeline pages and the PR search; the REST issue's
 * ETag tells on a revisit whether the cached answer still holds. Null when GraphQL can't be used
 * here (a fine-grained token's scopes), so the caller reads REST instead. */
async function issueHistoryByGraphql(
  run: Run,
  key: IssueRef,
  issueUrl: string,
  issue: { fromCache: boolean; etag: string | null },
): Promise<IssueHistory | null> {
  const graphKey = `gh:graph:${issueUrl}`;
  let cached: CachedGraph | undefined;
  try {
    cached = await run.env.cache.get<CachedGraph>(graphKey);
  } catch {
    cached = undefined;
  }
  if (issue.fromCache && cached && cached.etag === issue.etag) return { ...cached, truncated: false };
  const timeline: unknown[] = [];
  let edits: unknown[] = [];
  let authors: string[] | null = null;
  try {
    run.env.onProgress({ done: 1, total: 2, label: say('githubProgressHistory') });
    let after: string | null = null;
    for (let page = 0; page < ISSUE_BUDGET - 1; page++) {
      const graph = readIssueGraph(await postGraphql(run, issueQuery, { owner: key.owner, name: key.repo, number: key.number, after }));
      if (!graph) throw new ApiFailure({ kind: 'not-found', message: say('githubGraphqlNoIssue') });
      timeline.push(...graph.timeline);
      if (page === 0) {
        edits = graph.edits;
        authors = graph.pullRequestAuthors;
      }
      after = graph.endCursor;
      if (!graph.hasNextPage || !after) break;
    }
  } catch (e) {
    // A token that can't use GraphQL here (fine-grained scopes) still reads REST: fall through.
    if (e instanceof ApiFailure && ['unauthorized', 'rate-limited', 'aborted'].includes(e.error.kind)) throw e;
    return null;
  }
  if (issue.etag) {
    try {
      await run.env.cache.set<CachedGraph>(graphKey, { etag: issue.etag, timeline, edits, authors: authors ?? [] });
    } catch {
      /* next visit asks again */
    }
  }
  if (authors) await storeAuthors(run, `gh:pr-authors:${run.match.host}/${key.owner}/${key.repo}`, authors);
  return { timeline, edits, authors, truncated: false };
}

/** Without a token (or when GraphQL refused it): the timeline's pages, then merged-PR authors if the budget allows. */
async function issueHistoryByRest(run: Run, issueUrl: string, repo: string): Promise<IssueHistory> {
  const timeline: unknown[] = [];
  let url: string | null = `${issueUrl}/timeline?per_page=100`;
  for (let page = 0; url && url !== OFF_SITE && page < MAX_TIMELINE_PAGES; page++) {
    run.env.onProgress({ done: page + 1, total: null, label: say('githubProgressHistory') });
    const res: { body: unknown[]; headers: Headers } = await getJson<unknown[]>(run, url);
    if (Array.isArray(res.body)) timeline.push(...res.body);
    url = nextOnSite(run, res);
  }
  // Only when it fits the budget: a long timeline matters more than role inference.
  const authors = await pullRequestAuthors(run, repo, run.counter.total < ISSUE_BUDGET);
  return { timeline, edits: [], authors, truncated: url !== null };
}

// ---------- an issue list ----------

/** The REST list endpoint's parameters for a page query it can express, or null when only the
 * search API can (free text, negations, dates, other qualifiers). */
export function restListParams(query: string | null): URLSearchParams | null {
  const params = new URLSearchParams({ state: 'all', sort: 'updated', direction: 'desc' });
  if (query === null) return params;
  const map: Record<string, string> = { label: 'labels', assignee: 'assignee', author: 'creator', mentions: 'mentioned' };
  const labels: string[] = [];
  for (const token of query.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const m = /^(is|state|label|assignee|author|mentions|sort):(.+)$/.exec(token);
    if (!m) return null;
    const value = m[2]!.replace(/^"|"$/g, '');
    const field = m[1]!;
    if (field === 'is' || field === 'state') {
      if (value === 'issue') continue;
      if (value === 'open' || value === 'closed') params.set('state', value);
      else if (value !== 'all') return null;
    } else if (field === 'sort') {
      const s = /^(created|updated|comments)-(asc|desc)$/.exec(value);
      if (!s) return null;
      params.set('sort', s[1]!);
      params.set('direction', s[2]!);
    } else if (field === 'label') {
      labels.push(value);
    } else {
      if (params.has(map[field]!) || value.startsWith('@')) return null; // "@me" needs search
      params.set(map[field]!, value);
    }
  }
  if (labels.length) params.set('labels', labels.join(','));
  return params;
}

interface CachedListGraph {
  etag: string;
  graph: ListGraph;
}

/** With a token: the list's issues with their recent history in one GraphQL query. For a list the
 * REST endpoint can express, a conditional REST request first tells whether anything changed, so
 * a revisit costs one 304; a search the REST list can't express is asked again each visit. */
async function loadListGraph(run: Run, repo: string, cap: number, restUrl: string | null): Promise<TrackerData> {
  const [owner, name] = repo.split('/') as [string, string];
  let fresh: { etag: string | null; fromCache: boolean } | null = null;
  let cached: CachedListGraph | undefined;
  const cacheKey = restUrl ? `gh:graph-list:${restUrl}` : null;
  if (restUrl && cacheKey) {
    fresh = await getJson<unknown>(run, restUrl);
    try {
      cached = await run.env.cache.get<CachedListGraph>(cacheKey);
    } catch {
      cached = undefined;
    }
  }
  let graph: ListGraph | null;
  if (fresh?.fromCache && cached && cached.etag === fresh.etag) {
    graph = cached.graph;
  } else {
    run.env.onProgress({ done: 0, total: cap, label: say('githubProgressList') });
    const q = `repo:${repo} is:issue ${run.match.query ?? 'sort:updated-desc'}`;
    graph = readListGraph(await postGraphql(run, listQuery, { q, first: Math.min(100, cap), owner, name }));
    if (!graph) throw new ApiFailure({ kind: 'malformed', message: say('githubGraphqlNoList') });
    if (cacheKey && fresh?.etag) {
      try {
        await run.env.cache.set<CachedListGraph>(cacheKey, { etag: fresh.etag, graph });
      } catch {
        /* too big for the store, or no store: the next visit asks again */
      }
    }
  }
  const me = pageLogin(run.env.document);
  if (graph.bundles.length === 0) return emptyData(run.match, 'api', me);
  const data = githubToTrackerData(
    graph.bundles.map(({ issue, timeline }) => ({ issue, timeline })),
    { host: run.match.host, repo },
    me,
  );
  if (isConvertError(data)) throw notUnderstood();
  data.scope = 'backlog';
  const truncated = new Set(graph.bundles.filter((b) => b.truncated).map((b) => b.issue.html_url));
  for (const item of data.items) if (truncated.has(item.url)) item.partial = true;
  if (graph.issueCount > graph.bundles.length) data.partial = true;
  if (graph.pullRequestAuthors.length) data.pullRequestAuthors = graph.pullRequestAuthors;
  return data;
}

async function loadListApi(run: Run): Promise<TrackerData> {
  const repo = run.match.project;
  if (!repo) throw new ApiFailure({ kind: 'malformed', message: say('githubRepoUnknown') });
  const cap = Math.max(1, run.env.itemCap ?? DEFAULT_CAP);
  const perPage = Math.min(100, cap);
  const params = restListParams(run.match.query ?? null);
  if (run.token) {
    const restUrl = params ? `${run.api}/repos/${repo}/issues?${new URLSearchParams([...params, ['per_page', String(perPage)]])}` : null;
    try {
      return await loadListGraph(run, repo, cap, restUrl);
    } catch (e) {
      // A token GraphQL won't take here still reads the REST list below.
      if (!(e instanceof ApiFailure) || ['unauthorized', 'rate-limited', 'aborted'].includes(e.error.kind)) throw e;
    }
  }
  let url: string | null;
  if (params) {
    params.set('per_page', String(perPage));
    url = `${run.api}/repos/${repo}/issues?${params}`;
  } else {
    const q = `repo:${repo} is:issue ${run.match.query ?? ''}`.trim();
    url = `${run.api}/search/issues?q=${encodeURIComponent(q)}&per_page=${perPage}`;
  }

  const pages: unknown[] = [];
  let issues = 0;
  // The REST list mixes in pull requests, so a page can hold fewer issues than asked; stop at the
  // cap or after a few pages, whichever first.
  const maxPages = Math.ceil(cap / perPage) + 1;
  for (let page = 0; url && url !== OFF_SITE && issues < cap && page < maxPages; page++) {
    run.env.onProgress({ done: issues, total: cap, label: say('githubProgressList') });
    const res: { body: unknown; headers: Headers } = await getJson<unknown>(run, url);
    const list = Array.isArray(res.body) ? res.body : ((res.body as { items?: unknown[] } | null)?.items ?? []);
    issues += list.filter((i) => !(i && typeof i === 'object' && 'pull_request' in i && (i as { pull_request?: unknown }).pull_request)).length;
    pages.push(res.body);
    url = nextOnSite(run, res);
  }

  const data = githubToTrackerData(pages, { host: run.match.host, repo }, pageLogin(run.env.document));
  if (isConvertError(data)) {
    // An empty list is a fine answer: nothing to analyse yet.
    if (issues === 0) return emptyData(run.match, 'api', pageLogin(run.env.document));
    throw notUnderstood();
  }
  data.scope = 'backlog';
  if (data.items.length > cap) data.items = data.items.slice(0, cap);
  if (issues > cap || url) data.partial = true;
  const fromList = data.pullRequestAuthors ?? [];
  const authors = fromList.length ? null : await pullRequestAuthors(run, repo, run.counter.total < ISSUE_BUDGET);
  const all = [...new Set([...fromList, ...(authors ?? [])])];
  if (all.length) data.pullRequestAuthors = all;
  return data;
}

// ---------- a Projects (v2) view ----------

async function loadProjectApi(run: Run): Promise<TrackerData> {
  const [, login] = (run.match.project ?? '').split('/');
  const number = Number(run.match.boardId);
  if (!login || !Number.isInteger(number)) throw new ApiFailure({ kind: 'malformed', message: say('githubProjectUnknown') });
  run.env.onProgress({ done: 0, total: null, label: say('githubProgressProject') });
  const cap = Math.min(100, Math.max(1, run.env.itemCap ?? DEFAULT_CAP));
  const graph = readProjectGraph(await postGraphql(run, projectQuery, { login, number, first: cap }));
  if (!graph) throw new ApiFailure({ kind: 'not-found', message: say('githubGraphqlNoProject') });
  if (graph.issues.length === 0) return emptyData(run.match, 'api', pageLogin(run.env.document));
  const data = githubToTrackerData([graph.issues], { host: run.match.host }, pageLogin(run.env.document));
  if (isConvertError(data)) throw notUnderstood();
  data.scope = 'backlog';
  data.project = run.match.project;
  // The board column is the team's own status name ("In progress", "Ready").
  for (const item of data.items) {
    const column = graph.columns.get(item.url);
    if (!column) continue;
    item.status = column;
    if (item.state !== 'done' && /progress|doing|review|started/i.test(column)) item.state = 'in-progress';
  }
  if (graph.pullRequestAuthors.length) data.pullRequestAuthors = graph.pullRequestAuthors;
  if (graph.totalCount > graph.fetched) data.partial = true;
  return data;
}

// ---------- falling back to the page ----------

function emptyData(match: PageMatch, source: 'api' | 'page', me: string | null): TrackerData {
  return {
    tracker: 'github',
    site: match.host,
    project: match.project,
    scope: match.kind === 'github-issue' ? 'item' : 'backlog',
    items: [],
    people: {},
    me,
    source,
  };
}

function pageUrlOf(match: PageMatch): string {
  const key = match.issue;
  if (match.kind === 'github-issue' && key) return `https://${match.host}/${key.owner}/${key.repo}/issues/${key.number}`;
  return `https://${match.host}/${match.project ?? ''}/issues`;
}

/** Why the API was not used, in plain words, with what to do about it. */
function fallbackNotice(error: TrackerError, hasToken: boolean): Notice {
  const until = error.retryAt ? new Date(error.retryAt) : null;
  const time = until ? until.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : null;
  switch (error.kind) {
    case 'rate-limited':
      return {
        level: 'warning',
        message: time
          ? say(hasToken ? 'githubLimitUntil' : 'githubLimitUntilNoToken', time)
          : say(hasToken ? 'githubLimitForNow' : 'githubLimitForNowNoToken'),
        ...(error.retryAt ? { retryAt: error.retryAt } : {}),
        action: hasToken ? 'retry' : 'open-options',
      };
    case 'unauthorized':
      return {
        level: 'error',
        message: say('githubTokenRejected'),
        action: 'open-options',
      };
    case 'not-found':
    case 'forbidden':
      return hasToken
        ? {
            level: 'warning',
            message: say('githubTokenNoAccess'),
            action: 'open-options',
          }
        : {
            level: 'info',
            message: say('githubPrivateRepo'),
            action: 'open-options',
          };
    case 'server':
    case 'timeout':
    case 'network':
      return { level: 'warning', message: say('githubApiNoAnswer'), action: 'retry' };
    default:
      return { level: 'warning', message: say('githubFallbackOther', error.message) };
  }
}

function readPage(run: Run): PageRead | null {
  const url = pageUrlOf(run.match);
  try {
    if (run.match.kind === 'github-issue') return readIssuePage(run.env.document, run.match, url);
    if (run.match.kind === 'github-issue-list') return readIssueListPage(run.env.document, run.match, url);
  } catch {
    // an unfamiliar page layout: the caller says so rather than break
  }
  return null;
}

async function fromPage(run: Run, why: Notice | null): Promise<LoadResult> {
  const notices = [...run.notices];
  if (why) notices.push(why);
  let read = run.match.kind === 'github-project' ? null : readPage(run);
  // After in-app navigation GitHub renders the new issue a moment later: look again for a while.
  for (let i = 0; !read && run.match.kind !== 'github-project' && i < PAGE_WAIT_TRIES && !run.env.signal.aborted; i++) {
    await run.env.sleep(PAGE_WAIT_MS);
    read = readPage(run);
  }
  if (!read) {
    notices.push({
      level: 'error',
      message:
        run.match.kind === 'github-project'
          ? say('githubProjectsNeedToken')
          : say('githubPageUnreadable'),
      action: 'open-options',
    });
    return { data: emptyData(run.match, 'page', pageLogin(run.env.document)), source: 'page', notices, requests: { ...run.counter } };
  }
  if (read.partial) {
    notices.push(
      run.match.kind === 'github-issue'
        ? {
            level: 'info',
            message: say('githubLoadMore'),
            action: 'open-options',
          }
        : { level: 'info', message: say('githubListPageOnly') },
    );
  }
  return { data: read.data, source: 'page', notices, requests: { ...run.counter } };
}

// ---------- the entry point ----------

/** Loads the page's data. Never throws; `source` says whether the API or the page was used. */
export async function loadGitHub(match: PageMatch, env: LoadEnv): Promise<LoadResult> {
  const token = env.githubTokenSaved === true;
  const run: Run = { match, env, counter: { total: 0, notModified: 0 }, notices: [], token, api: apiBase(match.host), last403RetryAfter: null };
  run.env = { ...env, fetch: watchingFetch(run, env.fetch) };
  try {
    return await load(run);
  } catch {
    // Last line of defence: the host page must never see an error from us.
    return {
      data: emptyData(match, 'page', null),
      source: 'page',
      notices: [{ level: 'error', message: say('githubCouldNotRead'), action: 'retry' }],
      requests: { ...run.counter },
    };
  }
}

async function load(run: Run): Promise<LoadResult> {
  const { match, token } = run;
  try {
    let data: TrackerData;
    if (match.kind === 'github-issue') data = await loadIssueApi(run);
    else if (match.kind === 'github-issue-list') data = await loadListApi(run);
    else if (match.kind === 'github-project') {
      if (!token) return await fromPage(run, null);
      data = await loadProjectApi(run);
    } else {
      return { data: emptyData(match, 'api', null), source: 'api', notices: [], requests: { ...run.counter } };
    }
    data.source = 'api';
    const notices = [...run.notices];
    // The panel itself says when evidence is partial; a list adds why (the cap) and the remedy.
    if (match.kind !== 'github-issue' && data.partial) {
      notices.push({
        level: 'info',
        message: say('githubCapped', data.items.length, run.env.itemCap ?? DEFAULT_CAP),
      });
    }
    return { data, source: 'api', notices, requests: { ...run.counter } };
  } catch (e) {
    if (e instanceof ApiFailure) {
      if (e.error.kind === 'aborted') {
        return { data: emptyData(match, 'api', null), source: 'api', notices: [noticeFor(e.error)], requests: { ...run.counter } };
      }
      return await fromPage(run, fallbackNotice(e.error, token));
    }
    // A bug of ours: the page still gets a panel, from the page.
    return await fromPage(run, { level: 'warning', message: say('githubApiWentWrong') });
  }
}
