import { describe, expect, it } from 'vitest';
import { detectGitHub, issueKey } from './detect';

// Real github.com address shapes, as a PM would have them in the address bar.
const issues: [string, string, string][] = [
  ['https://github.com/microsoft/vscode/issues/12345', 'microsoft/vscode', 'microsoft/vscode#12345'],
  ['https://github.com/microsoft/vscode/issues/12345/', 'microsoft/vscode', 'microsoft/vscode#12345'],
  ['https://github.com/facebook/react/issues/24502#issuecomment-1130240390', 'facebook/react', 'facebook/react#24502'],
  ['https://github.com/facebook/react/issues/24502?notification_referrer_id=NT_kwDO', 'facebook/react', 'facebook/react#24502'],
  ['https://github.com/octo-org/octo.repo/issues/7', 'octo-org/octo.repo', 'octo-org/octo.repo#7'],
  ['https://github.com//refined-github/refined-github//issues/1', 'refined-github/refined-github', 'refined-github/refined-github#1'],
  ['https://github.example-corp.com/platform/billing/issues/88', 'platform/billing', 'platform/billing#88'],
  ['https://ghe.internal:8443/a/b/issues/3', 'a/b', 'a/b#3'],
];

const lists: [string, string, string | null][] = [
  ['https://github.com/microsoft/vscode/issues', 'microsoft/vscode', null],
  ['https://github.com/microsoft/vscode/issues/', 'microsoft/vscode', null],
  [
    'https://github.com/microsoft/vscode/issues?q=is%3Aissue+is%3Aopen+label%3Abug',
    'microsoft/vscode',
    'is:issue is:open label:bug',
  ],
  ['https://github.com/microsoft/vscode/issues?q=', 'microsoft/vscode', null],
  ['https://github.com/microsoft/vscode/issues?page=2&q=milestone%3A%22Nov+2026%22#top', 'microsoft/vscode', 'milestone:"Nov 2026"'],
  ['https://github.com/microsoft/vscode/issues/created_by/me', 'microsoft/vscode', 'is:issue state:open author:me'],
  ['https://github.com/microsoft/vscode/issues/assigned/ann', 'microsoft/vscode', 'is:issue state:open assignee:ann'],
  ['https://github.com/microsoft/vscode/labels/good%20first%20issue', 'microsoft/vscode', 'is:issue state:open label:"good first issue"'],
  ['https://github.com/microsoft/vscode/issues/views/3', 'microsoft/vscode', null],
  ['https://github.example-corp.com/platform/billing/issues?q=is%3Aclosed', 'platform/billing', 'is:closed'],
];

const projects: [string, string, string, string | null][] = [
  ['https://github.com/orgs/github/projects/4247', 'orgs/github', '4247', null],
  ['https://github.com/orgs/github/projects/4247/views/1', 'orgs/github', '4247', null],
  ['https://github.com/users/fregante/projects/3/views/2?layout=board', 'users/fregante', '3', null],
  [
    'https://github.com/orgs/acme/projects/9/views/1?pane=issue&itemId=12345&issue=acme%7Cweb%7C42',
    'orgs/acme',
    '9',
    'acme/web#42',
  ],
];

const nothing = [
  'https://github.com/',
  'https://github.com/microsoft/vscode',
  'https://github.com/microsoft/vscode/',
  'https://github.com/microsoft/vscode/pulls',
  'https://github.com/microsoft/vscode/pull/1',
  'https://github.com/microsoft/vscode/pull/1/files',
  'https://github.com/microsoft/vscode/issues/new',
  'https://github.com/microsoft/vscode/issues/new/choose',
  'https://github.com/microsoft/vscode/issues/templates/edit',
  'https://github.com/microsoft/vscode/blob/main/README.md',
  'https://github.com/microsoft/vscode/tree/main/src',
  'https://github.com/microsoft/vscode/commits',
  'https://github.com/microsoft/vscode/milestones',
  'https://github.com/microsoft/vscode/projects',
  'https://github.com/issues',
  'https://github.com/pulls',
  'https://github.com/notifications',
  'https://github.com/settings/profile',
  'https://github.com/orgs/github/projects',
  'https://github.com/orgs/github/repositories',
  'https://github.com/marketplace/actions/checkout',
  'https://github.com/fregante',
  'https://gist.github.com/fregante/2205329b71218fa2c1d3',
  'not a url',
];

describe('detectGitHub', () => {
  it.each(issues)('%s is an issue page', (url, project, key) => {
    const m = detectGitHub(url);
    expect(m).toMatchObject({ site: 'github', kind: 'github-issue', project, key });
    expect(m?.host).toBe(new URL(url).host);
  });

  it.each(lists)('%s is an issue list', (url, project, query) => {
    expect(detectGitHub(url)).toEqual({
      site: 'github',
      kind: 'github-issue-list',
      host: new URL(url).host,
      project,
      key: null,
      query,
    });
  });

  it.each(projects)('%s is a Projects view', (url, owner, number, key) => {
    expect(detectGitHub(url)).toEqual({
      site: 'github',
      kind: 'github-project',
      host: 'github.com',
      project: owner,
      key,
      issue: key === null ? null : { owner: 'acme', repo: 'web', number: 42 },
      boardId: number,
    });
  });

  it.each(nothing)('%s gets no panel', (url) => {
    expect(detectGitHub(url)).toBeNull();
  });

  it('accepts a URL object as well as a string', () => {
    expect(detectGitHub(new URL('https://github.com/a/b/issues/2'))?.key).toBe('a/b#2');
  });
});

describe('the issue in view, by its parts', () => {
  it.each([
    ['https://github.com/a/b/issues/1', { owner: 'a', repo: 'b', number: 1 }],
    ['https://github.com/octo-org/octo.repo/issues/77#issuecomment-5', { owner: 'octo-org', repo: 'octo.repo', number: 77 }],
    ['https://ghe.internal:8443/a/b/issues/3', { owner: 'a', repo: 'b', number: 3 }],
  ])('%s', (url, parts) => {
    const match = detectGitHub(url);
    expect(match?.issue).toEqual(parts);
    // The key the model uses names the same issue.
    expect(issueKey(parts)).toBe(match?.key);
  });

  it('lists have none', () => {
    expect(detectGitHub('https://github.com/a/b/issues')?.issue).toBeUndefined();
  });
});
