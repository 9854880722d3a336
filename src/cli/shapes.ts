// What a file given to `tandem analyze` is. The converters read issues, pages of issues and bundles;
// the trackers answer many other things people save by mistake or on purpose: error answers, pages of
// comments or events, GraphQL answers, agile sprint answers, reactions, labels. Each is recognised
// for what it is, then either used where it belongs (a page of an issue's comments or events joins
// that issue) or refused with one line saying what it is and what to give instead.
import { arr, describeJson, isObject, num, obj, str } from '../sites/convert-common';
import { detectGitHub } from '../sites/github/convert';
import { restTimelineEntry } from '../sites/github/graphql';
import { detectJira, mergeJiraPages } from '../sites/jira/convert';
import { isSprintAnswer, sprintsOfAnswer } from '../sites/jira/sprints';
import type { Sprint } from '../core/model';

export type Tracker = 'jira' | 'github';

/** Which issue a page of history belongs to, as far as the page says. */
export interface IssueRef {
  /** GitHub: "owner/repo" and the number; Jira: the issue id or key. */
  repo?: string;
  number?: number;
  jiraId?: string;
  jiraKey?: string;
}

export type Shape =
  /** Read by the converters: issues, pages of issues, bundles, single events that embed their issue. */
  | { kind: 'answer'; tracker: Tracker }
  /** An empty array: a valid answer with nothing in it (a GitHub list that matched nothing). */
  | { kind: 'empty' }
  /** Part of one issue's history: used with that issue when it is given too. */
  | { kind: 'history'; tracker: Tracker; part: 'comments' | 'timeline' | 'changelog'; entries: unknown[]; issue: IssueRef | null; what: string }
  /** A Jira agile sprint answer (one sprint, or a board's page of them): used with that board's issues. */
  | { kind: 'sprints'; sprints: Sprint[]; what: string; single: boolean }
  /** Not something Tandem can use: the message says what it is and what to give instead. */
  | { kind: 'refused'; message: string };

export const EXPECTED = 'not a Jira issue, Jira search page, GitHub issue, GitHub issue list or GitHub bundle';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (s: string) => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

/** "owner/repo" and the issue number from an API or web URL of an issue or its comment. */
function githubIssueRef(url: unknown): IssueRef | null {
  const u = str(url);
  if (!u) return null;
  const m = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)(?:$|[/?#])/.exec(u) ?? /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)(?:$|[/?#])/.exec(u);
  return m ? { repo: `${m[1]}/${m[2]}`, number: Number(m[3]) } : null;
}

function keysOnly(o: Record<string, unknown>, allowed: string[]): boolean {
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => allowed.includes(k));
}

/** GitHub's error answers: `{ "message", "documentation_url"?, "errors"?, "status"? }`. */
function githubError(o: Record<string, unknown>): string | null {
  if (typeof o.message !== 'string' || !keysOnly(o, ['message', 'documentation_url', 'errors', 'status'])) return null;
  const m = o.message;
  const status = num(o.status);
  let what: string;
  if (/bad credentials|requires authentication/i.test(m) || status === 401) what = 'the token was refused (HTTP 401)';
  else if (/rate limit|abuse|secondary/i.test(m)) what = 'a rate limit (HTTP 403 or 429): wait for the reset time the answer\'s headers give';
  else if (/^not found$/i.test(m) || status === 404) what = 'not found (HTTP 404): the repository or issue is private, renamed or gone';
  else if (/gone|deleted|disabled/i.test(m) || status === 410) what = 'gone (HTTP 410): issues are turned off or the issue was deleted';
  else if (/validation failed/i.test(m) || status === 422) what = 'a refused request (HTTP 422)';
  else what = 'an error';
  return `a GitHub error answer (${quote(m)}: ${what}), not tracker data; save the answer of a request that succeeded`;
}

/** Jira's error answers: `{ "errorMessages": […], "errors": {…} }`. */
function jiraError(o: Record<string, unknown>): string | null {
  if (!Array.isArray(o.errorMessages) && !(isObject(o.errors) && !Array.isArray(o.errors) && keysOnly(o, ['errors', 'errorMessages', 'status', 'warningMessages']))) return null;
  const first = str(arr(o.errorMessages)[0]) ?? str(Object.values(obj(o.errors) ?? {})[0]) ?? 'no message';
  const removed = /removed|migrate to .*search\/jql/i.test(first) ? ' (Cloud retired /rest/api/3/search: use /rest/api/3/search/jql)' : '';
  return `a Jira error answer (${quote(first)})${removed}, not tracker data; save the answer of a request that succeeded`;
}

