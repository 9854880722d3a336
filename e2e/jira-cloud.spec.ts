// Jira Cloud end to end: the built extension in Chromium on our fixture pages, with the fake Jira
// answering the REST calls. Each test checks the requests made (the budgets in docs/contracts.md), what the
// panel shows, and that its conclusions are the ones the adapter and engine reach in Node on the
// same data.
import type { Page } from '@playwright/test';
import { CLOUD_TEAM, FakeJira, jiraTime, makeBacklog, type FakeJiraOptions } from '../test/fixtures/jira/load-fake-jira';
import { evidenceCount, expect, panelRoot, panelStatuses, signalRow, test } from './harness';
import { cards, expectedAnalysis, jiraPage, restCalls, serveFakeJira } from './jira-world';

// Under a full parallel run the extension's first load can take a few seconds.
const SLOW = { timeout: 15_000 };

const SITE = 'https://acme.atlassian.net';
const ME = CLOUD_TEAM[0]!.id;
const TAGS = { 'ajs-cloud-id': '7d1f9c6e-0000-4a1b-9c2d-000000000001', 'ajs-atlassian-account-id': ME, 'ajs-context-path': '' };

const tandem = (page: Page) => page.locator('[data-tandem-root] .tandem');
const scope = (page: Page) => page.locator('[data-tandem-root] .scope');


function issueWithHistory(key: string, histories: number, comments: number) {
  const [issue] = makeBacklog({ project: key.split('-')[0]!, count: 1, team: CLOUD_TEAM, deployment: 'cloud', historiesPerIssue: histories, commentsPerIssue: comments });
  issue!.key = key;
  issue!.histories = issue!.histories.map((h, i) => ({ ...h, created: jiraTime(Math.floor(i / 60), i % 60) }));
  return issue!;
}

test('Cloud issue view: one request plus one per older changelog page, and the engine’s conclusions', async ({ page, world }) => {
  const issue = issueWithHistory('OPS-7', 130, 4);
  const opts: FakeJiraOptions = { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues: [issue] };
  serveFakeJira(world, new FakeJira(opts));
  world.on(`${SITE}/browse/OPS-7`, { body: jiraPage('cloud-issue', { KEY: 'OPS-7', PROJECT: 'OPS', SUMMARY: issue.summary, ACCOUNT_ID: ME }) });

  await page.goto(`${SITE}/browse/OPS-7`);
  await expect(panelRoot(page)).toHaveCount(1, SLOW);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(scope(page)).toContainText('Work item OPS-7');

  // 130 changes: the latest 100 come with the issue, the 30 older ones in one changelog page.
  expect(restCalls(world, SITE)).toEqual(['GET /rest/api/3/issue/OPS-7', 'GET /rest/api/3/issue/OPS-7/changelog']);

  const expected = await expectedAnalysis(`${SITE}/browse/OPS-7`, TAGS, opts);
  expect(expected.load.data.items[0]!.events.length).toBe(131); // created + 130 changes
  expect(await panelStatuses(page)).toEqual(Object.fromEntries(expected.analysis.signals.map((s) => [s.id, s.status])));
  // Every change counts, the 30 older ones too: creation + 130 changes = 131 routine actions.
  await expect(signalRow(page, 'leads-routines').locator('.summary')).toContainText('of 131 routine actions');
  const withEvidence = expected.analysis.signals.filter((s) => s.evidence.length > 0).slice(0, 3);
  expect(withEvidence.length).toBeGreaterThan(0);
  for (const s of withEvidence) expect(await evidenceCount(page, s.id)).toBe(s.evidence.length);
});

