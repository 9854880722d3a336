// Loads what a Jira page shows into the tracker model, with the user's own session (same origin).
//
// Requests each page kind makes (c = context path; the budgets of docs/contracts.md in brackets):
// - Cloud issue view [1]: GET c/rest/api/3/issue/KEY?fields=…&expand=changelog,names.
//   +1 per 100 older changelog entries (GET …/issue/KEY/changelog?startAt=…) when the embedded
//   changelog (the 100 most recent) is cut; +1 per 100 further comments likewise.
// - Data Center issue view [1]: GET c/rest/api/2/issue/KEY?fields=…&expand=changelog,names
//   (Data Center embeds the whole changelog).
// - Cloud backlog/board, 200 items [≤ 3]: GET c/rest/api/3/search/jql (100 a page, nextPageToken) ×2,
//   then POST c/rest/api/3/changelog/bulkfetch ×1 (all their changelogs, filtered to ≤ 10 fields,
//   up to 10,000 changes a page; +1 per further 10,000). A bigger board is sampled: the first `cap`
//   items in rank order, each whole (docs/decisions.md says why rank), and the panel says so.
// - Data Center backlog/board [1 for ≤ the server's page size]: GET c/rest/api/2/search?…&expand=changelog.
// - Only when the page doesn't say: +1 GET …/serverInfo (Cloud or Data Center?), +1 GET …/myself
//   (who is "you"), +1 GET c/rest/agile/1.0/board/N/configuration (which filter a board shows, when
//   the URL names no project; cached per board).
// A board's sprints (name, state, dates) are read from its issues' sprint field: no agile sprint request.
// Custom fields (story points, sprint, epic link, rank) are learnt from `expand=names` on the first
// answer and cached per site, so later visits ask for them by id. Nothing here throws: every failure
// becomes a notice in plain words.
import type { Person, TrackerData } from '../../core/model';
import { addPerson, newPeople } from '../../core/people';
import { say, sayCount, type MessageKey } from '../../core/words';
import { type Json, arr, isConvertError, isObject, nonEmptyStr, num } from '../convert-common';
import { noticeFor, requestJson, type JsonResult, type RequestCounter, type TrackerError } from '../http';
import type { LoadEnv, LoadResult, Notice, PageMatch } from '../types';
import { type JiraReadAhead, jiraToTrackerData, newJiraReadAhead, readJiraAhead } from './convert';
import { deploymentOf, meta } from './detect';

export const DEFAULT_ITEM_CAP = 200;
/** Cloud search/jql hands out at most 100 issues a page when fields other than id/key are asked for. */
export const CLOUD_PAGE_SIZE = 100;
/** Changelog and comment pages (the endpoints' own maximum). */
export const HISTORY_PAGE_SIZE = 100;
/** Bulk changelog: per page, the maximum Jira's API description allows (its default is 1,000). A
 * sample of 200 items with up to 50 tracked changes each then comes whole in one request, which keeps
 * a board at the cap within 3 requests (two search pages and this one). */
export const BULK_CHANGELOG_PAGE = 10_000;
const MAX_EXTRA_PAGES = 10; // a runaway cursor must not turn one page view into hundreds of requests

/** The fields the converter reads; nothing else is asked for. */
export const JIRA_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'resolution',
  'resolutiondate',
  'created',
  'updated',
  'duedate',
  'creator',
  'reporter',
  'assignee',
  'priority',
  'labels',
  'fixVersions',
  'parent',
  'subtasks',
  'issuelinks',
  'description',
  'comment',
] as const;

// Changelog fields worth a history entry in bulk (Jira allows 10); custom ones are added by id.
const HISTORY_FIELDS = ['status', 'assignee', 'priority', 'resolution', 'description', 'summary', 'fixVersions', 'labels'];

/** Custom fields we care about, by the names Jira gives them. */
const CUSTOM_FIELD_NAMES: [RegExp, 'estimate' | 'sprint' | 'epicLink' | 'rank'][] = [
  [/^(story points?|story point estimate)$/i, 'estimate'],
  [/^sprints?$/i, 'sprint'],
  [/^epic link$/i, 'epicLink'],
  [/^rank$/i, 'rank'],
];