function graphql(o: Record<string, unknown>): Shape | null {
  if (!('data' in o) && !Array.isArray(o.errors)) return null;
  if (!keysOnly(o, ['data', 'errors', 'extensions'])) return null;
  const errors = arr(o.errors);
  const firstError = str(obj(errors[0])?.message);
  const data = obj(o.data);
  const timeline = obj(obj(obj(data?.repository)?.issue)?.timelineItems) ?? obj(obj(data?.node)?.timelineItems);
  if (timeline) {
    // GraphQL names an entry's type `__typename`; some tools save it as `eventType`.
    const nodes = arr(timeline.nodes).map((n) => {
      const node = obj(n);
      return node && !node.__typename && typeof node.eventType === 'string' ? { ...node, __typename: node.eventType } : n;
    });
    const entries = nodes.map(restTimelineEntry).filter((e) => e !== null);
    return { kind: 'history', tracker: 'github', part: 'timeline', entries, issue: null, what: `a GitHub GraphQL page of ${count(nodes.length, 'timeline entry', 'timeline entries')}` };
  }
  if (firstError && !data) return { kind: 'refused', message: `a GitHub GraphQL error answer (${quote(firstError)}), not tracker data; save the answer of a query that succeeded` };
  const path = data ? Object.keys(data).map((k) => `${k}${isObject(data[k]) ? `.${Object.keys(data[k] as object)[0] ?? ''}` : ''}`).join(', ') : '';
  const why = firstError ? `, with the error ${quote(firstError)}` : '';
  return {
    kind: 'refused',
    message: `a GitHub GraphQL answer (${path || 'no data'}${why}) that holds no issue; give REST issue answers (GET /repos/{owner}/{repo}/issues) or a bundle {"issue", "comments", "timeline"}`,
  };
}

function isGithubComment(value: unknown): boolean {
  const o = obj(value);
  return !!o && typeof o.body === 'string' && isObject(o.user) && typeof o.created_at === 'string' && !('number' in o) && !('event' in o);
}

function isGithubEvent(value: unknown): boolean {
  const o = obj(value);
  return !!o && typeof o.event === 'string';
}

function githubArray(json: unknown[]): Shape | null {
  const objects = json.filter(isObject);
  if (objects.length === 0) return null;
  if (objects.every(isGithubComment)) {
    const issue = objects.map((c) => githubIssueRef(c.issue_url) ?? githubIssueRef(c.html_url)).find((r) => r) ?? null;
    const many = new Set(objects.map((c) => githubIssueRef(c.issue_url)?.number).filter((n) => n !== undefined));
    if (many.size > 1) {
      return { kind: 'refused', message: `a page of ${count(objects.length, 'comment')} from ${many.size} issues (a repository's comments); give each issue with its own comments, or the issue list` };
    }
    return { kind: 'history', tracker: 'github', part: 'comments', entries: json, issue, what: `a page of ${count(objects.length, 'comment')}` };
  }
  if (objects.every(isGithubEvent)) {
    const issue = objects.map((e) => githubIssueRef(e.issue_url)).find((r) => r) ?? null;
    return { kind: 'history', tracker: 'github', part: 'timeline', entries: json, issue, what: `a page of ${count(objects.length, 'timeline entry', 'timeline entries')}` };
  }
  if (objects.every((o) => typeof o.content === 'string' && isObject(o.user) && !('body' in o))) {
    return { kind: 'refused', message: `a list of ${count(objects.length, 'reaction')}; Tandem does not read reactions: give the issue, its comments and its timeline` };
  }
  if (objects.every((o) => typeof o.name === 'string' && typeof o.color === 'string')) {
    return { kind: 'refused', message: `a list of ${count(objects.length, 'label')}, not issues; give the issues (GET /repos/{owner}/{repo}/issues)` };
  }
  if (objects.every((o) => keysOnly(o, ['id']))) {
    return { kind: 'refused', message: `a list of ${count(objects.length, 'entry', 'entries')} holding only an "id" (a trimmed answer); give the issue list as the API returns it` };
  }
  return null;
}