test('Cloud backlog with pagination: 230 items, capped at 200, in 3 requests', async ({ page, world }) => {
  const issues = makeBacklog({ project: 'PROD', count: 230, team: CLOUD_TEAM, deployment: 'cloud' });
  const opts: FakeJiraOptions = { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues };
  serveFakeJira(world, new FakeJira(opts));
  const url = `${SITE}/jira/software/c/projects/PROD/boards/88/backlog`;
  world.on(url, { body: jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: cards(['PROD-1', 'PROD-2']) }) });

  await page.goto(url);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(scope(page)).toContainText('200 items in this backlog');
  expect(restCalls(world, SITE)).toEqual([
    'GET /rest/api/3/search/jql',
    'GET /rest/api/3/search/jql',
    'POST /rest/api/3/changelog/bulkfetch',
  ]);
  const search = world.seen('/rest/api/3/search/jql').map((r) => new URL(r.url).searchParams);
  expect(search.map((p) => p.get('maxResults'))).toEqual(['100', '100']);
  expect(search[0]!.get('jql')).toMatch(/^project = "PROD" AND /);
  expect(search[1]!.get('nextPageToken')).toBeTruthy();
  // The cap is said in plain words, with the way to raise it.
  await expect(page.locator('[data-tandem-root] .notice.info')).toContainText('first 200 items of this backlog in rank order');

  const expected = await expectedAnalysis(url, TAGS, opts);
  expect(expected.load.data.items).toHaveLength(200);
  expect(expected.load.data.items.filter((i) => i.resolution === 'wont-do')).toHaveLength(20); // every 10th
  expect(await panelStatuses(page)).toEqual(Object.fromEntries(expected.analysis.signals.map((s) => [s.id, s.status])));
  // What the fixture implies: of the first 200 items every 5th is closed (40), every 10th as Won't Do (20).
  await expect(signalRow(page, 'pivots')).toHaveAttribute('data-status', 'present');
  await expect(signalRow(page, 'pivots').locator('.summary')).toContainText('20 of 40 closed items');
  const withEvidence = expected.analysis.signals.filter((s) => s.evidence.length > 0).slice(0, 3);
  expect(withEvidence.length).toBeGreaterThan(0);
  for (const s of withEvidence) expect(await evidenceCount(page, s.id)).toBe(s.evidence.length);
});

test('selectedIssue: the panel follows the issue selected on the board, without a reload', async ({ page, world }) => {
  const issues = makeBacklog({ project: 'BE', count: 3, team: CLOUD_TEAM, deployment: 'cloud' });
  serveFakeJira(world, new FakeJira({ deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues }));
  const board = `${SITE}/jira/software/projects/BE/boards/4/backlog`;
  world.on(board, { body: jiraPage('cloud-board', { PROJECT: 'BE', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: cards(['BE-1', 'BE-2', 'BE-3']) }) });

  await page.goto(`${board}?selectedIssue=BE-1`);
  await expect(scope(page)).toContainText('Work item BE-1', SLOW);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);

  await page.getByRole('link', { name: 'BE-2' }).click();
  await expect(page).toHaveURL(`${board}?selectedIssue=BE-2`);
  await expect(scope(page)).toContainText('Work item BE-2');
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);

  await page.getByRole('link', { name: 'BE-3' }).click();
  await expect(scope(page)).toContainText('Work item BE-3');
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(panelRoot(page)).toHaveCount(1);

  // One request per selected issue, none for the board behind it; one document all along.
  expect(restCalls(world, SITE)).toEqual(['GET /rest/api/3/issue/BE-1', 'GET /rest/api/3/issue/BE-2', 'GET /rest/api/3/issue/BE-3']);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

