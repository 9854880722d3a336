// Jira REST answers → the tracker model. Pure: the extension's Jira adapter and the CLI both call this.
// Handles Cloud (REST v3: ADF bodies, accountIds) and Data Center (REST v2: wiki strings, user names),
// single issues (with `changelog` and `fields.comment` when expanded), search pages (Cloud
// `/search/jql` with `nextPageToken`/`isLast`, DC `/search` with `startAt`/`total`) and agile backlog
// pages. Custom fields (story points, sprint, epic link) are found by name through the field list
// (`GET /rest/api/N/field`) or `names` (expand=names), else by recognisable value shapes.
//
// Resolutions, decided here once: Done/Fixed/Resolved/Complete → done; Won't Do/Won't Fix/Declined/
// Rejected → wont-do; Duplicate → duplicate; Obsolete/Out of scope/Not planned → not-planned (a
// deliberate choice not to do it, which `pivots` and `cant-say-no` count); Cannot Reproduce/Incomplete
// and anything unknown → other (no decision about value was made).
import type { Comment, EventKind, Item, ItemLink, ItemType, Person, Resolution, Sprint, Text, TrackerData, TrackerEvent } from '../../core/model';
import {
  type ConvertError,
  type Json,
  addPerson,
  arr,
  byTime,
  convertError,
  describeJson,
  isConvertError,
  isObject,
  isoTime,
  linkChildren,
  newPeople,
  num,
  obj,
  personIn,
  str,
  webUrl,
} from '../convert-common';
import { unifyPeople } from '../../core/people';
import { adfToText, type FlatText } from './adf';
import { mergeSprints, sprintOf } from './sprints';
import { wikiToText } from './wiki';

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

