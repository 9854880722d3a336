// A GitHub token goes to its own site's API and nowhere else (issue #12, finding 1), end to end in
// the built extension. Both reproductions failed before tokens had a site: the github.com token was
// sent to a GitHub Enterprise host's API, and a Link header's next page on another origin was
// followed. The World's own check (harness.ts) holds for these and every other test as well.
import type { Page } from '@playwright/test';
import { API, fixtureJson, fixturePage, widgetsGitHub } from '../test/fixtures/github/load-fake-github';
import { addSelfHostedSite, expect, panelRoot, test } from './harness';
import { serveGitHubApi } from './github-world';

const GHE = 'https://github.corp.example';
const TOKEN = 'github_pat_11DOTCOM0000000000_onlyforgithubcom';
const GHE_TOKEN = 'ghp_enterprise00000000000000000000000000';
const ISSUE_PAGE = fixturePage('issue-react.html');

const tandem = (page: Page) => page.locator('[data-tandem-root] .tandem');
const scope = (page: Page) => page.locator('[data-tandem-root] .scope');
const waitReady = async (page: Page) => {
  await expect(panelRoot(page)).toHaveCount(1, { timeout: 20_000 });
  await expect(tandem(page)).toHaveAttribute('data-phase', 'ready', { timeout: 20_000 });
};

test.describe.configure({ timeout: 90_000 });

test('the github.com token never goes to an Enterprise site; that site’s own token goes only there', async ({ context, extensionId, page, world }) => {
  const ghe = widgetsGitHub({ api: `${GHE}/api/v3`, graphql: `${GHE}/api/graphql` });
  const dotcom = widgetsGitHub();
  await world.serveOrigin(GHE);
  serveGitHubApi(world, ghe, GHE);
  serveGitHubApi(world, dotcom);
  world.on((url) => url.origin === GHE && !url.pathname.startsWith('/api/'), { body: ISSUE_PAGE });
  world.on('https://github.com/acme/widgets/issues/42', { body: ISSUE_PAGE });
  await addSelfHostedSite(context, extensionId, GHE, 'github');
  await world.saveToken('github.com', TOKEN);

  await page.goto(`${GHE}/acme/widgets/issues/42`);
  await waitReady(page);
  await expect(scope(page)).toHaveText('Issue acme/widgets#42 · from the GitHub API');
  expect(ghe.calls.length).toBeGreaterThan(0);
  expect(ghe.calls.map((c) => c.auth)).toEqual(ghe.calls.map(() => null));

  // github.com's own pages still use its token.
  await page.goto('https://github.com/acme/widgets/issues/42');
  await waitReady(page);
  expect(dotcom.calls.length).toBeGreaterThan(0);
  expect(dotcom.calls.every((c) => c.auth === `Bearer ${TOKEN}`)).toBe(true);

  // Once the Enterprise site has a token of its own, that one (and only that one) goes there.
  await world.saveToken('github.corp.example', GHE_TOKEN);
  ghe.calls.length = 0;
  await page.goto(`${GHE}/acme/widgets/issues/42`);
  await waitReady(page);
  expect(ghe.calls.length).toBeGreaterThan(0);
  expect(ghe.calls.every((c) => c.auth === `Bearer ${GHE_TOKEN}`)).toBe(true);
  expect(world.requests.filter((r) => r.url.startsWith(GHE) && r.headers.authorization === `Bearer ${TOKEN}`)).toEqual([]);
});

test('a Link header pointing to another origin is not followed; the evidence is marked partial', async ({ page, world }) => {
  const fake = widgetsGitHub();
  const evil = 'https://evil.example/repos/acme/widgets/issues/42/timeline?page=2';
  fake.on('GET', `${API}/repos/acme/widgets/issues/42/timeline?per_page=100`, {
    body: fixtureJson('load-timeline-1.json'),
    headers: { link: `<${evil}>; rel="next"` },
  });
  serveGitHubApi(world, fake);
  await world.serveOrigin('https://evil.example');
  world.on('https://github.com/acme/widgets/issues/42', { body: ISSUE_PAGE });
  await world.saveToken('github.com', TOKEN);
  // With a token the issue's history comes from GraphQL; make that fail so the REST timeline (and its
  // Link header) is read, as it is for a token GraphQL won't take.
  fake.on('POST', `${API}/graphql`, { status: 200, body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] } });

  await page.goto('https://github.com/acme/widgets/issues/42');
  await waitReady(page);
  expect(fake.summary()).toContain('GET /repos/acme/widgets/issues/42/timeline?per_page=100 → 200');
  expect(world.seen('evil.example')).toEqual([]);
  await expect(page.locator('[data-tandem-root] .notice').filter({ hasText: 'evidence is partial' })).toHaveCount(1);
});