/** Backlog and board: the open items plus what closed lately (for won't-do rate and growth). */
export const BACKLOG_CLAUSE = '(statusCategory != Done OR updated >= -90d) ORDER BY Rank ASC';

type Deployment = 'cloud' | 'data-center';
type Names = Record<string, string>;

interface Ctx {
  env: LoadEnv;
  match: PageMatch;
  base: string; // origin + context path
  siteKey: string; // host + context path, for the per-site cache
  counter: RequestCounter;
  notices: Notice[];
}

function emptyData(match: PageMatch): TrackerData {
  return {
    tracker: 'jira',
    site: match.host,
    project: match.project,
    scope: match.kind === 'jira-issue' ? 'item' : 'backlog',
    items: [],
    people: {},
    me: null,
    source: 'api',
  };
}

function originOf(env: LoadEnv, host: string): string {
  try {
    const url = new URL(env.document?.URL ?? '');
    if (url.host === host && (url.protocol === 'https:' || url.protocol === 'http:')) return url.origin;
  } catch {
    // No usable document URL (tests, about:blank): Jira sites are served over https.
  }
  return `https://${host}`;
}

function contextPathOf(match: PageMatch, env: LoadEnv): string {
  const path = match.contextPath ?? meta(env.document, 'ajs-context-path') ?? '';
  return path.replace(/\/+$/, '');
}

function request<T>(ctx: Ctx, path: string, init: RequestInit = {}, conditional = false, validate?: (b: unknown) => boolean) {
  return requestJson<T>(`${ctx.base}${path}`, init, ctx.env, {
    tracker: 'Jira',
    counter: ctx.counter,
    notices: ctx.notices,
    conditional,
    validate,
  });
}

function postJson(body: unknown): RequestInit {
  // X-Atlassian-Token: Jira's XSRF guard; harmless for JSON bodies and required by some proxies.
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-atlassian-token': 'no-check' },
    body: JSON.stringify(body),
    credentials: 'include',
  };
}

const GET: RequestInit = { credentials: 'include' };

/**
 * What a failed request was reading. Each is its own set of sentences (a translation may need to
 * word each differently); `subject` is the issue key or board id the sentence names, if any.
 */
type Target = 'issue' | 'board' | 'backlog' | 'historyRest' | 'commentsRest' | 'itemsHistory';
type Wording = Record<
  'unauthorized' | 'forbidden' | 'notFound' | 'gone' | 'malformed' | 'server' | 'timeout' | 'network' | 'rateLimitedUntil' | 'rateLimited',
  MessageKey
>;

// Every message takes the subject as $1 and the retry time as $2, used or not.
const EXPLAIN: Record<Target, Wording> = {
  issue: {
    unauthorized: 'jiraIssueUnauthorized',
    forbidden: 'jiraIssueForbidden',
    notFound: 'jiraIssueNotFound',
    gone: 'jiraIssueGone',
    malformed: 'jiraIssueMalformed',
    server: 'jiraIssueServer',
    timeout: 'jiraIssueTimeout',
    network: 'jiraIssueNetwork',
    rateLimitedUntil: 'jiraIssueRateLimitedUntil',
    rateLimited: 'jiraIssueRateLimited',
  },
  board: {
    unauthorized: 'jiraBoardUnauthorized',
    forbidden: 'jiraBoardForbidden',
    notFound: 'jiraBoardNotFound',
    gone: 'jiraBoardGone',
    malformed: 'jiraBoardMalformed',
    server: 'jiraBoardServer',
    timeout: 'jiraBoardTimeout',
    network: 'jiraBoardNetwork',
    rateLimitedUntil: 'jiraBoardRateLimitedUntil',
    rateLimited: 'jiraBoardRateLimited',
  },
  backlog: {
    unauthorized: 'jiraBacklogUnauthorized',
    forbidden: 'jiraBacklogForbidden',
    notFound: 'jiraBacklogNotFound',
    gone: 'jiraBacklogGone',
    malformed: 'jiraBacklogMalformed',
    server: 'jiraBacklogServer',
    timeout: 'jiraBacklogTimeout',
    network: 'jiraBacklogNetwork',
    rateLimitedUntil: 'jiraBacklogRateLimitedUntil',
    rateLimited: 'jiraBacklogRateLimited',
  },
  historyRest: {
    unauthorized: 'jiraHistoryRestUnauthorized',
    forbidden: 'jiraHistoryRestForbidden',
    notFound: 'jiraHistoryRestNotFound',
    gone: 'jiraHistoryRestGone',
    malformed: 'jiraHistoryRestMalformed',
    server: 'jiraHistoryRestServer',
    timeout: 'jiraHistoryRestTimeout',
    network: 'jiraHistoryRestNetwork',
    rateLimitedUntil: 'jiraHistoryRestRateLimitedUntil',
    rateLimited: 'jiraHistoryRestRateLimited',
  },
  commentsRest: {
    unauthorized: 'jiraCommentsRestUnauthorized',
    forbidden: 'jiraCommentsRestForbidden',
    notFound: 'jiraCommentsRestNotFound',
    gone: 'jiraCommentsRestGone',
    malformed: 'jiraCommentsRestMalformed',
    server: 'jiraCommentsRestServer',
    timeout: 'jiraCommentsRestTimeout',
    network: 'jiraCommentsRestNetwork',
    rateLimitedUntil: 'jiraCommentsRestRateLimitedUntil',
    rateLimited: 'jiraCommentsRestRateLimited',
  },
  itemsHistory: {
    unauthorized: 'jiraItemsHistoryUnauthorized',
    forbidden: 'jiraItemsHistoryForbidden',
    notFound: 'jiraItemsHistoryNotFound',
    gone: 'jiraItemsHistoryGone',
    malformed: 'jiraItemsHistoryMalformed',
    server: 'jiraItemsHistoryServer',
    timeout: 'jiraItemsHistoryTimeout',
    network: 'jiraItemsHistoryNetwork',
    rateLimitedUntil: 'jiraItemsHistoryRateLimitedUntil',
    rateLimited: 'jiraItemsHistoryRateLimited',
  },
};

