// Pages that imitate the trackers' own, built from the same API fixtures the routes answer with, so
// what the page shows and what the API says agree: the same people, dates, items and words. They look
// like the sites (e2e/page-styles.ts: Primer's and Atlassian's design tokens, light and dark), show
// rendered Markdown and ADF (e2e/markup.ts), and carry the hooks the real pages carry and our
// adapters read (GitHub: `meta[name=user-login]`, the React view's `data-testid`s, `relative-time`,
// `data-hovercard-type`; Jira: the `ajs-*` meta tags), so on an API failure the page reader reads
// them as it reads the real ones. A small script imitates in-app navigation: links marked
// `data-soft-nav` swap the page content and push the URL, as GitHub's Turbo and Jira's router do.
import { adfToHtml, esc, markdownToHtml } from './markup';
import { GITHUB_CSS, JIRA_CSS } from './page-styles';

/** Imitates a single-page app's navigation: fetch the next page, swap #app and the title, pushState. */
const SOFT_NAV = `<script>
document.addEventListener('click', async (event) => {
  const link = event.target.closest && event.target.closest('a[data-soft-nav]');
  if (!link) return;
  event.preventDefault();
  const html = await (await fetch(link.href)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.title = next.title;
  document.getElementById('app').replaceWith(document.adoptNode(next.getElementById('app')));
  history.pushState({}, '', link.href);
});
window.addEventListener('popstate', () => location.reload());
</script>`;

interface GitHubUser {
  login: string;
}
interface GitHubIssueJson {
  number: number;
  title: string;
  state: string;
  state_reason?: string | null;
  body: string | null;
  user: GitHubUser | null;
  created_at: string;
  closed_at?: string | null;
  html_url: string;
  labels: ({ name: string; color?: string } | string)[];
  assignees?: GitHubUser[];
  milestone?: { title: string; number?: number; html_url?: string } | null;
  comments?: number;
  pull_request?: unknown;
}
/** A timeline entry of `GET /repos/…/issues/N/timeline` (the kinds the page shows as a line). */
interface GitHubTimelineJson {
  id?: number;
  event: string;
  created_at?: string;
  actor?: GitHubUser | null;
  label?: { name: string; color?: string };
  assignee?: GitHubUser | null;
  milestone?: { title: string };
  rename?: { from: string; to: string };
  state_reason?: string | null;
  source?: { issue?: { number: number; html_url?: string } };
}
interface GitHubCommentJson {
  id: number;
  body: string | null;
  user: GitHubUser | null;
  created_at: string;
  html_url: string;
}

/** A person's stand-in avatar: initials on a colour of their own (no image is fetched). */
const AVATAR_COLOURS = ['#0969da', '#1a7f37', '#8250df', '#bf3989', '#9a6700', '#0550ae', '#cf222e', '#57606a'];
export function avatar(name: string, small = false): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  const initials = name.replace(/\[bot\]$/, '').split(/[\s._-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).slice(0, 2).join('') || '?';
  return `<span class="avatar${small ? ' avatar-small' : ''}" aria-hidden="true" style="background:${AVATAR_COLOURS[hash % AVATAR_COLOURS.length]}">${esc(initials)}</span>`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Oct 5, 2026", as GitHub and Jira print a date (fixed: it doesn't depend on today). */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isFinite(d.getTime()) ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : iso;
}
const relativeTime = (iso: string) => `<relative-time datetime="${esc(iso)}" title="${esc(iso)}">on ${esc(shortDate(iso))}</relative-time>`;

