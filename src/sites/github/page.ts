// Reads a GitHub issue, or a repository's issue list, from the page itself — for when the API can't
// be used (a private repository without a token, the rate limit reached, the API down).
//
// Only stable hooks: `data-testid` attributes of the React ("issues-react") views, the long-lived
// Primer/`js-` class names of the older server-rendered view, `relative-time[datetime]`,
// `a[data-hovercard-type=user]`, octicon names and `meta[name=user-login]`. Never the hashed CSS-module
// classes ("IssueBodyHeaderAuthor-module__…"), which change with every GitHub deploy.
//
// The page is read into the same REST shapes the API answers with and goes through the same
// converter (convert.ts), so "labelled p1", "closed as not planned" or an "enhancement" label mean
// the same whichever source was used. What the page can't tell us (edits to the description, folded
// timeline items) is marked with `partial: true` so the panel can say its evidence is partial.
import type { TrackerData } from '../../core/model';
import { newPeople } from '../../core/people';
import { isConvertError } from '../convert-common';
import type { PageMatch } from '../types';
import { githubIssuesToItems, githubIssueToItem } from './convert';

/** The signed-in user, from the meta tag GitHub puts on every page. */
export function pageLogin(doc: Document): string | null {
  const login = doc.querySelector('meta[name="user-login"]')?.getAttribute('content')?.trim();
  return login ? login : null;
}

/** A login from a user link: the hovercard URL is the most reliable ("/users/ann/hovercard"),
 * then the profile href ("/ann", "https://github.com/ann"), then the text. */