/** Replaces the generic wording with what it means on this page. */
function explain(error: TrackerError, target: Target, subject = ''): Notice {
  const notice = noticeFor(error);
  // An answer too large to read says so the same way on every page.
  if (error.kind === 'aborted' || error.kind === 'too-large') return notice;
  const wording = EXPLAIN[target];
  const time = error.retryAt ? new Date(error.retryAt).toLocaleTimeString() : '';
  let key: MessageKey;
  if (error.kind === 'rate-limited') key = time ? wording.rateLimitedUntil : wording.rateLimited;
  else if (error.kind === 'not-found') key = wording.notFound;
  else key = wording[error.kind];
  notice.message = say(key, subject, time);
  return notice;
}

// ---- site facts: deployment, custom fields, "you" ----

async function deploymentFor(ctx: Ctx): Promise<Deployment> {
  const known = ctx.match.deployment ?? deploymentOf(ctx.match.host, ctx.env.document);
  if (known) return known;
  const cacheKey = `jira:deployment:${ctx.siteKey}`;
  const cached = await safeGet<Deployment>(ctx, cacheKey);
  if (cached) return cached;
  // serverInfo answers anonymously on both; Cloud says deploymentType "Cloud".
  const r = await request<Json>(ctx, '/rest/api/2/serverInfo', GET);
  const deployment: Deployment = r.ok && isObject(r.body) && r.body.deploymentType === 'Cloud' ? 'cloud' : 'data-center';
  if (r.ok) await safeSet(ctx, cacheKey, deployment);
  return deployment;
}

async function safeGet<T>(ctx: Ctx, key: string): Promise<T | undefined> {
  try {
    return await ctx.env.cache.get<T>(key);
  } catch {
    return undefined;
  }
}

async function safeSet<T>(ctx: Ctx, key: string, value: T): Promise<void> {
  try {
    await ctx.env.cache.set(key, value);
  } catch {
    // Only costs a request next time.
  }
}

/** The custom fields among `names` that Tandem reads (id → name). */
export function customFieldsIn(names: unknown): Names {
  const out: Names = Object.create(null); // field ids come from the site
  if (!isObject(names)) return out;
  for (const [id, name] of Object.entries(names)) {
    if (typeof name !== 'string' || !id.startsWith('customfield_')) continue;
    if (CUSTOM_FIELD_NAMES.some(([re]) => re.test(name.trim()))) out[id] = name;
  }
  return out;
}

