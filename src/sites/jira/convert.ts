// Jira REST answers → the tracker model. Pure: the extension's Jira adapter and the CLI both call this.
// Handles Cloud (REST v3: ADF bodies, accountIds) and Data Center (REST v2: wiki strings, user names),
// single issues (with `changelog` and `fields.comment` when expanded), search pages (Cloud
// `/search/jql` with `nextPageToken`/`isLast`, DC `/search` with `startAt`/`total`) and agile backlog
// pages. Custom fields (story points, sprint, epic link) are found by name through the field list
// (`GET /rest/api/N/field`) or `names` (expand=names), else by recognisable value shapes.
// This file recognises the answers and puts an item together; the modules beside it read the parts,
// by what they read: convert-people (users), convert-fields (custom fields, type, state, resolution,
// sprint, parent, links), convert-history (bodies, comments, changelog).
import type { Comment, Item, Person, Resolution, Sprint, Text, TrackerData, TrackerEvent } from '../../core/model';
import {
  type ConvertError,
  type Json,
  arr,
  byTime,
  convertError,
  describeJson,
  isConvertError,
  isObject,
  isoTime,
  keepFuller,
  linkChildren,
  newPeople,
  num,
  obj,
  str,
  webUrl,
} from '../convert-common';
import { addPerson, unifyPeople } from '../../core/people';
import {
  type FieldMap,
  currentSprint,
  estimateOf,
  fieldMap,
  itemState,
  itemType,
  jiraResolution,
  linksOf,
  namesIn,
  parentOf,
  sprintsOfFields,
} from './convert-fields';
import { type IssueReading, flatten, readChangelog, readComments } from './convert-history';
import { type PersonReader, addReferenced, jiraPerson, personReader } from './convert-people';
import { mergeSprints } from './sprints';

export { jiraResolution } from './convert-fields';
export { jiraPerson } from './convert-people';

/** One entry of `GET /rest/api/3/field` (or v2). */
export interface JiraField {
  id: string;
  name: string;
  custom?: boolean;
  schema?: { type?: string; custom?: string; items?: string };
}

export interface JiraContext {
  /** Site host ("acme.atlassian.net"), when the JSON's `self` links don't tell. */
  site?: string;
  /** Base URL for links ("https://jira.corp.example/jira"), when `self` links don't tell. */
  baseUrl?: string;
  /** The field list, to find custom fields by name. Any JSON; wrong shapes are ignored. */
  fields?: unknown;
  /** `names` from expand=names (field id → display name). */
  names?: Record<string, string>;
  /** Filled with every person seen (authors, assignees, mentioned people). */
  people?: Record<string, Person>;
  /** Filled with every sprint the issues' sprint fields name (their dates and state). */
  sprints?: Sprint[];
  /** What earlier readings of the same issue objects found in their fields (see `newJiraReadAhead`). */
  readAhead?: JiraReadAhead;
}

/**
 * What an issue's own fields say (people, comments, description), kept between two readings of the
 * same issue objects: a board's search pages are read while their changelogs are in flight, and after
 * the last answer only the histories are read and merged in. Keyed by the issue object itself (the
 * loader adds the changelog to that object), so nothing from the data becomes a key.
 */
export interface JiraReadAhead {
  byIssue: WeakMap<object, FieldsReading>;
  /** How many readings were taken from here instead of done again. */
  reused: number;
}

export function newJiraReadAhead(): JiraReadAhead {
  return { byIssue: new WeakMap(), reused: 0 };
}

/** An issue's fields as read, with the people they name in the order they were met. */
interface FieldsReading {
  /** What the reading was made from: it is used again only while the issue still holds exactly these. */
  from: unknown[];
  base: string;
  /** creator, reporter, assignee and the comments' authors, in the order a reading meets them. */
  seen: Person[];
  creator: string | null;
  reporter: string | null;
  assignee: string | null;
  created: string;
  comments: Comment[];
  cut: boolean;
  description: { text: Text | null; mentions: string[] };
}

function sourcesOf(key: string, fields: Json, base: string): unknown[] {
  return [key, base, fields.creator, fields.reporter, fields.assignee, fields.created, fields.updated, fields.comment, fields.description];
}

function readFields(key: string, fields: Json, base: string, itemUrl: string): FieldsReading {
  const seen: Person[] = [];
  // jiraPerson is pure, so recording its answers and adding them later in the same order gives the
  // same people record as adding them at once (which is what personReader does).
  const personId: PersonReader = (user) => {
    const p = jiraPerson(user, base);
    if (!p) return null;
    seen.push(p);
    return p.id;
  };
  const creator = personId(fields.creator);
  const reporter = personId(fields.reporter);
  const assignee = personId(fields.assignee);
  const created = isoTime(fields.created) ?? isoTime(fields.updated) ?? new Date(0).toISOString();
  const { comments, cut } = readComments(obj(fields.comment), { key, itemUrl, personId });
  const description = flatten(fields.description);
  return { from: sourcesOf(key, fields, base), base, seen, creator, reporter, assignee, created, comments, cut, description };
}

