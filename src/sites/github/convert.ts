// GitHub REST answers → the tracker model. Pure: the extension's GitHub adapter and the CLI share it.
// Inputs: an issue (`GET /repos/{o}/{r}/issues/{n}`), its comments, its timeline, a bundle
// `{ issue, comments, timeline, edits? }`, an issue list (which may hold pull requests), a search page
// (`items`, `total_count`, `incomplete_results`) and a pull request list (for merged-PR authors).
// REST has no record of description edits; a bundle may carry them as `edits` (GraphQL
// `userContentEdits` nodes) or as `user_content_edit` timeline entries.
// This file recognises the answers and puts an item together; what each part of an issue means is
// read by the modules beside it, by what they read: convert-people (users, mentions), convert-labels
// (labels, type, closed reason), convert-keys (repository and issue keys), convert-timeline
// (comments, timeline events, links, description edits).
import type { Item, Person, TrackerData, TrackerEvent } from '../../core/model';
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
import { unifyPeople } from '../../core/people';
import { keyOfUrl, repoOf } from './convert-keys';
import { closedResolution, estimateFromLabel, isInProgressLabel, itemType, labelsOf, priorityFromLabel } from './convert-labels';
import { addMentioned, markdownMentions, personReader } from './convert-people';
import { type Comments, type DescriptionEdit, type IssueReading, type TimelineReading, addComment, markdownText, readTimeline } from './convert-timeline';

export { githubPerson, markdownMentions } from './convert-people';

export interface GitHubContext {
  /** Web host ("github.com" or a GitHub Enterprise host), when the JSON's URLs don't tell. */
  host?: string;
  /** "owner/repo", when the JSON's URLs don't tell. */
  repo?: string;
  /** Filled with every person seen. */
  people?: Record<string, Person>;
}

export interface GitHubBundle {
  issue: unknown;
  comments?: unknown;
  timeline?: unknown;
  /** Description edits, GraphQL `userContentEdits.nodes` shape: `{ editedAt, editor: { login } }`. */
  edits?: unknown;
}

/** `event`: a single issue event (`GET /repos/{o}/{r}/issues/events/{id}`), which embeds its issue;
 * `events`: a page of them (`GET /repos/{o}/{r}/issues/events`), each embedding its issue. */
export type GitHubShape = 'issue' | 'bundle' | 'list' | 'search' | 'pulls' | 'event' | 'events';

function isIssueLike(value: unknown): value is Json {
  const o = obj(value);
  return !!o && typeof o.number === 'number' && typeof o.title === 'string' && 'state' in o && ('user' in o || 'html_url' in o);
}

function isPullLike(value: unknown): boolean {
  const o = obj(value);
  return !!o && isObject(o.head) && isObject(o.base) && typeof o.number === 'number';
}

/**
 * A real pull request: the pulls API's object, or an issue whose `pull_request` points somewhere.
 * Around 2012 the API put `"pull_request": {"html_url": null, …}` on every issue: that is an issue.
 */
export function isPullRequest(value: unknown): boolean {
  const o = obj(value);
  if (!o) return false;
  if (isPullLike(o)) return true;
  const pr = o.pull_request;
  if (pr == null || pr === false) return false;
  const links = obj(pr);
  return !links || Object.values(links).some((v) => v != null);
}

/** An issue event that embeds its issue (single or in a page of repository events). */
function isEventWithIssue(value: unknown): boolean {
  const o = obj(value);
  return !!o && typeof o.event === 'string' && isIssueLike(o.issue);
}

/** Which GitHub answer this is, or null when it is none of them. */
export function detectGitHub(json: unknown): GitHubShape | null {
  if (Array.isArray(json)) {
    if (json.length === 0) return null;
    if (isPullLike(json[0])) return 'pulls';
    if (isIssueLike(json[0])) return 'list';
    if (isEventWithIssue(json[0])) return 'events';
    return null;
  }
  const o = obj(json);
  if (!o) return null;
  if (isEventWithIssue(o)) return 'event';
  if (isIssueLike(o.issue)) return 'bundle';
  if (Array.isArray(o.items) && 'total_count' in o) return 'search';
  if (isIssueLike(o)) return 'issue';
  return null;
}

