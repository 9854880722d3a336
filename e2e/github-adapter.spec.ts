// GitHub end to end: the built extension in Chromium on our fixture pages, with a fake GitHub API
// answering (ETags and 304s included). Each test checks the requests made (docs/contracts.md's budget: an
// issue ≤ 3, a revisit costs no rate limit), where the data came from, what the panel says, and
// that its conclusions are the ones the adapter and engine reach in Node on the same data.
import type { BrowserContext, Page } from '@playwright/test';
import type { Analysis } from '../src/core/engine';
import { API, FakeGitHub, fixtureJson, fixturePage, mergedPrSearch, widgetsGitHub } from '../test/fixtures/github/load-fake-github';
import { expectedGitHubAnalysis, serveGitHubApi } from './github-world';
import { addSelfHostedSite, evidenceCount, expect, openOptions, panelRoot, panelStatuses, signalRows, test } from './harness';
import { githubIssuePage } from './pages';
import { replyFrom } from './world';

const REPO = 'acme/widgets';
const ISSUE_42 = `https://github.com/${REPO}/issues/42`;
const TOKEN = 'github_pat_11E2ETEST000000000000_notarealtoken';
const ISSUE_PAGE = fixturePage('issue-react.html');

const tandem = (page: Page) => page.locator('[data-tandem-root] .tandem');
const scope = (page: Page) => page.locator('[data-tandem-root] .scope');
const notices = (page: Page) => page.locator('[data-tandem-root] .notice');

/** The panel agrees with Node: every status, and the evidence count of the first signals that have some. */
async function expectSameConclusions(page: Page, analysis: Analysis, minWithEvidence = 1): Promise<void> {
  expect(await panelStatuses(page)).toEqual(Object.fromEntries(analysis.signals.map((s) => [s.id, s.status])));
  const withEvidence = analysis.signals.filter((s) => s.evidence.length > 0).slice(0, 3);
  expect(withEvidence.length).toBeGreaterThanOrEqual(minWithEvidence);
  for (const s of withEvidence) expect(await evidenceCount(page, s.id)).toBe(s.evidence.length);
}

// Generous waits: on a busy 2-core machine the browser alone can take seconds to get there.
const waitReady = async (page: Page) => {
  await expect(panelRoot(page)).toHaveCount(1, { timeout: 20_000 });
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', { timeout: 20_000 });
};

test.describe.configure({ timeout: 60_000 });

