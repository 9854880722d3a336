// The demo pages' look, from the sites' public design tokens: GitHub's Primer functional colour
// tokens (the `--bgColor-*`, `--fgColor-*`, `--borderColor-*` names of Primer primitives; values of
// its light and dark themes) switched by `data-color-mode` as github.com does, and Atlassian's design
// tokens (the `--ds-*` names of color.text, elevation.surface, color.link…; light and dark values)
// switched by `data-color-mode` as Jira does. Our own rules on top; no site stylesheet is copied.

const GITHUB_LIGHT = `
  --bgColor-default:#ffffff; --bgColor-muted:#f6f8fa; --bgColor-inset:#f6f8fa; --bgColor-neutral-muted:#818b981f;
  --bgColor-accent-muted:#ddf4ff; --bgColor-success-emphasis:#1f883d; --bgColor-done-emphasis:#8250df;
  --fgColor-default:#1f2328; --fgColor-muted:#59636e; --fgColor-accent:#0969da; --fgColor-onEmphasis:#ffffff;
  --fgColor-success:#1a7f37; --fgColor-done:#8250df; --borderColor-default:#d1d9e0; --borderColor-muted:#d1d9e0b3;
  --header-bgColor:#f6f8fa; color-scheme:light;`;
const GITHUB_DARK = `
  --bgColor-default:#0d1117; --bgColor-muted:#151b23; --bgColor-inset:#010409; --bgColor-neutral-muted:#656c7633;
  --bgColor-accent-muted:#388bfd1a; --bgColor-success-emphasis:#238636; --bgColor-done-emphasis:#8957e5;
  --fgColor-default:#f0f6fc; --fgColor-muted:#9198a1; --fgColor-accent:#4493f8; --fgColor-onEmphasis:#ffffff;
  --fgColor-success:#3fb950; --fgColor-done:#ab7df8; --borderColor-default:#3d444d; --borderColor-muted:#3d444db3;
  --header-bgColor:#010409; color-scheme:dark;`;

