import { describe, expect, it } from 'vitest';
import { deploymentOf, detectJira, type MetaSource } from './detect';
import type { PageMatch } from '../types';

/** A page's `<meta name=… content=…>` tags, as detect reads them. */
function metas(tags: Record<string, string>): MetaSource {
  return {
    querySelector(selector: string) {
      const name = /meta\[name="([^"]+)"\]/.exec(selector)?.[1];
      if (!name || !(name in tags)) return null;
      return { getAttribute: (attr: string) => (attr === 'content' ? (tags[name] ?? null) : null) };
    },
  };
}

const cloudMeta = metas({ 'ajs-cloud-id': 'a436116f-02ce-4520-8fbb-7301462a1674', 'ajs-context-path': '' });
const dcMeta = metas({ 'ajs-version-number': '9.12.14', 'ajs-context-path': '' });
const dcJiraMeta = metas({ 'ajs-version-number': '9.12.14', 'ajs-context-path': '/jira' });

type Expect = Omit<PageMatch, 'site'>;

// Address shapes as they appear in public READMEs, bookmarks and Atlassian's docs.
const cases: [string, MetaSource | undefined, Expect][] = [
  // Cloud issue view
  ['https://acme.atlassian.net/browse/OPS-7', cloudMeta,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'OPS', key: 'OPS-7', deployment: 'cloud' }],
  ['https://acme.atlassian.net/browse/OPS-7?focusedCommentId=10234', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'OPS', key: 'OPS-7', deployment: 'cloud' }],
  ['https://acme.atlassian.net/browse/MY_PROJ2-1234/', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'MY_PROJ2', key: 'MY_PROJ2-1234', deployment: 'cloud' }],
  ['https://acme.atlassian.net/browse/scrum-12', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'SCRUM', key: 'SCRUM-12', deployment: 'cloud' }],
  // Cloud backlog and board, company-managed and team-managed (/c/)
  ['https://bodo.atlassian.net/jira/software/projects/BE/boards/4/backlog', undefined,
    { kind: 'jira-backlog', host: 'bodo.atlassian.net', project: 'BE', key: null, boardId: '4', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/c/projects/PROD/boards/88/backlog', undefined,
    { kind: 'jira-backlog', host: 'acme.atlassian.net', project: 'PROD', key: null, boardId: '88', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/projects/scrum/boards/1/backlog/', undefined,
    { kind: 'jira-backlog', host: 'acme.atlassian.net', project: 'SCRUM', key: null, boardId: '1', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/projects/PTA/boards/20', undefined,
    { kind: 'jira-board', host: 'acme.atlassian.net', project: 'PTA', key: null, boardId: '20', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/c/projects/TAB/boards/1?quickFilter=12', undefined,
    { kind: 'jira-board', host: 'acme.atlassian.net', project: 'TAB', key: null, boardId: '1', deployment: 'cloud' }],
  // selectedIssue: the issue wins, the board is kept
  ['https://bodo.atlassian.net/jira/software/projects/BE/boards/4/backlog?selectedIssue=BE-3792', undefined,
    { kind: 'jira-issue', host: 'bodo.atlassian.net', project: 'BE', key: 'BE-3792', boardId: '4', deployment: 'cloud' }],
  ['https://table-au.atlassian.net/jira/software/c/projects/TAB/boards/1/backlog?selectedIssue=TAB-1&issueLimit=100&atlOrigin=eyJpIjoi', undefined,
    { kind: 'jira-issue', host: 'table-au.atlassian.net', project: 'TAB', key: 'TAB-1', boardId: '1', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/projects/PTA/boards/20?selectedIssue=pta-8', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'PTA', key: 'PTA-8', boardId: '20', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/c/projects/WEB/list?selectedIssue=WEB-31', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'WEB', key: 'WEB-31', boardId: null, deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/projects/WEB/boards/3/timeline?selectedIssue=WEB-2', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'WEB', key: 'WEB-2', boardId: '3', deployment: 'cloud' }],
  ['https://acme.atlassian.net/jira/software/c/projects/WEB/issues/WEB-40', undefined,
    { kind: 'jira-issue', host: 'acme.atlassian.net', project: 'WEB', key: 'WEB-40', deployment: 'cloud' }],
  // Classic RapidBoard, Cloud and Data Center
  ['https://rllinsure.atlassian.net/secure/RapidBoard.jspa?rapidView=3&projectKey=RLL', undefined,
    { kind: 'jira-board', host: 'rllinsure.atlassian.net', project: 'RLL', key: null, boardId: '3', deployment: 'cloud' }],
  ['https://jira.corp.example/secure/RapidBoard.jspa?rapidView=261&view=planning', dcMeta,
    { kind: 'jira-backlog', host: 'jira.corp.example', project: null, key: null, boardId: '261', deployment: 'data-center' }],
  ['https://jira.corp.example/secure/RapidBoard.jspa?rapidView=261&projectKey=OPS&view=planning.nodetail', dcMeta,
    { kind: 'jira-backlog', host: 'jira.corp.example', project: 'OPS', key: null, boardId: '261', deployment: 'data-center' }],
  ['https://jira.corp.example/secure/RapidBoard.jspa?rapidView=10&useStoredSettings=true', dcMeta,
    { kind: 'jira-board', host: 'jira.corp.example', project: null, key: null, boardId: '10', deployment: 'data-center' }],
  ['https://jira.corp.example/secure/RapidBoard.jspa?rapidView=10&view=detail&selectedIssue=OPS-3', dcMeta,
    { kind: 'jira-issue', host: 'jira.corp.example', project: 'OPS', key: 'OPS-3', boardId: '10', deployment: 'data-center' }],
  // Data Center issue views, at the root and under a context path
  ['https://jira.corp.example/browse/OPS-7', dcMeta,
    { kind: 'jira-issue', host: 'jira.corp.example', project: 'OPS', key: 'OPS-7', deployment: 'data-center' }],
  ['https://jira.corp.example/projects/OPS/issues/OPS-7?filter=allopenissues', dcMeta,
    { kind: 'jira-issue', host: 'jira.corp.example', project: 'OPS', key: 'OPS-7', deployment: 'data-center' }],
  ['https://tracker.example.com/jira/browse/OPS-7', dcJiraMeta,
    { kind: 'jira-issue', host: 'tracker.example.com', project: 'OPS', key: 'OPS-7', contextPath: '/jira', deployment: 'data-center' }],
  ['https://tracker.example.com/jira/secure/RapidBoard.jspa?rapidView=5354&view=planning', dcJiraMeta,
    { kind: 'jira-backlog', host: 'tracker.example.com', project: null, key: null, boardId: '5354', contextPath: '/jira', deployment: 'data-center' }],
  ['https://tracker.example.com/jira/secure/RapidBoard.jspa?rapidView=1&selectedIssue=PROJ-7', dcJiraMeta,
    { kind: 'jira-issue', host: 'tracker.example.com', project: 'PROJ', key: 'PROJ-7', boardId: '1', contextPath: '/jira', deployment: 'data-center' }],
  ['https://tracker.example.com/jira/projects/OPS/issues/OPS-9', dcJiraMeta,
    { kind: 'jira-issue', host: 'tracker.example.com', project: 'OPS', key: 'OPS-9', contextPath: '/jira', deployment: 'data-center' }],
  // Context path without its meta tag (page not fully loaded): /browse and RapidBoard still reveal it
  ['https://rb-tracker.example.com/tracker19/secure/RapidBoard.jspa?rapidView=5202', undefined,
    { kind: 'jira-board', host: 'rb-tracker.example.com', project: null, key: null, boardId: '5202', contextPath: '/tracker19' }],
  ['https://jira.example.org:8443/jira/browse/ABC-1', undefined,
    { kind: 'jira-issue', host: 'jira.example.org:8443', project: 'ABC', key: 'ABC-1', contextPath: '/jira' }],
];

describe('detectJira', () => {
  it.each(cases)('%s', (url, doc, expected) => {
    expect(detectJira(url, doc)).toEqual({ site: 'jira', ...expected });
  });

  it.each([
    'https://acme.atlassian.net/jira/your-work',
    'https://acme.atlassian.net/jira/software/projects/BE/boards/4/reports/burndown',
    'https://acme.atlassian.net/jira/software/c/projects/WEB/list',
    'https://acme.atlassian.net/wiki/spaces/ENG/pages/123/Roadmap',
    'https://acme.atlassian.net/browse/OPS', // a project, not an issue
    'https://acme.atlassian.net/browse/OPS-7/comments',
    'https://jira.corp.example/secure/RapidBoard.jspa?rapidView=261&view=reporting&chart=burndownChart',
    'https://jira.corp.example/secure/RapidBoard.jspa',
    'https://jira.corp.example/secure/RapidBoard.jspa?rapidView=abc',
    'https://jira.corp.example/secure/Dashboard.jspa',
    'https://jira.corp.example/issues/?jql=project%20%3D%20OPS',
    'https://jira.corp.example/secure/Dashboard.jspa?selectedIssue=NOT A KEY',
    'not a url',
  ])('no panel on %s', (url) => {
    expect(detectJira(url, dcMeta)).toBeNull();
  });

  it('keeps the issue from a selectedIssue on the issue navigator', () => {
    expect(detectJira('https://jira.corp.example/issues/?jql=project%3DOPS&selectedIssue=OPS-4', dcMeta)).toMatchObject({
      kind: 'jira-issue',
      key: 'OPS-4',
      boardId: null,
    });
  });

  it('follows a selectedIssue change on the same board (the panel re-runs detect on navigation)', () => {
    const base = 'https://acme.atlassian.net/jira/software/projects/BE/boards/4/backlog';
    const keys = [`${base}?selectedIssue=BE-1`, `${base}?selectedIssue=BE-2`, base].map((u) => detectJira(u)?.key ?? null);
    expect(keys).toEqual(['BE-1', 'BE-2', null]);
  });

  it('ignores a context path meta that the URL does not start with', () => {
    expect(detectJira('https://jira.corp.example/browse/OPS-1', metas({ 'ajs-context-path': '/jira' }))).toMatchObject({
      key: 'OPS-1',
    });
    expect(detectJira('https://jira.corp.example/browse/OPS-1', metas({ 'ajs-context-path': '/jira' }))?.contextPath).toBeUndefined();
  });

  it('never throws on a document that throws', () => {
    const hostile: MetaSource = {
      querySelector() {
        throw new Error('boom');
      },
    };
    expect(detectJira('https://jira.corp.example/browse/OPS-1', hostile)?.key).toBe('OPS-1');
  });
});

describe('deploymentOf', () => {
  it.each<[string, MetaSource | undefined, 'cloud' | 'data-center' | null]>([
    ['acme.atlassian.net', undefined, 'cloud'],
    ['legacy.jira.com', undefined, 'cloud'],
    ['jira.corp.example', metas({ 'ajs-cloud-id': 'abc' }), 'cloud'], // Cloud behind a custom domain
    ['jira.corp.example', metas({ 'ajs-version-number': '1001.0.0-SNAPSHOT' }), 'cloud'],
    ['jira.corp.example', metas({ 'ajs-version-number': '8.20.30' }), 'data-center'],
    ['jira.corp.example', metas({ 'ajs-remote-user': 'ann' }), 'data-center'],
    ['jira.corp.example', metas({}), null],
    ['jira.corp.example', undefined, null],
  ])('%s %#', (host, doc, expected) => {
    expect(deploymentOf(host, doc)).toBe(expected);
  });
});
