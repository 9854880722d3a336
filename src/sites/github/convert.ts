// GitHub REST answers → the tracker model. Pure: the extension's GitHub adapter and the CLI share it.
// Inputs: an issue (`GET /repos/{o}/{r}/issues/{n}`), its comments, its timeline, a bundle
// `{ issue, comments, timeline, edits? }`, an issue list (which may hold pull requests), a search page
// (`items`, `total_count`, `incomplete_results`) and a pull request list (for merged-PR authors).
// REST has no record of description edits; a bundle may carry them as `edits` (GraphQL
// `userContentEdits` nodes) or as `user_content_edit` timeline entries.
// GitHub has no priority or estimate fields, so teams' usual labels stand in for them ("priority:
// high", "P1", "size: 3", "points/5"); their label events count as priority/estimate changes.
// Closed reasons: completed → done, not_planned → not-planned (wont-do when labelled "wontfix"),
// duplicate → duplicate (also not_planned with a "duplicate" label).
import type { Comment, EventKind, Item, ItemLink, ItemType, Person, Resolution, Text, TrackerData, TrackerEvent } from '../../core/model';
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
import { withoutCodeSpans, withoutFencedCode, withoutHtmlComments } from './markdown';
import { unifyPeople } from '../../core/people';

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

/** A GitHub user object → Person. A missing user (deleted account) is GitHub's "ghost". */
export function githubPerson(user: unknown, host: string): Person | null {
  const u = obj(user);
  if (!u) return null;
  // Logins are strings; a number here is not someone.
  const login = typeof u.login === 'string' ? u.login.trim() : '';
  if (!login) return null;
  const person: Person = { id: login, name: str(u.name) ?? login, url: webUrl(u.html_url) ?? `https://${host}/${login}` };
  // The numeric id survives a rename: the same id under two logins is one person.
  if (typeof u.id === 'number' && Number.isFinite(u.id)) person.aliases = [`id:${u.id}`];
  if (u.type === 'Bot' || /\[bot\]$/i.test(login)) person.bot = true;
  // GitHub's "ghost" replaces every deleted account: many people, none of them on the team.
  if (login === 'ghost') {
    person.deleted = true;
    person.placeholder = true;
  }
  return person;
}

const GHOST = { login: 'ghost', type: 'User' };

