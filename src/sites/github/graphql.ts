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

/** What each kind of timeline entry carries (shared by the issue and list queries). */
const TIMELINE_NODES = `nodes {
          __typename
          ... on IssueComment { databaseId author { __typename login } body createdAt updatedAt url }
          ... on LabeledEvent { id ${ACTOR} createdAt label { name } }
          ... on UnlabeledEvent { id ${ACTOR} createdAt label { name } }
          ... on AssignedEvent { id ${ACTOR} createdAt ${ASSIGNEE} }
          ... on UnassignedEvent { id ${ACTOR} createdAt ${ASSIGNEE} }
          ... on MilestonedEvent { id ${ACTOR} createdAt milestoneTitle }
          ... on DemilestonedEvent { id ${ACTOR} createdAt milestoneTitle }
          ... on RenamedTitleEvent { id ${ACTOR} createdAt previousTitle currentTitle }
          ... on ClosedEvent { id ${ACTOR} createdAt stateReason }
          ... on ReopenedEvent { id ${ACTOR} createdAt }
          ... on CrossReferencedEvent { id ${ACTOR} createdAt source { __typename ... on Issue { number url } ... on PullRequest { number url } } }
        }`;

/** An issue's own fields, as the REST issue has them. */
const ISSUE_FIELDS = `number title state stateReason url createdAt updatedAt closedAt body
                author { __typename login }
                assignees(first: 10) { nodes { login } }
                labels(first: 20) { nodes { name } }
                milestone { title dueOn }`;

const MERGED_PRS = 'pullRequests(states: MERGED, last: 100) { nodes { author { login } } }';

export const ISSUE_QUERY = `query TandemIssue($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      userContentEdits(first: 50) { nodes { editedAt editor { login } } }
      timelineItems(first: 100, after: $after, itemTypes: [${ITEM_TYPES}]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        ${TIMELINE_NODES}
      }
    }
    ${MERGED_PRS}
  }
}`;

/** How much of each listed issue's history one list query brings (the rest marks it partial). */
export const LIST_TIMELINE_PER_ISSUE = 40;

/** A list or search with every issue's recent history: one request instead of one per issue. */
export const LIST_QUERY = `query TandemList($q: String!, $first: Int!, $owner: String!, $name: String!) {
  search(query: $q, type: ISSUE, first: $first) {
    issueCount
    nodes {
      ... on Issue {
        ${ISSUE_FIELDS}
        comments { totalCount }
        timelineItems(last: ${LIST_TIMELINE_PER_ISSUE}, itemTypes: [${ITEM_TYPES}]) {
          totalCount
          ${TIMELINE_NODES}
        }
      }
    }
  }
  repository(owner: $owner, name: $name) { ${MERGED_PRS} }
}`;

export const PROJECT_QUERY = `query TandemProject($login: String!, $number: Int!, $first: Int!) {
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
                ${ISSUE_FIELDS}
              }
              ... on PullRequest { merged author { login } }
            }
          }
        }
      }
    }
  }
}`;

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
    case 'ClosedEvent':
      return { ...base, event: 'closed', state_reason: lowerEnum(n.stateReason) };
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

/** The `data` of ISSUE_QUERY → REST-shaped timeline, edits and merged-PR authors; null when the
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

/** The `data` of LIST_QUERY → REST-shaped bundles; null when there is no search in it. */
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

/** The `data` of PROJECT_QUERY → REST-shaped issues; null when the project isn't there. */
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
