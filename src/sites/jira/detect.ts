// Recognises the Jira pages Tandem serves — an issue, a backlog, a board — on Cloud and on Data
// Center/Server (also under a context path such as https://host/jira/). Everything else gets no panel.
// This file goes into the content script (≤ 8 KB gzip for everything): no imports beyond types.
import type { PageMatch } from '../types';

/** The little of a Document detect reads: Jira's `<meta name="ajs-…">` tags. */
export interface MetaSource {
  querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}

// Project keys start with a letter; admins may allow digits and underscores after it.
const KEY = '([A-Za-z][A-Za-z0-9_]*-\\d+)';
const ISSUE_KEY = new RegExp(`^${KEY}$`);
// The prefix is a context path when the page's meta tag is missing; at most two segments ("/jira", "/a/jira").
const BROWSE = new RegExp(`^((?:/[^/]+){0,2}?)/browse/${KEY}/?$`);
// Data Center's project-centric issue view: /projects/OPS/issues/OPS-7
const PROJECT_ISSUE = new RegExp(`^/projects/([^/]+)/issues/${KEY}/?$`);
// Cloud: /jira/software/projects/X/boards/N[/backlog], team-managed with /c/ in front of projects.
const CLOUD_BOARD = /^\/jira\/software\/(?:c\/)?projects\/([^/]+)\/boards\/(\d+)(\/backlog)?\/?$/;
// Any other Cloud project page can hold `?selectedIssue=` (list, timeline, issues view…).
const CLOUD_PROJECT = /^\/jira\/(?:software|core|servicedesk|work)\/(?:c\/)?projects\/([^/]+)(?:\/|$)/;
const CLOUD_ISSUES = new RegExp(`^/jira/software/(?:c/)?projects/([^/]+)/issues/${KEY}/?$`);
const RAPID_BOARD = /^((?:\/[^/]+){0,2}?)\/secure\/RapidBoard\.jspa$/i;

export function meta(doc: MetaSource | null | undefined, name: string): string | null {
  try {
    const value = doc?.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    return value == null || value === '' ? null : value;
  } catch {
    return null;
  }
}

/** Cloud or Data Center from what the page says; null when it says nothing we can use. */
export function deploymentOf(host: string, doc?: MetaSource | null): 'cloud' | 'data-center' | null {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  if (h.endsWith('.atlassian.net') || h.endsWith('.jira.com') || h.endsWith('.jira-dev.com')) return 'cloud';
  if (meta(doc, 'ajs-cloud-id')) return 'cloud';
  const version = meta(doc, 'ajs-version-number');
  // Cloud reports itself as version 1001.x; Data Center/Server as 8.x, 9.x, 10.x…
  if (version) return /^1001\./.test(version) ? 'cloud' : 'data-center';
  if (meta(doc, 'ajs-remote-user') !== null || meta(doc, 'ajs-server-id') !== null) return 'data-center';
  return null;
}

const upper = (s: string | null | undefined): string | null => (s ? s.toUpperCase() : null);
const projectOfKey = (key: string): string => key.slice(0, key.lastIndexOf('-')).toUpperCase();

/** Which Jira page this is, or null when Tandem has nothing to show here. */
export function detectJira(input: URL | string, doc?: MetaSource | null): PageMatch | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  let path = url.pathname.replace(/\/\/+/g, '/');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape is just an odd path; keep it as it is.
  }

  // Strip the context path the page declares; `/browse/` and RapidBoard also reveal it on their own.
  let contextPath = (meta(doc, 'ajs-context-path') ?? '').replace(/\/+$/, '');
  if (contextPath && (path === contextPath || path.startsWith(`${contextPath}/`))) {
    path = path.slice(contextPath.length) || '/';
  } else {
    contextPath = '';
  }

  const deployment = deploymentOf(url.host, doc);
  const base = { site: 'jira' as const, host: url.host };
  const extra: Pick<PageMatch, 'contextPath' | 'deployment'> = {};
  const finish = (m: Omit<PageMatch, 'site' | 'host'>, ctx: string): PageMatch => {
    if (ctx) extra.contextPath = ctx;
    if (deployment) extra.deployment = deployment;
    return { ...base, ...m, ...extra };
  };

  const selected = url.searchParams.get('selectedIssue');
  const selectedKey = selected && ISSUE_KEY.test(selected) ? selected.toUpperCase() : null;

  const browse = BROWSE.exec(path);
  if (browse) {
    const key = browse[2]!.toUpperCase();
    return finish({ kind: 'jira-issue', project: projectOfKey(key), key }, contextPath || browse[1]!);
  }

  const projectIssue = PROJECT_ISSUE.exec(path) ?? CLOUD_ISSUES.exec(path);
  if (projectIssue) {
    const key = projectIssue[2]!.toUpperCase();
    return finish({ kind: 'jira-issue', project: upper(projectIssue[1]), key }, contextPath);
  }

  const rapid = RAPID_BOARD.exec(path);
  if (rapid) {
    const boardId = url.searchParams.get('rapidView');
    if (!boardId || !/^\d+$/.test(boardId)) return null;
    const project = upper(url.searchParams.get('projectKey'));
    const ctx = contextPath || rapid[1]!;
    if (selectedKey) return finish({ kind: 'jira-issue', project: projectOfKey(selectedKey), key: selectedKey, boardId }, ctx);
    const view = url.searchParams.get('view') ?? '';
    // planning / planning.nodetail is the backlog; reporting is charts, not a board.
    if (view.startsWith('planning')) return finish({ kind: 'jira-backlog', project, key: null, boardId }, ctx);
    if (view.startsWith('reporting')) return null;
    return finish({ kind: 'jira-board', project, key: null, boardId }, ctx);
  }

  const board = CLOUD_BOARD.exec(path);
  if (board) {
    const project = board[1]!.toUpperCase();
    const boardId = board[2]!;
    if (selectedKey) return finish({ kind: 'jira-issue', project: projectOfKey(selectedKey), key: selectedKey, boardId }, contextPath);
    return finish({ kind: board[3] ? 'jira-backlog' : 'jira-board', project, key: null, boardId }, contextPath);
  }

  // Other project pages only get a panel for the issue they have open.
  if (selectedKey) {
    const project = CLOUD_PROJECT.exec(path);
    const boardId = /\/boards\/(\d+)(?:\/|$)/.exec(path)?.[1] ?? null;
    if (project || /^\/(?:projects|issues)\b/.test(path)) {
      return finish({ kind: 'jira-issue', project: projectOfKey(selectedKey), key: selectedKey, boardId }, contextPath);
    }
  }
  return null;
}