/**
 * One issue, optionally with its comments, timeline and description edits → Item. A pull request
 * (from the issues or the pulls API) is an Item of type `pull-request`: the engine counts it for roles
 * and routines and leaves it out of the signals about backlog items.
 */
export function githubIssueToItem(
  json: unknown,
  ctx: GitHubContext = {},
  extra: { comments?: unknown; timeline?: unknown; edits?: unknown } = {},
): Item | ConvertError {
  if (!isIssueLike(json)) {
    return convertError(`not a GitHub issue: expected an object with "number", "title", "state" and "user" (found ${describeJson(json)})`);
  }
  const issue = json;
  const pull = isPullRequest(issue);
  const mergedAt = pull ? isoTime(issue.merged_at ?? obj(issue.pull_request)?.merged_at) : null;
  const { host, repo } = repoOf(issue, ctx);
  const people = ctx.people ?? newPeople();
  const key = `${repo ?? ctx.repo ?? 'unknown/unknown'}#${String(issue.number)}`;
  const url = webUrl(issue.html_url) ?? `https://${host}/${repo ?? ''}/issues/${String(issue.number)}`;
  const personId = personReader(people, host);
  const labels = labelsOf(issue);
  const r: IssueReading = { key, url, contextRepo: ctx.repo, labels, personId };

  // People are recorded in the order they are met (the output lists them so): author, assignees,
  // then the history's.
  const author = personId(issue.user, true);
  const created = isoTime(issue.created_at) ?? isoTime(issue.updated_at) ?? new Date(0).toISOString();
  const assignees = [...new Set([...arr(issue.assignees), issue.assignee].map((a) => personId(a)).filter((a): a is string => !!a))];
  const closed = issue.state === 'closed' || !!mergedAt;
  const description = markdownText(issue.body);

  // Comments: the comments list and "commented" timeline entries, whichever were given.
  const comments: Comments = new Map();
  for (const raw of arr(extra.comments)) addComment(comments, raw, r);
  const history = readTimeline(arr(extra.timeline), r, comments);
  const events: TrackerEvent[] = [{ id: `${key}/created`, kind: 'created', actor: author, at: created, url, field: 'opened' }, ...history.events];
  if (closed) events.push(...closingOf(issue, r, history));
  events.sort(byTime((e) => e.at));
  const descriptionEdits = descriptionEditsOf(extra.edits, history.edits, r, created, events);

  const commentList = [...comments.values()].sort(byTime((c) => c.created));
  for (const c of commentList) addMentioned(people, host, c.mentions);
  if (typeof issue.body === 'string') addMentioned(people, host, markdownMentions(issue.body));

  const item = itemOf(issue, { key, url, labels, pull, mergedAt, closed, created, author, assignees }, {
    links: history.links,
    description,
    descriptionAuthor: descriptionEdits.at(-1)?.actor ?? author,
    descriptionEdits,
    comments: commentList,
    events,
  });
  addCounts(item, issue, pull);
  // The issue says how many comments it has; fewer in hand means a page is missing.
  const commentCount = num(issue.comments);
  if ((extra.comments !== undefined || extra.timeline !== undefined) && commentCount !== null && commentCount > commentList.length)
    item.partial = true;
  return item;
}

/** Closing the timeline left without a reason, or (without a timeline) the issue's own closing. */
function closingOf(issue: Json, r: IssueReading, history: TimelineReading): TrackerEvent[] {
  const last = history.lastClosedWithoutReason;
  if (last && isoTime(issue.closed_at) === last.at) last.resolution = closedResolution(issue.state_reason, r.labels);
  if (history.closedInTimeline) return [];
  // Without a timeline, the issue itself still says who closed it and when.
  const at = isoTime(issue.closed_at);
  if (!at) return [];
  const resolution = closedResolution(issue.state_reason, r.labels);
  return [{ id: `${r.key}/closed`, kind: 'resolved', actor: r.personId(issue.closed_by), at, field: 'closed', url: r.url, to: 'closed', resolution }];
}

/** Description edits: the timeline's, and GraphQL's userContentEdits (each also an event, added to
 * `events`). The oldest revision is the author's original, not an edit. */