/** The issue's fields read now, or as read ahead when the issue still holds the same fields. */
function fieldsReading(issue: Json, key: string, fields: Json, base: string, itemUrl: string, ahead?: JiraReadAhead): FieldsReading {
  const known = ahead?.byIssue.get(issue);
  if (ahead && known) {
    const now = sourcesOf(key, fields, base);
    if (now.every((x, i) => x === known.from[i])) {
      ahead.reused++;
      return known;
    }
  }
  const fresh = readFields(key, fields, base, itemUrl);
  ahead?.byIssue.set(issue, fresh);
  return fresh;
}

/**
 * Reads the fields of these issues and of every issue on these search pages into `ahead`, for a later
 * `jiraToTrackerData` with the same context and `readAhead: ahead` to use. Anything that is not an
 * issue is left for that reading to report.
 */
export function readJiraAhead(inputs: unknown[], ctx: JiraContext, ahead: JiraReadAhead): void {
  for (const input of inputs) {
    const issues = detectJira(input) === 'issue' ? [input] : arr(obj(input)?.issues);
    for (const raw of issues) {
      const issue = obj(raw);
      if (!issue || typeof issue.key !== 'string' || issue.key.trim() === '' || !isObject(issue.fields)) continue;
      const site = siteOf(issue, ctx);
      fieldsReading(issue, issue.key, issue.fields, site.base, `${site.base}/browse/${encodeURIComponent(issue.key)}`, ahead);
    }
  }
}

export type JiraShape = 'issue' | 'search' | 'changelog';

/** Which Jira answer this is, or null when it is none of them. */
export function detectJira(json: unknown): JiraShape | null {
  const o = obj(json);
  if (!o) return null;
  if (typeof o.key === 'string' && o.key !== '' && isObject(o.fields)) return 'issue';
  if (Array.isArray(o.issues)) {
    const first = obj(o.issues[0]);
    // An empty page is still a search page when it carries Jira's paging keys.
    if (first ? typeof first.key === 'string' && isObject(first.fields) : 'startAt' in o || 'isLast' in o || 'nextPageToken' in o || 'total' in o)
      return 'search';
  }
  return null;
}

interface Site {
  host: string;
  base: string; // "https://acme.atlassian.net" or "https://jira.corp.example/jira"
}

function siteOf(json: Json, ctx: JiraContext): Site {
  const self = str(json.self);
  if (ctx.baseUrl && webUrl(ctx.baseUrl)) {
    try {
      return { host: ctx.site ?? new URL(ctx.baseUrl).host, base: ctx.baseUrl.replace(/\/+$/, '') };
    } catch {
      /* fall through to the self link */
    }
  }
  if (self && webUrl(self)) {
    try {
      const url = new URL(self);
      const at = url.pathname.indexOf('/rest/');
      const path = at >= 0 ? url.pathname.slice(0, at) : '';
      return { host: ctx.site ?? url.host, base: `${url.protocol}//${url.host}${path}` };
    } catch {
      /* not a URL: use the context */
    }
  }
  const host = ctx.site ?? 'jira.invalid';
  return { host, base: `https://${host}` };
}

/** One Jira issue (any REST version, any expansion) → Item, or a ConvertError saying what was wrong. */
export function jiraIssueToItem(json: unknown, ctx: JiraContext = {}, pageNames?: unknown): Item | ConvertError {
  const issue = obj(json);
  if (!issue || typeof issue.key !== 'string' || issue.key.trim() === '' || !isObject(issue.fields)) {
    return convertError(`not a Jira issue: expected an object with "key" and "fields" (found ${describeJson(json)})`);
  }
  const key = issue.key;
  const fields = issue.fields;
  const site = siteOf(issue, ctx);
  const itemUrl = `${site.base}/browse/${encodeURIComponent(key)}`;
  const read = fieldsReading(issue, key, fields, site.base, itemUrl, ctx.readAhead);
  const people = ctx.people ?? newPeople();
  // People are recorded in the order they are met (the output lists them so): the fields' people,
  // then the history's, then those the texts only mention.
  for (const p of read.seen) addPerson(people, p.aliases ? { ...p, aliases: [...p.aliases] } : p);
  const changelog = obj(issue.changelog);
  // `values` is the shape of the separate paginated changelog endpoint.
  const histories = arr(changelog?.histories).length > 0 ? arr(changelog?.histories) : arr(changelog?.values);
  const map = fieldMap(ctx.fields, [ctx.names, issue.names ?? pageNames], histories);
  const sprints = sprintsOfFields(fields, map);
  if (ctx.sprints) ctx.sprints.push(...sprints);
  const r: IssueReading = { key, itemUrl, map, people, personId: personReader(people, site.base) };

  const { creator, reporter, assignee, created } = read;
  // Fresh copies: a reading kept for later must not share objects with the items handed out.
  const comments = read.comments.map((c) => ({ ...c, body: { ...c.body }, mentions: [...c.mentions] }));
  const history = readChangelog(histories, r);
  const events: TrackerEvent[] = [
    { id: `${key}/created`, kind: 'created', actor: creator ?? reporter, at: created, url: itemUrl, field: 'created' },
    ...history.events,
  ];
  events.sort(byTime((e) => e.at));
  const changelogTotal = num(changelog?.total);
  const partial = read.cut || (changelogTotal !== null && changelogTotal > histories.length) || changelog?.isLast === false;

  addReferenced(people, read.description.mentions);
  for (const c of comments) addReferenced(people, c.mentions);

  const item = itemOf(key, fields, { itemUrl, base: site.base, map, sprints, created, creator, reporter, assignee }, {
    description: read.description.text && { ...read.description.text },
    descriptionAuthor: history.descriptionEdits.at(-1)?.actor ?? creator ?? reporter,
    descriptionEdits: history.descriptionEdits,
    comments,
    events,
  });
  if (item.updated === undefined) delete item.updated;
  if (partial) item.partial = true;
  return item;
}