// Our own marks in the place of GitHub's state icons (a ring with a dot, a tick, a slash), carrying
// the class names GitHub's icons carry, which the page reader looks for.
const MARKS = {
  'issue-opened': '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><circle cx="8" cy="8" r="1.5"></circle>',
  'issue-closed': '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M5 8.2l2 2 4-4" fill="none" stroke="currentColor" stroke-width="1.5"></path>',
  skip: '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M5 11l6-6" stroke="currentColor" stroke-width="1.5"></path>',
  tag: '<path d="M2 2h6l6 6-6 6-6-6z" fill="none" stroke="currentColor" stroke-width="1.5"></path><circle cx="5.5" cy="5.5" r="1"></circle>',
  person: '<circle cx="8" cy="5" r="3" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M2.5 15c0-3 2.5-5 5.5-5s5.5 2 5.5 5" fill="none" stroke="currentColor" stroke-width="1.5"></path>',
  milestone: '<path d="M2 4h9l3 3-3 3H2z" fill="none" stroke="currentColor" stroke-width="1.5"></path><path d="M8 10v5" stroke="currentColor" stroke-width="1.5"></path>',
  'cross-reference': '<path d="M3 8h8M8 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.5"></path>',
  pencil: '<path d="M3 13l1-3 7-7 2 2-7 7z" fill="none" stroke="currentColor" stroke-width="1.5"></path>',
} as const;
const octicon = (name: keyof typeof MARKS) => `<svg aria-hidden="true" class="octicon octicon-${name}" viewBox="0 0 16 16" width="16" height="16">${MARKS[name]}</svg>`;
const stateIcon = (issue: Pick<GitHubIssueJson, 'state' | 'state_reason'>) => octicon(issue.state !== 'closed' ? 'issue-opened' : issue.state_reason === 'not_planned' ? 'skip' : 'issue-closed');

const labelName = (l: { name: string } | string) => (typeof l === 'string' ? l : l.name);
/** A label's pill in the label's own colour, text dark or light by that colour's lightness. */
function labelPill(repo: string, l: { name: string; color?: string } | string): string {
  const name = labelName(l);
  const hex = typeof l === 'string' || !l.color ? 'ededed' : l.color;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0) as [number, number, number];
  const light = (r * 299 + g * 587 + b * 114) / 1000 > 140;
  return `<a class="IssueLabel" href="/${esc(repo)}/issues?q=label%3A%22${encodeURIComponent(name)}%22" data-name="${esc(name)}" style="background:#${esc(hex)};color:${light ? '#1f2328' : '#ffffff'}"><span>${esc(name)}</span></a>`;
}

function githubHeader(repo: string, me: string, current: 'issues' | 'pulls' | 'code', counts: { issues?: number } = {}): string {
  const [owner, name] = repo.split('/');
  return `<header class="AppHeader" role="banner">
<div class="AppHeader-globalBar"><span class="AppHeader-logo" aria-hidden="true"></span>
<div class="AppHeader-context"><a href="/${esc(owner)}">${esc(owner)}</a> / <a href="/${esc(repo)}"><strong>${esc(name)}</strong></a></div>
<span class="AppHeader-user" aria-label="Signed in as ${esc(me)}" role="img"></span></div>
<nav class="UnderlineNav" aria-label="Repository">
<a href="/${esc(repo)}"${current === 'code' ? ' aria-current="page"' : ''}>Code</a>
<a href="/${esc(repo)}/issues" data-soft-nav${current === 'issues' ? ' aria-current="page"' : ''}>Issues${counts.issues !== undefined ? `<span class="Counter">${counts.issues}</span>` : ''}</a>
<a href="/${esc(repo)}/pulls"${current === 'pulls' ? ' aria-current="page"' : ''}>Pull requests</a>
</nav></header>`;
}

