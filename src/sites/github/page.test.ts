// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectGitHub } from './detect';
import { loginOf, readIssueListPage, readIssuePage, renderedToText } from './page';

const FIXTURES = join(__dirname, '../../../test/fixtures/pages/github');

function load(name: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = readFileSync(join(FIXTURES, name), 'utf8').replace(/^<!DOCTYPE html>/i, '');
  return doc;
}

describe('readIssuePage — React issue view', () => {
  const url = 'https://github.com/acme/widgets/issues/42';
  const match = detectGitHub(url)!;
  const read = readIssuePage(load('issue-react.html'), match, url)!;
  const item = read.data.items[0]!;

  it('reads the issue header, author and body', () => {
    expect(read.data).toMatchObject({ tracker: 'github', site: 'github.com', project: 'acme/widgets', scope: 'item', me: 'pat-pm', source: 'page' });
    expect(item).toMatchObject({
      key: 'acme/widgets#42',
      url,
      title: 'Export the weekly report as CSV',
      state: 'done',
      status: 'closed',
      created: '2026-10-01T09:00:00.000Z',
      creator: 'pat-pm',
      descriptionAuthor: 'pat-pm',
      assignees: ['pat-pm'],
      labels: ['enhancement'],
      milestone: 'Q4 reporting',
      resolution: 'not-planned',
      resolved: '2026-10-03T08:31:00.000Z',
    });
    // Headings and checkboxes survive so the classifiers can find "why" and acceptance criteria.
    expect(item.description?.text).toContain('## Why');
    expect(item.description?.text).toContain('- [x] A CSV button on the report page');
    expect(item.description?.text).toContain('- [ ] Columns match the on-screen table');
    // The reaction bar is not part of the body.
    expect(item.description?.text).not.toContain('👍');
  });

  it('reads comments with authors, times and mentions', () => {
    expect(item.comments.map((c) => [c.id, c.author, c.created, c.mentions])).toEqual([
      ['3100000001', 'erin-em', '2026-10-02T10:05:00.000Z', ['dev-dana']],
      ['3100000002', 'dev-dana', '2026-10-03T08:30:00.000Z', []],
    ]);
    expect(item.comments[0]!.body.text).toMatch(/^Risk: the report query times out/);
    expect(item.comments[0]!.url).toBe(`${url}#issuecomment-3100000001`);
  });

  it('reads the timeline events the page shows', () => {
    expect(item.events.map((e) => [e.kind, e.actor, e.at, e.from ?? null, e.to ?? null])).toEqual([
      ['created', 'pat-pm', '2026-10-01T09:00:00.000Z', null, null],
      ['label', 'pat-pm', '2026-10-01T09:05:00.000Z', null, 'enhancement'],
      ['assignment', 'erin-em', '2026-10-02T10:00:00.000Z', null, 'pat-pm'],
      ['resolved', 'dev-dana', '2026-10-03T08:31:00.000Z', null, 'closed'],
    ]);
    expect(item.events[3]!.resolution).toBe('not-planned');
  });

  it('knows everyone it saw, and is not partial when nothing is folded', () => {
    expect(Object.keys(read.data.people).sort()).toEqual(['dev-dana', 'erin-em', 'pat-pm']);
    expect(read.partial).toBe(false);
    expect(item.partial).toBeUndefined();
  });

  it.each([
    '<button data-testid="issue-timeline-load-more-load-top">Load more</button>',
    '<div data-wrapper-timeline-id="load-top"><button>Load all</button></div>',
    '<nav data-testid="timeline-crawler-pagination"><a rel="next" href="?timeline_page=1">Next</a></nav>',
  ])('marks the evidence partial when the timeline is folded: %s', (fold) => {
    const doc = load('issue-react.html');
    doc.querySelector('[data-testid="issue-timeline-container"]')!.insertAdjacentHTML('afterbegin', fold);
    const folded = readIssuePage(doc, match, url)!;
    expect(folded.partial).toBe(true);
    expect(folded.data.partial).toBe(true);
    expect(folded.data.items[0]!.partial).toBe(true);
    // The fold itself is not read as an event.
    expect(folded.data.items[0]!.events).toHaveLength(4);
  });

  it('refuses to read another issue than the one asked for (in-app navigation not finished)', () => {
    const other = detectGitHub('https://github.com/acme/widgets/issues/45')!;
    expect(readIssuePage(load('issue-react.html'), other, 'https://github.com/acme/widgets/issues/45')).toBeNull();
  });

  it('gives up (null) on a page that has no issue in it yet', () => {
    const doc = document.implementation.createHTMLDocument('Page not found · GitHub');
    expect(readIssuePage(doc, match, url)).toBeNull();
  });
});

