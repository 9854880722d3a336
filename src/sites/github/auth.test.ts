// Where a GitHub token may go: only to its own site's API, whatever URL or headers the caller asks for.
import { describe, expect, it } from 'vitest';
import { isApiUrl } from './api';
import { OffSiteRequest, siteApiFetch } from './auth';

const TOKEN = 'github_pat_11AUTHTEST000secret';

function recorder() {
  const seen: { url: string; auth: string | null; credentials: RequestCredentials | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization'), credentials: init?.credentials });
    return new Response('{}', { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

describe('isApiUrl: a site’s own API and nothing else', () => {
  it.each([
    ['github.com', 'https://api.github.com/repos/a/b/issues/1', true],
    ['github.com', 'https://api.github.com/graphql', true],
    ['github.com', 'http://api.github.com/repos/a/b', false],
    ['github.com', 'https://github.com/a/b/issues/1', false],
    ['github.com', 'https://api.github.com.evil.example/repos', false],
    ['github.com', 'https://evil.example/?https://api.github.com/', false],
    ['github.com', 'https://user:pw@api.github.com/repos', false],
    ['github.com', 'https://ghe.corp.example/api/v3/repos/a/b', false],
    ['ghe.corp.example', 'https://ghe.corp.example/api/v3/repos/a/b', true],
    ['ghe.corp.example', 'https://ghe.corp.example/api/graphql', true],
    ['ghe.corp.example', 'https://ghe.corp.example/a/b/issues/1', false],
    ['ghe.corp.example', 'https://ghe.corp.example/api/v3x/', false],
    ['ghe.corp.example', 'https://api.github.com/repos/a/b', false],
    ['ghe.corp.example', 'https://other.corp.example/api/v3/repos/a/b', false],
    ['ghe.corp.example:8443', 'https://ghe.corp.example:8443/api/v3/user', true],
    ['ghe.corp.example', 'https://ghe.corp.example:8443/api/v3/user', false],
    ['github.com', 'not a url', false],
  ])('%s → %s: %s', (site, url, ok) => {
    expect(isApiUrl(site, url)).toBe(ok);
  });
});

describe('siteApiFetch', () => {
  it('adds the site’s token on its API, replacing any Authorization the caller set, and sends no cookies', async () => {
    const { fetch, seen } = recorder();
    await siteApiFetch(fetch, 'github.com', TOKEN)('https://api.github.com/user', { headers: { authorization: 'Bearer someone-else' } });
    expect(seen).toEqual([{ url: 'https://api.github.com/user', auth: `Bearer ${TOKEN}`, credentials: 'omit' }]);
  });

  it('sends no Authorization at all when the site has no token', async () => {
    const { fetch, seen } = recorder();
    await siteApiFetch(fetch, 'ghe.corp.example', null)('https://ghe.corp.example/api/v3/user', { headers: { authorization: 'Bearer leaked' } });
    expect(seen[0]!.auth).toBeNull();
  });

  it('refuses, without any request, a URL off the site’s API — another GitHub site’s API included', async () => {
    const { fetch, seen } = recorder();
    const ghFetch = siteApiFetch(fetch, 'github.com', TOKEN);
    await expect(ghFetch('https://evil.example/next')).rejects.toBeInstanceOf(OffSiteRequest);
    await expect(ghFetch('https://ghe.corp.example/api/v3/user')).rejects.toBeInstanceOf(OffSiteRequest);
    await expect(siteApiFetch(fetch, 'ghe.corp.example', TOKEN)('https://api.github.com/user')).rejects.toBeInstanceOf(TypeError);
    expect(seen).toEqual([]);
  });
});