function descriptionEditsOf(raw: unknown, fromTimeline: DescriptionEdit[], r: IssueReading, created: string, events: TrackerEvent[]): DescriptionEdit[] {
  const edits = [...fromTimeline];
  for (const entry of arr(raw)) {
    const edit = obj(entry);
    const at = isoTime(edit?.editedAt) ?? isoTime(edit?.createdAt);
    if (!edit || !at || at === created) continue;
    const actor = r.personId(edit.editor, true);
    edits.push({ actor, at });
    events.push({ id: `${r.key}/edit/${at}`, kind: 'description', actor, at, field: 'edited', url: r.url });
  }
  edits.sort(byTime((e) => e.at));
  events.sort(byTime((e) => e.at));
  return edits;
}

interface ItemBasics {
  key: string;
  url: string;
  labels: string[];
  pull: boolean;
  mergedAt: string | null;
  closed: boolean;
  created: string;
  author: string | null;
  assignees: string[];
}

type ItemHistory = Pick<Item, 'links' | 'description' | 'descriptionAuthor' | 'descriptionEdits' | 'comments' | 'events'>;

/** The item: its own fields read from the issue object, and its history as read. Written in the
 * model's order, which the JSON output keeps. */
function itemOf(issue: Json, b: ItemBasics, history: ItemHistory): Item {
  const milestone = obj(issue.milestone);
  const { labels, closed } = b;
  return {
    key: b.key,
    tracker: 'github',
    url: b.url,
    title: str(issue.title) ?? b.key,
    type: b.pull ? 'pull-request' : itemType(issue, labels),
    state: closed ? 'done' : labels.some(isInProgressLabel) ? 'in-progress' : 'open',
    status: b.mergedAt ? 'merged' : closed ? 'closed' : 'open',
    created: b.created,
    due: isoTime(milestone?.due_on),
    resolved: closed ? (isoTime(issue.closed_at) ?? b.mergedAt) : null,
    resolution: closed ? closedResolution(issue.state_reason, labels) : null,
    creator: b.author,
    reporter: b.author,
    assignees: b.assignees,
    estimate: labels.map(estimateFromLabel).find((e) => e !== null) ?? null,
    priority: labels.map(priorityFromLabel).find((p) => p) ?? null,
    sprint: null,
    milestone: str(milestone?.title),
    fixVersions: [],
    labels,
    // Sub-issues (GitHub, 2025): the REST issue names its parent; children are filled from the
    // other items' parents when they are in hand.
    parent: keyOfUrl(issue.parent_issue_url),
    children: [],
    links: history.links,
    description: history.description,
    descriptionAuthor: history.descriptionAuthor,
    descriptionEdits: history.descriptionEdits,
    comments: history.comments,
    events: history.events,
  };
}

/** `updated`, and the sub-issue counts an issue broken into sub-issues carries. */
function addCounts(item: Item, issue: Json, pull: boolean): void {
  const updated = isoTime(issue.updated_at);
  if (updated) item.updated = updated;
  const summary = obj(issue.sub_issues_summary);
  const subTotal = num(summary?.total) ?? 0;
  if (!pull && Number.isInteger(subTotal) && subTotal > 0) {
    const done = num(summary?.completed) ?? 0;
    item.subItems = { total: subTotal, done: Number.isInteger(done) ? Math.min(Math.max(0, done), subTotal) : 0 };
  }
}

export function githubBundleToItem(json: unknown, ctx: GitHubContext = {}): Item | ConvertError {
  const bundle = obj(json);
  if (!bundle || !isIssueLike(bundle.issue)) {
    return convertError(`not a GitHub bundle: expected an object with "issue", "comments" and "timeline" (found ${describeJson(json)})`);
  }
  return githubIssueToItem(bundle.issue, ctx, { comments: bundle.comments, timeline: bundle.timeline, edits: bundle.edits });
}

export interface GitHubPage {
  items: Item[];
  /** Authors of merged pull requests found on the page. */
  pullRequestAuthors: string[];
  skipped: ConvertError[];
  /** GitHub said the search timed out (`incomplete_results`) or more results exist. */
  partial: boolean;
}

/**
 * An issue list (array), a search page (`items`) or a pull request list → Items. Pull requests are
 * items of type `pull-request`; the authors of merged ones also feed `pullRequestAuthors`.
 */