describe('readIssuePage — each kind of timeline row', () => {
  const user = (login: string) => `<a href="/${login}" data-hovercard-type="user" data-hovercard-url="/users/${login}/hovercard">${login}</a>`;
  const at = '<relative-time datetime="2026-06-02T10:00:00Z">Jun 2</relative-time>';
  const icon = (name: string) => `<svg class="octicon octicon-${name}" aria-hidden="true"></svg>`;
  function readRow(row: string) {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `
      <div data-testid="issue-header"><h1><bdi data-testid="issue-title">Row test</bdi> #5</h1><span data-testid="header-state">Open</span></div>
      <div data-testid="issue-viewer-issue-container">
        <div data-testid="issue-body"><a data-testid="issue-body-header-author" href="/ann">ann</a> <relative-time datetime="2026-06-01T10:00:00Z">Jun 1</relative-time></div>
        <div data-wrapper-timeline-id="E_1"><div data-timeline-event-id="E_1">${row}</div></div>
      </div>`;
    const item = readIssuePage(doc, detectGitHub('https://github.com/o/r/issues/5')!, 'https://github.com/o/r/issues/5')!.data.items[0]!;
    const event = item.events.find((e) => e.kind !== 'created')!;
    return [event.kind, event.actor, event.from ?? null, event.to ?? null, event.resolution ?? null];
  }

  it.each([
    ['label added', `${icon('tag')} ${user('ann')} added the <a href="/o/r/issues?q=label%3Abug"><span>bug</span></a> label ${at}`, ['label', 'ann', null, 'bug', null]],
    ['label removed', `${icon('tag')} ${user('ann')} removed the <a href="/o/r/labels/bug">bug</a> label ${at}`, ['label', 'ann', 'bug', null, null]],
    // The converter's own rule: priority labels are priority changes, from the page as from the API.
    ['priority label', `${icon('tag')} ${user('erin')} added the <a href="/o/r/labels/p1">p1</a> label ${at}`, ['priority', 'erin', null, 'p1', null]],
    ['assigned', `${icon('person')} ${user('erin')} assigned ${user('bob')} ${at}`, ['assignment', 'erin', null, 'bob', null]],
    ['unassigned', `${icon('person')} ${user('erin')} unassigned ${user('bob')} ${at}`, ['assignment', 'erin', 'bob', null, null]],
    ['self-assigned', `${icon('person')} ${user('bob')} self-assigned this ${at}`, ['assignment', 'bob', null, 'bob', null]],
    ['closed as completed', `${icon('issue-closed')} ${user('bob')} closed this as completed ${at}`, ['resolved', 'bob', null, 'closed', 'done']],
    ['closed as duplicate', `${icon('issue-closed')} ${user('bob')} closed this as a duplicate of #3 ${at}`, ['resolved', 'bob', null, 'closed', 'duplicate']],
    ['reopened', `${icon('issue-reopened')} ${user('ann')} reopened this ${at}`, ['reopened', 'ann', null, 'open', null]],
    ['milestone added', `${icon('milestone')} ${user('ann')} added this to the <a href="/o/r/milestone/2">v2</a> milestone ${at}`, ['milestone', 'ann', null, 'v2', null]],
    ['milestone removed', `${icon('milestone')} ${user('ann')} removed this from the <a href="/o/r/milestone/2">v2</a> milestone ${at}`, ['milestone', 'ann', 'v2', null, null]],
    ['renamed', `${icon('pencil')} ${user('ann')} changed the title <del>Old</del> <ins>New</ins> ${at}`, ['title', 'ann', 'Old', 'New', null]],
    ['cross-referenced', `${icon('cross-reference')} ${user('bob')} mentioned this <a href="/o/other/issues/9">#9</a> ${at}`, ['link', 'bob', null, 'o/other#9', null]],
    ['something else', `${icon('project')} ${user('ann')} moved this to Done in Roadmap ${at}`, ['other', 'ann', null, null, null]],
  ])('%s', (_name, row, expected) => {
    expect(readRow(row)).toEqual(expected);
  });
});

describe('readIssuePage — a sparser React rendering (rows without wrappers)', () => {
  it('still finds the body, comments and their authors', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `
      <div data-testid="issue-header"><h1><bdi data-testid="issue-title">Dark mode</bdi> <span>#9</span></h1><span data-testid="header-state">Open</span></div>
      <div data-testid="issue-viewer-issue-container">
        <div data-testid="issue-body"><a data-testid="issue-body-header-author" href="/ann">ann</a> opened <relative-time datetime="2026-05-01T10:00:00Z">May 1</relative-time>
          <div data-testid="markdown-body"><p>Users at night want it.</p></div></div>
        <div data-testid="issue-timeline-container">
          <div data-timeline-event-id="IC_1"><div id="issuecomment-77" data-testid="comment-header"><a data-testid="avatar-link" href="/bob">bob</a> commented <relative-time datetime="2026-05-02T10:00:00Z">May 2</relative-time></div>
            <div data-testid="markdown-body"><p>On it.</p></div></div>
        </div>
      </div>`;
    const read = readIssuePage(doc, detectGitHub('https://github.com/o/r/issues/9')!, 'https://github.com/o/r/issues/9')!;
    const item = read.data.items[0]!;
    expect(item.description?.text).toBe('Users at night want it.');
    expect(item.comments.map((c) => [c.id, c.author, c.body.text])).toEqual([['77', 'bob', 'On it.']]);
  });
});