function githubDocument(title: string, me: string, colorMode: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="${esc(colorMode)}" data-light-theme="light" data-dark-theme="dark">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<meta name="user-login" content="${esc(me)}">
<meta name="expected-hostname" content="github.com">
<style>${GITHUB_CSS}</style>
</head>
<body class="logged-in env-production page-responsive">
${body}
${SOFT_NAV}
</body>
</html>`;
}

export function githubIssuePage(
  repo: string,
  issue: GitHubIssueJson,
  comments: GitHubCommentJson[],
  options: { me: string; colorMode?: 'light' | 'dark' | 'auto'; links?: { href: string; text: string }[]; timeline?: GitHubTimelineJson[] },
): string {
  const author = issue.user?.login ?? 'ghost';
  const closed = issue.state === 'closed';
  const user = (login: string, cls = 'author') => `<a class="${cls}" href="/${esc(login)}" data-hovercard-type="user" data-hovercard-url="/users/${esc(login)}/hovercard">${esc(login)}</a>`;
  const bot = (login: string) => (login.endsWith('[bot]') ? ' <span class="Label--bot">bot</span>' : '');
  const commentRow = (c: GitHubCommentJson) => {
      const login = c.user?.login ?? 'ghost';
      return `<div class="TimelineItem" data-wrapper-timeline-id="IC_${c.id}">${avatar(login)}
  <div class="timeline-comment react-issue-comment" data-timeline-event-id="IC_${c.id}">
    <div class="timeline-comment-header" data-testid="comment-header" id="issuecomment-${c.id}"><a class="author" data-testid="avatar-link" href="/${esc(login)}" data-hovercard-type="user" data-hovercard-url="/users/${esc(login)}/hovercard">${esc(login)}</a>${bot(login)} commented <a href="${esc(c.html_url)}">${relativeTime(c.created_at)}</a></div>
    <div class="markdown-body" data-testid="markdown-body">${markdownToHtml(c.body, repo)}</div>
  </div></div>`;
    };
  // The timeline's events as GitHub writes them between the comments ("pnair added the enhancement
  // label"), each with the mark the page reader looks for; comments come from `comments`.
  const eventRow = (e: GitHubTimelineJson, i: number): string | null => {
    const actor = e.actor?.login ?? 'ghost';
    const what = ((): [keyof typeof MARKS, string] | null => {
      switch (e.event) {
        case 'labeled':
        case 'unlabeled':
          return e.label ? ['tag', `${e.event === 'labeled' ? 'added' : 'removed'} the ${labelPill(repo, e.label)} label`] : null;
        case 'assigned':
        case 'unassigned':
          return e.assignee ? ['person', e.assignee.login === actor ? `self-${e.event} this` : `${e.event} ${user(e.assignee.login)}`] : null;
        case 'milestoned':
          return e.milestone ? ['milestone', `added this to the <a href="/${esc(repo)}/milestone/1">${esc(e.milestone.title)}</a> milestone`] : null;
        case 'renamed':
          return e.rename ? ['pencil', `changed the title <del>${esc(e.rename.from)}</del> <ins>${esc(e.rename.to)}</ins>`] : null;
        case 'cross-referenced':
          return e.source?.issue ? ['cross-reference', `mentioned this in <a href="${esc(e.source.issue.html_url ?? `/${repo}/issues/${e.source.issue.number}`)}">#${e.source.issue.number}</a>`] : null;
        case 'closed':
          return [e.state_reason === 'not_planned' ? 'skip' : 'issue-closed', `closed this as ${e.state_reason === 'not_planned' ? 'not planned' : 'completed'}`];
        default:
          return null;
      }
    })();
    if (!what || !e.created_at) return null;
    const id = `E_${e.id ?? i}`;
    return `<div class="TimelineEvent" data-wrapper-timeline-id="${id}"><div data-timeline-event-id="${id}">${octicon(what[0])} ${user(actor)} ${what[1]} ${relativeTime(e.created_at)}</div></div>`;
  };
  const timeline = [
    ...comments.map((c) => ({ at: c.created_at, html: commentRow(c) })),
    ...(options.timeline ?? []).flatMap((e, i) => {
      const html = eventRow(e, i);
      return html ? [{ at: e.created_at!, html }] : [];
    }),
  ]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((row) => row.html)
    .join('\n');
  const milestone = issue.milestone
    ? `<a href="${esc(issue.milestone.html_url ?? `/${repo}/milestone/${issue.milestone.number ?? 1}`)}">${esc(issue.milestone.title)}</a>`
    : 'No milestone';
  const body = `${githubHeader(repo, options.me, 'issues')}
<div id="app">
<main>
<react-app app-name="issues-react" initial-path="/${esc(repo)}/issues/${issue.number}">
<div data-testid="issue-viewer-container">
  <div class="gh-header" data-testid="issue-header">
    <h1><bdi data-testid="issue-title" class="markdown-title">${esc(issue.title)}</bdi> <span class="number">#${issue.number}</span></h1>
    <div class="gh-header-meta"><span data-testid="header-state" class="State${closed ? ' State--closed' : ''}">${stateIcon(issue)}${closed ? 'Closed' : 'Open'}</span>
    <span>${user(author)} opened this issue ${relativeTime(issue.created_at)} · ${comments.length} comment${comments.length === 1 ? '' : 's'}</span></div>
  </div>
  <div class="IssueLayout">
  <div class="IssueLayout-main" data-testid="issue-viewer-issue-container">
    <div class="TimelineItem" data-testid="issue-body">${avatar(author)}
      <div class="timeline-comment">
        <div class="timeline-comment-header" data-testid="issue-body-header"><a class="author" data-testid="issue-body-header-author" href="/${esc(author)}" data-hovercard-type="user" data-hovercard-url="/users/${esc(author)}/hovercard">${esc(author)}</a> opened <a data-testid="issue-body-header-link" href="${esc(issue.html_url)}">${relativeTime(issue.created_at)}</a></div>
        <div data-testid="issue-body-viewer"><div class="markdown-body" data-testid="markdown-body">${markdownToHtml(issue.body, repo)}</div></div>
      </div>
    </div>
    <div data-testid="issue-timeline-container">
${timeline}
    </div>
    ${(options.links ?? []).map((l) => `<p class="related"><a href="${esc(l.href)}" data-soft-nav>${esc(l.text)}</a></p>`).join('')}
  </div>
  <div class="IssueLayout-sidebar" data-testid="issue-viewer-metadata-pane">
    <div class="discussion-sidebar-item" data-testid="sidebar-assignees-section"><h3>Assignees</h3>${(issue.assignees ?? []).map((a) => `<div>${avatar(a.login, true)}${user(a.login, 'assignee')}</div>`).join('') || 'No one assigned'}</div>
    <div class="discussion-sidebar-item" data-testid="sidebar-labels-section"><h3>Labels</h3>${issue.labels.map((l) => labelPill(repo, l)).join('') || 'None yet'}</div>
    <div class="discussion-sidebar-item" data-testid="sidebar-milestones-section"><h3>Milestone</h3>${milestone}</div>
  </div>
  </div>
</div>
</react-app>
</main>
</div>`;
  return githubDocument(`${issue.title} · Issue #${issue.number} · ${repo}`, options.me, options.colorMode ?? 'light', body);
}

