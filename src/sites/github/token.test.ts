import { describe, expect, it } from 'vitest';
import { checkGitHubToken, maskToken } from './token';

const TOKEN = 'github_pat_11ABCDEFG0123456789_secretpart';

function env(answer: (url: string, headers: Headers) => Response | Promise<Response>) {
  const seen: { url: string; auth: string | null }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    seen.push({ url: String(input), auth: headers.get('authorization') });
    return answer(String(input), headers);
  }) as typeof globalThis.fetch;
  const store = new Map<string, unknown>();
  return {
    seen,
    env: {
      fetch,
      signal: new AbortController().signal,
      sleep: async () => {},
      now: () => Date.parse('2026-11-24T06:00:00Z'),
      cache: { get: async <T>(k: string) => store.get(k) as T, set: async <T>(k: string, v: T) => void store.set(k, v) },
    },
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('checkGitHubToken', () => {
  it('says whose token it is and how much of the limit is left', async () => {
    const { env: e, seen } = env(() =>
      json({ login: 'pat-pm', id: 5100001, type: 'User' }, 200, {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4987',
        'x-ratelimit-reset': String(Date.parse('2026-11-24T06:45:00Z') / 1000),
      }),
    );
    await expect(checkGitHubToken(` ${TOKEN} `, e)).resolves.toEqual({
      ok: true,
      login: 'pat-pm',
      remaining: 4987,
      limit: 5000,
      resetAt: '2026-11-24T06:45:00.000Z',
    });
    expect(seen).toEqual([{ url: 'https://api.github.com/user', auth: `Bearer ${TOKEN}` }]);
  });

  it('asks the Enterprise host when one is named', async () => {
    const { env: e, seen } = env(() => json({ login: 'erin-em' }));
    const result = await checkGitHubToken(TOKEN, e, 'github.corp.example');
    expect(result).toMatchObject({ ok: true, login: 'erin-em', remaining: null, limit: null, resetAt: null });
    expect(seen[0]!.url).toBe('https://github.corp.example/api/v3/user');
  });

  it.each([
    ['a rejected token', () => json({ message: 'Bad credentials' }, 401), /rejected this token/],
    ['a used-up rate limit', () => json({ message: 'API rate limit exceeded' }, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795500000' }), /slow down/],
    ['a wrong Enterprise address', () => json({ message: 'Not Found' }, 404), /No GitHub API answered/],
    ['an answer with no account', () => json({ message: 'hello' }), /not with an account/],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), /couldn't reach GitHub/],
  ])('explains %s in plain words, without the token', async (_name, answer, message) => {
    const { env: e } = env(answer as () => Response);
    const result = await checkGitHubToken(TOKEN, e);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(JSON.stringify(result)).not.toContain('secretpart');
  });

  it.each([
    ['', /Paste a token/],
    ['ghp_abc def', /no spaces/],
  ])('refuses %j without asking GitHub', async (token, message) => {
    const { env: e, seen } = env(() => json({}));
    const result = await checkGitHubToken(token, e);
    expect(!result.ok && result.error).toMatch(message);
    expect(seen).toHaveLength(0);
  });
});

describe('maskToken', () => {
  it.each([
    [TOKEN, 'github_pat_11AB…part'],
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'ghp_16C7…8B4a'],
    ['short', '•••••'],
  ])('%s → %s', (token, masked) => {
    expect(maskToken(token)).toBe(masked);
    expect(maskToken(token)).not.toBe(token);
  });
});
