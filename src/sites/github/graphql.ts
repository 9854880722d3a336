// GitHub GraphQL, used only with a token, where one query replaces several REST calls: an issue's
// comments, timeline and description edits in one request; a list's issues with their recent
// history in one request (REST would need one per issue); Projects (v2) items. Answers are
// reshaped into the REST JSON the converter (convert.ts) already reads, so both paths give the same
// model.
import { arr, num, obj, str } from '../convert-common';

/** The timeline entries that say who did what; GraphQL asks for them by type. */
const ITEM_TYPES = [
  'ISSUE_COMMENT',
  'LABELED_EVENT',
  'UNLABELED_EVENT',
  'ASSIGNED_EVENT',
  'UNASSIGNED_EVENT',
  'MILESTONED_EVENT',
  'DEMILESTONED_EVENT',
  'RENAMED_TITLE_EVENT',
  'CLOSED_EVENT',
  'REOPENED_EVENT',
  'CROSS_REFERENCED_EVENT',
].join(', ');

const ACTOR = 'actor { __typename login }';
const ASSIGNEE = 'assignee { __typename ... on User { login } ... on Bot { login } ... on Mannequin { login } }';

/**
 * Fields GitHub added in 2025 (issue types, sub-issues and parents, `duplicateOf`, and DUPLICATE as a
 * `stateReason` behind the `enableDuplicate` argument). Older GitHub Enterprise Server versions
 * refuse a query naming any of them ("Field 'issueType' doesn't exist on type 'Issue'"), so each
 * query is built in two forms: `current` asks for them, `legacy` asks for what every supported server
 * has. The loader falls back to `legacy` on such an error and remembers it per site.
 */
export type Schema = 'current' | 'legacy';

const closedExtra = (schema: Schema): string =>
  schema === 'current'
    ? 'stateReason(enableDuplicate: true) duplicateOf { __typename ... on Issue { number url } ... on PullRequest { number url } }'
    : 'stateReason';

/** What each kind of timeline entry carries (shared by the issue and list queries). */
const timelineNodes = (schema: Schema): string => `nodes {
          __typename
          ... on IssueComment { databaseId author { __typename login } body createdAt updatedAt url }
          ... on LabeledEvent { id ${ACTOR} createdAt label { name } }
          ... on UnlabeledEvent { id ${ACTOR} createdAt label { name } }
          ... on AssignedEvent { id ${ACTOR} createdAt ${ASSIGNEE} }
          ... on UnassignedEvent { id ${ACTOR} createdAt ${ASSIGNEE} }
          ... on MilestonedEvent { id ${ACTOR} createdAt milestoneTitle }
          ... on DemilestonedEvent { id ${ACTOR} createdAt milestoneTitle }
          ... on RenamedTitleEvent { id ${ACTOR} createdAt previousTitle currentTitle }
          ... on ClosedEvent { id ${ACTOR} createdAt ${closedExtra(schema)} }
          ... on ReopenedEvent { id ${ACTOR} createdAt }
          ... on CrossReferencedEvent { id ${ACTOR} createdAt source { __typename ... on Issue { number url } ... on PullRequest { number url } } }
        }`;

/** An issue's own fields, as the REST issue has them. */
const issueFields = (schema: Schema): string => `number title state ${schema === 'current' ? 'stateReason(enableDuplicate: true)' : 'stateReason'} url createdAt updatedAt closedAt body
                author { __typename login }
                assignees(first: 10) { nodes { login } }
                labels(first: 20) { nodes { name } }
                milestone { title dueOn }${schema === 'current' ? `
                issueType { name }
                parent { number url }
                subIssuesSummary { total completed }` : ''}`;

const MERGED_PRS = 'pullRequests(states: MERGED, last: 100) { nodes { author { login } } }';

export const issueQuery = (schema: Schema): string => `query TandemIssue($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      userContentEdits(first: 50) { nodes { editedAt editor { login } } }
      timelineItems(first: 100, after: $after, itemTypes: [${ITEM_TYPES}]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        ${timelineNodes(schema)}
      }
    }
    ${MERGED_PRS}
  }
}`;

/** How much of each listed issue's history one list query brings (the rest marks it partial). */
export const LIST_TIMELINE_PER_ISSUE = 40;

/** A list or search with every issue's recent history: one request instead of one per issue. */
export const listQuery = (schema: Schema): string => `query TandemList($q: String!, $first: Int!, $owner: String!, $name: String!) {
  search(query: $q, type: ISSUE, first: $first) {
    issueCount
    nodes {
      ... on Issue {
        ${issueFields(schema)}
        comments { totalCount }
        timelineItems(last: ${LIST_TIMELINE_PER_ISSUE}, itemTypes: [${ITEM_TYPES}]) {
          totalCount
          ${timelineNodes(schema)}
        }
      }
    }
  }
  repository(owner: $owner, name: $name) { ${MERGED_PRS} }
}`;

