// Recognises the GitHub pages Tandem serves: an issue, a repository's issue list or search, and a
// Projects (v2) view. Everything else (pull requests, code, the repo home, settings…) gets no panel.
//
// This file goes into the content script (≤ 8 KB gzip for everything), so it imports nothing but
// github-url-detection. Measured on 2026-11-24 with `esbuild --bundle --minify` of this file alone:
// 5.9 KB minified, 2.6 KB gzip — most of it the library's reserved-names list, which stops
// "/orgs/x/…", "/settings/…" or "/marketplace/…" from passing for a repository. The library
// tree-shakes ("sideEffects": false): its other ~120 detections are dropped.
//
// Done by hand, and why:
// - The single issue: the library's `isIssue` also reads the global `document.title`, which a
//   URL-only check (and Node tests) can't offer, so we test the repository path ourselves.
// - Projects v2: the library's `isProject` knows `/orgs/X/projects/N` but not `/users/X/projects/N`.
import { isPR, isRepoIssueList, utils } from 'github-url-detection';
import type { IssueRef, PageMatch } from '../types';

const ISSUE_PATH = /^issues\/(\d+)$/;
const PROJECT_PATH = /^\/(orgs|users)\/([^/]+)\/projects\/(\d+)(?:\/views\/(\d+))?\/?$/;
// The list pages GitHub names by path rather than by `q`, translated to the search the page shows.
const PATH_FILTERS: Record<string, string> = {
  created_by: 'author',
  assigned: 'assignee',
  mentioned: 'mentions',
};

/** The search a list page names: `q` when given, else the filter its path stands for
 * (`/issues/created_by/ann` → "is:issue state:open author:ann"); null for the plain list. */
export function listQuery(url: URL, repoPath: string): string | null {
  const q = url.searchParams.get('q');
  if (q !== null && q.trim() !== '') return q.trim();
  const [, filter, who] = repoPath.split('/');
  const qualifier = filter ? PATH_FILTERS[filter] : undefined;
  if (qualifier && who) return `is:issue state:open ${qualifier}:${who}`;
  if (repoPath.startsWith('labels/')) return `is:issue state:open label:"${decodeURIComponent(repoPath.slice(7))}"`;
  return null;
}

/** Which Tandem page this is, or null when Tandem has nothing to show here. Host-agnostic: the
 * manifest and the Enterprise-domain setting decide which hosts we run on. */
export function detectGitHub(input: URL | string): PageMatch | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (url.hostname.startsWith('gist.')) return null;
  const host = url.host;

  const project = PROJECT_PATH.exec(url.pathname.replace(/\/\/+/g, '/'));
  if (project) {
    // An issue opened in the project's side pane: `?pane=issue&issue=owner|repo|12`.
    const pane = /^([^|]+)\|([^|]+)\|(\d+)$/.exec(url.searchParams.get('issue') ?? '');
    const issue = pane ? issueRef(pane[1]!, pane[2]!, pane[3]!) : null;
    return {
      site: 'github',
      kind: 'github-project',
      host,
      // The project's owner ("orgs/acme", "users/ann"): which GraphQL owner to ask.
      project: `${project[1]}/${project[2]}`,
      key: issue ? issueKey(issue) : null,
      issue,
      boardId: project[3] ?? null,
    };
  }

  if (isPR(url)) return null;
  const repo = utils.getRepositoryInfo(url);
  if (!repo) return null;
  const nameWithOwner = `${repo.owner}/${repo.name}`;

  const issue = ISSUE_PATH.exec(repo.path);
  if (issue) {
    const ref = issueRef(repo.owner, repo.name, issue[1]!);
    return { site: 'github', kind: 'github-issue', host, project: nameWithOwner, key: issueKey(ref), issue: ref };
  }
  // `issues/views/3` (saved views) and `labels/x` count as lists too; `issues/new` does not.
  if (isRepoIssueList(url)) {
    const query = listQuery(url, repo.path);
    return { site: 'github', kind: 'github-issue-list', host, project: nameWithOwner, key: null, query };
  }
  return null;
}

function issueRef(owner: string, repo: string, number: string): IssueRef {
  return { owner, repo, number: Number(number) };
}

/** "owner/repo#12": how the model names an issue (Item.key). */
export function issueKey(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`;
}