/** A repository's issue list: every issue the list's API answer holds, open and closed, newest first. */
export function githubIssueListPage(repo: string, issues: GitHubIssueJson[], options: { me: string; colorMode?: 'light' | 'dark' }): string {
  const shown = issues.filter((i) => !i.pull_request);
  const open = shown.filter((i) => i.state !== 'closed').length;
  const rows = shown
    .map((i) => {
      const login = i.user?.login ?? 'ghost';
      const when = i.state === 'closed' && i.closed_at ? `was closed ${relativeTime(i.closed_at)}` : `opened ${relativeTime(i.created_at)}`;
      return `<li class="IssueRow" role="listitem">${stateIcon(i)}<div><a class="IssueRow-title" data-testid="issue-pr-title-link" href="/${esc(repo)}/issues/${i.number}" data-soft-nav>${esc(i.title)}</a> ${i.labels.map((l) => labelPill(repo, l)).join('')}
<div class="IssueRow-meta">#${i.number} · <a data-testid="created-by" href="/${esc(login)}" data-hovercard-type="user">${esc(login)}</a> ${when}${i.milestone ? ` · ${esc(i.milestone.title)}` : ''}</div></div></li>`;
    })
    .join('\n');
  const body = `${githubHeader(repo, options.me, 'issues', { issues: open })}
<div id="app"><main><react-app app-name="issues-react" initial-path="/${esc(repo)}/issues">
<h1 class="sr-only">Issues</h1>
<div class="subnav"><div class="subnav-search" role="search">is:issue</div><a class="btn-primary" href="/${esc(repo)}/issues/new">New issue</a></div>
<div class="IssueList"><div class="IssueList-header"><a href="?q=is%3Aissue%20state%3Aopen" aria-current="true">${octicon('issue-opened')} ${open} Open</a><a href="?q=is%3Aissue%20state%3Aclosed">${octicon('issue-closed')} ${shown.length - open} Closed</a></div>
<ul data-testid="issue-list" data-listview-component="items-list">${rows}</ul></div>
</react-app></main></div>`;
  return githubDocument(`Issues · ${repo}`, options.me, options.colorMode ?? 'light', body);
}