function jiraObject(o: Record<string, unknown>): Shape | null {
  // A comment page: GET /rest/api/N/issue/{key}/comment.
  if (Array.isArray(o.comments) && ('startAt' in o || 'total' in o || 'maxResults' in o)) {
    const self = str(obj(o.comments[0])?.self) ?? '';
    const m = /\/issue\/([^/]+)\/comment/.exec(self);
    const ref = m ? (/^\d+$/.test(m[1] as string) ? { jiraId: m[1] as string } : { jiraKey: m[1] as string }) : null;
    return { kind: 'history', tracker: 'jira', part: 'comments', entries: o.comments, issue: ref, what: `a Jira page of ${count(o.comments.length, 'comment')}` };
  }
  // A changelog page: GET /rest/api/N/issue/{key}/changelog (`values` of histories).
  const values = arr(o.values);
  if (values.length > 0 && values.every((v) => isObject(v) && Array.isArray(v.items) && 'created' in v)) {
    const m = /\/issue\/([^/]+)\/changelog/.exec(str(o.self) ?? '');
    const ref = m ? (/^\d+$/.test(m[1] as string) ? { jiraId: m[1] as string } : { jiraKey: m[1] as string }) : null;
    return { kind: 'history', tracker: 'jira', part: 'changelog', entries: values, issue: ref, what: `a Jira changelog page of ${count(values.length, 'change')}` };
  }
  // Agile sprint answers: the board's sprints (names, states, dates) for the issues given beside them.
  const sprints = sprintsOfAnswer(o);
  if (sprints) {
    const what = Array.isArray(o.values) ? `a Jira board's list of ${count(sprints.length, 'sprint')}` : `a Jira sprint (${quote(str(o.name) ?? '')})`;
    return { kind: 'sprints', sprints, what, single: !Array.isArray(o.values) };
  }
  if (isSprintAnswer(o)) return { kind: 'refused', message: `a Jira sprint with no name; give GET /rest/agile/1.0/sprint/${str(o.id) ?? '{id}'} as Jira answers it` };
  return null;
}

/** What a parsed file is. */
export function recognise(json: unknown): Shape {
  if (detectJira(json)) return { kind: 'answer', tracker: 'jira' };
  if (detectGitHub(json)) return { kind: 'answer', tracker: 'github' };
  if (Array.isArray(json)) {
    if (json.length === 0) return { kind: 'empty' };
    const shape = githubArray(json);
    if (shape) return shape;
  }
  const o = obj(json);
  if (o) {
    const known = graphql(o) ?? jiraObject(o);
    if (known) return known;
    const error = githubError(o) ?? jiraError(o);
    if (error) return { kind: 'refused', message: error };
    if (isGithubComment(o)) {
      return { kind: 'history', tracker: 'github', part: 'comments', entries: [o], issue: githubIssueRef(o.issue_url) ?? githubIssueRef(o.html_url), what: 'a single comment' };
    }
  }
  return { kind: 'refused', message: `${EXPECTED} (found ${describeJson(json)})` };
}

/** A single issue of a file the converters read, as history can be attached to it. */
export interface IssueTarget {
  tracker: Tracker;
  json: unknown;
}

/** Whether a history page names this issue (or names none). */
export function historyFits(ref: IssueRef | null, target: IssueTarget): 'named' | 'unnamed' | 'other' {
  if (!ref) return 'unnamed';
  if (target.tracker === 'jira') {
    const issue = obj(target.json);
    if (ref.jiraId !== undefined) return str(issue?.id) === ref.jiraId ? 'named' : 'other';
    return str(issue?.key) === ref.jiraKey ? 'named' : 'other';
  }
  const issue = githubIssueOf(target.json);
  if (!issue || num(issue.number) !== ref.number) return 'other';
  const own = githubIssueRef(issue.url) ?? githubIssueRef(issue.html_url);
  return !own?.repo || !ref.repo || own.repo.toLowerCase() === ref.repo.toLowerCase() ? 'named' : 'other';
}

function githubIssueOf(json: unknown): Record<string, unknown> | null {
  const shape = detectGitHub(json);
  if (shape === 'issue') return obj(json);
  if (shape === 'bundle') return obj(obj(json)?.issue);
  // A list of one issue is that issue (a list call filtered down to it).
  if (shape === 'list' && Array.isArray(json) && json.length === 1) return obj(json[0]);
  return null;
}

/** Whether a file is one issue that history can join. */
export function isSingleIssue(json: unknown, tracker: Tracker): boolean {
  return tracker === 'jira' ? detectJira(json) === 'issue' : githubIssueOf(json) !== null;
}

/** The issue with the history page joined to it (as a bundle on GitHub, merged pages on Jira). */
export function attach(target: IssueTarget, part: 'comments' | 'timeline' | 'changelog', entries: unknown[]): unknown {
  if (target.tracker === 'jira') {
    return mergeJiraPages(target.json, part === 'changelog' ? { changelog: [{ values: entries }] } : { comments: [{ comments: entries }] });
  }
  const shape = detectGitHub(target.json);
  const bundle = shape === 'bundle' ? (obj(target.json) as Record<string, unknown>) : { issue: githubIssueOf(target.json) };
  const key = part === 'comments' ? 'comments' : 'timeline';
  return { ...bundle, [key]: [...arr(bundle[key]), ...entries] };
}
