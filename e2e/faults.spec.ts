// The fault matrix (e2e/faults.ts), end to end in Chromium, on a GitHub issue and issue list (token
// saved, so the token check of the World runs too) and a Jira Cloud issue and backlog: each fault gives its own message in
// the panel, no error reaches the page, and the page's own DOM is exactly as served.
import type { BrowserContext, Page } from '@playwright/test';
import { API, fixturePage, widgetsGitHub } from '../test/fixtures/github/load-fake-github';
import { CLOUD_TEAM, FakeJira, makeBacklog } from '../test/fixtures/jira/load-fake-jira';
import { FAULTS, faulty, wordsPattern, type Fault } from './faults';
import { cutShortCount } from './cut-short';
import { expect, panelRoot, serviceWorkerOf, test } from './harness';
import { serveGitHubApi } from './github-world';
import { jiraPage, serveFakeJira } from './jira-world';

const SLOW = { timeout: 30_000 };
const TOKEN = 'github_pat_11FAULTS0000000000_matrix';
const GITHUB_ISSUE = 'https://github.com/acme/widgets/issues/42';
const GITHUB_LIST = 'https://github.com/acme/widgets/issues';
const JIRA_BACKLOG = 'https://acme.atlassian.net/jira/software/projects/PROD/boards/4/backlog';
const JIRA = 'https://acme.atlassian.net';
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };

const tandem = (page: Page) => page.locator('[data-tandem-root] .tandem');
const notices = (page: Page) => page.locator('[data-tandem-root] .notice');

/** The timeout is a setting (prefs.requestTimeoutSeconds); the timeout fault sets it to 1 s, so it
 * is the extension's real timer that fires, three tries with backoff, in a few seconds. */
async function shortTimeout(context: BrowserContext): Promise<void> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
      prefs: { v: 1, requestTimeoutSeconds: 1 },
    }),
  );
}

/** The page's own head and body are exactly as served, and only our root was added beside them. */
async function expectPageUntouched(page: Page, html: string): Promise<void> {
  const result = await page.evaluate((served) => {
    const parsed = new DOMParser().parseFromString(served, 'text/html');
    const extra = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
    return {
      head: document.head.outerHTML === parsed.head.outerHTML ? true : [document.head.outerHTML.slice(-400), parsed.head.outerHTML.slice(-400)],
      body: document.body.outerHTML === parsed.body.outerHTML,
      extra: extra.map((e) => (e.hasAttribute('data-tandem-root') ? 'ours' : e.tagName)),
    };
  }, html);
  expect(result).toEqual({ head: true, body: true, extra: ['ours'] });
}

async function run(page: Page, fault: Fault, url: string, html: string, expected: RegExp): Promise<void> {
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  if (fault.misbehaviour.kind === 'hang') await shortTimeout(page.context());
  await page.goto(url);
  await expect(panelRoot(page)).toHaveCount(1, SLOW);
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(notices(page).filter({ hasText: expected })).toHaveCount(1, SLOW);
  expect(pageErrors).toEqual([]);
  await expectPageUntouched(page, html);
  // The body really broke off after the headers, at the cut-short server (not a plain reset).
  if (fault.misbehaviour.kind === 'cut') expect(cutShortCount()).toBeGreaterThan(0);
}

test.describe.configure({ timeout: 90_000 });

for (const fault of FAULTS) {
  test(`GitHub issue, ${fault.id}: ${fault.github.key}`, async ({ page, world }) => {
    const html = fixturePage('issue-react.html');
    serveGitHubApi(world, widgetsGitHub());
    // Newest rule first: the issue itself misbehaves, every time it is asked.
    world.on(`${API}/repos/acme/widgets/issues/42`, faulty(fault.misbehaviour, CORS));
    world.on(GITHUB_ISSUE, { body: html });
    await world.saveToken('github.com', TOKEN);
    await run(page, fault, GITHUB_ISSUE, html, wordsPattern(fault.github));
  });

  test(`GitHub issue list, ${fault.id}: ${fault.github.key}`, async ({ page, world }) => {
    const html = fixturePage('list-react.html');
    serveGitHubApi(world, widgetsGitHub());
    world.on(`${API}/repos/acme/widgets/issues?`, faulty(fault.misbehaviour, CORS));
    world.on((url) => url.href === GITHUB_LIST, { body: html });
    await world.saveToken('github.com', TOKEN);
    await run(page, fault, GITHUB_LIST, html, wordsPattern(fault.github));
  });

  test(`Jira backlog, ${fault.id}: ${fault.jiraBacklog.key}`, async ({ page, world }) => {
    const html = jiraPage('cloud-board', { PROJECT: 'PROD', VIEW: 'backlog', ACCOUNT_ID: CLOUD_TEAM[0]!.id, CARDS: '' });
    serveFakeJira(world, new FakeJira({ deployment: 'cloud', base: JIRA, users: CLOUD_TEAM, issues: [] }));
    world.on((url) => url.origin === JIRA && url.pathname === '/rest/api/3/search/jql', faulty(fault.misbehaviour));
    world.on(JIRA_BACKLOG, { body: html });
    await run(page, fault, JIRA_BACKLOG, html, wordsPattern(fault.jiraBacklog));
  });

  test(`Jira issue, ${fault.id}: ${fault.jira.key}`, async ({ page, world }) => {
    const html = jiraPage('cloud-issue', { KEY: 'SHOP-9', PROJECT: 'SHOP', SUMMARY: 'Export invoices', ACCOUNT_ID: CLOUD_TEAM[0]!.id });
    const issues = makeBacklog({ project: 'SHOP', count: 9, team: CLOUD_TEAM, deployment: 'cloud' }).slice(8);
    serveFakeJira(world, new FakeJira({ deployment: 'cloud', base: JIRA, users: CLOUD_TEAM, issues }));
    world.on((url) => url.origin === JIRA && url.pathname === '/rest/api/3/issue/SHOP-9', faulty(fault.misbehaviour));
    world.on(`${JIRA}/browse/SHOP-9`, { body: html });
    await run(page, fault, `${JIRA}/browse/SHOP-9`, html, wordsPattern(fault.jira));
  });
}