function customIdsFor(names: Names, role: 'estimate' | 'sprint' | 'epicLink' | 'rank'): string[] {
  const re = CUSTOM_FIELD_NAMES.find(([, r]) => r === role)![0];
  return Object.entries(names)
    .filter(([, name]) => re.test(name.trim()))
    .map(([id]) => id);
}

/** `fields=` for a request: ours, plus the custom ids we know, else every navigable field once. */
function fieldList(known: Names | undefined): string[] {
  const custom = known ? Object.keys(known) : [];
  return known ? [...JIRA_FIELDS, ...custom] : [...JIRA_FIELDS, '*navigable'];
}

async function learnFields(ctx: Ctx, known: Names | undefined, names: unknown): Promise<Names> {
  const found = customFieldsIn(names);
  const merged = { ...(known ?? {}), ...found };
  const changed = !known || Object.keys(found).some((id) => !(id in known));
  if (changed) await safeSet(ctx, `jira:fields:${ctx.siteKey}`, merged);
  return merged;
}

async function whoAmI(ctx: Ctx, deployment: Deployment): Promise<{ id: string | null; person?: Person }> {
  const fromPage =
    deployment === 'cloud' ? meta(ctx.env.document, 'ajs-atlassian-account-id') : meta(ctx.env.document, 'ajs-remote-user');
  if (fromPage) return { id: fromPage };
  const r = await request<Json>(ctx, `/rest/api/${deployment === 'cloud' ? 3 : 2}/myself`, GET);
  if (!r.ok || !isObject(r.body)) return { id: null }; // not knowing "you" is not worth a notice; the panel asks
  const id = nonEmptyStr(r.body.accountId) ?? nonEmptyStr(r.body.name) ?? nonEmptyStr(r.body.key);
  if (!id) return { id: null };
  return { id, person: { id, name: nonEmptyStr(r.body.displayName) ?? id } };
}

// ---- issue view ----

const isIssue = (b: unknown): boolean => isObject(b) && typeof b.key === 'string' && isObject(b.fields);

async function loadIssue(ctx: Ctx, deployment: Deployment, key: string): Promise<{ raw: Json | null; names: Names }> {
  const v = deployment === 'cloud' ? 3 : 2;
  const known = await safeGet<Names>(ctx, `jira:fields:${ctx.siteKey}`);
  const params = new URLSearchParams({ fields: fieldList(known).join(','), expand: 'changelog,names' });
  const path = `/rest/api/${v}/issue/${encodeURIComponent(key)}?${params}`;
  const r = await request<Json>(ctx, path, GET, true, isIssue);
  if (!r.ok) {
    if (r.error.kind !== 'aborted') ctx.notices.push(explain(r.error, 'issue', key));
    return { raw: null, names: known ?? {} };
  }
  // Work on a copy: a 304 hands us the cached body, which must stay as Jira sent it.
  const issue = structuredClone(r.body);
  const names = await learnFields(ctx, known, issue.names);
  if (deployment === 'cloud') await completeChangelog(ctx, issue, key);
  await completeComments(ctx, issue, key, v);
  return { raw: issue, names };
}

/** Cloud embeds only the 100 most recent changelog entries; the older ones come from /changelog, oldest first. */
async function completeChangelog(ctx: Ctx, issue: Json, key: string): Promise<void> {
  const changelog = isObject(issue.changelog) ? issue.changelog : null;
  if (!changelog) return;
  const histories = arr(changelog.histories);
  const total = num(changelog.total) ?? histories.length;
  if (total <= histories.length) return;
  const byId = new Map<string, unknown>();
  for (const h of histories) byId.set(historyId(h), h);
  let startAt = 0;
  for (let page = 0; page < MAX_EXTRA_PAGES && byId.size < total; page++) {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(HISTORY_PAGE_SIZE) });
    const r = await request<Json>(
      ctx,
      `/rest/api/3/issue/${encodeURIComponent(key)}/changelog?${params}`,
      GET,
      false,
      (b) => isObject(b) && Array.isArray(b.values),
    );
    if (!r.ok) {
      if (r.error.kind !== 'aborted') {
        ctx.notices.push({
          level: 'warning',
          message: say('jiraHistoryPartial', histories.length, total, key, explain(r.error, 'historyRest', key).message),
        });
      }
      break;
    }
    const values = arr(r.body.values);
    for (const h of values) byId.set(historyId(h), h);
    startAt += values.length;
    if (values.length === 0 || r.body.isLast === true) break;
  }
  const all = oldestFirst([...byId.values()]);
  // Complete only when every entry arrived; otherwise keep `total` so the item is marked partial.
  issue.changelog = { ...changelog, startAt: 0, maxResults: all.length, total: Math.max(total, all.length), histories: all };
  if (all.length >= total) (issue.changelog as Json).total = all.length;
}

