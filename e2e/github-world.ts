// GitHub for the end-to-end suites: the fake GitHub API of the adapter's unit tests answers the
// browser's calls through a world (e2e/world.ts), and the same fake runs the adapter and the engine
// in Node, so a spec can say what the panel must conclude. Driver-agnostic: both browsers use it.
import { Window } from 'happy-dom';
import { analyze, type Analysis } from '../src/core/engine';
import { siteApiFetch } from '../src/sites/github/auth';
import { detectGitHub } from '../src/sites/github/detect';
import { loadGitHub } from '../src/sites/github/load';
import type { KeyValueCache, LoadResult } from '../src/sites/types';
import { API, CORS_HEADERS, fixtureJson, widgetsGitHub, type FakeGitHub } from '../test/fixtures/github/load-fake-github';
import { replyFrom, type World, WORLD_NOW } from './world';

/** Routes an API origin to the fake; CORS preflights are answered and not counted. */
export function serveGitHubApi(world: World, fake: FakeGitHub, origin = API): void {
  world.on(
    (url) => url.origin === origin && (origin !== API || !url.pathname.startsWith('/__')),
    (seen) => {
      if (seen.method === 'OPTIONS') return { status: 204, headers: CORS_HEADERS };
      return replyFrom(fake.answer(seen.method, seen.url, new Headers(seen.headers), seen.postData));
    },
  );
}

function memoryCache(): KeyValueCache {
  const map = new Map<string, unknown>();
  return { get: async <T>(k: string) => structuredClone(map.get(k)) as T | undefined, set: async <T>(k: string, v: T) => void map.set(k, structuredClone(v)) };
}

/** What the panel should conclude: the adapter and the engine in Node, on the same page and fake. */
export async function expectedGitHubAnalysis(url: string, html: string, fake: FakeGitHub, token: string | null = null): Promise<{ load: LoadResult; analysis: Analysis }> {
  const doc = new Window({ url }).document as unknown as Document;
  doc.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>/i, '');
  const match = detectGitHub(url);
  if (!match) throw new Error(`not a GitHub page Tandem covers: ${url}`);
  const load = await loadGitHub(match, {
    fetch: siteApiFetch(fake.fetch, match.host, token),
    githubTokenSaved: token !== null,
    signal: new AbortController().signal,
    document: doc,
    cache: memoryCache(),
    onProgress: () => undefined,
    sleep: async () => undefined,
    now: () => Date.now(),
    itemCap: 100,
  });
  return { load, analysis: analyze(load.data, { roster: null, agreement: null, thresholds: {}, now: WORLD_NOW }) };
}

/** GitHub's `GET /user`, which the options page's token check calls: it knows one token, `token`. */
export function serveTokenCheck(world: World, token: string): void {
  world.on(
    (url) => url.host === 'api.github.com' && url.pathname === '/user',
    (seen) => {
      const ok = seen.headers.authorization === `Bearer ${token}`;
      return {
        status: ok ? 200 : 401,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-expose-headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '4987',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        },
        contentType: 'application/json',
        body: JSON.stringify(ok ? { login: 'pnair', id: 1 } : { message: 'Bad credentials' }),
      };
    },
  );
}

/** The names only the current form of Tandem's GraphQL queries asks for (see src/sites/github/graphql.ts). */
export const NEW_GRAPHQL_FIELDS = /issueType|subIssuesSummary|duplicateOf|enableDuplicate/;

/**
 * A GitHub whose GraphQL schema predates issue types, sub-issues and duplicates, as an older GitHub
 * Enterprise Server's does: a query naming them gets GitHub's validation error (HTTP 200, no data);
 * one without them gets the usual answer. `queries` records every query asked, in order.
 */
export function olderSchemaGitHub(): { fake: FakeGitHub; queries: string[] } {
  const fake = widgetsGitHub();
  const queries: string[] = [];
  fake.on('POST', `${API}/graphql`, (_attempt, body) => {
    const query = String((JSON.parse(body ?? '{}') as { query?: string }).query ?? '');
    queries.push(query);
    if (!NEW_GRAPHQL_FIELDS.test(query)) return { body: fixtureJson('load-graphql-issue.json') };
    return {
      body: {
        errors: [
          {
            path: ['query TandemIssue', 'repository', 'issue', 'timelineItems', 'nodes', '... on ClosedEvent', 'duplicateOf'],
            extensions: { code: 'undefinedField', typeName: 'ClosedEvent', fieldName: 'duplicateOf' },
            locations: [{ line: 19, column: 84 }],
            message: "Field 'duplicateOf' doesn't exist on type 'ClosedEvent'",
          },
        ],
      },
    };
  });
  return { fake, queries };
}