export const GITHUB_CSS = `
[data-color-mode=light], [data-color-mode=auto] {${GITHUB_LIGHT}}
[data-color-mode=dark] {${GITHUB_DARK}}
@media (prefers-color-scheme: dark) { [data-color-mode=auto] {${GITHUB_DARK}} }
body{margin:0;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;background:var(--bgColor-default);color:var(--fgColor-default)}
a{color:var(--fgColor-accent);text-decoration:none} a:hover{text-decoration:underline}
.AppHeader{background:var(--header-bgColor);border-bottom:1px solid var(--borderColor-default)}
.AppHeader-globalBar{display:flex;align-items:center;gap:12px;padding:12px 24px}
.AppHeader-context a{color:var(--fgColor-default)} .AppHeader-context strong{font-weight:600}
.AppHeader-logo{width:32px;height:32px;border-radius:50%;background:var(--fgColor-default)}
.AppHeader-user{margin-left:auto;width:32px;height:32px;border-radius:50%;background:var(--bgColor-neutral-muted);border:1px solid var(--borderColor-default)}
.UnderlineNav{display:flex;gap:8px;padding:0 24px}
.UnderlineNav a{color:var(--fgColor-default);padding:8px 8px 10px;border-bottom:2px solid transparent}
.UnderlineNav a[aria-current=page]{border-bottom-color:#fd8c73;font-weight:600}
.Counter{display:inline-block;min-width:20px;padding:0 6px;margin-left:4px;border-radius:2em;background:var(--bgColor-neutral-muted);font-size:12px;line-height:18px;text-align:center}
main{max-width:1280px;margin:0 auto;padding:24px}
.IssueLayout{display:flex;gap:24px}
.IssueLayout-main{flex:1;min-width:0} .IssueLayout-sidebar{width:256px;flex-shrink:0}
.gh-header h1{font-size:32px;font-weight:400;line-height:1.25;margin:0 0 8px;word-wrap:break-word}
.gh-header .number{color:var(--fgColor-muted);font-weight:300}
.gh-header-meta{display:flex;align-items:center;gap:8px;padding-bottom:16px;margin-bottom:16px;border-bottom:1px solid var(--borderColor-default);color:var(--fgColor-muted)}
.State{display:inline-flex;align-items:center;gap:4px;padding:5px 12px;border-radius:2em;font-weight:500;color:var(--fgColor-onEmphasis);background:var(--bgColor-success-emphasis)}
.State--closed{background:var(--bgColor-done-emphasis)}
.TimelineItem{display:flex;gap:12px;margin:0 0 16px}
.avatar{width:40px;height:40px;border-radius:50%;flex-shrink:0;display:flex;align-items:center;justify-content:center;font-weight:600;color:var(--fgColor-onEmphasis)}
.avatar-small{width:20px;height:20px;font-size:10px;display:inline-flex;vertical-align:middle;margin-right:4px}
.timeline-comment{flex:1;min-width:0;border:1px solid var(--borderColor-default);border-radius:6px;background:var(--bgColor-default)}
.timeline-comment-header{display:flex;gap:4px;align-items:center;padding:8px 16px;background:var(--bgColor-muted);border-bottom:1px solid var(--borderColor-default);border-radius:6px 6px 0 0;color:var(--fgColor-muted)}
.timeline-comment-header a.author{color:var(--fgColor-default);font-weight:600}
.timeline-comment-header a{color:var(--fgColor-muted)}
.Label--bot{border:1px solid var(--borderColor-default);border-radius:2em;padding:0 7px;font-size:12px;font-weight:500}
.markdown-body{padding:16px;word-wrap:break-word}
.markdown-body>*:first-child{margin-top:0} .markdown-body>*:last-child{margin-bottom:0}
.markdown-body p,.markdown-body ul,.markdown-body ol,.markdown-body pre,.markdown-body blockquote{margin:0 0 16px}
.markdown-body h2{font-size:1.5em;font-weight:600;padding-bottom:.3em;border-bottom:1px solid var(--borderColor-muted);margin:24px 0 16px}
.markdown-body h3{font-size:1.25em;font-weight:600;margin:24px 0 16px}
.markdown-body ul,.markdown-body ol{padding-left:2em} .markdown-body .contains-task-list{padding-left:0;list-style:none}
.markdown-body .task-list-item-checkbox{margin:0 .2em .25em 0;vertical-align:middle}
.markdown-body code{padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,monospace;background:var(--bgColor-neutral-muted);border-radius:6px}
.markdown-body pre{padding:16px;background:var(--bgColor-muted);border-radius:6px;overflow:auto}
.markdown-body blockquote{padding:0 1em;color:var(--fgColor-muted);border-left:.25em solid var(--borderColor-default)}
.markdown-body .user-mention,.markdown-body .issue-link{font-weight:600;color:var(--fgColor-default)}
.TimelineEvent{display:flex;align-items:center;gap:8px;margin:0 0 16px 52px;color:var(--fgColor-muted)}
.TimelineEvent .octicon{width:16px;height:16px;fill:currentColor}
.TimelineEvent a.author{color:var(--fgColor-default);font-weight:600}
.discussion-sidebar-item{padding:16px 0;border-bottom:1px solid var(--borderColor-muted);font-size:12px;color:var(--fgColor-muted)}
.discussion-sidebar-item h3{margin:0 0 8px;font-size:12px;font-weight:600;color:var(--fgColor-muted)}
.discussion-sidebar-item a{color:var(--fgColor-default);font-weight:600}
.IssueLabel{display:inline-block;padding:0 7px;margin:0 4px 4px 0;border-radius:2em;font-size:12px;font-weight:500;line-height:18px;border:1px solid transparent}
.IssueList{border:1px solid var(--borderColor-default);border-radius:6px}
.IssueList-header{display:flex;gap:16px;padding:16px;background:var(--bgColor-muted);border-bottom:1px solid var(--borderColor-default);border-radius:6px 6px 0 0}
.IssueList-header a{color:var(--fgColor-muted)} .IssueList-header a[aria-current=true]{color:var(--fgColor-default);font-weight:600}
.IssueList ul{margin:0;padding:0;list-style:none}
.IssueRow{display:flex;gap:8px;padding:8px 16px;border-top:1px solid var(--borderColor-muted)}
.IssueRow:first-child{border-top:0}
.IssueRow .octicon{width:16px;height:16px;margin-top:4px;flex-shrink:0}
.octicon-issue-opened{color:var(--fgColor-success);fill:currentColor} .octicon-issue-closed{color:var(--fgColor-done);fill:currentColor} .octicon-skip{color:var(--fgColor-muted);fill:currentColor}
.State .octicon{color:inherit;margin-right:2px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.IssueList-header .octicon{width:16px;height:16px;vertical-align:text-bottom}
.IssueRow-title{font-size:16px;font-weight:600;color:var(--fgColor-default)}
.IssueRow-meta{font-size:12px;color:var(--fgColor-muted)} .IssueRow-meta a{color:var(--fgColor-muted)}
.subnav{display:flex;gap:8px;margin:0 0 16px}
.subnav-search{flex:1;padding:5px 12px;border:1px solid var(--borderColor-default);border-radius:6px;background:var(--bgColor-inset);color:var(--fgColor-muted)}
.btn-primary{padding:5px 16px;border-radius:6px;background:var(--bgColor-success-emphasis);color:var(--fgColor-onEmphasis);font-weight:500}
.related{margin:24px 0 0 52px}
`;