function historyId(h: unknown): string {
  return isObject(h) ? String(h.id ?? `${String(h.created)}`) : String(h);
}

/** Changelog entries oldest first; each time is read once (a board has thousands to sort). */
function oldestFirst(histories: unknown[]): unknown[] {
  return histories
    .map((h) => ({ h, t: timeOf(h) }))
    .sort((a, b) => a.t - b.t)
    .map((x) => x.h);
}

function timeOf(h: unknown): number {
  const t = isObject(h) && typeof h.created === 'string' ? Date.parse(h.created) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** Comments come embedded in `fields.comment`; when Jira cut the page, fetch the rest. */
async function completeComments(ctx: Ctx, issue: Json, key: string, v: 2 | 3): Promise<void> {
  const fields = issue.fields as Json;
  const page = isObject(fields.comment) ? fields.comment : null;
  if (!page) return;
  const comments = arr(page.comments);
  const total = num(page.total) ?? comments.length;
  if (total <= comments.length) return;
  const byId = new Map<string, unknown>();
  for (const c of comments) byId.set(isObject(c) ? String(c.id) : String(c), c);
  let startAt = comments.length;
  for (let n = 0; n < MAX_EXTRA_PAGES && byId.size < total; n++) {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(HISTORY_PAGE_SIZE) });
    const r = await request<Json>(
      ctx,
      `/rest/api/${v}/issue/${encodeURIComponent(key)}/comment?${params}`,
      GET,
      false,
      (b) => isObject(b) && Array.isArray(b.comments),
    );
    if (!r.ok) {
      if (r.error.kind !== 'aborted') {
        ctx.notices.push({
          level: 'warning',
          message: say('jiraCommentsPartial', byId.size, total, key, explain(r.error, 'commentsRest', key).message),
        });
      }
      break;
    }
    const more = arr(r.body.comments);
    for (const c of more) byId.set(isObject(c) ? String(c.id) : String(c), c);
    startAt += more.length;
    if (more.length === 0) break;
  }
  const all = [...byId.values()];
  fields.comment = { ...page, startAt: 0, maxResults: all.length, total: Math.max(total, all.length), comments: all };
  if (all.length >= total) (fields.comment as Json).total = all.length;
}

// ---- backlog and board ----

/** Which issues the page shows, as JQL: the project when the URL names one, else the board's filter. */
async function scopeJql(ctx: Ctx): Promise<string | null> {
  const { project, boardId } = ctx.match;
  if (project) return `project = "${project.replace(/"/g, '\\"')}"`;
  if (!boardId) return null;
  const cacheKey = `jira:board-filter:${ctx.siteKey}:${boardId}`;
  const cached = await safeGet<string>(ctx, cacheKey);
  if (cached) return `filter = ${cached}`;
  const r = await request<Json>(
    ctx,
    `/rest/agile/1.0/board/${encodeURIComponent(boardId)}/configuration`,
    GET,
    false,
    (b) => isObject(b) && isObject(b.filter),
  );
  if (!r.ok) {
    if (r.error.kind !== 'aborted') ctx.notices.push(explain(r.error, 'board', boardId));
    return null;
  }
  const filterId = String((r.body.filter as Json).id ?? '');
  if (!/^\d+$/.test(filterId)) {
    ctx.notices.push(explain({ kind: 'malformed', message: '' }, 'board', boardId));
    return null;
  }
  await safeSet(ctx, cacheKey, filterId);
  return `filter = ${filterId}`;
}

const isSearchPage = (b: unknown): boolean => isObject(b) && Array.isArray(b.issues);

interface Pages {
  pages: Json[];
  names: Names;
  /** The search stopped at the cap with more to come. */
  capped: boolean;
  /** How many items the query matches, when the server says (Data Center; Cloud's search/jql doesn't). */
  total: number | null;
  failed: boolean;
  /** Data Center answered 410: this is Cloud after all. */
  gone?: boolean;
}