export function loginOf(link: Element | null | undefined): string | null {
  if (!link) return null;
  const hovercard = link.getAttribute('data-hovercard-url');
  const fromCard = hovercard ? /\/users\/([^/?#]+)\/hovercard/.exec(hovercard)?.[1] : undefined;
  if (fromCard) return decodeURIComponent(fromCard);
  const href = link.getAttribute('href');
  if (href) {
    const path = href.replace(/^https?:\/\/[^/]+/, '');
    const m = /^\/(?:apps\/)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)\/?$/.exec(path);
    if (m) return m[1]!;
  }
  const text = link.textContent?.trim().replace(/^@/, '');
  return text && /^[A-Za-z0-9-]+(\[bot\])?$/.test(text) ? text : null;
}

function isoOf(el: Element | null | undefined): string | null {
  const dt = el?.getAttribute('datetime');
  if (!dt) return null;
  const ms = Date.parse(dt);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered Markdown back to Markdown-ish lines, so classifiers still see lists, checkboxes and
 * headings ("- [x] tests pass", "## Why"). */
export function renderedToText(root: Element | null | undefined): string {
  if (!root) return '';
  const lines: string[] = [];
  let current = '';
  let quote = 0;
  const flush = (): void => {
    const line = current.replace(/[ \t]+/g, ' ').trim();
    if (line) lines.push('> '.repeat(quote) + line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'button' || tag === 'template') return;
    const block = /^(p|div|li|h[1-6]|pre|blockquote|tr|ul|ol|table|details|summary|hr)$/.test(tag);
    if (tag === 'br') {
      flush();
      return;
    }
    if (block) flush();
    if (/^h[1-6]$/.test(tag)) current += `${'#'.repeat(Number(tag[1]))} `;
    if (tag === 'li') current += '- ';
    if (tag === 'blockquote') quote++;
    if (tag === 'input' && el.getAttribute('type') === 'checkbox') {
      current += el.hasAttribute('checked') ? '[x] ' : '[ ] ';
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
    if (tag === 'blockquote') quote--;
  };
  walk(root);
  flush();
  return lines.join('\n');
}

type Rest = Record<string, unknown>;
const who = (login: string | null): Rest | null => (login ? { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } : null);

/** How an event reads on the page → the REST timeline event it is. The octicon is the stable
 * signal; the sentence ("added the bug label") backs it up and tells add from remove. */
const EVENT_RULES: { icon: RegExp; text: RegExp; kind: string }[] = [
  { icon: /octicon-tag\b/, text: /\b(added|removed)\b.*\blabels?\b/i, kind: 'label' },
  { icon: /octicon-person\b/, text: /\b(self-)?(assigned|unassigned)\b/i, kind: 'assignment' },
  { icon: /octicon-issue-closed\b|octicon-skip\b/, text: /\bclosed this\b/i, kind: 'closed' },
  { icon: /octicon-issue-reopened\b/, text: /\breopened this\b/i, kind: 'reopened' },
  { icon: /octicon-milestone\b/, text: /\bmilestone\b/i, kind: 'milestone' },
  { icon: /octicon-pencil\b/, text: /\bchanged the title\b/i, kind: 'renamed' },
  { icon: /octicon-cross-reference\b/, text: /\b(mentioned|referenced) this\b/i, kind: 'cross-referenced' },
];

function classifyEvent(row: Element): string {
  const icons = Array.from(row.querySelectorAll('svg'))
    .map((svg) => svg.getAttribute('class') ?? '')
    .join(' ');
  const text = textOf(row);
  for (const rule of EVENT_RULES) if (rule.icon.test(icons)) return rule.kind;
  for (const rule of EVENT_RULES) if (rule.text.test(text)) return rule.kind;
  return 'other';
}

/** One timeline row → the REST timeline entry GitHub's API would have given for it. */
function readEvent(row: Element, fallbackId: string, origin: string): Rest | null {
  const at = isoOf(row.querySelector('relative-time[datetime]'));
  if (!at) return null;
  const kind = classifyEvent(row);
  const users = Array.from(row.querySelectorAll('a[data-hovercard-type="user"], a.author'))
    .map((a) => loginOf(a))
    .filter((l): l is string => l !== null);
  const actor = users[0] ?? null;
  const text = textOf(row);
  const removed = /\bremoved\b/i.test(text);
  const id = (row.getAttribute('data-timeline-event-id') ?? row.closest('[id^="event-"]')?.id ?? fallbackId).replace(/^event-/, '');
  const entry: Rest = { id, actor: who(actor), created_at: at };
  switch (kind) {
    case 'label': {
      const label = textOf(row.querySelector('a[href*="label%3A"], a[href*="/labels/"], .IssueLabel, [data-name]'));
      return { ...entry, event: removed ? 'unlabeled' : 'labeled', label: { name: label || null } };
    }
    case 'assignment': {
      // "ann assigned bob" → bob; "ann self-assigned this" → ann; "ann unassigned bob" → bob.
      const assignee = /self-assigned/i.test(text) ? actor : (users.find((u) => u !== actor) ?? null);
      return { ...entry, event: /\bunassigned\b/i.test(text) ? 'unassigned' : 'assigned', assignee: who(assignee) };
    }
    case 'closed': {
      const notPlanned = /not planned/i.test(text) || /octicon-skip\b/.test(row.innerHTML);
      return { ...entry, event: 'closed', state_reason: notPlanned ? 'not_planned' : /duplicate/i.test(text) ? 'duplicate' : 'completed' };
    }
    case 'reopened':
      return { ...entry, event: 'reopened' };
    case 'milestone':
      return { ...entry, event: removed ? 'demilestoned' : 'milestoned', milestone: { title: textOf(row.querySelector('a[href*="/milestone/"]')) || null } };
    case 'renamed':
      return { ...entry, event: 'renamed', rename: { from: textOf(row.querySelector('del')) || null, to: textOf(row.querySelector('ins')) || null } };
    case 'cross-referenced': {
      const href = row.querySelector('a[href*="/issues/"], a[href*="/pull/"]')?.getAttribute('href');
      const other = href ? new URL(href, origin) : null;
      const number = other ? Number(/\/(?:issues|pull)\/(\d+)/.exec(other.pathname)?.[1]) : NaN;
      return Number.isInteger(number)
        ? { ...entry, event: 'cross-referenced', source: { type: 'issue', issue: { number, html_url: other!.href } } }
        : { ...entry, event: 'page-event' };
    }
    default:
      // Something the page shows that we don't name (project moves, issue types…): still activity.
      return { ...entry, event: 'page-event' };
  }
}

function readComment(el: Element, fallbackId: string, itemUrl: string): Rest | null {
  const header = el.querySelector('[data-testid="comment-header"]');
  const id = (header?.id || el.querySelector('[id^="issuecomment-"]')?.id || el.closest('[id^="issuecomment-"]')?.id || fallbackId).replace(
    /^issuecomment-/,
    '',
  );
  const at = isoOf(el.querySelector('relative-time[datetime]'));
  if (!at) return null;
  const body =
    el.querySelector('[data-testid="markdown-body"]') ?? el.querySelector('.markdown-body') ?? el.querySelector('.comment-body, .js-comment-body');
  const author = loginOf(el.querySelector('a[data-testid="avatar-link"], a.author, a[data-hovercard-type="user"]'));
  return { event: 'commented', id, user: who(author), actor: who(author), body: renderedToText(body), created_at: at, html_url: `${itemUrl}#issuecomment-${id}` };
}

function sidebarLinks(doc: Document, testid: string, classic: string): Element[] {
  const section = doc.querySelector(`[data-testid="${testid}"]`) ?? doc.querySelector(classic);
  return section ? Array.from(section.querySelectorAll('a')) : [];
}

function labelNames(links: Element[]): string[] {
  const names = new Set<string>();
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (!/label%3A|label:|\/labels\//.test(href) && !a.hasAttribute('data-name')) continue;
    const name = a.getAttribute('data-name') ?? textOf(a.querySelector('span') ?? a);
    if (name) names.add(name);
  }
  return [...names];
}

/** The number in the issue header ("… #42"), or from the permalink next to the author; null when
 * the page doesn't say. */
export function shownIssueNumber(doc: Document): number | null {
  const header = doc.querySelector('[data-testid="issue-header"], #partial-discussion-header .gh-header-title');
  const fromHeader = /#(\d+)/.exec(header?.textContent ?? '')?.[1];
  if (fromHeader) return Number(fromHeader);
  const link = doc.querySelector('[data-testid="issue-body-header-link"]')?.getAttribute('href') ?? '';
  const fromLink = /\/issues\/(\d+)/.exec(link)?.[1];
  return fromLink ? Number(fromLink) : null;
}

export interface PageRead {
  data: TrackerData;
  /** Whether the page folded part of the timeline away. */
  partial: boolean;
}

/** What an issue view shows of the issue: who opened it and when, its body, its state, its timeline. */
interface IssueView {
  author: string | null;
  created: string | null;
  bodyEl: Element | null;
  stateText: string;
  timeline: Rest[];
  /** Part of the timeline is folded away. */
  partial: boolean;
}

/** Reads one issue page, React or classic view, into the REST shapes the API converter reads, so a
 * page-read issue means what an API-read one does. Null when the page doesn't show this issue
 * (still loading, a 404, or a layout we don't know). */
export function readIssuePage(doc: Document, match: PageMatch, pageUrl: string): PageRead | null {
  const key = match.issue;
  if (!key) return null;
  // Right after in-app navigation the address already names the new issue while the page still
  // shows the old one: only read the issue the page says it is showing.
  const shown = shownIssueNumber(doc);
  if (shown !== null && shown !== key.number) return null;

  const origin = new URL(pageUrl).origin;
  const repo = `${key.owner}/${key.repo}`;
  const itemUrl = `${origin}/${repo}/issues/${key.number}`;
  const react = doc.querySelector('[data-testid="issue-viewer-issue-container"]');
  const title = textOf(
    react ? doc.querySelector('[data-testid="issue-title"]') : doc.querySelector('.js-issue-title, #partial-discussion-header .markdown-title'),
  );
  if (!title) return null;
  const view = react ? readReactView(doc, react, itemUrl, origin) : readClassicView(doc, itemUrl, origin);
  if (!view.created) return null;

  const people = newPeople();
  const issue = restIssue(doc, key.number, title, itemUrl, { ...view, created: view.created });
  const item = githubIssueToItem(issue, { host: match.host, repo, people }, { timeline: view.timeline });
  if (isConvertError(item)) return null;
  // The page doesn't list who edited the description (the API does), nor folded timeline items.
  const { partial } = view;
  if (partial) item.partial = true;
  const data: TrackerData = {
    tracker: 'github',
    site: match.host,
    project: match.project,
    scope: 'item',
    items: [item],
    people,
    me: pageLogin(doc),
    source: 'page',
  };
  if (partial) data.partial = true;
  return { data, partial };
}

/** The React ("issues-react") issue view. */
function readReactView(doc: Document, react: Element, itemUrl: string, origin: string): IssueView {
  const created = isoOf(
    doc.querySelector('[data-testid="issue-body-header-link"] relative-time, [data-testid="issue-body"] relative-time') ??
      react.querySelector('relative-time'),
  );
  const bodyEl =
    doc.querySelector('[data-testid="issue-body-viewer"] .markdown-body') ??
    doc.querySelector('[data-testid="issue-body"] .markdown-body, [data-testid="issue-body"] [data-testid="markdown-body"]');
  // Timeline rows are wrapped in `data-wrapper-timeline-id`; some renderings only carry the inner
  // `data-timeline-event-id`, so fall back to those.
  let rows = Array.from(doc.querySelectorAll('[data-wrapper-timeline-id]'));
  if (rows.length === 0) {
    rows = Array.from(doc.querySelectorAll('[data-timeline-event-id]')).filter((row) => !row.parentElement?.closest('[data-timeline-event-id]'));
  }
  rows = rows.filter((row) => !/^load-/.test(row.getAttribute('data-wrapper-timeline-id') ?? ''));
  const timeline: Rest[] = [];
  rows.forEach((row, i) => {
    const comment = row.querySelector('.react-issue-comment') ?? (row.querySelector('[data-testid="comment-header"]') ? row : null);
    const entry = comment ? readComment(comment, `page-comment-${i}`, itemUrl) : readEvent(row, `page-event-${i}`, origin);
    if (entry) timeline.push(entry);
  });
  return {
    author: loginOf(doc.querySelector('[data-testid="issue-body-header-author"]')),
    created,
    bodyEl,
    stateText: textOf(doc.querySelector('[data-testid="header-state"]')),
    timeline,
    partial: Boolean(
      doc.querySelector('[data-testid^="issue-timeline-load-more"], [data-wrapper-timeline-id^="load-"], [data-testid="timeline-crawler-pagination"]'),
    ),
  };
}

/** The older server-rendered issue view (still served by GitHub Enterprise Server). */
function readClassicView(doc: Document, itemUrl: string, origin: string): IssueView {
  const first = doc.querySelector('.js-discussion .timeline-comment, .js-discussion .js-comment-container');
  let stateText = doc.querySelector('#partial-discussion-header .State, .gh-header-meta .State')?.getAttribute('title') ?? '';
  stateText ||= textOf(doc.querySelector('#partial-discussion-header .State'));
  const timeline: Rest[] = [];
  Array.from(doc.querySelectorAll('.js-discussion .js-timeline-item')).forEach((item, i) => {
    const commentEl = item.querySelector('.timeline-comment');
    if (commentEl && (commentEl === first || item.contains(first))) return;
    const entry = commentEl
      ? readComment(item, `page-comment-${i}`, itemUrl)
      : readEvent(item.querySelector('.TimelineItem') ?? item, `page-event-${i}`, origin);
    if (entry) timeline.push(entry);
  });
  return {
    author: loginOf(first?.querySelector('a.author')),
    created: isoOf(first?.querySelector('relative-time[datetime]')),
    bodyEl: first?.querySelector('.comment-body, .js-comment-body') ?? null,
    stateText,
    timeline,
    partial: Boolean(doc.querySelector('.ajax-pagination-form, #js-progressive-timeline-item-container .ajax-pagination-btn')),
  };
}

/** The issue as REST would give it, from the view and the sidebar. */
function restIssue(doc: Document, number: number, title: string, itemUrl: string, view: IssueView & { created: string }): Rest {
  const closed = /closed/i.test(view.stateText);
  const lastClose = [...view.timeline].reverse().find((e) => e.event === 'closed');
  const milestone = sidebarLinks(doc, 'sidebar-milestones-section', '.sidebar-milestone').find((a) => /\/milestone\//.test(a.getAttribute('href') ?? ''));
  return {
    number,
    title,
    state: closed ? 'closed' : 'open',
    state_reason: closed ? ((lastClose?.state_reason as string | undefined) ?? null) : null,
    html_url: itemUrl,
    created_at: view.created,
    closed_at: closed ? ((lastClose?.created_at as string | undefined) ?? null) : null,
    body: view.bodyEl ? renderedToText(view.bodyEl) : null,
    user: who(view.author),
    labels: labelNames(sidebarLinks(doc, 'sidebar-labels-section', '.sidebar-labels, .js-issue-labels')).map((name) => ({ name })),
    assignees: [
      ...new Set(
        sidebarLinks(doc, 'sidebar-assignees-section', '.js-issue-assignees, .sidebar-assignee')
          .map((a) => loginOf(a))
          .filter((l): l is string => l !== null),
      ),
    ].map(who),
    milestone: milestone ? { title: textOf(milestone) } : null,
  };
}

/** Reads a repository's issue list (React list view or the classic one). */
export function readIssueListPage(doc: Document, match: PageMatch, pageUrl: string): PageRead | null {
  const origin = new URL(pageUrl).origin;
  const reactLinks = Array.from(doc.querySelectorAll('a[data-testid="issue-pr-title-link"]'));
  const rows: { row: Element; link: Element }[] = reactLinks.length
    ? reactLinks.map((link) => ({ row: link.closest('li, [role="listitem"]') ?? link.parentElement!, link }))
    : Array.from(doc.querySelectorAll('.js-issue-row')).flatMap((row) => {
        const link = row.querySelector('a.js-navigation-open, a.Link--primary, a[data-hovercard-type="issue"]');
        return link ? [{ row, link }] : [];
      });

  const issues: Rest[] = [];
  for (const { row, link } of rows) {
    const url = new URL(link.getAttribute('href') ?? '', origin);
    const m = /^\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname);
    if (!m) continue; // pull requests share some list pages; they are not backlog items
    const created = isoOf(row.querySelector('relative-time[datetime]'));
    if (!created) continue;
    const icons = Array.from(row.querySelectorAll('svg'))
      .map((svg) => svg.getAttribute('class') ?? '')
      .join(' ');
    const closed = /octicon-issue-closed\b|octicon-skip\b/.test(icons);
    const author = loginOf(row.querySelector('[data-testid="created-by"], .opened-by a, a[data-hovercard-type="user"]'));
    issues.push({
      number: Number(m[3]),
      title: textOf(link),
      state: closed ? 'closed' : 'open',
      state_reason: closed ? (/octicon-skip\b/.test(icons) ? 'not_planned' : 'completed') : null,
      html_url: url.href,
      created_at: created,
      user: who(author),
      labels: labelNames(Array.from(row.querySelectorAll('a'))).map((name) => ({ name })),
      assignees: [],
    });
  }
  const listShown = doc.querySelector('[data-testid="list-view-items"], .js-navigation-container, [data-listview-component="items-list"], [data-testid="issue-list"]');
  if (issues.length === 0 && !listShown) return null;
  const people = newPeople();
  const page = githubIssuesToItems(issues, { host: match.host, ...(match.project ? { repo: match.project } : {}), people });
  const items = isConvertError(page) ? [] : page.items;
  // A list row shows no history: every item is partial evidence.
  for (const item of items) item.partial = true;
  return {
    data: { tracker: 'github', site: match.host, project: match.project, scope: 'backlog', items, people, me: pageLogin(doc), source: 'page', partial: true },
    partial: true,
  };
}
