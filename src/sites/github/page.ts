// Reads a GitHub issue, or a repository's issue list, from the page itself — for when the API can't
// be used (a private repository without a token, the rate limit reached, the API down).
//
// Only stable hooks: `data-testid` attributes of the React ("issues-react") views, the long-lived
// Primer/`js-` class names of the older server-rendered view, `relative-time[datetime]`,
// `a[data-hovercard-type=user]`, octicon names and `meta[name=user-login]`. Never the hashed CSS-module
// classes ("IssueBodyHeaderAuthor-module__…"), which change with every GitHub deploy.
//
// What the page can't tell us (edits to the description, folded timeline items) is marked with
// `partial: true` so the panel can say its evidence is partial.
import type { Comment, EventKind, Item, Person, Resolution, TrackerData, TrackerEvent } from '../../core/model';
import type { PageMatch } from '../types';
import { parseIssueKey } from './detect';

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

function mentionsIn(root: Element | null | undefined): string[] {
  if (!root) return [];
  const found = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a.user-mention, a[data-hovercard-type="user"]'))) {
    const login = loginOf(a);
    if (login) found.add(login);
  }
  return [...found];
}

function addPerson(people: Record<string, Person>, login: string | null, origin: string): void {
  if (!login || people[login]) return;
  const bot = login.endsWith('[bot]');
  people[login] = { id: login, name: login, url: `${origin}/${login.replace(/\[bot\]$/, '')}` };
  if (bot) people[login]!.bot = true;
}

/** How an event reads on the page → the model's kind. The octicon is the stable signal; the
 * sentence ("added the bug label") backs it up and tells add from remove. */
const EVENT_RULES: { icon: RegExp; text: RegExp; kind: EventKind; field: string }[] = [
  { icon: /octicon-tag\b/, text: /\b(added|removed)\b.*\blabels?\b/i, kind: 'label', field: 'labeled' },
  { icon: /octicon-person\b/, text: /\b(self-)?(assigned|unassigned)\b/i, kind: 'assignment', field: 'assigned' },
  { icon: /octicon-issue-closed\b|octicon-skip\b/, text: /\bclosed this\b/i, kind: 'resolved', field: 'closed' },
  { icon: /octicon-issue-reopened\b/, text: /\breopened this\b/i, kind: 'reopened', field: 'reopened' },
  { icon: /octicon-milestone\b/, text: /\bmilestone\b/i, kind: 'milestone', field: 'milestoned' },
  { icon: /octicon-pencil\b/, text: /\bchanged the title\b/i, kind: 'title', field: 'renamed' },
  { icon: /octicon-cross-reference\b/, text: /\b(mentioned|referenced) this\b/i, kind: 'link', field: 'cross-referenced' },
];

function classifyEvent(row: Element): { kind: EventKind; field: string } {
  const icons = Array.from(row.querySelectorAll('svg'))
    .map((svg) => svg.getAttribute('class') ?? '')
    .join(' ');
  const text = textOf(row);
  for (const rule of EVENT_RULES) if (rule.icon.test(icons)) return rule;
  for (const rule of EVENT_RULES) if (rule.text.test(text)) return rule;
  return { kind: 'other', field: 'event' };
}