const JIRA_LIGHT = `
  --ds-surface:#FFFFFF; --ds-surface-sunken:#F7F8F9; --ds-surface-raised:#FFFFFF; --ds-text:#172B4D; --ds-text-subtle:#44546F;
  --ds-text-subtlest:#626F86; --ds-link:#0C66E4; --ds-border:#091E4224; --ds-background-neutral:#091E420F;
  --ds-background-brand-bold:#0C66E4; --ds-text-inverse:#FFFFFF; --ds-background-success:#DCFFF1; --ds-text-success:#216E4E;
  --ds-background-information:#E9F2FF; --ds-text-information:#0055CC; --ds-background-selected:#E9F2FF; color-scheme:light;`;
const JIRA_DARK = `
  --ds-surface:#1D2125; --ds-surface-sunken:#161A1D; --ds-surface-raised:#22272B; --ds-text:#B6C2CF; --ds-text-subtle:#9FADBC;
  --ds-text-subtlest:#8C9BAB; --ds-link:#579DFF; --ds-border:#A6C5E229; --ds-background-neutral:#A1BDD914;
  --ds-background-brand-bold:#579DFF; --ds-text-inverse:#1D2125; --ds-background-success:#1C3329; --ds-text-success:#7EE2B8;
  --ds-background-information:#1C2B41; --ds-text-information:#85B8FF; --ds-background-selected:#1C2B41; color-scheme:dark;`;