test.describe('API mode', () => {
  test('a public issue costs 3 requests, and a revisit only 304s', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(scope(page)).toHaveText(`Issue ${REPO}#42 · from the GitHub API`);
    expect(fake.summary()).toEqual([
      'GET /repos/acme/widgets/issues/42 → 200',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 200',
      `GET ${mergedPrSearch('', REPO)} → 200`,
    ]);
    expect(fake.calls.every((c) => c.auth === null)).toBe(true);

    const expected = await expectedGitHubAnalysis(ISSUE_42, ISSUE_PAGE, widgetsGitHub());
    expect(expected.load.source).toBe('api');
    expect(expected.load.data.items[0]!.comments).toHaveLength(2);
    await expectSameConclusions(page, expected.analysis);

    // Revisit: every request is conditional and answered 304, which costs no rate limit.
    fake.calls.length = 0;
    await page.reload();
    await waitReady(page);
    expect(fake.summary()).toEqual([
      'GET /repos/acme/widgets/issues/42 → 304',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 304',
    ]);
    await expectSameConclusions(page, expected.analysis);
    expect(pageErrors).toEqual([]);
  });

  test('with a token an issue costs 2 requests (the issue and one GraphQL query), a revisit one 304', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });
    // The token is set before any issue page opens, so no earlier reading's request can be counted.
    await world.saveToken('github.com', TOKEN);
    fake.calls.length = 0;

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(scope(page)).toContainText('from the GitHub API');
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200']);
    expect(fake.calls.map((c) => c.auth)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);

    const expected = await expectedGitHubAnalysis(ISSUE_42, ISSUE_PAGE, widgetsGitHub(), TOKEN);
    expect(expected.load.data.items[0]!.descriptionEdits).toHaveLength(1); // only GraphQL says who edited
    await expectSameConclusions(page, expected.analysis);

    fake.calls.length = 0;
    await page.reload();
    await waitReady(page);
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 304']);
  });

  test('the issue list costs 1 request for 3 issues (the merged PR in it names an engineer)', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    const url = `https://github.com/${REPO}/issues`;
    const html = fixturePage('list-react.html');
    world.on(url, { body: html });

    await page.goto(url);
    await waitReady(page);
    await expect(scope(page)).toHaveText('3 items in this backlog · from the GitHub API');
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 200']);

    const expected = await expectedGitHubAnalysis(url, html, widgetsGitHub());
    expect(expected.load.data.pullRequestAuthors).toEqual(['dev-dana']);
    // The list's pull request is kept with its kind; the engine leaves it out of backlog signals.
    expect(expected.load.data.items.filter((i) => i.type !== 'pull-request').map((i) => i.key)).toEqual([`${REPO}#45`, `${REPO}#44`, `${REPO}#42`]);
    expect(expected.load.data.items.filter((i) => i.type === 'pull-request').map((i) => i.key)).toEqual([`${REPO}#43`]);
    expect(expected.analysis.scope.items).toBe(3);
    // Three issues are too few for most backlog signals; the panel must agree on each status anyway.
    await expectSameConclusions(page, expected.analysis, 0);
  });

  test('with a token the list costs 2 requests (REST freshness check + one GraphQL query with each issue’s history), a revisit one 304', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    const url = `https://github.com/${REPO}/issues`;
    const html = fixturePage('list-react.html');
    world.on(url, { body: html });
    // The token is set before any list page is open, so no earlier reading's request can be counted.
    await world.saveToken('github.com', TOKEN);
    fake.calls.length = 0;

    await page.goto(url);
    await waitReady(page);
    await expect(scope(page)).toHaveText('3 items in this backlog · from the GitHub API');
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 200', 'POST /graphql → 200']);
    const expected = await expectedGitHubAnalysis(url, html, widgetsGitHub(), TOKEN);
    // Each issue came with its history: more evidence than the token-less list.
    expect(expected.load.data.items.flatMap((i) => i.events).filter((e) => e.kind !== 'created').length).toBeGreaterThan(4);
    await expectSameConclusions(page, expected.analysis, 0);

    fake.calls.length = 0;
    await page.reload();
    await waitReady(page);
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues?state=all&sort=updated&direction=desc&per_page=100 → 304']);
  });

  test('a Projects (v2) board with a token costs one GraphQL query; without one the panel asks for a token', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    const url = 'https://github.com/orgs/acme/projects/7/views/1';
    world.on(url, { body: fixturePage('project-board.html') });

    await page.goto(url);
    await waitReady(page);
    await expect(notices(page).first()).toContainText('Projects can only be read through GitHub');
    expect(fake.calls).toHaveLength(0);

    await world.saveToken('github.com', TOKEN);
    await page.reload();
    await waitReady(page);
    await expect(scope(page)).toHaveText('2 items in this backlog · from the GitHub API');
    expect(fake.summary()).toEqual(['POST /graphql → 200']);
  });

  test('in-app navigation between issues: one panel, the right issue, and a return visit costs only 304s', async ({ page, world }) => {
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake);
    const issue42 = fixtureJson('load-issue.json') as Parameters<typeof githubIssuePage>[1];
    const issue44 = (fixtureJson('load-list.json') as { number: number }[]).find((i) => i.number === 44) as Parameters<typeof githubIssuePage>[1];
    const comments = (fixtureJson('load-timeline-2.json') as { event: string }[]).filter((e) => e.event === 'commented') as unknown as Parameters<typeof githubIssuePage>[2];
    const url44 = `https://github.com/${REPO}/issues/44`;
    world
      .on(ISSUE_42, { body: githubIssuePage(REPO, issue42, comments, { me: 'pat-pm', links: [{ href: url44, text: '#44 Fix timezone' }] }) })
      .on(url44, { body: githubIssuePage(REPO, issue44, [], { me: 'pat-pm', links: [{ href: ISSUE_42, text: '#42 Export CSV' }] }) });

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(scope(page)).toContainText(`${REPO}#42`);
    await page.getByRole('link', { name: '#44 Fix timezone' }).click();
    await expect(page).toHaveURL(url44);
    await expect(scope(page)).toContainText(`${REPO}#44 · from the GitHub API`);
    await page.getByRole('link', { name: '#42 Export CSV' }).click();
    await expect(scope(page)).toContainText(`${REPO}#42 · from the GitHub API`);
    await expect(tandem(page)).toHaveAttribute('data-phase', 'ready');
    await expect(panelRoot(page)).toHaveCount(1);

    await expect.poll(() => fake.summary()).toEqual([
      'GET /repos/acme/widgets/issues/42 → 200',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 200',
      `GET ${mergedPrSearch('', REPO)} → 200`,
      // #44: merged-PR authors are already known for the repository
      'GET /repos/acme/widgets/issues/44 → 200',
      'GET /repos/acme/widgets/issues/44/timeline?per_page=100 → 200',
      // back on #42: nothing changed, so only 304s, which count against no limit
      'GET /repos/acme/widgets/issues/42 → 304',
      'GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 304',
    ]);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});