/** A github.com page Tandem has nothing to say about (a repository's home). */
export function githubRepoHome(repo: string, me: string): string {
  const body = `${githubHeader(repo, me, 'code')}
<div id="app"><main><h1>${esc(repo)}</h1><div class="timeline-comment"><div class="markdown-body"><h2>README</h2><p>The roadmap of the shop's checkout team.</p>
<p><a href="/${esc(repo)}/issues/42" data-soft-nav>Issue 42</a></p></div></div></main></div>`;
  return githubDocument(repo, me, 'light', body);
}

interface JiraUserJson {
  accountId?: string;
  name?: string;
  displayName?: string;
}
interface JiraIssueJson {
  key: string;
  fields: {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } } | null;
    description?: unknown;
    comment?: { comments?: { id: string; author?: JiraUserJson | null; body?: unknown; created?: string }[] };
    assignee?: JiraUserJson | null;
    reporter?: JiraUserJson | null;
    priority?: { name?: string } | null;
    issuetype?: { name?: string } | null;
    labels?: string[];
    created?: string;
    [k: string]: unknown;
  };
}

/** A description or comment body: ADF on Cloud, wiki text on Data Center (shown as its lines). */
function jiraBody(body: unknown): string {
  if (body && typeof body === 'object') return adfToHtml(body as Parameters<typeof adfToHtml>[0]);
  return String(body ?? '')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const lozenge = (name: string | undefined, category: string | undefined) =>
  `<span class="lozenge ${category === 'done' ? 'done' : category === 'indeterminate' ? 'indeterminate' : 'new'}">${esc(name)}</span>`;

function jiraDocument(title: string, metas: string, colorMode: string, body: string, script = ''): string {
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="${esc(colorMode)}" data-theme="dark:dark light:light spacing:spacing typography:typography">
<head><meta charset="utf-8"><title>${esc(title)}</title>${metas}
<style>${JIRA_CSS}</style>
</head><body>
<div id="jira-frontend">
${body}
</div>
${script}${SOFT_NAV}
</body></html>`;
}

function jiraTopNav(): string {
  return `<header class="top-nav" role="banner"><span class="logo" aria-hidden="true"></span><span class="product">Jira</span><a href="/jira/your-work">Your work</a><a href="/jira/projects">Projects</a><span class="search" role="search">Search</span><span class="create">Create</span></header>`;
}

function jiraSideNav(project: string, current: 'backlog' | 'board' | 'issues', boardId = 7): string {
  const link = (path: string, text: string, here: boolean) => `<a href="${esc(path)}"${here ? ' aria-current="page"' : ''}>${esc(text)}</a>`;
  const base = `/jira/software/projects/${project}/boards/${boardId}`;
  return `<nav class="side-nav" aria-label="Project"><div class="project"><span class="project-icon" aria-hidden="true"></span>${esc(project)}</div>
${link(`${base}/backlog`, 'Backlog', current === 'backlog')}${link(base, 'Board', current === 'board')}${link(`/jira/software/projects/${project}/issues`, 'Issues', current === 'issues')}</nav>`;
}

/** Jira Cloud's issue view (or Data Center's with `cloud: false`): the description and comments rendered, the details beside them. */
export function jiraIssuePage(
  issue: JiraIssueJson,
  options: { accountId: string; cloud?: boolean; contextPath?: string; colorMode?: 'light' | 'dark'; links?: { href: string; text: string }[] },
): string {
  const cloud = options.cloud ?? true;
  const metas = cloud
    ? `<meta name="ajs-atlassian-account-id" content="${esc(options.accountId)}"><meta name="ajs-cloud-id" content="7d1f9c6e-0000-4a1b-9c2d-000000000001">`
    : `<meta name="ajs-remote-user" content="${esc(options.accountId)}"><meta name="ajs-version-number" content="9.12.2"><meta name="ajs-context-path" content="${esc(options.contextPath ?? '')}">`;
  const f = issue.fields;
  const project = issue.key.split('-')[0]!;
  const person = (u: JiraUserJson | null | undefined, none: string) => (u ? `${avatar(u.displayName ?? u.name ?? '?', true)}${esc(u.displayName ?? u.name)}` : esc(none));
  const comments = (f.comment?.comments ?? [])
    .map(
      (c) => `<div class="comment" data-testid="issue-comment-base.ui.comment.ak-comment.${esc(c.id)}">${avatar(c.author?.displayName ?? 'Former user')}
<div><div><span class="who">${esc(c.author?.displayName ?? 'Former user')}</span><span class="when">${c.created ? esc(shortDate(c.created)) : ''}</span></div>
<div class="renderer">${jiraBody(c.body)}</div></div></div>`,
    )
    .join('\n');
  const body = `${jiraTopNav()}
<div class="layout">${jiraSideNav(project, 'issues')}
<div id="app" class="content"><main data-testid="issue.views.issue-details.issue-layout.container-left">
<div class="breadcrumbs"><a href="/jira/projects">Projects</a> / <a href="/browse/${esc(project)}">${esc(project)}</a> / <span data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item">${esc(issue.key)}</span></div>
<div class="issue-layout"><div class="issue-main">
<h1 class="summary" data-testid="issue.views.issue-base.foundation.summary.heading">${esc(f.summary)}</h1>
<h2 class="section-title">Description</h2>
<div class="renderer" data-testid="issue.views.field.rich-text.description">${jiraBody(f.description)}</div>
${(options.links ?? []).map((l) => `<p><a href="${esc(l.href)}" data-soft-nav>${esc(l.text)}</a></p>`).join('')}
<h2 class="section-title">Activity</h2>
${comments}
</div>
<aside class="issue-details"><p><span class="status-button" data-testid="issue.views.issue-base.foundation.status.status-field-wrapper">${esc(f.status?.name)}</span></p>
<div class="details-box"><h2>Details</h2><dl>
<dt>Assignee</dt><dd>${person(f.assignee, 'Unassigned')}</dd>
<dt>Reporter</dt><dd>${person(f.reporter, 'Anonymous')}</dd>
<dt>Type</dt><dd>${esc(f.issuetype?.name ?? 'Story')}</dd>
<dt>Priority</dt><dd>${esc(f.priority?.name ?? 'None')}</dd>
<dt>Labels</dt><dd>${(f.labels ?? []).map((l) => `<span class="lozenge">${esc(l)}</span>`).join(' ') || 'None'}</dd>
<dt>Created</dt><dd>${f.created ? esc(shortDate(f.created)) : ''}</dd>
</dl></div></aside></div>
</main></div></div>`;
  return jiraDocument(`[${issue.key}] ${f.summary ?? ''} - Jira`, metas, options.colorMode ?? 'light', body);
}

/** What a backlog or board shows of an issue: the fake Jira's issues (test/fixtures/jira/load-fake-jira.ts). */
export interface JiraCard {
  key: string;
  summary: string;
  type: string;
  status: { name: string; category: 'new' | 'indeterminate' | 'done' };
  assignee: string | null;
  estimate: number | null;
  sprint: string | null;
}

interface JiraBoardOptions {
  project: string;
  boardId: number;
  accountId: string;
  /** Display names by account id. */
  names: ReadonlyMap<string, string>;
  colorMode?: 'light' | 'dark';
}

const cloudMetas = (accountId: string) =>
  `<meta name="ajs-cloud-id" content="7d1f9c6e-0000-4a1b-9c2d-000000000001"><meta name="ajs-atlassian-account-id" content="${esc(accountId)}"><meta name="ajs-context-path" content="">`;

/** Clicking a card opens the issue beside the board and puts ?selectedIssue=KEY in the address with
 * pushState, without a reload, as Jira does. */
const SELECTED_ISSUE = `<script>
document.addEventListener('click', (event) => {
  const card = event.target.closest && event.target.closest('a[data-issue-key]');
  if (!card) return;
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('selectedIssue', card.dataset.issueKey);
  history.pushState({}, '', url);
  const panel = document.getElementById('issue-side-panel');
  panel.hidden = false;
  document.getElementById('selected-key').textContent = card.dataset.issueKey;
});
</script>`;

const cardLink = (c: JiraCard, cls: string) => `<a class="${cls}" href="?selectedIssue=${esc(c.key)}" data-issue-key="${esc(c.key)}">`;

/** Jira Cloud's backlog: the sprint's issues, then the backlog's, every issue the panel counts. */
export function jiraBacklogPage(cards: JiraCard[], options: JiraBoardOptions): string {
  const row = (c: JiraCard) => {
    const who = c.assignee ? options.names.get(c.assignee) ?? 'Unknown' : null;
    return `<li class="card-row" data-testid="software-backlog.card-list.card">${cardLink(c, 'key')}${esc(c.key)}</a><span class="type${c.type === 'Bug' ? ' bug' : ''}" role="img" aria-label="${esc(c.type)}"></span>
<span class="summary">${esc(c.summary)}</span>${lozenge(c.status.name, c.status.category)}<span class="estimate" title="Story points">${c.estimate ?? '-'}</span>${who ? `<span title="${esc(who)}">${avatar(who, true)}</span>` : '<span class="avatar avatar-small" style="background:#8590A2" title="Unassigned" aria-hidden="true"></span>'}</li>`;
  };
  const sprints = [...new Set(cards.map((c) => c.sprint).filter((s): s is string => s !== null))];
  const section = (title: string, list: JiraCard[]) =>
    `<section class="backlog-section"><h2>${esc(title)} <span class="count">${list.length} issue${list.length === 1 ? '' : 's'}</span></h2><ul class="backlog-list">${list.map(row).join('\n')}</ul></section>`;
  const body = `${jiraTopNav()}
<div class="layout">${jiraSideNav(options.project, 'backlog', options.boardId)}
<div id="app" class="content"><main>
<div class="breadcrumbs"><a href="/jira/projects">Projects</a> / ${esc(options.project)}</div>
<h1 class="summary">Backlog</h1>
<div id="cards">${sprints.map((s) => section(s, cards.filter((c) => c.sprint === s))).join('\n')}
${section('Backlog', cards.filter((c) => c.sprint === null))}</div>
<aside id="issue-side-panel" class="board-side-panel" hidden><h2 id="selected-key"></h2></aside>
</main></div></div>`;
  return jiraDocument(`${options.project} backlog - Jira`, cloudMetas(options.accountId), options.colorMode ?? 'light', body, SELECTED_ISSUE);
}

/** Jira Cloud's board: the active sprint's issues in To Do, In Progress and Done columns. */
export function jiraBoardPage(cards: JiraCard[], options: JiraBoardOptions): string {
  const inSprint = cards.filter((c) => c.sprint !== null);
  const columns: [string, JiraCard['status']['category']][] = [['To Do', 'new'], ['In Progress', 'indeterminate'], ['Done', 'done']];
  const card = (c: JiraCard) => {
    const who = c.assignee ? options.names.get(c.assignee) ?? 'Unknown' : null;
    return `<li class="card" data-testid="platform-board-kit.ui.card.card">${cardLink(c, 'summary')}${esc(c.summary)}</a>
<div class="foot"><span class="type${c.type === 'Bug' ? ' bug' : ''}" role="img" aria-label="${esc(c.type)}"></span><span>${esc(c.key)}</span>${c.estimate !== null ? `<span class="estimate">${c.estimate}</span>` : ''}${who ? avatar(who, true) : ''}</div></li>`;
  };
  const body = `${jiraTopNav()}
<div class="layout">${jiraSideNav(options.project, 'board', options.boardId)}
<div id="app" class="content"><main>
<div class="breadcrumbs"><a href="/jira/projects">Projects</a> / ${esc(options.project)}</div>
<h1 class="summary">${esc(inSprint[0]?.sprint ?? options.project)}</h1>
<div class="board" id="cards">${columns
    .map(([title, category]) => {
      const list = inSprint.filter((c) => c.status.category === category);
      return `<section class="column"><h2>${esc(title)} ${list.length}</h2><ul>${list.map(card).join('\n')}</ul></section>`;
    })
    .join('\n')}</div>
<aside id="issue-side-panel" class="board-side-panel" hidden><h2 id="selected-key"></h2></aside>
</main></div></div>`;
  return jiraDocument(`${options.project} board - Jira`, cloudMetas(options.accountId), options.colorMode ?? 'light', body, SELECTED_ISSUE);
}