export const projectQuery = (schema: Schema): string => `query TandemProject($login: String!, $number: Int!, $first: Int!) {
  repositoryOwner(login: $login) {
    ... on ProjectV2Owner {
      projectV2(number: $number) {
        title
        items(first: $first) {
          totalCount
          nodes {
            status: fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name } }
            content {
              __typename
              ... on Issue {
                ${issueFields(schema)}
              }
              ... on PullRequest { merged author { login } }
            }
          }
        }
      }
    }
  }
}`;

/** The names only the `current` form asks for. */
const NEW_NAMES = new Set(['issueType', 'parent', 'subIssues', 'subIssuesSummary', 'duplicateOf', 'enableDuplicate']);
/** GitHub's validation error codes and messages for a field or argument the schema lacks. */
const SCHEMA_CODES = new Set(['undefinedField', 'argumentNotAccepted']);
const SCHEMA_MESSAGE = /^(?:Field '(\w+)' doesn't exist on type '\w+'|Field '\w+' doesn't accept argument '(\w+)')/;

/**
 * Whether a GraphQL answer's errors say only that the server's schema lacks one of the fields the
 * `current` form asks for: an older GitHub Enterprise Server. GitHub reports each such field as
 * `{ "message": "Field 'issueType' doesn't exist on type 'Issue'", "extensions": { "code":
 * "undefinedField", "typeName": "Issue", "fieldName": "issueType" }, "locations": […], "path": […] }`
 * (`argumentNotAccepted` with `argumentName` for an argument). Any other error is not this.
 */
export function lacksNewFields(errors: unknown): boolean {
  const list = arr(errors);
  if (list.length === 0) return false;
  return list.every((raw) => {
    const e = obj(raw);
    const ext = obj(e?.extensions);
    const m = SCHEMA_MESSAGE.exec(str(e?.message) ?? '');
    const code = str(ext?.code);
    if (!m && !(code && SCHEMA_CODES.has(code))) return false;
    const name = str(ext?.fieldName) ?? str(ext?.argumentName) ?? m?.[1] ?? m?.[2] ?? null;
    return name !== null && NEW_NAMES.has(name);
  });
}

function user(actor: unknown): { login: string; type: string } | null {
  const a = obj(actor);
  const login = str(a?.login);
  return login ? { login, type: a?.__typename === 'Bot' ? 'Bot' : 'User' } : null;
}

/** GraphQL's enum ("NOT_PLANNED") → REST's value ("not_planned"). */
const lowerEnum = (v: unknown): string | null => (typeof v === 'string' ? v.toLowerCase() : null);

/** One GraphQL timeline node → the REST timeline entry the converter reads, or null. */
export function restTimelineEntry(node: unknown): Record<string, unknown> | null {
  const n = obj(node);
  const type = str(n?.__typename);
  if (!n || !type) return null;
  const base = { id: str(n.id), actor: user(n.actor), created_at: str(n.createdAt) };
  switch (type) {
    case 'IssueComment':
      return {
        event: 'commented',
        id: num(n.databaseId),
        user: user(n.author),
        body: str(n.body) ?? '',
        created_at: str(n.createdAt),
        updated_at: str(n.updatedAt),
        html_url: str(n.url),
      };
    case 'LabeledEvent':
    case 'UnlabeledEvent':
      return { ...base, event: type === 'LabeledEvent' ? 'labeled' : 'unlabeled', label: { name: str(obj(n.label)?.name) } };
    case 'AssignedEvent':
    case 'UnassignedEvent':
      return { ...base, event: type === 'AssignedEvent' ? 'assigned' : 'unassigned', assignee: user(n.assignee) };
    case 'MilestonedEvent':
    case 'DemilestonedEvent':
      return { ...base, event: type === 'MilestonedEvent' ? 'milestoned' : 'demilestoned', milestone: { title: str(n.milestoneTitle) } };
    case 'RenamedTitleEvent':
      return { ...base, event: 'renamed', rename: { from: str(n.previousTitle), to: str(n.currentTitle) } };
    case 'ClosedEvent': {
      // Closed as a duplicate of another issue: REST says it with a `marked_as_duplicate` event; the
      // converter reads both the same way (a "duplicates" link and the duplicate resolution).
      const original = obj(n.duplicateOf);
      const entry: Record<string, unknown> = { ...base, event: 'closed', state_reason: lowerEnum(n.stateReason) };
      if (original && num(original.number) !== null) {
        entry.state_reason = 'duplicate';
        entry.duplicate_of = { number: num(original.number), html_url: str(original.url) };
      }
      return entry;
    }
    case 'ReopenedEvent':
      return { ...base, event: 'reopened' };
    case 'CrossReferencedEvent': {
      const source = obj(n.source);
      return { ...base, event: 'cross-referenced', source: { type: 'issue', issue: { number: num(source?.number), html_url: str(source?.url) } } };
    }
    default:
      return null;
  }
}

