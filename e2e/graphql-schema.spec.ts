// A GitHub whose GraphQL schema lacks the 2025 fields (an older GitHub Enterprise Server): the panel
// still fills from the API. The first query names issue types, sub-issues and duplicates and is refused
// with GitHub's validation error; the adapter asks once more without them.
import { fixturePage } from '../test/fixtures/github/load-fake-github';
import { NEW_GRAPHQL_FIELDS, olderSchemaGitHub, serveGitHubApi } from './github-world';
import { expect, panelRoot, test } from './harness';

const TOKEN = 'github_pat_11SCHEMA000000000000_olderserver';

test('an older GraphQL schema: asked again without the new fields, the panel fills from the API', async ({ page, world }) => {
  const { fake, queries } = olderSchemaGitHub();
  serveGitHubApi(world, fake);
  world.on('https://github.com/acme/widgets/issues/42', { body: fixturePage('issue-react.html') });
  await world.saveToken('github.com', TOKEN);

  await page.goto('https://github.com/acme/widgets/issues/42');
  await expect(panelRoot(page)).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 20_000 });
  await expect(page.locator('[data-tandem-root] .scope')).toHaveText('Issue acme/widgets#42 · from the GitHub API');
  expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200', 'POST /graphql → 200']);
  expect(queries.map((q) => NEW_GRAPHQL_FIELDS.test(q))).toEqual([true, false]);
  await expect(page.locator('[data-tandem-root] .notice')).toHaveCount(0);
});
