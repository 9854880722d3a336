// Loads the data of a recognised page through its site's adapter. Each adapter is its own chunk, so
// a GitHub page never downloads the Jira code and the other way round. Adapters don't throw by
// contract; the panel still catches, so the host page never sees an error from us.
import type { LoadEnv, LoadResult, PageMatch } from './types';

export async function loadPage(match: PageMatch, env: LoadEnv): Promise<LoadResult> {
  if (match.site === 'jira') {
    const { loadJira } = await import('./jira/load');
    return loadJira(match, env);
  }
  const { loadGitHub } = await import('./github/load');
  return loadGitHub(match, env);
}