// Each error: what Jira answers, what the panel must say, and how many requests it may cost.
const errors: { name: string; answer: (attempt: number) => Response | undefined; says: RegExp; requests: number; level: 'error' | 'info' }[] = [
  { name: 'not logged in (401)', answer: () => json({ errorMessages: ['You are not authenticated.'] }, 401), says: /not logged in to Jira/, requests: 1, level: 'error' },
  { name: 'no permission (403)', answer: () => json({ errorMessages: ['Forbidden'] }, 403), says: /don't have permission/, requests: 1, level: 'error' },
  { name: 'not found (404)', answer: () => json({ errorMessages: ['Issue does not exist or you do not have permission to see it.'] }, 404), says: /couldn't find SHOP-9/, requests: 1, level: 'error' },
  { name: 'gone (410)', answer: () => json({ errorMessages: ['The requested API has been removed.'] }, 410), says: /no longer offers/, requests: 1, level: 'error' },
  { name: 'rate-limited with a long wait (429)', answer: () => json({ errorMessages: ['Rate limit exceeded.'] }, 429, { 'retry-after': '3600' }), says: /slow down.*Try again after/, requests: 1, level: 'error' },
  { name: 'rate-limited briefly (429, then fine)', answer: (n) => (n === 1 ? json({ errorMessages: ['Rate limit exceeded.'] }, 429, { 'retry-after': '1' }) : undefined), says: /waited 1 second and tried again/, requests: 2, level: 'info' },
  { name: 'server errors (500 three times)', answer: () => json({ errorMessages: ['Internal server error'] }, 500), says: /server problem.*several tries/, requests: 3, level: 'error' },
  { name: 'malformed answer (HTML with 200)', answer: () => new Response('<html><body>Log in to continue</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }), says: /doesn't understand/, requests: 1, level: 'error' },
];

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

for (const e of errors) {
  test(`error: ${e.name} is said in plain words and the page keeps working`, async ({ page, world }) => {
    const issues = makeBacklog({ project: 'SHOP', count: 9, team: CLOUD_TEAM, deployment: 'cloud' }).slice(8);
    serveFakeJira(world, new FakeJira({
      deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues,
      override: (req, attempt) => (req.path.startsWith('/rest/api/3/issue/') ? e.answer(attempt) : undefined),
    }));
    world.on(`${SITE}/browse/SHOP-9`, { body: jiraPage('cloud-issue', { KEY: 'SHOP-9', PROJECT: 'SHOP', SUMMARY: 'Export invoices', ACCOUNT_ID: ME }) });
    const pageErrors: Error[] = [];
    page.on('pageerror', (err) => pageErrors.push(err));

    await page.goto(`${SITE}/browse/SHOP-9`);
    await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
    await expect(page.locator(`[data-tandem-root] .notice.${e.level}`)).toContainText(e.says);
    expect(world.seen('/rest/api/3/issue/SHOP-9')).toHaveLength(e.requests);
    // The host page is untouched: its own content is there and it saw no error from us.
    await expect(page.locator('h1')).toHaveText('Export invoices');
    expect(pageErrors).toEqual([]);
  });
}

test('error: a backlog whose search answers 410 says so and lists nothing', async ({ page, world }) => {
  serveFakeJira(world, new FakeJira({
    deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues: [],
    override: (req) => (req.path === '/rest/api/3/search/jql' ? json({ errorMessages: ['The requested API has been removed.'] }, 410) : undefined),
  }));
  const url = `${SITE}/jira/software/projects/PROD/boards/4/backlog`;
  world.on(url, { body: jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: '' }) });
  await page.goto(url);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(page.locator('[data-tandem-root] .notice.error')).toContainText(/no longer offers the API Tandem used for this backlog/);
  expect(restCalls(world, SITE)).toEqual(['GET /rest/api/3/search/jql']);
});

test('a board’s own sprint: its issues’ Sprint field sets the sprint length small scopes are held to, with no request more', async ({ page, world }) => {
  // The fake's Cloud Sprint field: "Sprint 12", active on board 4, 23 February to 9 March.
  const issues = makeBacklog({ project: 'PROD', count: 60, team: CLOUD_TEAM, deployment: 'cloud' });
  const opts: FakeJiraOptions = { deployment: 'cloud', base: SITE, users: CLOUD_TEAM, issues };
  serveFakeJira(world, new FakeJira(opts));
  const url = `${SITE}/jira/software/c/projects/PROD/boards/4/backlog`;
  world.on(url, { body: jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: 'backlog', ACCOUNT_ID: ME, CARDS: cards(['PROD-1', 'PROD-2']) }) });

  await page.goto(url);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  expect(restCalls(world, SITE)).toEqual(['GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']);
  const expected = await expectedAnalysis(url, TAGS, opts);
  expect(expected.analysis.scope.sprint).toMatchObject({ name: 'Sprint 12', state: 'active' });
  expect(await panelStatuses(page)).toEqual(Object.fromEntries(expected.analysis.signals.map((s) => [s.id, s.status])));
  const small = expected.analysis.signals.find((s) => s.id === 'small-scopes')!;
  expect(await evidenceCount(page, 'small-scopes')).toBe(small.evidence.length);
  await expect(signalRow(page, 'small-scopes')).toContainText('Your board’s sprints last 14 days');
  // The scope line names the sprint in view and its days (Intl may put thin spaces around the dash).
  expect((await scope(page).innerText()).replace(/\s/g, ' ')).toContain('60 items in this backlog · Sprint 12, Feb 23 – Mar 9 ·');
});