// @login outside code and not part of an e-mail address or a team mention (@org/team).
const MENTION = /(?<![\w`@/.+-])@([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})(?![\w/-])/gi;

/** People a Markdown text mentions, in first-seen order, ignoring code spans and code blocks. */
export function markdownMentions(markdown: string): string[] {
  // Scanners, not regexes: see markdown.ts for why.
  const prose = withoutHtmlComments(withoutCodeSpans(withoutFencedCode(markdown)), ' ');
  const out: string[] = [];
  for (const m of prose.matchAll(MENTION)) {
    const login = m[1];
    if (login && !out.some((o) => o.toLowerCase() === login.toLowerCase())) out.push(login);
  }
  return out;
}

function markdownText(body: unknown): Text | null {
  if (typeof body !== 'string') return null;
  // Issue templates leave HTML comments the author never wrote; they are not the author's words.
  const text = withoutHtmlComments(body.replace(/\r\n?/g, '\n'), '').trim();
  return { text, format: 'markdown' };
}

function labelName(label: unknown): string | null {
  return typeof label === 'string' ? label : str(obj(label)?.name);
}

const PRIORITY_LABEL = /^(?:priority|prio|pri)\s*[:/=-]?\s*(.+)$|^(p[0-4])$/i;
const ESTIMATE_LABEL = /^(?:size|points?|estimate|sp|story points?)\s*[:/=-]?\s*(\d+(?:\.\d+)?)$/i;
const IN_PROGRESS_LABEL = /^(?:status\s*[:/-]\s*)?(in[ -]?progress|doing|wip|in review)$/i;

function priorityFromLabel(name: string): string | null {
  const m = PRIORITY_LABEL.exec(name.trim());
  return m ? (m[1] ?? m[2] ?? '').trim() || null : null;
}

function estimateFromLabel(name: string): number | null {
  const m = ESTIMATE_LABEL.exec(name.trim());
  return m ? Number(m[1]) : null;
}

function labelKind(name: string | null): EventKind {
  if (!name) return 'label';
  if (priorityFromLabel(name)) return 'priority';
  if (estimateFromLabel(name) !== null) return 'estimate';
  return 'label';
}

/** GitHub's own issue type (`type.name`: the defaults are Task, Bug and Feature), else the usual
 * labels. An issue broken into sub-issues (`sub_issues_summary.total` > 0) plays the part of an epic:
 * it is judged by its children, not as one small scope (docs/heuristics.md, "GitHub issue types and
 * sub-issues"). */
function itemType(issue: Json, labels: string[]): ItemType {
  const typeName = (str(obj(issue.type)?.name) ?? '').toLowerCase();
  const names = [typeName, ...labels.map((l) => l.toLowerCase())];
  if (names.some((n) => n === 'bug' || n === 'type: bug' || n === 'kind/bug')) return 'bug';
  if (names.some((n) => n === 'epic' || n === 'type: epic' || n === 'initiative')) return 'epic';
  if ((num(obj(issue.sub_issues_summary)?.total) ?? 0) > 0) return 'epic';
  if (names.some((n) => n === 'feature' || n === 'enhancement' || n === 'story' || n === 'user story' || n === 'type: feature'))
    return 'story';
  if (names.some((n) => n === 'task' || n === 'chore' || n === 'type: task')) return 'task';
  return 'issue';
}

function closedResolution(reason: unknown, labels: string[]): Resolution {
  const lower = labels.map((l) => l.toLowerCase().replace(/[’' ]/g, ''));
  if (reason === 'duplicate' || (reason === 'not_planned' && lower.includes('duplicate'))) return 'duplicate';
  if (reason === 'not_planned') {
    return lower.some((l) => l === 'wontfix' || l === 'wontdo' || l === 'declined') ? 'wont-do' : 'not-planned';
  }
  if (reason === 'completed' || reason == null) return 'done';
  return 'other';
}

function repoOf(issue: Json, ctx: GitHubContext): { host: string; repo: string | null } {
  let host = ctx.host ?? null;
  let repo = ctx.repo ?? null;
  const html = webUrl(issue.html_url);
  if (html) {
    try {
      const url = new URL(html);
      host ??= url.host;
      const m = /^\/([^/]+)\/([^/]+)\/(?:issues|pull)\//.exec(url.pathname);
      if (m) repo ??= `${m[1]}/${m[2]}`;
    } catch {
      /* not a URL */
    }
  }
  const api = str(issue.repository_url) ?? str(issue.url);
  if (!repo && api) {
    const m = /\/repos\/([^/]+)\/([^/]+)/.exec(api);
    if (m) repo = `${m[1]}/${m[2]}`;
  }
  return { host: host ?? 'github.com', repo };
}

/** `owner/repo#12` for an issue's API or web URL (e.g. `parent_issue_url`), or null. */
function keyOfUrl(value: unknown): string | null {
  const url = str(value);
  if (!url) return null;
  const m = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url) ?? /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url);
  return m ? `${m[1]}/${m[2]}#${m[3]}` : null;
}

/** `owner/repo#12` for an issue object (e.g. a cross-reference source), or null. */
function keyOf(issue: unknown, ctx: GitHubContext): string | null {
  const o = obj(issue);
  const number = num(o?.number);
  if (!o || number === null) return null;
  const { repo } = repoOf(o, {}); // the other issue may be in another repository
  const r = repo ?? str(obj(o.repository)?.full_name) ?? ctx.repo ?? null;
  return r ? `${r}#${number}` : null;
}