export function githubIssuesToItems(json: unknown, ctx: GitHubContext = {}): GitHubPage | ConvertError {
  const page = obj(json);
  const list = Array.isArray(json) ? json : Array.isArray(page?.items) ? (page?.items as unknown[]) : null;
  if (!list) {
    return convertError(`not a GitHub issue list: expected an array of issues or a search page with "items" (found ${describeJson(json)})`);
  }
  const items: Item[] = [];
  const skipped: ConvertError[] = [];
  const authors = new Set<string>();
  list.forEach((raw, i) => {
    const o = obj(raw);
    const item = githubIssueToItem(raw, ctx);
    if (isConvertError(item)) {
      skipped.push(convertError(`entry ${i + 1}: ${item.message}`));
      return;
    }
    items.push(item);
    if (o && item.type === 'pull-request' && (o.merged_at ?? obj(o.pull_request)?.merged_at) && item.creator) authors.add(item.creator);
  });
  const total = num(page?.total_count);
  const partial = page?.incomplete_results === true || (total !== null && total > list.length);
  return { items, pullRequestAuthors: [...authors], skipped, partial };
}

/**
 * Issue events that embed their issue (one event, or a page of a repository's events) → one bundle
 * per issue, the events as its timeline, in the order given.
 */
export function githubEventsToBundles(json: unknown): GitHubBundle[] {
  const events = Array.isArray(json) ? json : [json];
  const bundles = new Map<string, { issue: Json; timeline: Json[] }>();
  for (const raw of events) {
    if (!isEventWithIssue(raw)) continue;
    const { issue: embedded, ...event } = raw as Json;
    const issue = embedded as Json;
    const id = str(issue.url) ?? str(issue.html_url) ?? String(issue.number);
    const bundle = bundles.get(id) ?? { issue, timeline: [] };
    bundle.timeline.push(event);
    bundles.set(id, bundle);
  }
  return [...bundles.values()];
}

/**
 * Any number of GitHub answers → one TrackerData. Scope is `item` when a single issue (or bundle)
 * was given, else `backlog`. An issue seen twice keeps the copy with more history.
 */
export function githubToTrackerData(inputs: unknown[], ctx: GitHubContext = {}, me: string | null = null): TrackerData | ConvertError {
  const people = ctx.people ?? newPeople();
  const local: GitHubContext = { ...ctx, people };
  const items = new Map<string, Item>();
  const authors = new Set<string>();
  const errors: string[] = [];
  let lists = 0;
  let partial = false;
  const keep = (item: Item) => keepFuller(items, item);
  for (const input of inputs) {
    const shape = detectGitHub(input);
    if (shape === 'issue' || shape === 'bundle') {
      const item = shape === 'issue' ? githubIssueToItem(input, local) : githubBundleToItem(input, local);
      if (isConvertError(item)) errors.push(item.message);
      else keep(item);
    } else if (shape === 'event' || shape === 'events') {
      if (shape === 'events') lists++;
      for (const bundle of githubEventsToBundles(input)) {
        const item = githubBundleToItem(bundle, local);
        if (isConvertError(item)) errors.push(item.message);
        else keep(item);
      }
    } else if (shape === 'list' || shape === 'search' || shape === 'pulls') {
      if (shape !== 'pulls') lists++;
      const page = githubIssuesToItems(input, local);
      if (isConvertError(page)) errors.push(page.message);
      else {
        page.items.forEach(keep);
        page.pullRequestAuthors.forEach((a) => authors.add(a));
        errors.push(...page.skipped.map((s) => s.message));
        partial ||= page.partial;
      }
    } else {
      errors.push(`not a GitHub issue, issue list, search page or bundle (found ${describeJson(input)})`);
    }
  }
  // An empty list or search page is a real answer (nothing matched), not an error.
  if (items.size === 0 && (errors.length > 0 || lists === 0)) return convertError(errors[0] ?? 'no GitHub issues given');
  const list = [...items.values()];
  linkChildren(list);
  const first = list[0];
  const repos = new Set(list.map((i) => i.key.replace(/#\d+$/, '')));
  const data: TrackerData = {
    tracker: 'github',
    site: ctx.host ?? (first ? new URL(first.url).host : 'github.com'),
    project: repos.size === 1 ? ([...repos][0] ?? null) : null,
    scope: list.length === 1 && lists === 0 ? 'item' : 'backlog',
    items: list,
    people,
    me,
    source: 'api',
  };
  if (authors.size > 0) data.pullRequestAuthors = [...authors];
  if (partial) data.partial = true;
  return unifyPeople(data);
}