export const JIRA_CSS = `
html[data-color-mode=light] {${JIRA_LIGHT}}
html[data-color-mode=dark] {${JIRA_DARK}}
body{margin:0;font:14px/20px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans",Ubuntu,sans-serif;background:var(--ds-surface);color:var(--ds-text)}
a{color:var(--ds-link);text-decoration:none} a:hover{text-decoration:underline}
.top-nav{display:flex;align-items:center;gap:16px;height:56px;padding:0 16px;border-bottom:1px solid var(--ds-border)}
.top-nav .product{font-weight:653;color:var(--ds-text)} .top-nav .logo{width:24px;height:24px;border-radius:4px;background:var(--ds-background-brand-bold)}
.top-nav .search{margin-left:auto;width:240px;padding:6px 8px;border:1px solid var(--ds-border);border-radius:4px;color:var(--ds-text-subtlest)}
.top-nav .create{padding:6px 12px;border-radius:3px;background:var(--ds-background-brand-bold);color:var(--ds-text-inverse);font-weight:500}
.layout{display:flex;min-height:calc(100vh - 57px)}
.side-nav{width:240px;flex-shrink:0;padding:16px 8px;background:var(--ds-surface-sunken);border-right:1px solid var(--ds-border)}
.side-nav .project{display:flex;gap:8px;align-items:center;padding:8px;font-weight:600}
.side-nav .project-icon{width:24px;height:24px;border-radius:4px;background:#1D7AFC}
.side-nav a{display:block;padding:8px;border-radius:3px;color:var(--ds-text-subtle)}
.side-nav a[aria-current=page]{background:var(--ds-background-selected);color:var(--ds-link);font-weight:500}
.content{flex:1;min-width:0;padding:24px 40px}
.breadcrumbs{color:var(--ds-text-subtle);margin-bottom:8px} .breadcrumbs a{color:var(--ds-text-subtle)}
h1.summary{font-size:24px;line-height:28px;font-weight:653;margin:0 0 16px}
.issue-layout{display:flex;gap:32px} .issue-main{flex:1;min-width:0} .issue-details{width:320px;flex-shrink:0}
.section-title{font-size:16px;font-weight:653;margin:24px 0 8px}
.renderer p{margin:0 0 12px} .renderer h2{font-size:20px;font-weight:653;margin:20px 0 8px} .renderer h3{font-size:16px;font-weight:653;margin:16px 0 8px}
.renderer ul,.renderer ol{margin:0 0 12px;padding-left:24px} .renderer .task-list{list-style:none;padding-left:0}
.renderer code{padding:2px 4px;border-radius:3px;background:var(--ds-background-neutral);font-family:ui-monospace,Menlo,monospace;font-size:12px}
.renderer pre{padding:8px 16px;border-radius:3px;background:var(--ds-background-neutral);overflow:auto}
.renderer .mention{padding:0 4px;border-radius:20px;background:var(--ds-background-neutral);color:var(--ds-text-subtle)}
.comment{display:flex;gap:12px;margin:0 0 20px}
.comment .who{font-weight:600} .comment .when{color:var(--ds-text-subtlest);margin-left:8px}
.avatar{width:32px;height:32px;border-radius:50%;flex-shrink:0;display:inline-flex;align-items:center;justify-content:center;font-size:12px;font-weight:600;color:#FFFFFF}
.avatar-small{width:24px;height:24px;font-size:10px;vertical-align:middle;margin-right:8px}
.details-box{border:1px solid var(--ds-border);border-radius:3px}
.details-box h2{margin:0;padding:12px 16px;font-size:14px;font-weight:600;border-bottom:1px solid var(--ds-border)}
.details-box dl{display:grid;grid-template-columns:120px 1fr;gap:12px 8px;margin:0;padding:16px}
.details-box dt{color:var(--ds-text-subtle);font-weight:600}
.lozenge{display:inline-block;padding:0 4px;border-radius:3px;font-size:11px;font-weight:700;line-height:16px;text-transform:uppercase;background:var(--ds-background-neutral);color:var(--ds-text-subtle)}
.lozenge.indeterminate{background:var(--ds-background-information);color:var(--ds-text-information)}
.lozenge.done{background:var(--ds-background-success);color:var(--ds-text-success)}
.status-button{display:inline-block;padding:6px 12px;border-radius:3px;background:var(--ds-background-information);color:var(--ds-text-information);font-weight:600}
.backlog-section{margin:0 0 24px;border-radius:3px;background:var(--ds-surface-sunken);padding:8px}
.backlog-section h2{display:flex;gap:8px;align-items:baseline;margin:4px 8px 8px;font-size:14px;font-weight:600}
.backlog-section h2 .count{color:var(--ds-text-subtlest);font-weight:400}
.backlog-list{margin:0;padding:0;list-style:none}
.card-row{display:flex;align-items:center;gap:12px;padding:6px 8px;margin:0 0 1px;background:var(--ds-surface-raised);border:1px solid var(--ds-border);border-radius:3px}
.card-row .type{width:16px;height:16px;border-radius:3px;flex-shrink:0;background:#22A06B} .card-row .type.bug{background:#E2483D}
.card-row .key{color:var(--ds-text-subtle);min-width:64px}
.card-row .summary{flex:1;min-width:0;color:var(--ds-text);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.card-row .estimate{min-width:20px;padding:0 6px;border-radius:10px;background:var(--ds-background-neutral);text-align:center;font-size:12px}
.card-row .done-row .summary{text-decoration:line-through}
.board{display:flex;gap:8px;align-items:flex-start}
.column{flex:1;min-width:0;padding:8px;border-radius:3px;background:var(--ds-surface-sunken)}
.column h2{margin:4px 4px 8px;font-size:12px;font-weight:600;text-transform:uppercase;color:var(--ds-text-subtle)}
.column ul{margin:0;padding:0;list-style:none}
.card{padding:12px;margin:0 0 4px;background:var(--ds-surface-raised);border-radius:3px;box-shadow:0 1px 1px #091E4240,0 0 1px #091E424F}
.card .summary{display:block;color:var(--ds-text);margin-bottom:8px}
.card .foot{display:flex;align-items:center;gap:8px;color:var(--ds-text-subtle);font-size:12px}
.board-side-panel{position:fixed;top:57px;right:0;bottom:0;width:360px;padding:24px;background:var(--ds-surface);border-left:1px solid var(--ds-border)}
`;