function readEvent(row: Element, fallbackId: string, itemUrl: string): TrackerEvent | null {
  const at = isoOf(row.querySelector('relative-time[datetime]'));
  if (!at) return null;
  const { kind, field } = classifyEvent(row);
  const users = Array.from(row.querySelectorAll('a[data-hovercard-type="user"], a.author'))
    .map((a) => loginOf(a))
    .filter((l): l is string => l !== null);
  const actor = users[0] ?? null;
  const text = textOf(row);
  const event: TrackerEvent = { id: fallbackId, kind, actor, at, field };
  const id = row.getAttribute('data-timeline-event-id') ?? row.closest('[id^="event-"]')?.id ?? null;
  if (id) event.id = id.replace(/^event-/, '');
  const anchor = row.querySelector('a[href*="#event-"]')?.getAttribute('href');
  event.url = anchor ? new URL(anchor, itemUrl).href : itemUrl;

  if (kind === 'label') {
    const label = textOf(row.querySelector('a[href*="label%3A"], a[href*="/labels/"], .IssueLabel, [data-name]'));
    if (/\bremoved\b/i.test(text)) event.from = label || null;
    else event.to = label || null;
  } else if (kind === 'assignment') {
    // "ann assigned bob" → bob; "ann self-assigned this" → ann; "ann unassigned bob" → from bob.
    const assignee = /self-assigned/i.test(text) ? actor : (users.find((u) => u !== actor) ?? null);
    if (/\bunassigned\b/i.test(text)) event.from = assignee;
    else event.to = assignee;
  } else if (kind === 'resolved') {
    const notPlanned = /not planned/i.test(text) || /octicon-skip\b/.test(row.innerHTML);
    const resolution: Resolution = notPlanned ? 'not-planned' : /duplicate/i.test(text) ? 'duplicate' : 'done';
    event.resolution = resolution;
    event.to = 'closed';
  } else if (kind === 'reopened') {
    event.to = 'open';
  } else if (kind === 'milestone') {
    const milestone = textOf(row.querySelector('a[href*="/milestone/"]'));
    if (/\bremoved\b/i.test(text)) event.from = milestone || null;
    else event.to = milestone || null;
  } else if (kind === 'title') {
    const del = textOf(row.querySelector('del'));
    const ins = textOf(row.querySelector('ins'));
    if (del) event.from = del;
    if (ins) event.to = ins;
  }
  return event;
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

function stateFrom(text: string): { state: Item['state']; status: string } {
  return /closed/i.test(text) ? { state: 'done', status: 'closed' } : { state: 'open', status: 'open' };
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

/** Reads one issue page, React or classic view. Null when the page doesn't look like an issue
 * (still loading, a 404, or a layout we don't know). */
export function readIssuePage(doc: Document, match: PageMatch, pageUrl: string): PageRead | null {
  const key = match.key ? parseIssueKey(match.key) : null;
  if (!key) return null;
  const origin = new URL(pageUrl).origin;
  const itemUrl = `${origin}/${key.owner}/${key.repo}/issues/${key.number}`;
  const people: Record<string, Person> = {};

  // Right after in-app navigation the address already names the new issue while the page still
  // shows the old one: only read the issue the page says it is showing.
  const shown = shownIssueNumber(doc);
  if (shown !== null && shown !== key.number) return null;

  const react = doc.querySelector('[data-testid="issue-viewer-issue-container"]');
  const titleEl = react
    ? doc.querySelector('[data-testid="issue-title"]')
    : doc.querySelector('.js-issue-title, #partial-discussion-header .markdown-title');
  const title = textOf(titleEl);
  if (!title) return null;

  let creator: string | null;
  let created: string | null;
  let bodyEl: Element | null;
  let stateText: string;
  const comments: Comment[] = [];
  const events: TrackerEvent[] = [];
  let partial: boolean;

  if (react) {
    creator = loginOf(doc.querySelector('[data-testid="issue-body-header-author"]'));
    created = isoOf(
      doc.querySelector('[data-testid="issue-body-header-link"] relative-time, [data-testid="issue-body"] relative-time') ??
        react.querySelector('relative-time'),
    );
    bodyEl =
      doc.querySelector('[data-testid="issue-body-viewer"] .markdown-body') ??
      doc.querySelector('[data-testid="issue-body"] .markdown-body');
    stateText = textOf(doc.querySelector('[data-testid="header-state"]'));
    const rows = Array.from(doc.querySelectorAll('[data-wrapper-timeline-id]')).filter(
      (row) => !/^load-/.test(row.getAttribute('data-wrapper-timeline-id') ?? ''),
    );
    rows.forEach((row, i) => {
      const comment = row.querySelector('.react-issue-comment');
      if (comment) {
        const header = comment.querySelector('[data-testid="comment-header"]');
        const id = (header?.id ?? row.getAttribute('data-wrapper-timeline-id') ?? `page-comment-${i}`).replace(
          /^issuecomment-/,
          '',
        );
        const at = isoOf(comment.querySelector('relative-time[datetime]'));
        const body = comment.querySelector('[data-testid="markdown-body"]') ?? comment.querySelector('.markdown-body');
        if (!at) return;
        comments.push({
          id,
          author: loginOf(comment.querySelector('a[data-testid="avatar-link"], a[data-hovercard-type="user"]')),
          created: at,
          body: { text: renderedToText(body), format: 'markdown' },
          url: `${itemUrl}#issuecomment-${id}`,
          mentions: mentionsIn(body),
        });
        return;
      }
      const event = readEvent(row, `page-event-${i}`, itemUrl);
      if (event) events.push(event);
    });
    partial = Boolean(
      doc.querySelector(
        '[data-testid^="issue-timeline-load-more"], [data-wrapper-timeline-id^="load-"], [data-testid="timeline-crawler-pagination"]',
      ),
    );
  } else {
    const first = doc.querySelector('.js-discussion .timeline-comment, .js-discussion .js-comment-container');
    creator = loginOf(first?.querySelector('a.author'));
    created = isoOf(first?.querySelector('relative-time[datetime]'));
    bodyEl = first?.querySelector('.comment-body, .js-comment-body') ?? null;
    stateText = doc.querySelector('#partial-discussion-header .State, .gh-header-meta .State')?.getAttribute('title') ?? '';
    stateText ||= textOf(doc.querySelector('#partial-discussion-header .State'));
    const items = Array.from(doc.querySelectorAll('.js-discussion .js-timeline-item'));
    items.forEach((item, i) => {
      const commentEl = item.querySelector('.timeline-comment');
      if (commentEl) {
        if (commentEl === first || item.contains(first)) return;
        const group = item.querySelector('[id^="issuecomment-"]');
        const id = (group?.id ?? `page-comment-${i}`).replace(/^issuecomment-/, '');
        const at = isoOf(commentEl.querySelector('relative-time[datetime]'));
        const body = commentEl.querySelector('.comment-body, .js-comment-body');
        if (!at) return;
        comments.push({
          id,
          author: loginOf(commentEl.querySelector('a.author')),
          created: at,
          body: { text: renderedToText(body), format: 'markdown' },
          url: `${itemUrl}#issuecomment-${id}`,
          mentions: mentionsIn(body),
        });
        return;
      }
      const event = readEvent(item.querySelector('.TimelineItem') ?? item, `page-event-${i}`, itemUrl);
      if (event) events.push(event);
    });
    partial = Boolean(doc.querySelector('.ajax-pagination-form, #js-progressive-timeline-item-container .ajax-pagination-btn'));
  }

  if (!created) return null;
  const { state, status } = stateFrom(stateText);
  const labels = labelNames(sidebarLinks(doc, 'sidebar-labels-section', '.sidebar-labels, .js-issue-labels'));
  const assignees = sidebarLinks(doc, 'sidebar-assignees-section', '.js-issue-assignees, .sidebar-assignee')
    .map((a) => loginOf(a))
    .filter((l): l is string => l !== null);
  const milestone =
    textOf(sidebarLinks(doc, 'sidebar-milestones-section', '.sidebar-milestone').find((a) => /\/milestone\//.test(a.getAttribute('href') ?? ''))) ||
    null;

  // Same "opened" event the API converter adds, so both sources count issue creation alike.
  events.unshift({ id: `${match.key}/created`, kind: 'created', actor: creator, at: created, url: itemUrl, field: 'opened' });
  const closedEvent = [...events].reverse().find((e) => e.kind === 'resolved');
  const me = pageLogin(doc);
  for (const login of [creator, me, ...assignees, ...comments.map((c) => c.author), ...events.flatMap((e) => [e.actor, e.kind === 'assignment' ? (e.to ?? e.from ?? null) : null])]) {
    addPerson(people, login ?? null, origin);
  }

  const item: Item = {
    key: match.key!,
    tracker: 'github',
    url: itemUrl,
    title,
    type: 'issue',
    state,
    status,
    created,
    resolved: state === 'done' ? (closedEvent?.at ?? null) : null,
    resolution: state === 'done' ? (closedEvent?.resolution ?? null) : null,
    creator,
    reporter: creator,
    assignees: [...new Set(assignees)],
    milestone,
    fixVersions: [],
    labels,
    children: [],
    links: events
      .filter((e) => e.kind === 'link' && e.to)
      .map((e) => ({ type: 'cross-referenced', key: e.to! })),
    description: bodyEl ? { text: renderedToText(bodyEl), format: 'markdown' } : null,
    descriptionAuthor: creator,
    // The page doesn't list who edited the description; the API does.
    descriptionEdits: [],
    comments,
    events,
  };
  if (partial) item.partial = true;

  const data: TrackerData = {
    tracker: 'github',
    site: match.host,
    project: match.project,
    scope: 'item',
    items: [item],
    people,
    me,
    source: 'page',
  };
  if (partial) data.partial = true;
  return { data, partial };
}

/** Reads a repository's issue list (React list view or the classic one). */
export function readIssueListPage(doc: Document, match: PageMatch, pageUrl: string): PageRead | null {
  const origin = new URL(pageUrl).origin;
  const people: Record<string, Person> = {};
  const items: Item[] = [];

  const reactLinks = Array.from(doc.querySelectorAll('a[data-testid="issue-pr-title-link"]'));
  const rows: { row: Element; link: Element }[] = reactLinks.length
    ? reactLinks.map((link) => ({ row: link.closest('li, [role="listitem"]') ?? link.parentElement!, link }))
    : Array.from(doc.querySelectorAll('.js-issue-row')).flatMap((row) => {
        const link = row.querySelector('a.js-navigation-open, a.Link--primary, a[data-hovercard-type="issue"]');
        return link ? [{ row, link }] : [];
      });

  for (const { row, link } of rows) {
    const href = link.getAttribute('href') ?? '';
    const m = /\/([^/]+)\/([^/]+)\/issues\/(\d+)/.exec(new URL(href, origin).pathname);
    if (!m) continue; // pull requests share some list pages; they are not backlog items
    const key = `${m[1]}/${m[2]}#${m[3]}`;
    const icons = Array.from(row.querySelectorAll('svg'))
      .map((s) => s.getAttribute('class') ?? '')
      .join(' ');
    const closed = /octicon-issue-closed\b|octicon-skip\b/.test(icons);
    const notPlanned = /octicon-skip\b/.test(icons);
    const author =
      loginOf(row.querySelector('[data-testid="created-by"] a, .opened-by a, a[data-hovercard-type="user"]')) ?? null;
    const created = isoOf(row.querySelector('relative-time[datetime]'));
    if (!created) continue;
    const labels = labelNames(Array.from(row.querySelectorAll('a')));
    addPerson(people, author, origin);
    items.push({
      key,
      tracker: 'github',
      url: new URL(href, origin).href,
      title: textOf(link),
      type: 'issue',
      state: closed ? 'done' : 'open',
      status: closed ? 'closed' : 'open',
      created,
      resolution: closed ? (notPlanned ? 'not-planned' : 'done') : null,
      creator: author,
      reporter: author,
      assignees: [],
      fixVersions: [],
      labels,
      children: [],
      links: [],
      description: null,
      descriptionAuthor: author,
      descriptionEdits: [],
      comments: [],
      events: [{ id: `${key}/created`, kind: 'created', actor: author, at: created, url: new URL(href, origin).href, field: 'opened' }],
      // A list row shows no history: every item is partial evidence.
      partial: true,
    });
  }
  if (items.length === 0 && !doc.querySelector('[data-testid="list-view-items"], .js-navigation-container, [data-listview-component="items-list"]')) {
    return null;
  }
  const me = pageLogin(doc);
  addPerson(people, me, origin);
  return {
    data: {
      tracker: 'github',
      site: match.host,
      project: match.project,
      scope: 'backlog',
      items,
      people,
      me,
      source: 'page',
      partial: true,
    },
    partial: true,
  };
}