export interface IssueGraph {
  timeline: Record<string, unknown>[];
  edits: unknown[];
  pullRequestAuthors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The `data` of issueQuery → REST-shaped timeline, edits and merged-PR authors; null when the
 * repository or issue isn't in it (no access, or deleted). */
export function readIssueGraph(data: unknown): IssueGraph | null {
  const repo = obj(obj(data)?.repository);
  const issue = obj(repo?.issue);
  if (!repo || !issue) return null;
  const items = obj(issue.timelineItems);
  const info = obj(items?.pageInfo);
  return {
    timeline: arr(items?.nodes)
      .map(restTimelineEntry)
      .filter((e): e is Record<string, unknown> => e !== null),
    edits: arr(obj(issue.userContentEdits)?.nodes),
    pullRequestAuthors: mergedAuthors(repo),
    hasNextPage: info?.hasNextPage === true,
    endCursor: str(info?.endCursor),
  };
}

/** A GraphQL Issue → the REST issue object the converter reads. */
export function restIssue(content: Record<string, unknown>): Record<string, unknown> {
  const milestone = obj(content.milestone);
  const issue: Record<string, unknown> = {
    number: num(content.number),
    title: str(content.title) ?? '',
    state: lowerEnum(content.state) ?? 'open',
    state_reason: lowerEnum(content.stateReason),
    html_url: str(content.url),
    created_at: str(content.createdAt),
    updated_at: str(content.updatedAt),
    closed_at: str(content.closedAt),
    body: str(content.body),
    user: user(content.author),
    assignees: arr(obj(content.assignees)?.nodes).map(user).filter(Boolean),
    labels: arr(obj(content.labels)?.nodes).map((l) => ({ name: str(obj(l)?.name) })),
    milestone: milestone ? { title: str(milestone.title), due_on: str(milestone.dueOn) } : null,
  };
  const comments = num(obj(content.comments)?.totalCount);
  if (comments !== null) issue.comments = comments;
  // Issue types and sub-issues, in the REST names, when a query asked for them.
  const type = str(obj(content.issueType)?.name);
  if (type) issue.type = { name: type };
  const parent = str(obj(content.parent)?.url);
  if (parent) issue.parent_issue_url = parent;
  const summary = obj(content.subIssuesSummary);
  if (summary) issue.sub_issues_summary = { total: num(summary.total) ?? 0, completed: num(summary.completed) ?? 0 };
  return issue;
}

function mergedAuthors(repo: unknown): string[] {
  const authors = new Set<string>();
  for (const pr of arr(obj(obj(repo)?.pullRequests)?.nodes)) {
    const login = str(obj(obj(pr)?.author)?.login);
    if (login) authors.add(login);
  }
  return [...authors];
}

export interface ListGraph {
  /** `{ issue, timeline }` bundles, REST-shaped, for the converter. */
  bundles: { issue: Record<string, unknown>; timeline: Record<string, unknown>[]; truncated: boolean }[];
  /** How many issues the search matched in all. */
  issueCount: number;
  pullRequestAuthors: string[];
}

/** The `data` of listQuery → REST-shaped bundles; null when there is no search in it. */
export function readListGraph(data: unknown): ListGraph | null {
  const search = obj(obj(data)?.search);
  if (!search) return null;
  const bundles: ListGraph['bundles'] = [];
  for (const raw of arr(search.nodes)) {
    const node = obj(raw);
    if (!node || num(node.number) === null) continue; // pull requests come back as empty objects
    const items = obj(node.timelineItems);
    const nodes = arr(items?.nodes);
    const timeline = nodes.map(restTimelineEntry).filter((e): e is Record<string, unknown> => e !== null);
    bundles.push({ issue: restIssue(node), timeline, truncated: (num(items?.totalCount) ?? 0) > nodes.length });
  }
  return { bundles, issueCount: num(search.issueCount) ?? bundles.length, pullRequestAuthors: mergedAuthors(obj(data)?.repository) };
}

export interface ProjectGraph {
  title: string | null;
  /** REST-shaped issues, plus the board column each sits in. */
  issues: Record<string, unknown>[];
  columns: Map<string, string>;
  pullRequestAuthors: string[];
  totalCount: number;
  /** Items the answer held (drafts and pull requests included). */
  fetched: number;
}

/** The `data` of projectQuery → REST-shaped issues; null when the project isn't there. */
export function readProjectGraph(data: unknown): ProjectGraph | null {
  const project = obj(obj(obj(data)?.repositoryOwner)?.projectV2);
  if (!project) return null;
  const items = obj(project.items);
  const issues: Record<string, unknown>[] = [];
  const columns = new Map<string, string>();
  const authors = new Set<string>();
  for (const raw of arr(items?.nodes)) {
    const node = obj(raw);
    const content = obj(node?.content);
    if (!content) continue; // draft items have no issue behind them
    if (content.__typename === 'PullRequest') {
      const login = str(obj(content.author)?.login);
      if (content.merged === true && login) authors.add(login);
      continue;
    }
    if (content.__typename !== 'Issue') continue;
    const issue = restIssue(content);
    const url = str(content.url);
    issues.push(issue);
    const column = str(obj(node?.status)?.name);
    if (url && column) columns.set(url, column);
  }
  const fetched = arr(items?.nodes).length;
  return { title: str(project.title), issues, columns, pullRequestAuthors: [...authors], totalCount: num(items?.totalCount) ?? fetched, fetched };
}