test.describe('page mode', () => {
  test('a private issue without a token (the API says 404) is read from the page', async ({ page, world }) => {
    const fake = widgetsGitHub();
    fake.on('GET', `${API}/repos/acme/widgets/issues/42`, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue', status: '404' } });
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(scope(page)).toHaveText(`Issue ${REPO}#42 · read from the page (the API couldn’t be used)`);
    await expect(notices(page).first()).toContainText('This repository is private');
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 404']);

    const mirror = widgetsGitHub();
    mirror.on('GET', `${API}/repos/acme/widgets/issues/42`, { status: 404, body: { message: 'Not Found' } });
    const expected = await expectedGitHubAnalysis(ISSUE_42, ISSUE_PAGE, mirror);
    expect(expected.load.source).toBe('page');
    expect(expected.load.data.items[0]!.comments).toHaveLength(2);
    expect(expected.load.data.items[0]!.events.map((e) => e.kind)).toEqual(['created', 'label', 'assignment', 'resolved']);
    await expectSameConclusions(page, expected.analysis);
  });

  test('a used-up rate limit (403, x-ratelimit-remaining: 0) falls back to the page and says until when', async ({ page, world }) => {
    const reset = Math.floor(Date.now() / 1000) + 40 * 60;
    const fake = widgetsGitHub();
    fake.on('GET', `${API}/repos/acme/widgets/issues/42`, {
      status: 403,
      body: { message: 'API rate limit exceeded for 203.0.113.7.' },
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(scope(page)).toContainText('read from the page');
    const until = await page.evaluate((r) => new Date(r * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), reset);
    await expect(notices(page).first()).toContainText(`GitHub's API limit is used up until ${until}, so Tandem read this page instead. A token in Tandem's options raises the limit.`);
    expect(fake.calls).toHaveLength(1);
    // The page's own content is untouched and the panel still has its 26 signals.
    await expect(page.locator('[data-testid="issue-title"]')).toHaveText('Export the weekly report as CSV');
    await expect(signalRows(page)).toHaveCount(26);
    expect(pageErrors).toEqual([]);
  });

  test('a rejected token (401) is said plainly, points to the options, and the page is read instead', async ({ page, world }) => {
    const fake = widgetsGitHub();
    fake.on('GET', `${API}/repos/acme/widgets/issues/42`, { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } });
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });
    await world.saveToken('github.com', 'github_pat_11REVOKED0000');
    fake.calls.length = 0;

    await page.goto(ISSUE_42);
    await waitReady(page);
    await expect(notices(page).filter({ hasText: 'rejected your token' })).toHaveClass(/error/);
    await expect(notices(page).first()).toContainText("Check the token in Tandem's options");
    await expect(scope(page)).toContainText('read from the page');
    expect(fake.calls.map((c) => [c.auth, c.status])).toEqual([['Bearer github_pat_11REVOKED0000', 401]]);
  });

  test('a folded timeline ("11 hidden items") makes the evidence partial, and the panel says so', async ({ page, world }) => {
    const url = 'https://github.com/corp/portal/issues/7';
    const fake = widgetsGitHub();
    serveGitHubApi(world, fake); // no route for corp/portal: the API answers 404, as for a private repository
    world.on(url, { body: fixturePage('issue-classic.html') });

    await page.goto(url);
    await waitReady(page);
    await expect(scope(page)).toContainText('corp/portal#7 · read from the page');
    await expect(notices(page).filter({ hasText: 'evidence is partial' })).toHaveCount(1);
    await expect(notices(page).filter({ hasText: 'expand "Load more"' })).toHaveCount(1);
  });
});