async function searchCloud(ctx: Ctx, jql: string, cap: number, known: Names | undefined): Promise<Pages> {
  const out: Pages = { pages: [], names: known ?? {}, capped: false, total: null, failed: false };
  let token: string | null = null;
  let count = 0;
  let fields = fieldList(known);
  while (count < cap) {
    const params = new URLSearchParams({
      jql,
      fields: fields.join(','),
      maxResults: String(Math.min(CLOUD_PAGE_SIZE, cap - count)),
      expand: 'names',
    });
    if (token) params.set('nextPageToken', token);
    const r: JsonResult<Json> = await request<Json>(ctx, `/rest/api/3/search/jql?${params}`, GET, false, isSearchPage);
    if (!r.ok) {
      if (r.error.kind !== 'aborted') {
        const notice = explain(r.error, 'backlog');
        if (count > 0) {
          notice.level = 'warning';
          notice.message = say('jiraReadThen', count, notice.message);
        }
        ctx.notices.push(notice);
      }
      out.failed = count === 0;
      return out;
    }
    const page = r.body;
    out.pages.push(page);
    const issues = arr(page.issues);
    count += issues.length;
    if (out.pages.length === 1) {
      out.names = await learnFields(ctx, known, page.names);
      fields = fieldList(out.names); // later pages ask only for what we use
    }
    ctx.env.onProgress({ done: count, total: null, label: sayCount(count, 'jiraProgressReadOne', 'jiraProgressReadOther') });
    token = nonEmptyStr(page.nextPageToken);
    if (!token || page.isLast === true || issues.length === 0) return out;
  }
  out.capped = token !== null;
  return out;
}

async function searchDataCenter(ctx: Ctx, jql: string, cap: number, known: Names | undefined): Promise<Pages> {
  const out: Pages = { pages: [], names: known ?? {}, capped: false, total: null, failed: false };
  let startAt = 0;
  let fields = fieldList(known);
  for (;;) {
    const params = new URLSearchParams({
      jql,
      fields: fields.join(','),
      expand: 'changelog,names',
      startAt: String(startAt),
      maxResults: String(cap - startAt),
    });
    const r: JsonResult<Json> = await request<Json>(ctx, `/rest/api/2/search?${params}`, GET, false, isSearchPage);
    if (!r.ok) {
      if (r.error.kind === 'gone' && startAt === 0) return { ...out, failed: true, gone: true };
      if (r.error.kind !== 'aborted') {
        const notice = explain(r.error, 'backlog');
        if (startAt > 0) {
          notice.level = 'warning';
          notice.message = say('jiraReadThen', startAt, notice.message);
        }
        ctx.notices.push(notice);
      }
      out.failed = startAt === 0;
      return out;
    }
    const page = r.body;
    out.pages.push(page);
    const issues = arr(page.issues);
    startAt += issues.length;
    const total = num(page.total);
    out.total = total;
    if (out.pages.length === 1) {
      out.names = await learnFields(ctx, known, page.names);
      fields = fieldList(out.names);
    }
    ctx.env.onProgress({ done: startAt, total: total === null ? null : Math.min(total, cap), label: sayCount(startAt, 'jiraProgressReadOne', 'jiraProgressReadOther') });
    if (issues.length === 0 || (total !== null && startAt >= total)) return out;
    if (startAt >= cap) {
      out.capped = true;
      return out;
    }
  }
}

