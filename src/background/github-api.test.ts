// The background's GitHub requests for the panels: only for the page's own site, only to that site's
// API, with that site's token and no other, and with the answer's size capped.
import { describe, expect, it } from 'vitest';
import { answerGitHubApi, isGitHubApiRequest, senderIsSite, type GitHubApiRequest } from './github-api';

const TOKENS = new Map([
  ['github.com', 'ghp_dotcom'],
  ['ghe.corp.example', 'ghp_enterprise'],
]);

function deps(answer: () => Response = () => new Response('{"ok":1}', { status: 200, headers: { etag: 'W/"1"' } })) {
  const seen: { url: string; auth: string | null }[] = [];
  return {
    seen,
    deps: {
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
        return answer();
      }) as typeof fetch,
      tokenFor: async (site: string) => TOKENS.get(site) ?? null,
    },
  };
}

const ask = (site: string, url: string, extra: Partial<GitHubApiRequest> = {}): GitHubApiRequest => ({ type: 'github-api', site, url, method: 'GET', headers: [], ...extra });

describe('answerGitHubApi', () => {
  it('asks the site’s API with that site’s token and hands back status, headers and text', async () => {
    const { deps: d, seen } = deps();
    const answer = await answerGitHubApi(ask('github.com', 'https://api.github.com/repos/a/b/issues/1'), 'https://github.com/a/b/issues/1', d);
    expect(answer).toMatchObject({ ok: true, status: 200, body: '{"ok":1}' });
    expect(answer.ok && new Headers(answer.headers).get('etag')).toBe('W/"1"');
    expect(seen).toEqual([{ url: 'https://api.github.com/repos/a/b/issues/1', auth: 'Bearer ghp_dotcom' }]);
  });

  it('an Enterprise page gets its own token, never github.com’s; a site with none gets none', async () => {
    const { deps: d, seen } = deps();
    await answerGitHubApi(ask('ghe.corp.example', 'https://ghe.corp.example/api/v3/user'), 'https://ghe.corp.example/x', d);
    await answerGitHubApi(ask('ghe2.corp.example', 'https://ghe2.corp.example/api/v3/user'), 'https://ghe2.corp.example/x', d);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer ghp_enterprise', null]);
  });

  it.each([
    ['a Jira page asking for github.com', ask('github.com', 'https://api.github.com/user'), 'https://acme.atlassian.net/browse/A-1'],
    ['an Enterprise page asking for github.com', ask('github.com', 'https://api.github.com/user'), 'https://ghe.corp.example/a/b'],
    ['github.com asking for a URL off its API', ask('github.com', 'https://evil.example/next'), 'https://github.com/a/b'],
    ['github.com asking for an Enterprise API', ask('github.com', 'https://ghe.corp.example/api/v3/user'), 'https://github.com/a/b'],
    ['a method we never use', ask('github.com', 'https://api.github.com/user', { method: 'DELETE' }), 'https://github.com/a/b'],
    ['no sender page', ask('github.com', 'https://api.github.com/user'), undefined],
  ])('refuses %s, without any request', async (_name, request, sender) => {
    const { deps: d, seen } = deps();
    expect(await answerGitHubApi(request, sender, d)).toEqual({ ok: false, error: 'refused' });
    expect(seen).toEqual([]);
  });

  it('says too-large for an answer over the cap, network for a body cut short', async () => {
    const huge = deps(() => new Response('x', { headers: { 'content-length': String(64 * 1024 * 1024) } }));
    expect(await answerGitHubApi(ask('github.com', 'https://api.github.com/x'), 'https://github.com/', huge.deps)).toEqual({ ok: false, error: 'too-large' });
    const cut = deps(
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('{"a":'));
              c.error(new TypeError('connection reset'));
            },
          }),
        ),
    );
    expect(await answerGitHubApi(ask('github.com', 'https://api.github.com/x'), 'https://github.com/', cut.deps)).toEqual({ ok: false, error: 'network' });
  });
});

describe('message checks', () => {
  it('accepts only well-formed requests', () => {
    expect(isGitHubApiRequest(ask('github.com', 'https://api.github.com/x'))).toBe(true);
    expect(isGitHubApiRequest({ ...ask('github.com', 'u'), headers: [['a']] })).toBe(false);
    expect(isGitHubApiRequest({ ...ask('github.com', 'u'), body: 3 })).toBe(false);
    expect(isGitHubApiRequest(null)).toBe(false);
  });

  it('a sender speaks for its own host only', () => {
    expect(senderIsSite('https://github.com/a', 'github.com')).toBe(true);
    expect(senderIsSite('https://gist.github.com/a', 'github.com')).toBe(false);
    expect(senderIsSite('https://ghe.corp.example:8443/a', 'ghe.corp.example:8443')).toBe(true);
    expect(senderIsSite('chrome-extension://abc/options.html', 'abc')).toBe(false);
    expect(senderIsSite('nonsense', 'github.com')).toBe(false);
  });
});
