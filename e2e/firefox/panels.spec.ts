// Firefox: the panel on each kind of page users have (GitHub issue and issue list, Jira issue,
// backlog and board), filled with signals and evidence, and concluding what the adapter and the
// engine conclude in Node on the same fixtures. A table of worlds: a new page kind, or a fault, is
// one more row.
import type { Analysis } from '../../src/core/engine';
import { CLOUD_TEAM, FakeJira, makeBacklog, type FakeJiraOptions } from '../../test/fixtures/jira/load-fake-jira';
import { fixturePage, widgetsGitHub } from '../../test/fixtures/github/load-fake-github';
import { expectedGitHubAnalysis, serveGitHubApi } from '../github-world';
import { cards, expectedAnalysis, jiraPage, restCalls, serveFakeJira } from '../jira-world';
import type { World } from '../world';
import { expect, test } from './harness';
import { expectConclusions, panelText, waitReady } from './panel';

const SITE = 'https://acme.atlassian.net';
const ME = CLOUD_TEAM[0]!.id;
const TAGS = { 'ajs-cloud-id': '7d1f9c6e-0000-4a1b-9c2d-000000000001', 'ajs-atlassian-account-id': ME, 'ajs-context-path': '' };

interface PageCase {
  name: string;
  url: string;
  /** Serves the page and its API in the world. */
  serve(world: World): void;
  /** The panel's scope line. */
  scope: string;
  /** The tracker requests the panel makes, as "METHOD path"; and how to list them from the world. */
  requests: string[];
  calls(world: World): string[];
  expected(): Promise<Analysis>;
  /** Signals that must show evidence (small fixtures have too little for most). */
  minWithEvidence: number;
}

function jiraCase(name: string, path: string, page: string, opts: FakeJiraOptions, scope: string, requests: string[]): PageCase {
  return {
    name,
    url: `${SITE}${path}`,
    serve(world) {
      serveFakeJira(world, new FakeJira(opts));
      world.on(`${SITE}${path}`, { body: page });
    },
    scope,
    requests,
    calls: (world) => restCalls(world, SITE),
    expected: async () => (await expectedAnalysis(`${SITE}${path}`, TAGS, opts)).analysis,
    minWithEvidence: 1,
  };
}

function githubCase(name: string, path: string, page: string, scope: string, requests: string[], minWithEvidence = 1): PageCase {
  const url = `https://github.com${path}`;
  return {
    name,
    url,
    serve(world) {
      serveGitHubApi(world, widgetsGitHub());
      world.on(url, { body: fixturePage(page) });
    },
    scope,
    requests,
    calls: (world) => world.seen('api.github.com').map((r) => `${r.method} ${new URL(r.url).pathname}`),
    expected: async () => (await expectedGitHubAnalysis(url, fixturePage(page), widgetsGitHub())).analysis,
    minWithEvidence,
  };
}

const issue = makeBacklog({ project: 'OPS', count: 1, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 30, commentsPerIssue: 4 })[0]!;
issue.key = 'OPS-7';
const backlog = makeBacklog({ project: 'PROD', count: 60, team: CLOUD_TEAM, deployment: 'cloud' });

const PAGE_CASES: PageCase[] = [
  githubCase('GitHub issue', '/acme/widgets/issues/42', 'issue-react.html', 'Issue acme/widgets#42 · from the GitHub API', [
    'GET /repos/acme/widgets/issues/42',
    'GET /repos/acme/widgets/issues/42/timeline',
    'GET /search/issues',
  ]),
  // Three issues are too few for most backlog signals; the panel must agree on each status anyway.
  githubCase('GitHub issue list', '/acme/widgets/issues', 'list-react.html', '3 items in this backlog · from the GitHub API', ['GET /repos/acme/widgets/issues'], 0),
  jiraCase(
    'Jira issue',
    '/browse/OPS-7',
    jiraPage('cloud-issue', { KEY: 'OPS-7', PROJECT: 'OPS', SUMMARY: issue.summary, ACCOUNT_ID: ME }),
    { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues: [issue] },
    'Work item OPS-7',
    ['GET /rest/api/3/issue/OPS-7'],
  ),
  // The backlog and the board read the same project the same way.
  ...(['backlog', 'board'] as const).map((view) =>
    jiraCase(
      `Jira ${view}`,
      `/jira/software/c/projects/PROD/boards/88${view === 'backlog' ? '/backlog' : ''}`,
      jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: view, ACCOUNT_ID: ME, CARDS: cards(['PROD-1', 'PROD-2']) }),
      { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues: backlog },
      view === 'backlog' ? '60 items in this backlog' : '60 items',
      ['GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch'],
    ),
  ),
  // Board 4 is the board of the fake's sprint ("Sprint 12", two weeks): its issues' Sprint field sets
  // the sprint length small-scopes shows, at no request more.
  jiraCase(
    'Jira backlog of the board its sprint is on',
    '/jira/software/c/projects/PROD/boards/4/backlog',
    jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: cards(['PROD-1', 'PROD-2']) }),
    { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues: backlog },
    // The sprint in view, with its days, so a grooming session knows which sprint the verdicts speak of.
    '60 items in this backlog · Sprint 12, Feb 23 – Mar 9 ·',
    ['GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch'],
  ),
];

for (const c of PAGE_CASES) {
  test(`${c.name}: one panel, filled with the signals and evidence Node concludes`, async ({ firefox, tab, world }) => {
    c.serve(world);
    await firefox.navigate(tab, c.url);
    await waitReady(tab);
    // Intl may put thin spaces around a span's dash.
    expect((await panelText(tab, '.scope')).replace(/\s/g, ' ')).toContain(c.scope);
    expect(c.calls(world)).toEqual(c.requests);
    await expectConclusions(tab, await c.expected(), c.minWithEvidence);
  });
}

// A board over the item cap is read as a sample: its top 200 items by rank, each with its whole
// history, in three requests; the panel says what was read.
test('Jira board of 2,000 items: the top 200 in 3 requests, and the panel says it sampled them', async ({ firefox, tab, world }) => {
  const path = '/jira/software/c/projects/BIG/boards/7/backlog';
  const issues = makeBacklog({ project: 'BIG', count: 2_000, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: 20 });
  const opts: FakeJiraOptions = { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues };
  serveFakeJira(world, new FakeJira(opts));
  world.on(`${SITE}${path}`, { body: jiraPage('cloud-board', { PROJECT: 'BIG', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: cards(['BIG-1', 'BIG-2']) }) });
  await firefox.navigate(tab, `${SITE}${path}`);
  await waitReady(tab);
  expect(restCalls(world, SITE)).toEqual(['GET /rest/api/3/search/jql', 'GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
  expect(await panelText(tab, '.scope')).toContain('200 items in this backlog');
  expect(await panelText(tab, '.notice.info')).toContain('first 200 items of this backlog in rank order');
  await expectConclusions(tab, (await expectedAnalysis(`${SITE}${path}`, TAGS, opts)).analysis, 1);
});
