// Serving a FakeGitHub (test/fixtures/github/load-fake-github.ts) through the harness's World, so the
// extension's requests reach it, are counted and pass the World's token check.
import type { Route } from '@playwright/test';
import { API, CORS_HEADERS, type FakeGitHub } from '../test/fixtures/github/load-fake-github';
import type { World } from './harness';

/** Routes an API origin to the fake; CORS preflights are answered and not counted. */
export function serveApi(world: World, fake: FakeGitHub, origin = API): void {
  world.on(
    (url) => url.origin === origin && (origin !== API || !url.pathname.startsWith('/__')),
    async (route: Route, seen) => {
      if (seen.method === 'OPTIONS') {
        await route.fulfill({ status: 204, headers: CORS_HEADERS });
        return { status: 204 };
      }
      const response = fake.answer(seen.method, seen.url, new Headers(seen.headers), route.request().postData());
      const body = response.status === 304 ? '' : await response.text();
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body });
      return { status: response.status };
    },
  );
}
