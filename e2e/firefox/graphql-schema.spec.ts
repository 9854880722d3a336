// Firefox: a GitHub whose GraphQL schema lacks the 2025 fields (an older GitHub Enterprise Server):
// the first query is refused with GitHub's validation error, the second (without them) fills the panel.
import { fixturePage } from '../../test/fixtures/github/load-fake-github';
import { NEW_GRAPHQL_FIELDS, olderSchemaGitHub, serveGitHubApi } from '../github-world';
import { expect, test } from './harness';
import { panelText, waitReady } from './panel';

const TOKEN = 'github_pat_11SCHEMA000000000000_olderserver';

test('an older GraphQL schema: asked again without the new fields, the panel fills from the API', async ({ firefox, tab, world }) => {
  const { fake, queries } = olderSchemaGitHub();
  serveGitHubApi(world, fake);
  world.on('https://github.com/acme/widgets/issues/42', { body: fixturePage('issue-react.html') });
  await world.saveToken('github.com', TOKEN);

  await firefox.navigate(tab, 'https://github.com/acme/widgets/issues/42');
  await waitReady(tab);
  expect(await panelText(tab, '.scope')).toBe('Issue acme/widgets#42 · from the GitHub API');
  expect(fake.summary()).toEqual(['GET /repos/acme/widgets/issues/42 → 200', 'POST /graphql → 200', 'POST /graphql → 200']);
  expect(queries.map((q) => NEW_GRAPHQL_FIELDS.test(q))).toEqual([true, false]);
  expect(await panelText(tab, '.notice')).toBe('');
});