/** Cloud: every item's changelog in bulk (the search embeds only the latest 40), merged into the pages. */
async function bulkChangelogs(ctx: Ctx, pages: Json[], names: Names): Promise<boolean> {
  const issues = pages.flatMap((p) => arr(p.issues)).filter(isObject);
  const ids = issues.map((i) => nonEmptyStr(i.id) ?? nonEmptyStr(i.key)).filter((id): id is string => id !== null);
  if (ids.length === 0) return true;
  const custom = ['sprint', 'estimate', 'rank'].flatMap((role) =>
    customIdsFor(names, role as 'sprint' | 'estimate' | 'rank').slice(0, 1),
  );
  const fieldIds = [...HISTORY_FIELDS.slice(0, 10 - custom.length), ...custom];
  const byIssue = new Map<string, unknown[]>();
  let token: string | null = null;
  for (let n = 0; n < MAX_EXTRA_PAGES; n++) {
    const body: Json = { issueIdsOrKeys: ids, fieldIds, maxResults: BULK_CHANGELOG_PAGE };
    if (token) body.nextPageToken = token;
    const r: JsonResult<Json> = await request<Json>(
      ctx,
      '/rest/api/3/changelog/bulkfetch',
      postJson(body),
      false,
      (b) => isObject(b) && Array.isArray(b.issueChangeLogs),
    );
    if (!r.ok) {
      if (r.error.kind !== 'aborted') {
        ctx.notices.push({
          level: 'warning',
          message: say('jiraItemsHistoryPartial', explain(r.error, 'itemsHistory').message),
        });
      }
      return false;
    }
    for (const entry of arr(r.body.issueChangeLogs)) {
      if (!isObject(entry)) continue;
      const id = nonEmptyStr(entry.issueId);
      if (!id) continue;
      const list = byIssue.get(id) ?? [];
      list.push(...arr(entry.changeHistories));
      byIssue.set(id, list);
    }
    token = nonEmptyStr(r.body.nextPageToken);
    if (!token) break;
  }
  for (const issue of issues) {
    const histories = oldestFirst(byIssue.get(String(issue.id)) ?? byIssue.get(String(issue.key)) ?? []);
    issue.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
  }
  return token === null;
}

// ---- entry point ----

/** Loads the page's Jira data. Never throws: failures come back as notices with empty data. */
export async function loadJira(match: PageMatch, env: LoadEnv): Promise<LoadResult> {
  const counter: RequestCounter = { total: 0, notModified: 0 };
  const notices: Notice[] = [];
  try {
    const contextPath = contextPathOf(match, env);
    const ctx: Ctx = {
      env,
      match,
      base: `${originOf(env, match.host)}${contextPath}`,
      siteKey: `${match.host}${contextPath}`,
      counter,
      notices,
    };
    const data = await loadData(ctx);
    return { data, source: 'api', notices: notices.filter((n) => n.message !== ''), requests: counter };
  } catch {
    // A bug of ours must not reach the Jira page; say so plainly.
    notices.push({
      level: 'error',
      message: say('jiraOwnProblem'),
      action: 'retry',
    });
    return { data: emptyData(match), source: 'api', notices, requests: counter };
  }
}

async function loadData(ctx: Ctx): Promise<TrackerData> {
  const deployment = await deploymentFor(ctx);
  return ctx.match.kind === 'jira-issue' ? loadIssueView(ctx, deployment) : loadBacklog(ctx, deployment);
}

/** The issue view: the issue with its whole history and comments. */
async function loadIssueView(ctx: Ctx, deployment: Deployment): Promise<TrackerData> {
  const { match } = ctx;
  if (!match.key) return emptyData(match);
  const [issue, me] = await Promise.all([loadIssue(ctx, deployment, match.key), whoAmI(ctx, deployment)]);
  if (!issue.raw) return withMe(emptyData(match), me);
  const people = newPeople();
  const data = jiraToTrackerData([issue.raw], { site: match.host, baseUrl: ctx.base, names: issue.names, people }, me.id);
  if (isConvertError(data)) {
    ctx.notices.push(explain({ kind: 'malformed', message: '' }, 'issue', match.key));
    return withMe(emptyData(match), me);
  }
  return withMe({ ...data, scope: 'item', project: match.project ?? data.project }, me);
}

/** Searches with the deployment's own API; a Data Center guess that meets Cloud's 410 tries again as Cloud. */
async function searchBacklog(ctx: Ctx, deployment: Deployment, query: string, cap: number, known: Names | undefined) {
  if (deployment === 'cloud') return { deployment, result: await searchCloud(ctx, query, cap, known) };
  const result = await searchDataCenter(ctx, query, cap, known);
  if (!result.gone) return { deployment, result };
  // A Cloud site on its own domain without Cloud's meta tags: the old search is gone there.
  await safeSet(ctx, `jira:deployment:${ctx.siteKey}`, 'cloud');
  return { deployment: 'cloud' as const, result: await searchCloud(ctx, query, cap, known) };
}