test.describe('GitHub Enterprise Server', () => {
  const GHE = 'https://github.corp.example';

  /** Adds an Enterprise site the way a user does (options page → "Add a GitHub Enterprise site"). */
  async function addGitHubSite(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
    await addSelfHostedSite(context, extensionId, origin, 'github');
  }


  test('an added Enterprise domain: API at {origin}/api/v3 on one issue, the page on a private one', async ({ context, extensionId, page, world }) => {
    const fake = widgetsGitHub({ api: `${GHE}/api/v3`, graphql: `${GHE}/api/graphql` });
    const pages: Record<string, string> = {
      [`${GHE}/acme/widgets/issues/42`]: ISSUE_PAGE,
      [`${GHE}/corp/portal/issues/7`]: fixturePage('issue-classic.html'),
    };
    world.on(
      (url) => url.origin === GHE,
      (request) => {
        if (request.url in pages) return { status: 200, contentType: 'text/html; charset=utf-8', body: pages[request.url] };
        if (!request.url.startsWith(`${GHE}/api/`)) return { status: 404, body: 'no fixture' };
        return replyFrom(fake.answer(request.method, request.url, new Headers(request.headers), request.postData));
      },
    );
    await world.serveOrigin(GHE);
    await addGitHubSite(context, extensionId, GHE);

    await page.goto(`${GHE}/acme/widgets/issues/42`);
    await waitReady(page);
    await expect(scope(page)).toHaveText('Issue acme/widgets#42 · from the GitHub API');
    expect(fake.calls.map((c) => `${c.method} ${c.url} → ${c.status}`)).toEqual([
      `GET ${GHE}/api/v3/repos/acme/widgets/issues/42 → 200`,
      `GET ${GHE}/api/v3/repos/acme/widgets/issues/42/timeline?per_page=100 → 200`,
      `GET ${mergedPrSearch(`${GHE}/api/v3`, 'acme/widgets')} → 200`,
    ]);
    const expected = await expectedGitHubAnalysis(`${GHE}/acme/widgets/issues/42`, ISSUE_PAGE, widgetsGitHub({ api: `${GHE}/api/v3` }));
    expect(expected.load.source).toBe('api');
    await expectSameConclusions(page, expected.analysis);

    // A repository the API doesn't show (404 without a token): the page is read instead.
    fake.calls.length = 0;
    await page.goto(`${GHE}/corp/portal/issues/7`);
    await waitReady(page);
    await expect(scope(page)).toHaveText('Issue corp/portal#7 · read from the page (the API couldn’t be used)');
    expect(fake.calls.map((c) => `${c.method} ${c.url} → ${c.status}`)).toEqual([`GET ${GHE}/api/v3/repos/corp/portal/issues/7 → 404`]);
    await expect(notices(page).filter({ hasText: 'evidence is partial' })).toHaveCount(1);
  });
});

test.describe('the options page’s token check', () => {
  test('says whose token it is and how much of the limit is left, and the panel then uses it', async ({ context, extensionId, page, world }) => {
    const reset = Math.floor(Date.now() / 1000) + 1800;
    const fake = widgetsGitHub();
    fake.on('GET', `${API}/user`, {
      body: { login: 'pat-pm', id: 5100001, type: 'User' },
      headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4987', 'x-ratelimit-reset': String(reset) },
    });
    serveGitHubApi(world, fake);
    world.on(ISSUE_42, { body: ISSUE_PAGE });

    world.tokenBelongsTo('github.com', TOKEN);
    const options = await openOptions(context, extensionId, 'token');
    await options.getByLabel('Token', { exact: true }).fill(TOKEN);
    await options.getByRole('button', { name: 'Save token' }).click();
    await expect(options.getByTestId('token-saved')).toHaveText('Saved token: github_pat_11E2…oken');
    await options.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(options.getByTestId('token-check')).toHaveText('This token belongs to pat-pm. 4987 of 5000 requests left this hour.');
    expect(fake.calls.map((c) => [c.url, c.auth])).toEqual([[`${API}/user`, `Bearer ${TOKEN}`]]);
    // The token is nowhere in the page's text.
    expect(await options.locator('body').innerText()).not.toContain(TOKEN);

    fake.calls.length = 0;
    await page.goto(ISSUE_42);
    await waitReady(page);
    expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200']);
    expect(fake.calls.every((c) => c.auth === `Bearer ${TOKEN}`)).toBe(true);
  });

  test('a rejected token is said plainly', async ({ context, extensionId, world }) => {
    const fake = new FakeGitHub().on('GET', `${API}/user`, { status: 401, body: { message: 'Bad credentials' } });
    serveGitHubApi(world, fake);
    world.tokenBelongsTo('github.com', 'ghp_revoked000000000000000000000000000000');
    const options = await openOptions(context, extensionId, 'token');
    await options.getByLabel('Token', { exact: true }).fill('ghp_revoked000000000000000000000000000000');
    await options.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(options.getByTestId('token-check')).toHaveText(
      'GitHub rejected this token: it is mistyped, expired or revoked. Create a new one on GitHub and paste it here.',
    );
  });
});
