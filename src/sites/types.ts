// What a site adapter (src/sites/github, src/sites/jira) offers the extension: it recognises a page,
// then loads that page's tracker data into the core model. The content script only uses `detect`
// (it must stay tiny); the panel chunk uses `load`.
import type { TrackerData } from '../core/model';

export type PageKind =
  | 'github-issue'
  | 'github-issue-list'
  | 'github-project'
  | 'jira-issue'
  | 'jira-backlog'
  | 'jira-board';

/** A GitHub issue by its parts, carried as such so nothing parses "owner/repo#12" back. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface PageMatch {
  site: 'github' | 'jira';
  kind: PageKind;
  /** Host of the page ("github.com", "acme.atlassian.net", "jira.corp.example"). */
  host: string;
  /** "owner/repo" on GitHub; the Jira project key when the URL names one. */
  project: string | null;
  /** The issue in view: "owner/repo#12" on GitHub, "PROJ-12" on Jira; null for lists. */
  key: string | null;
  /** GitHub: the issue in view (the one `key` names), by its parts; absent on lists and on Jira. */
  issue?: IssueRef | null;
  /** Jira board id, GitHub project number, when the page is one. */
  boardId?: string | null;
  /** The search a list page shows (GitHub issue list `q`, translated from path filters), when it has one. */
  query?: string | null;
  /** Jira under a context path ("/jira" for https://host/jira/browse/OPS-7): prefix for every REST call. */
  contextPath?: string;
  /** Jira Cloud or Data Center/Server, when the page tells; load asks `serverInfo` when it doesn't. */
  deployment?: 'cloud' | 'data-center';
}

export interface Notice {
  level: 'info' | 'warning' | 'error';
  /** Plain words: what happened and what to do. */
  message: string;
  /** When the tracker told us to wait (429 / rate limit), ISO time we may try again. */
  retryAt?: string;
  action?: 'open-options' | 'retry' | 'log-in';
}

export interface LoadProgress {
  done: number;
  total: number | null;
  label: string;
}

/** A small persistent key/value store (extension local storage in the browser, a Map in tests). */
export interface KeyValueCache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
}

export interface LoadEnv {
  fetch: typeof fetch;
  signal: AbortSignal;
  document: Document;
  cache: KeyValueCache;
  onProgress(progress: LoadProgress): void;
  /** Waits; tests pass a fake so retries/backoff run instantly. */
  sleep(ms: number): Promise<void>;
  now(): number;
  /** A GitHub token is saved for this page's site. The adapter never holds it: `fetch` adds it (in the
   * extension, the background does, and only on that site's API; see src/sites/github/auth.ts). */
  githubTokenSaved?: boolean;
  /** How long one request may take before it counts as timed out (default 15 s; a setting). */
  timeoutMs?: number;
  /** Cap on backlog/list items loaded (Jira default 200, GitHub 100). */
  itemCap?: number;
  /**
   * The items as read so far, before their history has come: called at most once, while the last
   * request (a Jira board's changelogs) is still in flight, so the background can read their texts
   * meanwhile and only the signals are left once the last answer is in. The data is provisional:
   * what the load returns is the reading to show.
   */
  onItemsBeforeHistory?(data: TrackerData): void;
}

export interface LoadResult {
  data: TrackerData;
  source: 'api' | 'page';
  notices: Notice[];
  /** Requests that went to the tracker, for the request budgets (304s counted separately). */
  requests: { total: number; notModified: number };
}