interface ItemBasics {
  itemUrl: string;
  base: string;
  map: FieldMap;
  sprints: Sprint[];
  created: string;
  creator: string | null;
  reporter: string | null;
  assignee: string | null;
}

type ItemHistory = Pick<Item, 'description' | 'descriptionAuthor' | 'descriptionEdits' | 'comments' | 'events'>;

/** The item: what its fields say, and its history as read. Written in the model's order, which the
 * JSON output keeps. */
function itemOf(key: string, fields: Json, b: ItemBasics, history: ItemHistory): Item {
  const resolution: Resolution | null = jiraResolution(str(obj(fields.resolution)?.name));
  const status = obj(fields.status);
  return {
    key,
    tracker: 'jira',
    url: b.itemUrl,
    title: str(fields.summary) ?? key,
    type: itemType(obj(fields.issuetype)),
    state: itemState(status, resolution),
    status: str(status?.name) ?? 'Unknown',
    created: b.created,
    updated: isoTime(fields.updated) ?? undefined,
    due: str(fields.duedate),
    resolved: isoTime(fields.resolutiondate),
    resolution,
    creator: b.creator,
    reporter: b.reporter,
    assignees: b.assignee ? [b.assignee] : [],
    estimate: estimateOf(fields, b.map),
    priority: str(obj(fields.priority)?.name),
    sprint: currentSprint(b.sprints),
    milestone: null,
    fixVersions: namesIn(fields.fixVersions, 'name'),
    labels: arr(fields.labels).filter((l): l is string => typeof l === 'string'),
    parent: parentOf(key, fields, b.map),
    children: namesIn(fields.subtasks, 'key'),
    links: linksOf(fields, b.base),
    ...history,
  };
}

/**
 * An issue plus the further pages fetched for it — changelog pages (`GET …/issue/KEY/changelog`,
 * `{ values, startAt, total, isLast }`) and comment pages (`GET …/issue/KEY/comment`, `{ comments,
 * startAt, total }`) — as one issue JSON, so `jiraIssueToItem` sees the whole history. Entries are
 * de-duplicated by id; the issue is returned unchanged when it is not an issue.
 */
export function mergeJiraPages(issue: unknown, pages: { changelog?: unknown[]; comments?: unknown[] }): unknown {
  const o = obj(issue);
  if (!o || !isObject(o.fields)) return issue;
  const merge = (first: unknown[], more: unknown[], key: 'values' | 'comments') => {
    const byId = new Map<string, unknown>();
    const loose: unknown[] = [];
    for (const entry of [...first, ...more.flatMap((page) => arr(obj(page)?.[key] ?? (key === 'values' ? obj(page)?.histories : undefined)))]) {
      const id = str(obj(entry)?.id);
      if (id) byId.set(id, entry);
      else loose.push(entry);
    }
    return [...byId.values(), ...loose];
  };
  const totalOf = (pages: unknown[] | undefined, own: unknown) => Math.max(num(own) ?? 0, ...(pages ?? []).map((p) => num(obj(p)?.total) ?? 0));
  const changelog = obj(o.changelog);
  const comment = obj(o.fields.comment);
  const histories = merge(arr(changelog?.histories), pages.changelog ?? [], 'values');
  const comments = merge(arr(comment?.comments), pages.comments ?? [], 'comments');
  return {
    ...o,
    changelog: { ...(changelog ?? {}), startAt: 0, maxResults: histories.length, total: totalOf(pages.changelog, changelog?.total), histories },
    fields: { ...o.fields, comment: { ...(comment ?? {}), startAt: 0, maxResults: comments.length, total: totalOf(pages.comments, comment?.total), comments } },
  };
}

