// Pages that imitate the trackers' own, built from the same API fixtures the routes answer with, so
// what the page shows and what the API says agree. They carry the hooks the real pages carry
// (GitHub: `meta[name=user-login]`, `data-testid`s, `relative-time`; Jira: the `ajs-*` meta tags)
// and a small script that imitates in-app navigation: links marked `data-soft-nav` swap the page
// content and push the URL, as GitHub's Turbo and Jira's router do, without a reload.

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
  html_url: string;
  labels: ({ name: string } | string)[];
  assignees?: GitHubUser[];
  milestone?: { title: string } | null;
  pull_request?: unknown;
}
interface GitHubCommentJson {
  id: number;
  body: string | null;
  user: GitHubUser | null;
  created_at: string;
  html_url: string;
}

export function githubIssuePage(
  repo: string,
  issue: GitHubIssueJson,
  comments: GitHubCommentJson[],
  options: { me: string; colorMode?: 'light' | 'dark' | 'auto'; links?: { href: string; text: string }[] },
): string {
  const author = issue.user?.login ?? 'ghost';
  const labels = issue.labels.map((l) => (typeof l === 'string' ? l : l.name));
  const paragraphs = (text: string | null) =>
    (text ?? '')
      .split(/\n{2,}/)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('');
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="${options.colorMode ?? 'light'}" data-light-theme="light" data-dark-theme="dark">
<head>
<meta charset="utf-8">
<title>${esc(issue.title)} · Issue #${issue.number} · ${esc(repo)}</title>
<meta name="user-login" content="${esc(options.me)}">
<meta name="expected-hostname" content="github.com">
<meta name="octolytics-dimension-repository_nwo" content="${esc(repo)}">
<style>
 body{margin:0;font:14px/1.5 -apple-system,"Segoe UI",sans-serif;background:#fff;color:#1f2328}
 [data-color-mode=dark] body{background:#0d1117;color:#e6edf3}
 header.AppHeader{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:12px 24px;display:flex;gap:16px}
 [data-color-mode=dark] header.AppHeader{background:#010409;border-color:#3d444d}
 main{display:flex;gap:24px;max-width:1200px;margin:24px auto;padding:0 24px}
 .conversation{flex:1;min-width:0} .sidebar{width:260px} .box{border:1px solid #d1d9e0;border-radius:6px;margin:12px 0}
 .box .hd{background:#f6f8fa;padding:6px 12px;border-bottom:1px solid #d1d9e0}
 [data-color-mode=dark] .box .hd{background:#151b23} .box .bd{padding:4px 12px;white-space:pre-wrap}
 h1{font-weight:400;font-size:28px;margin:0} .State{display:inline-block;padding:4px 12px;border-radius:2em;background:#1f883d;color:#fff}
 .State.closed{background:#8250df} a{color:#0969da}
</style>
</head>
<body class="logged-in env-production">
<header class="AppHeader"><strong>${esc(repo)}</strong><nav><a href="/${esc(repo)}/issues" data-soft-nav>Issues</a> <a href="/${esc(repo)}/pulls">Pull requests</a></nav></header>
<div id="app">
<main>
<react-app app-name="issues-react" initial-path="/${esc(repo)}/issues/${issue.number}">
<div class="conversation" data-testid="issue-viewer-container">
  <div data-testid="issue-header"><h1><bdi data-testid="issue-title" class="markdown-title">${esc(issue.title)}</bdi> <span>#${issue.number}</span></h1>
  <span data-testid="header-state" class="State ${issue.state === 'closed' ? 'closed' : ''}">${issue.state === 'closed' ? 'Closed' : 'Open'}</span></div>
  <div data-testid="issue-body" class="box">
    <div class="hd" data-testid="issue-body-header"><a data-testid="issue-body-header-author" href="/${esc(author)}" data-hovercard-type="user">${esc(author)}</a> opened <relative-time datetime="${esc(issue.created_at)}">${esc(issue.created_at.slice(0, 10))}</relative-time></div>
    <div class="bd" data-testid="markdown-body">${paragraphs(issue.body)}</div>
  </div>
  <div data-testid="issue-timeline-container">
  ${comments
    .map(
      (c) => `<div class="box" data-timeline-event-id="IC_${c.id}"><div class="hd" id="issuecomment-${c.id}" data-testid="comment-header"><a data-testid="avatar-link" href="/${esc(c.user?.login ?? 'ghost')}" data-hovercard-type="user">${esc(c.user?.login ?? 'ghost')}</a> commented <a href="${esc(c.html_url)}"><relative-time datetime="${esc(c.created_at)}">${esc(c.created_at.slice(0, 10))}</relative-time></a></div><div class="bd" data-testid="markdown-body">${paragraphs(c.body)}</div></div>`,
    )
    .join('\n  ')}
  </div>
  ${(options.links ?? []).map((l) => `<p><a href="${esc(l.href)}" data-soft-nav>${esc(l.text)}</a></p>`).join('')}
</div>
<div class="sidebar" data-testid="issue-viewer-metadata-pane">
  <div data-testid="sidebar-assignees-section"><h3>Assignees</h3>${(issue.assignees ?? []).map((a) => `<a href="/${esc(a.login)}" data-hovercard-type="user">${esc(a.login)}</a>`).join(' ') || 'No one'}</div>
  <div data-testid="sidebar-labels-section"><h3>Labels</h3>${labels.map((l) => `<span>${esc(l)}</span>`).join(' ') || 'None yet'}</div>
  <div data-testid="sidebar-milestones-section"><h3>Milestone</h3>${esc(issue.milestone?.title ?? 'No milestone')}</div>
</div>
</react-app>
</main>
</div>
${SOFT_NAV}
</body>
</html>`;
}

export function githubIssueListPage(repo: string, issues: GitHubIssueJson[], options: { me: string; colorMode?: 'light' | 'dark' }): string {
  const rows = issues
    .filter((i) => !i.pull_request)
    .map(
      (i) => `<li data-testid="list-row-repo-name-and-number"><a data-testid="issue-pr-title-link" href="/${esc(repo)}/issues/${i.number}" data-soft-nav>${esc(i.title)}</a> <span>#${i.number}</span> opened by <a href="/${esc(i.user?.login ?? 'ghost')}">${esc(i.user?.login ?? 'ghost')}</a></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="${options.colorMode ?? 'light'}"><head><meta charset="utf-8">
<title>Issues · ${esc(repo)}</title><meta name="user-login" content="${esc(options.me)}">
<style>body{margin:0;font:14px/1.5 -apple-system,"Segoe UI",sans-serif}[data-color-mode=dark] body{background:#0d1117;color:#e6edf3} main{max-width:1000px;margin:24px auto} li{padding:8px;border-bottom:1px solid #d1d9e0;list-style:none}</style>
</head><body class="logged-in"><div id="app"><main><react-app app-name="issues-react"><h1>Issues</h1><ul data-testid="issue-list">${rows}</ul></react-app></main></div>${SOFT_NAV}</body></html>`;
}

/** A github.com page Tandem has nothing to say about (a repository's home). */
export function githubRepoHome(repo: string, me: string): string {
  return `<!DOCTYPE html><html lang="en" data-color-mode="light"><head><meta charset="utf-8"><title>${esc(repo)}</title>
<meta name="user-login" content="${esc(me)}"></head><body><div id="app"><main><h1>${esc(repo)}</h1><p>README</p>
<a href="/${esc(repo)}/issues/42" data-soft-nav>Issue 42</a></main></div>${SOFT_NAV}</body></html>`;
}

interface JiraIssueJson {
  key: string;
  fields: { summary?: string; status?: { name?: string } | null; [k: string]: unknown };
}

/** Jira Cloud's issue view, as much of it as the content script and the page mode care for. */
export function jiraIssuePage(
  issue: JiraIssueJson,
  options: { accountId: string; cloud?: boolean; contextPath?: string; colorMode?: 'light' | 'dark'; links?: { href: string; text: string }[] },
): string {
  const cloud = options.cloud ?? true;
  const metas = cloud
    ? `<meta name="ajs-atlassian-account-id" content="${esc(options.accountId)}"><meta name="ajs-cloud-id" content="7d1f9c6e-0000-4a1b-9c2d-000000000001">`
    : `<meta name="ajs-remote-user" content="${esc(options.accountId)}"><meta name="ajs-version-number" content="9.12.2"><meta name="ajs-context-path" content="${esc(options.contextPath ?? '')}">`;
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="${options.colorMode ?? 'light'}" data-theme="dark:dark light:light">
<head><meta charset="utf-8"><title>[${esc(issue.key)}] ${esc(issue.fields.summary)} - Jira</title>${metas}
<style>body{margin:0;font:14px/1.43 -apple-system,"Segoe UI",sans-serif;background:#fff;color:#172b4d}[data-color-mode=dark] body{background:#1d2125;color:#b6c2cf} nav{padding:10px 20px;border-bottom:1px solid #dfe1e6} main{padding:20px 40px}</style>
</head><body>
<div id="jira-frontend"><nav>Projects / ${esc(issue.key.split('-')[0])}</nav>
<div id="app"><main data-testid="issue.views.issue-details.issue-layout.container-left">
<h1 data-testid="issue.views.issue-base.foundation.summary.heading">${esc(issue.fields.summary)}</h1>
<p data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item">${esc(issue.key)} · ${esc(issue.fields.status?.name)}</p>
${(options.links ?? []).map((l) => `<p><a href="${esc(l.href)}" data-soft-nav>${esc(l.text)}</a></p>`).join('')}
</main></div></div>
${SOFT_NAV}
</body></html>`;
}