describe('readIssuePage — classic issue view on an Enterprise host', () => {
  const url = 'https://github.corp.example/corp/portal/issues/7';
  const match = detectGitHub(url)!;
  const read = readIssuePage(load('issue-classic.html'), match, url)!;
  const item = read.data.items[0]!;

  it('reads header, body, comments and events', () => {
    expect(item).toMatchObject({
      key: 'corp/portal#7',
      title: 'Onboarding checklist for new admins',
      state: 'open',
      created: '2026-09-10T12:00:00.000Z',
      creator: 'erin-em',
      assignees: ['dev-dana'],
      labels: ['documentation'],
      resolved: null,
    });
    expect(item.description?.text).toBe('New admins get lost in the first week. Steps:\n- Write the checklist\n- Link it from the portal');
    expect(item.comments.map((c) => [c.id, c.author, c.mentions])).toEqual([['9900000003', 'dev-dana', ['erin-em']]]);
    expect(item.events.map((e) => [e.id, e.kind, e.actor, e.to ?? null])).toEqual([
      ['corp/portal#7/created', 'created', 'erin-em', null],
      ['8800000001', 'label', 'erin-em', 'documentation'],
      ['8800000002', 'assignment', 'dev-dana', 'dev-dana'],
    ]);
    expect(read.data.people['dev-dana']?.url).toBe('https://github.corp.example/dev-dana');
  });

  it('notices the "hidden items / Load more" fold', () => {
    expect(read.partial).toBe(true);
    expect(item.partial).toBe(true);
  });
});

describe('readIssueListPage', () => {
  it('reads the React list: numbers, titles, authors, labels, states', () => {
    const url = 'https://github.com/acme/widgets/issues?q=is%3Aissue';
    const read = readIssueListPage(load('list-react.html'), detectGitHub(url)!, url)!;
    expect(read.data.scope).toBe('backlog');
    expect(read.data.items.map((i) => [i.key, i.title, i.creator, i.labels, i.state, i.resolution])).toEqual([
      ['acme/widgets#45', 'Let admins export audit logs', 'pat-pm', ['enhancement', 'p1'], 'open', null],
      ['acme/widgets#44', 'Fix timezone in the weekly email', 'dev-dana', ['bug'], 'done', 'done'],
      ['acme/widgets#42', 'Export the weekly report as CSV', 'pat-pm', [], 'done', 'not-planned'],
    ]);
    expect(read.data.items[0]!.created).toBe('2026-11-20T10:00:00.000Z');
    expect(read.partial).toBe(true);
  });

  it('reads the classic list', () => {
    const url = 'https://github.corp.example/corp/portal/issues';
    const read = readIssueListPage(load('list-classic.html'), detectGitHub(url)!, url)!;
    expect(read.data.items.map((i) => [i.key, i.creator, i.labels, i.state])).toEqual([
      ['corp/portal#7', 'erin-em', ['documentation'], 'open'],
      ['corp/portal#5', 'dev-dana', [], 'done'],
    ]);
    expect(read.data.me).toBe('erin-em');
  });

  it('returns null when the page has no list at all', () => {
    const url = 'https://github.com/acme/widgets/issues';
    expect(readIssueListPage(document.implementation.createHTMLDocument(''), detectGitHub(url)!, url)).toBeNull();
  });
});

describe('loginOf', () => {
  const link = (html: string): Element => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return div.firstElementChild!;
  };
  it.each([
    ['<a data-hovercard-url="/users/ann/hovercard" href="/search?q=x">someone</a>', 'ann'],
    ['<a href="/bob">Bob B.</a>', 'bob'],
    ['<a href="https://github.com/carol-c">x</a>', 'carol-c'],
    ['<a href="/apps/dependabot">dependabot</a>', 'dependabot'],
    ['<a href="/acme/widgets/issues/1">#1</a>', null],
    ['<a>@dave</a>', 'dave'],
  ])('%s → %s', (html, login) => {
    expect(loginOf(link(html))).toBe(login);
  });
});

describe('renderedToText', () => {
  it('keeps block structure as lines', () => {
    const div = document.createElement('div');
    div.innerHTML = '<h3>Done when</h3><p>one<br>two</p><blockquote><p>quoted</p></blockquote>';
    expect(renderedToText(div)).toBe('### Done when\none\ntwo\n> quoted');
  });
});