export interface JiraPage {
  items: Item[];
  /** Issues on the page that could not be read, each with why. */
  skipped: ConvertError[];
  /** More pages exist than this one. */
  partial: boolean;
  site: string;
}

/** A search page (`/search/jql`, `/search`) or agile backlog/board page → Items. */
export function jiraSearchToItems(json: unknown, ctx: JiraContext = {}): JiraPage | ConvertError {
  const page = obj(json);
  if (!page || !Array.isArray(page.issues)) {
    return convertError(`not a Jira search page: expected an object with "issues" (found ${describeJson(json)})`);
  }
  const items: Item[] = [];
  const skipped: ConvertError[] = [];
  let site: string | null = ctx.site ?? null;
  page.issues.forEach((raw, i) => {
    const item = jiraIssueToItem(raw, ctx, page.names);
    if (isConvertError(item)) skipped.push(convertError(`issue ${i + 1} on the page: ${item.message}`));
    else {
      items.push(item);
      site ??= new URL(item.url).host;
    }
  });
  const startAt = num(page.startAt) ?? 0;
  const total = num(page.total);
  const partial =
    page.isLast === false ||
    (typeof page.nextPageToken === 'string' && page.nextPageToken !== '') ||
    (total !== null && startAt + page.issues.length < total) ||
    startAt > 0;
  return { items, skipped, partial, site: site ?? 'jira.invalid' };
}

/** Fills `children` from the other items' `parent`, so epics know their stories. */
export const linkJiraChildren = linkChildren;

/**
 * Any number of Jira answers (issues, search pages) → one TrackerData. Scope is `item` for a single
 * issue, else `backlog`. Items seen twice (the same issue on two pages) keep the fuller copy.
 */
export function jiraToTrackerData(
  inputs: unknown[],
  ctx: JiraContext = {},
  me: string | null = null,
): TrackerData | ConvertError {
  const people = ctx.people ?? newPeople();
  const found: Sprint[] = [];
  const local: JiraContext = { ...ctx, people, sprints: found };
  const items = new Map<string, Item>();
  const errors: string[] = [];
  let site: string | null = ctx.site ?? null;
  let partial = false;
  let pages = 0;
  const keep = (item: Item) => {
    keepFuller(items, item);
    site ??= new URL(item.url).host;
  };
  for (const input of inputs) {
    const shape = detectJira(input);
    if (shape === 'issue') {
      const item = jiraIssueToItem(input, local);
      if (isConvertError(item)) errors.push(item.message);
      else keep(item);
    } else if (shape === 'search') {
      pages++;
      const page = jiraSearchToItems(input, local);
      if (isConvertError(page)) errors.push(page.message);
      else {
        page.items.forEach(keep);
        errors.push(...page.skipped.map((s) => s.message));
        partial ||= page.partial;
      }
    } else {
      errors.push(`not a Jira issue or search page (found ${describeJson(input)})`);
    }
  }
  // An empty search page is a real answer (the query found nothing), not an error.
  if (items.size === 0 && (errors.length > 0 || pages === 0)) return convertError(errors[0] ?? 'no Jira issues given');
  const list = [...items.values()];
  linkJiraChildren(list);
  const projects = new Set(list.map((i) => i.key.replace(/-\d+$/, '')));
  const data: TrackerData = {
    tracker: 'jira',
    site: site ?? 'jira.invalid',
    project: projects.size === 1 ? ([...projects][0] ?? null) : null,
    scope: list.length === 1 && pages === 0 ? 'item' : 'backlog',
    items: list,
    people,
    me,
    source: 'api',
  };
  // The sprints the issues name, with the agile answers given beside them (fuller: goal, completion).
  const sprints = mergeSprints(found, ctx.sprints ?? []);
  if (sprints.length > 0) data.sprints = sprints;
  // A page cut short, or several pages of which some are missing: say the picture is partial.
  if (partial && !coversAllPages(inputs, list.length)) data.partial = true;
  return unifyPeople(data);
}

/** True when the pages given add up to every issue the search found (e.g. both pages of 40). */
function coversAllPages(inputs: unknown[], itemCount: number): boolean {
  let total: number | null = null;
  let last = false;
  for (const input of inputs) {
    const page = obj(input);
    if (!page || !Array.isArray(page.issues)) continue;
    const t = num(page.total);
    if (t !== null) total = Math.max(total ?? 0, t);
    if (page.isLast === true || (('nextPageToken' in page || 'isLast' in page) && !page.nextPageToken && page.isLast !== false))
      last = true;
  }
  if (total !== null) return itemCount >= total;
  return last;
}