/** A backlog or board: its items (up to the cap) with their changelogs. */
async function loadBacklog(ctx: Ctx, guessed: Deployment): Promise<TrackerData> {
  const { match, env } = ctx;
  const cap = Math.max(1, env.itemCap ?? DEFAULT_ITEM_CAP);
  const jql = await scopeJql(ctx);
  if (!jql) {
    if (!ctx.notices.length) ctx.notices.push({ level: 'error', message: say('jiraScopeUnknown') });
    return emptyData(match);
  }
  const query = `${jql} AND ${BACKLOG_CLAUSE}`;
  const known = await safeGet<Names>(ctx, `jira:fields:${ctx.siteKey}`);
  const mePromise = whoAmI(ctx, guessed);
  const { deployment, result } = await searchBacklog(ctx, guessed, query, cap, known);
  const me = await mePromise;
  if (result.failed || result.pages.length === 0) return withMe(emptyData(match), me);

  let historyComplete = true;
  // What the search pages' fields say, read while the changelogs are in flight and used again after.
  const readAhead = newJiraReadAhead();
  if (deployment === 'cloud') {
    // The changelogs' request goes out first; the items' fields are read and their texts handed over
    // while it is in flight.
    const history = bulkChangelogs(ctx, result.pages, result.names);
    itemsBeforeHistory(ctx, result.pages, result.names, readAhead);
    historyComplete = await history;
  }

  const people = newPeople();
  const data = jiraToTrackerData(result.pages, { site: match.host, baseUrl: ctx.base, names: result.names, people, readAhead }, me.id);
  if (isConvertError(data)) {
    // No issues at all is an empty backlog, not an error.
    const empty = result.pages.every((p) => arr(p.issues).length === 0);
    if (!empty) ctx.notices.push(explain({ kind: 'malformed', message: '' }, 'backlog'));
    return withMe(emptyData(match), me);
  }
  const out: TrackerData = { ...data, scope: 'backlog', project: match.project ?? data.project };
  keepBoardSprints(out, match.boardId);
  if (result.capped) {
    out.partial = true;
    ctx.notices.push({ level: 'info', message: sampleLine(data.items.length, result.total, cap), action: 'open-options' });
  }
  if (!historyComplete) out.partial = true;
  return withMe(out, me);
}

/**
 * The search pages' fields (people, comments, descriptions) read into `ahead` while the changelogs'
 * request is in flight, so the reading after the last answer only reads the histories. With a
 * listener, the pages are also converted on their own (no history yet, people of their own) for the
 * background to read the texts. It reads the pages without changing them; anything going wrong here
 * only costs that head start.
 */
function itemsBeforeHistory(ctx: Ctx, pages: Json[], names: Names, ahead: JiraReadAhead): void {
  const hand = ctx.env.onItemsBeforeHistory;
  const jiraCtx = { site: ctx.match.host, baseUrl: ctx.base, names, people: newPeople(), readAhead: ahead };
  try {
    if (!hand) return readJiraAhead(pages, jiraCtx, ahead);
    const data = jiraToTrackerData(pages, jiraCtx);
    if (!isConvertError(data)) hand({ ...data, scope: 'backlog' });
  } catch {
    // The full reading after the last answer does not depend on this one.
  }
}

/** What a capped board was read as: the top items by rank, each whole; the whole count when Jira said it. */
function sampleLine(count: number, total: number | null, cap: number): string {
  return total !== null && total > count ? say('jiraCappedOf', count, total, cap) : say('jiraCapped', count, cap);
}

/** The board's sprints come with its issues (each issue's sprint field carries the same id, state and
 * dates as the agile API's sprint answer), so they cost no request. On a board, only its own count:
 * an issue's earlier sprints on another team's board say nothing of this team's cadence. */
function keepBoardSprints(data: TrackerData, boardId: string | null | undefined): void {
  if (!boardId || !data.sprints) return;
  const own = data.sprints.filter((s) => s.board === null || s.board === boardId);
  if (own.length > 0) data.sprints = own;
  else delete data.sprints;
}

function withMe(data: TrackerData, me: { id: string | null; person?: Person }): TrackerData {
  if (me.id) {
    data.me = me.id;
    if (me.person) addPerson(data.people, me.person);
  }
  return data;
}
