// Jira Data Center under a context path (https://tracker.example.com/jira/…), end to end: the site is
// added in the options page, the content script comes to it, and the panel reads /jira/rest/api/2.
import { DC_TEAM, FakeJira, jiraTime, makeBacklog, type FakeJiraOptions } from '../test/fixtures/jira/load-fake-jira';
import { expect, panelRoot, signalRow, signalRows, test } from './harness';
import { addJiraSite, cards, expectedAnalysis, jiraPage, serveSelfHosted } from './jira-world';

// Under a full parallel run the extension's first load can take a few seconds.
const SLOW = { timeout: 15_000 };

const ORIGIN = 'https://tracker.example.com';
const BASE = `${ORIGIN}/jira`;
const ME = DC_TEAM[0]!;
const TAGS = { 'ajs-remote-user': ME.id, 'ajs-version-number': '9.12.14', 'ajs-context-path': '/jira' };

test('Data Center issue under a context path: one request to /jira/rest/api/2, and the engine’s conclusions', async ({ context, extensionId, page, world }) => {
  const [issue] = makeBacklog({ project: 'OPS', count: 1, team: DC_TEAM, deployment: 'data-center', historiesPerIssue: 140, commentsPerIssue: 3 });
  issue!.key = 'OPS-7';
  issue!.histories = issue!.histories.map((h, i) => ({ ...h, created: jiraTime(Math.floor(i / 60), i % 60) }));
  const opts: FakeJiraOptions = { deployment: 'data-center', base: BASE, users: DC_TEAM, issues: [issue!] };
  const seen = await serveSelfHosted(world, new FakeJira(opts), {
    '/jira/browse/OPS-7': jiraPage('dc-issue', { KEY: 'OPS-7', SUMMARY: issue!.summary, USER: ME.id, USER_NAME: ME.name }),
  });
  await addJiraSite(context, extensionId, ORIGIN);

  await page.goto(`${BASE}/browse/OPS-7`);
  await expect(panelRoot(page)).toHaveCount(1, SLOW);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(page.locator('[data-tandem-root] .scope')).toContainText('Issue OPS-7');
  // Data Center embeds the whole changelog: 140 changes, still one request.
  expect(seen.filter((s) => s.includes('/rest/'))).toEqual(['GET /jira/rest/api/2/issue/OPS-7']);

  const expected = await expectedAnalysis(`${BASE}/browse/OPS-7`, TAGS, opts);
  expect(expected.load.data.items[0]!.events).toHaveLength(141);
  expect(expected.load.data.me).toBe(ME.id);
  const statuses = Object.fromEntries(
    await signalRows(page).evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-signal'), r.getAttribute('data-status')])),
  );
  expect(statuses).toEqual(Object.fromEntries(expected.analysis.signals.map((s) => [s.id, s.status])));
  await expect(signalRow(page, 'leads-routines').locator('.summary')).toContainText('of 141 routine actions');
});

test('Data Center backlog on a classic board: the board’s filter, then one search with changelogs', async ({ context, extensionId, page, world }) => {
  const issues = makeBacklog({ project: 'OPS', count: 60, team: DC_TEAM, deployment: 'data-center' });
  const opts: FakeJiraOptions = { deployment: 'data-center', base: BASE, users: DC_TEAM, issues, boards: { '5': { filterId: '10400', name: 'OPS board' } } };
  const seen = await serveSelfHosted(world, new FakeJira(opts), {
    '/jira/secure/RapidBoard.jspa': jiraPage('dc-board', { BOARD: 'OPS board', USER: ME.id, USER_NAME: ME.name, CARDS: cards(['OPS-1', 'OPS-2']) }),
  });
  await addJiraSite(context, extensionId, ORIGIN);

  const url = `${BASE}/secure/RapidBoard.jspa?rapidView=5&view=planning.nodetail`;
  await page.goto(url);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(page.locator('[data-tandem-root] .scope')).toContainText('60 items in this backlog');
  expect(seen.filter((s) => s.includes('/rest/'))).toEqual(['GET /jira/rest/agile/1.0/board/5/configuration', 'GET /jira/rest/api/2/search']);
  // Every 5th item closed, every 10th as Won't Do: 12 closures, 6 of them a "no".
  await expect(signalRow(page, 'pivots').locator('.summary')).toContainText('6 of 12 closed items');
});