export function jiraResolution(name: string | null | undefined): Resolution | null {
  if (!name) return null;
  const n = name.toLowerCase().replace(/[’']/g, '').trim();
  if (/^(done|fixed|resolved|complete|completed)$/.test(n)) return 'done';
  if (/^(wont do|wont fix|declined|rejected)$/.test(n)) return 'wont-do';
  if (/^duplicated?$/.test(n)) return 'duplicate';
  if (/^(obsolete|out of scope|not planned|not needed)$/.test(n)) return 'not-planned';
  return 'other';
}

const ESTIMATE_NAME = /^(story points?|story point estimate)$/i;
const SPRINT_NAME = /^sprints?$/i;
const EPIC_LINK_NAME = /^epic link$/i;
// Usual ids of "Story point estimate"/"Story Points" when nothing names the fields (Cloud, DC).
const USUAL_ESTIMATE_IDS = ['customfield_10016', 'customfield_10026', 'customfield_10002', 'customfield_10004'];

interface FieldMap {
  estimate: Set<string>;
  sprint: Set<string>;
  epicLink: Set<string>;
  named: boolean;
}

function fieldMap(ctx: JiraContext, names: unknown, histories: unknown[]): FieldMap {
  const map: FieldMap = { estimate: new Set(), sprint: new Set(), epicLink: new Set(), named: false };
  const learn = (id: string | null, name: string | null, custom?: string | null) => {
    if (!id || !name) return;
    map.named = true;
    if (ESTIMATE_NAME.test(name.trim())) map.estimate.add(id);
    if (SPRINT_NAME.test(name.trim()) || custom === 'com.pyxis.greenhopper.jira:gh-sprint') map.sprint.add(id);
    if (EPIC_LINK_NAME.test(name.trim()) || custom === 'com.pyxis.greenhopper.jira:gh-epic-link') map.epicLink.add(id);
  };
  for (const f of arr(ctx.fields)) {
    const field = obj(f);
    if (field) learn(str(field.id), str(field.name), str(obj(field.schema)?.custom));
  }
  for (const source of [ctx.names, names]) {
    const o = obj(source);
    if (o) for (const [id, name] of Object.entries(o)) learn(id, str(name));
  }
  // A changelog names the fields it touched ("Story Points", fieldId customfield_10002).
  for (const h of histories) {
    for (const i of arr(obj(h)?.items)) {
      const item = obj(i);
      if (item) learn(str(item.fieldId), str(item.field));
    }
  }
  return map;
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

/**
 * A Jira user object → Person. Cloud keys people by accountId, Data Center by name (then key); every
 * other identifier the object carries (name, key, e-mail) is kept as an alias, so the same human seen
 * elsewhere by another of them is one person. A user shown only by display name (no id at all) is
 * still a person, keyed by that name and flagged `nameOnly`.
 */
export function jiraPerson(user: unknown, base: string): Person | null {
  const u = obj(user);
  if (!u) return null;
  const nonEmpty = (value: unknown) => {
    const s = str(value)?.trim();
    return s ? s : null;
  };
  const accountId = nonEmpty(u.accountId);
  const userName = nonEmpty(u.name);
  const userKey = nonEmpty(u.key);
  const email = nonEmpty(u.emailAddress);
  const displayName = nonEmpty(u.displayName);
  const id = accountId ?? userName ?? userKey ?? displayName;
  if (!id) return null;
  const name = displayName ?? id;
  const person: Person = {
    id,
    name,
    url: accountId
      ? `${base}/jira/people/${encodeURIComponent(accountId)}`
      : userName || userKey
        ? `${base}/secure/ViewProfile.jspa?name=${encodeURIComponent(userName ?? (userKey as string))}`
        : undefined,
  };
  if (!person.url) delete person.url;
  const aliases = [accountId, userName, userKey, email].filter((a): a is string => !!a && a !== id);
  if (aliases.length) person.aliases = [...new Set(aliases)];
  if (!accountId && !userName && !userKey) person.nameOnly = true;
  // Automation for Jira and Connect/Forge apps act as "app" accounts.
  if (u.accountType === 'app' || /^automation for jira$|\bbot\b|\[bot\]/i.test(name)) person.bot = true;
  // Deleted and deactivated accounts keep their id (so their actions count) but are flagged.
  if (u.active === false || /^former user$/i.test(name) || u.deleted === true) person.deleted = true;
  return person;
}

function flatten(body: unknown): { text: Text | null; mentions: string[] } {
  if (body === null || body === undefined) return { text: null, mentions: [] };
  let flat: FlatText;
  let format: Text['format'];
  if (typeof body === 'string') {
    flat = wikiToText(body);
    format = 'wiki';
  } else if (isObject(body)) {
    flat = adfToText(body);
    format = 'adf';
  } else {
    return { text: null, mentions: [] };
  }
  return { text: { text: flat.text, format }, mentions: flat.mentions };
}

function itemType(issuetype: Json | null): ItemType {
  if (!issuetype) return 'other';
  if (issuetype.subtask === true) return 'sub-task';
  const name = (str(issuetype.name) ?? '').toLowerCase();
  if (name === 'story' || name === 'new feature' || name === 'improvement' || name === 'feature') return 'story';
  if (name === 'task') return 'task';
  if (name === 'bug' || name === 'defect') return 'bug';
  if (name === 'epic') return 'epic';
  if (name === 'sub-task' || name === 'subtask') return 'sub-task';
  return 'other';
}

function itemState(status: Json | null, resolution: Resolution | null): Item['state'] {
  const category = str(obj(status?.statusCategory)?.key);
  if (category === 'done') return 'done';
  if (category === 'indeterminate') return 'in-progress';
  if (category === 'new') return 'open';
  const name = (str(status?.name) ?? '').toLowerCase();
  if (resolution || /\b(done|closed|resolved|released)\b/.test(name)) return 'done';
  if (/progress|review|testing|\bqa\b|doing/.test(name)) return 'in-progress';
  return 'open';
}

/** Sprint field value (Cloud objects, agile `sprint` object, or old DC "…Sprint@1a[…,name=X,…]" strings) → sprints. */
function sprintsIn(value: unknown): Sprint[] {
  const out: Sprint[] = [];
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  for (const v of values) {
    const sprint = sprintOf(v);
    if (sprint) out.push(sprint);
    // A bare name (some exports flatten the field to names).
    else if (typeof v === 'string' && v && !v.includes('@')) out.push({ id: null, name: v, state: 'other', start: null, end: null, completed: null, goal: null, board: null });
  }
  return out;
}

function looksLikeSprint(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : undefined;
  if (typeof first === 'string') return first.includes('greenhopper.service.sprint.Sprint@');
  const o = obj(first);
  return !!o && typeof o.name === 'string' && 'state' in o && ('boardId' in o || 'id' in o);
}

/** Every sprint an item's fields name (the agile `sprint` object and the Sprint custom field). */
function sprintsOfFields(fields: Json, map: FieldMap): Sprint[] {
  const found: Sprint[] = [];
  const agile = obj(fields.sprint);
  if (agile) found.push(...sprintsIn(agile));
  for (const [id, value] of Object.entries(fields)) {
    // Without a field named "Sprint", recognise the value's shape instead.
    const isSprint = map.sprint.size > 0 ? map.sprint.has(id) : id.startsWith('customfield_') && looksLikeSprint(value);
    if (isSprint) found.push(...sprintsIn(value));
  }
  return found;
}

/** The sprint an item is in now: the active one, else the next future one, else the last one. */
function currentSprint(candidates: Sprint[]): string | null {
  if (candidates.length === 0) return null;
  return (
    candidates.find((s) => s.state === 'active')?.name ??
    candidates.find((s) => s.state === 'future')?.name ??
    candidates[candidates.length - 1]?.name ??
    null
  );
}

function estimateOf(fields: Json, map: FieldMap): number | null {
  const ids = map.estimate.size > 0 ? [...map.estimate] : USUAL_ESTIMATE_IDS;
  for (const id of ids) {
    const value = fields[id];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

function changeKind(field: string, fieldId: string | null, map: FieldMap): EventKind {
  const f = field.toLowerCase();
  if (f === 'status') return 'status';
  if (f === 'assignee') return 'assignment';
  if (f === 'sprint' || (fieldId && map.sprint.has(fieldId))) return 'sprint';
  if (f === 'fix version' || f === 'fix versions' || fieldId === 'fixVersions') return 'fix-version';
  if (f === 'rank') return 'rank';
  if (f === 'priority') return 'priority';
  if (ESTIMATE_NAME.test(field) || (fieldId && map.estimate.has(fieldId))) return 'estimate';
  if (f === 'labels') return 'label';
  if (f === 'description') return 'description';
  if (f === 'summary') return 'title';
  if (f === 'resolution') return 'resolved';
  if (f === 'link' || f === 'epic link' || f === 'parent' || f === 'issueparentassociation' || f === 'epic child')
    return 'link';
  return 'other';
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
  const people = ctx.people ?? newPeople();
  const changelog = obj(issue.changelog);
  // `values` is the shape of the separate paginated changelog endpoint.
  const histories = arr(changelog?.histories).length > 0 ? arr(changelog?.histories) : arr(changelog?.values);
  const map = fieldMap(ctx, issue.names ?? pageNames, histories);
  const itemUrl = `${site.base}/browse/${encodeURIComponent(key)}`;
  const sprints = sprintsOfFields(fields, map);
  if (ctx.sprints) ctx.sprints.push(...sprints);

  const personId = (user: unknown): string | null => {
    const p = jiraPerson(user, site.base);
    if (!p) return null;
    addPerson(people, p);
    return p.id;
  };

  const creator = personId(fields.creator);
  const reporter = personId(fields.reporter);
  const assignee = personId(fields.assignee);
  const resolutionName = str(obj(fields.resolution)?.name);
  const resolution = jiraResolution(resolutionName);
  const created = isoTime(fields.created) ?? isoTime(fields.updated) ?? new Date(0).toISOString();
  const status = obj(fields.status);

  // Comments. `fields.comment` is a page; fewer comments than `total` means the page was cut.
  const commentPage = obj(fields.comment);
  const rawComments = arr(commentPage?.comments);
  const comments: Comment[] = [];
  for (const raw of rawComments) {
    const c = obj(raw);
    if (!c) continue;
    const id = str(c.id);
    const at = isoTime(c.created);
    if (!id || !at) continue;
    const { text, mentions } = flatten(c.body);
    const comment: Comment = {
      id: `${key}/${id}`,
      author: personId(c.author),
      created: at,
      body: text ?? { text: '', format: 'plain' },
      url: `${itemUrl}?focusedCommentId=${encodeURIComponent(id)}`,
      mentions,
    };
    const updated = isoTime(c.updated);
    if (updated && updated !== at) comment.updated = updated;
    comments.push(comment);
  }
  let partial = (num(commentPage?.total) ?? 0) > rawComments.length;

  // Changelog → events.
  const events: TrackerEvent[] = [
    { id: `${key}/created`, kind: 'created', actor: creator ?? reporter, at: created, url: itemUrl, field: 'created' },
  ];
  const descriptionEdits: { actor: string | null; at: string }[] = [];
  histories.forEach((h, hi) => {
    const history = obj(h);
    if (!history) return;
    const at = isoTime(history.created);
    if (!at) return;
    const actor = personId(history.author);
    const hid = str(history.id) ?? String(hi);
    arr(history.items).forEach((raw, ii) => {
      const change = obj(raw);
      const field = str(change?.field);
      if (!change || !field) return;
      let kind = changeKind(field, str(change.fieldId), map);
      const event: TrackerEvent = {
        id: `${key}/${hid}/${ii}`,
        kind,
        actor,
        at,
        field,
        url: itemUrl,
        from: str(change.fromString),
        to: str(change.toString),
      };
      if (kind === 'assignment') {
        // Assignment values are person ids; the display strings name them.
        const from = str(change.from);
        const to = str(change.to);
        // Which id depends on the deployment (accountId, user key or name): kept as a reference that
        // `unifyPeople` matches to the person whose user object carries it.
        if (from) addPerson(people, { id: from, name: str(change.fromString) ?? from, reference: true });
        if (to) addPerson(people, { id: to, name: str(change.toString) ?? to, reference: true });
        event.from = from;
        event.to = to;
      } else if (kind === 'resolved') {
        if (event.to) event.resolution = jiraResolution(event.to) ?? 'other';
        else {
          kind = 'reopened';
          event.kind = kind;
        }
      } else if (kind === 'description') {
        descriptionEdits.push({ actor, at });
        // Old and new descriptions are long; the evidence only needs to say it changed.
        delete event.from;
        delete event.to;
      }
      events.push(event);
    });
  });
  events.sort(byTime((e) => e.at));
  descriptionEdits.sort(byTime((e) => e.at));
  const changelogTotal = num(changelog?.total);
  if (changelogTotal !== null && changelogTotal > histories.length) partial = true;
  if (changelog && changelog.isLast === false) partial = true;

  const description = flatten(fields.description);
  for (const id of description.mentions) if (!personIn(people, id)) addPerson(people, { id, name: id, reference: true });
  for (const c of comments) for (const id of c.mentions) if (!personIn(people, id)) addPerson(people, { id, name: id, reference: true });

  const links: ItemLink[] = [];
  for (const raw of arr(fields.issuelinks)) {
    const link = obj(raw);
    const type = obj(link?.type);
    const outward = str(obj(link?.outwardIssue)?.key);
    const inward = str(obj(link?.inwardIssue)?.key);
    if (outward) links.push({ type: str(type?.outward) ?? str(type?.name) ?? 'relates to', key: outward, url: `${site.base}/browse/${outward}` });
    if (inward) links.push({ type: str(type?.inward) ?? str(type?.name) ?? 'relates to', key: inward, url: `${site.base}/browse/${inward}` });
  }

  let parent = str(obj(fields.parent)?.key) ?? str(obj(fields.epic)?.key);
  if (!parent) {
    // Data Center keeps the epic in an "Epic Link" custom field holding a key ("OPS-2"); without
    // field names, a custom field whose value is a key of the same project is taken as that.
    const project = key.replace(/-\d+$/, '');
    const candidates =
      map.epicLink.size > 0
        ? [...map.epicLink]
        : Object.keys(fields).filter((id) => id.startsWith('customfield_') && /^(.+)-\d+$/.exec(str(fields[id]) ?? '')?.[1] === project);
    for (const id of candidates) parent ??= str(fields[id]);
  }

  const item: Item = {
    key,
    tracker: 'jira',
    url: itemUrl,
    title: str(fields.summary) ?? key,
    type: itemType(obj(fields.issuetype)),
    state: itemState(status, resolution),
    status: str(status?.name) ?? 'Unknown',
    created,
    updated: isoTime(fields.updated) ?? undefined,
    due: str(fields.duedate),
    resolved: isoTime(fields.resolutiondate),
    resolution,
    creator,
    reporter,
    assignees: assignee ? [assignee] : [],
    estimate: estimateOf(fields, map),
    priority: str(obj(fields.priority)?.name),
    sprint: currentSprint(sprints),
    milestone: null,
    fixVersions: arr(fields.fixVersions)
      .map((v) => str(obj(v)?.name))
      .filter((v): v is string => !!v),
    labels: arr(fields.labels).filter((l): l is string => typeof l === 'string'),
    parent,
    children: arr(fields.subtasks)
      .map((s) => str(obj(s)?.key))
      .filter((k): k is string => !!k),
    links,
    description: description.text,
    descriptionAuthor: descriptionEdits.at(-1)?.actor ?? creator ?? reporter,
    descriptionEdits,
    comments,
    events,
  };
  if (item.updated === undefined) delete item.updated;
  if (partial) item.partial = true;
  return item;
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
    const seen = items.get(item.key);
    if (!seen || seen.events.length + seen.comments.length < item.events.length + item.comments.length)
      items.set(item.key, item);
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