/** Timeline events that say nothing about who does the work (subscriptions, notifications). */
const IGNORED_EVENTS = new Set(['subscribed', 'unsubscribed', 'mentioned', 'head_ref_deleted', 'head_ref_restored', 'base_ref_changed', 'locked', 'unlocked', 'pinned', 'unpinned', 'comment_deleted']);

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

  const personId = (user: unknown, ghostIfMissing = false): string | null => {
    const p = githubPerson(user ?? (ghostIfMissing ? GHOST : null), host);
    if (!p) return null;
    addPerson(people, p);
    return p.id;
  };

  const labels = arr(issue.labels)
    .map(labelName)
    .filter((l): l is string => !!l);
  const author = personId(issue.user, true);
  const created = isoTime(issue.created_at) ?? isoTime(issue.updated_at) ?? new Date(0).toISOString();
  const assignees = [...new Set([...arr(issue.assignees), issue.assignee].map((a) => personId(a)).filter((a): a is string => !!a))];
  const closed = issue.state === 'closed' || !!mergedAt;
  const description = markdownText(issue.body);

  // Comments: the comments list and "commented" timeline entries, whichever were given.
  const comments = new Map<string, Comment>();
  const addComment = (raw: unknown) => {
    const c = obj(raw);
    const id = str(c?.id);
    const at = isoTime(c?.created_at);
    if (!c || !id || !at || comments.has(id)) return;
    const body = markdownText(c.body) ?? { text: '', format: 'markdown' as const };
    const comment: Comment = {
      id,
      author: personId(c.user ?? c.actor, true),
      created: at,
      body,
      url: webUrl(c.html_url) ?? `${url}#issuecomment-${id}`,
      mentions: markdownMentions(typeof c.body === 'string' ? c.body : ''),
    };
    const updated = isoTime(c.updated_at);
    if (updated && updated !== at) comment.updated = updated;
    comments.set(id, comment);
  };
  arr(extra.comments).forEach(addComment);

  const events: TrackerEvent[] = [{ id: `${key}/created`, kind: 'created', actor: author, at: created, url, field: 'opened' }];
  const links: ItemLink[] = [];
  const timeline = arr(extra.timeline);
  const edits: { actor: string | null; at: string }[] = [];
  let closedInTimeline = false;
  let lastClosedWithoutReason = null as TrackerEvent | null; // set inside the loop below
  timeline.forEach((raw, index) => {
    const e = obj(raw);
    const name = str(e?.event);
    if (!e || !name || IGNORED_EVENTS.has(name)) return;
    if (name === 'commented') return addComment(e);
    const at = isoTime(e.created_at) ?? isoTime(e.submitted_at);
    if (!at) return;
    const event: TrackerEvent = {
      // An empty id is no id: fall back, so every event keeps one.
      id: str(e.id) || str(e.node_id) || `${key}/t${index}`,
      kind: 'other',
      actor: personId(e.actor),
      at,
      field: name,
      url,
    };
    switch (name) {
      case 'assigned':
      case 'unassigned': {
        const who = personId(e.assignee);
        event.kind = 'assignment';
        event.from = name === 'unassigned' ? who : null;
        event.to = name === 'assigned' ? who : null;
        break;
      }
      case 'labeled':
      case 'unlabeled': {
        const label = labelName(e.label);
        event.kind = labelKind(label);
        event.from = name === 'unlabeled' ? label : null;
        event.to = name === 'labeled' ? label : null;
        break;
      }
      case 'milestoned':
      case 'demilestoned': {
        const title = str(obj(e.milestone)?.title);
        event.kind = 'milestone';
        event.from = name === 'demilestoned' ? title : null;
        event.to = name === 'milestoned' ? title : null;
        break;
      }
      case 'renamed':
        event.kind = 'title';
        event.from = str(obj(e.rename)?.from);
        event.to = str(obj(e.rename)?.to);
        break;
      case 'closed':
        closedInTimeline = true;
        event.kind = 'resolved';
        // Older timelines omit state_reason; the issue's own reason then speaks for its last closing.
        event.resolution = closedResolution('state_reason' in e ? e.state_reason : undefined, labels);
        if (!('state_reason' in e)) lastClosedWithoutReason = event;
        event.to = 'closed';
        {
          // GraphQL's ClosedEvent.duplicateOf (reshaped by graphql.ts): the same link REST's
          // `marked_as_duplicate` event gives.
          const original = keyOf(e.duplicate_of, ctx);
          if (original && original !== key && !links.some((l) => l.key === original && l.type === 'duplicates')) {
            const link: ItemLink = { type: 'duplicates', key: original };
            const href = webUrl(obj(e.duplicate_of)?.html_url);
            if (href) link.url = href;
            links.push(link);
          }
        }
        break;
      case 'reopened':
        event.kind = 'reopened';
        event.to = 'open';
        break;
      case 'cross-referenced':
      case 'connected':
      case 'marked_as_duplicate': {
        const other = keyOf(obj(e.source)?.issue ?? e.subject_issue, ctx);
        event.kind = 'link';
        event.to = other;
        if (other && other !== key) {
          const type = name === 'marked_as_duplicate' ? 'duplicates' : name;
          const link: ItemLink = { type, key: other };
          const href = webUrl(obj(obj(e.source)?.issue)?.html_url);
          if (href) link.url = href;
          if (!links.some((l) => l.key === other && l.type === type)) links.push(link);
        }
        break;
      }
      case 'user_content_edit':
      case 'edited': {
        // Description edits, where a source lists them among the events (GraphQL-derived timelines).
        const editor = personId(e.editor) ?? event.actor;
        event.kind = 'description';
        event.actor = editor;
        edits.push({ actor: editor, at });
        break;
      }
      default:
        // referenced (a commit), committed, reviewed, issue_type_added…: kept as "other" activity.
        break;
    }
    events.push(event);
  });

  if (closed && lastClosedWithoutReason && isoTime(issue.closed_at) === lastClosedWithoutReason.at)
    lastClosedWithoutReason.resolution = closedResolution(issue.state_reason, labels);
  // Without a timeline, the issue itself still says who closed it and when.
  if (closed && !closedInTimeline) {
    const at = isoTime(issue.closed_at);
    if (at) {
      events.push({
        id: `${key}/closed`,
        kind: 'resolved',
        actor: personId(issue.closed_by),
        at,
        field: 'closed',
        url,
        to: 'closed',
        resolution: closedResolution(issue.state_reason, labels),
      });
    }
  }
  events.sort(byTime((e) => e.at));

  // Description edits (GraphQL userContentEdits): the oldest revision is the author's original.
  const descriptionEdits: { actor: string | null; at: string }[] = [...edits];
  for (const raw of arr(extra.edits)) {
    const edit = obj(raw);
    const at = isoTime(edit?.editedAt) ?? isoTime(edit?.createdAt);
    if (!edit || !at || at === created) continue;
    const actor = personId(edit.editor, true);
    descriptionEdits.push({ actor, at });
    events.push({ id: `${key}/edit/${at}`, kind: 'description', actor, at, field: 'edited', url });
  }
  descriptionEdits.sort(byTime((e) => e.at));
  events.sort(byTime((e) => e.at));

  const commentList = [...comments.values()].sort(byTime((c) => c.created));
  const mentioned = (m: string) => {
    if (!personIn(people, m)) addPerson(people, { id: m, name: m, url: `https://${host}/${m}`, reference: true });
  };
  for (const c of commentList) c.mentions.forEach(mentioned);
  if (typeof issue.body === 'string') markdownMentions(issue.body).forEach(mentioned);

  const milestone = obj(issue.milestone);
  const priority = labels.map(priorityFromLabel).find((p) => p) ?? null;
  const estimate = labels.map(estimateFromLabel).find((e) => e !== null) ?? null;
  const resolution = closed ? closedResolution(issue.state_reason, labels) : null;
  const item: Item = {
    key,
    tracker: 'github',
    url,
    title: str(issue.title) ?? key,
    type: pull ? 'pull-request' : itemType(issue, labels),
    state: closed ? 'done' : labels.some((l) => IN_PROGRESS_LABEL.test(l)) ? 'in-progress' : 'open',
    status: mergedAt ? 'merged' : closed ? 'closed' : 'open',
    created,
    due: isoTime(milestone?.due_on),
    resolved: closed ? (isoTime(issue.closed_at) ?? mergedAt) : null,
    resolution,
    creator: author,
    reporter: author,
    assignees,
    estimate,
    priority,
    sprint: null,
    milestone: str(milestone?.title),
    fixVersions: [],
    labels,
    // Sub-issues (GitHub, 2025): the REST issue names its parent; children are filled from the
    // other items' parents when they are in hand.
    parent: keyOfUrl(issue.parent_issue_url),
    children: [],
    links,
    description,
    descriptionAuthor: descriptionEdits.at(-1)?.actor ?? author,
    descriptionEdits,
    comments: commentList,
    events,
  };
  const updated = isoTime(issue.updated_at);
  if (updated) item.updated = updated;
  const summary = obj(issue.sub_issues_summary);
  const subTotal = num(summary?.total) ?? 0;
  if (!pull && Number.isInteger(subTotal) && subTotal > 0) {
    const done = num(summary?.completed) ?? 0;
    item.subItems = { total: subTotal, done: Number.isInteger(done) ? Math.min(Math.max(0, done), subTotal) : 0 };
  }
  // The issue says how many comments it has; fewer in hand means a page is missing.
  const commentCount = num(issue.comments);
  if ((extra.comments !== undefined || extra.timeline !== undefined) && commentCount !== null && commentCount > commentList.length)
    item.partial = true;
  return item;
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
  const keep = (item: Item) => {
    const seen = items.get(item.key);
    if (!seen || seen.events.length + seen.comments.length < item.events.length + item.comments.length) items.set(item.key, item);
  };
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
