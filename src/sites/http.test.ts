import { describe, expect, it } from 'vitest';
import {
  describeError,
  noticeFor,
  parseRateLimitReset,
  parseRetryAfter,
  requestJson,
  type RequestCounter,
  type TrackerErrorKind,
} from './http';
import type { KeyValueCache, Notice } from './types';

const NOW = Date.parse('2026-03-02T10:00:00Z');

function memoryCache(): KeyValueCache & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    async get<T>(key: string) {
      return map.get(key) as T | undefined;
    },
    async set<T>(key: string, value: T) {
      map.set(key, value);
    },
  };
}

type Step = Response | Error | 'hang';

/** A fetch that answers from a script, one step per call, and records what it was asked. */
function scriptedFetch(steps: Step[]) {
  const calls: { url: string; headers: Headers; method: string }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers), method: init?.method ?? 'GET' });
    const step = steps.shift();
    if (step === undefined) throw new Error('unexpected extra request');
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (step instanceof Error) throw step;
    return step;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function makeEnv(steps: Step[], signal = new AbortController().signal) {
  const { fetch, calls } = scriptedFetch(steps);
  const sleeps: number[] = [];
  const cache = memoryCache();
  return {
    env: {
      fetch,
      signal,
      cache,
      now: () => NOW,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    },
    calls,
    sleeps,
    cache,
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const counter = (): RequestCounter => ({ total: 0, notModified: 0 });

describe('requestJson', () => {
  it('returns the parsed body, status and etag, and asks for JSON', async () => {
    const { env, calls } = makeEnv([json({ key: 'OPS-1' }, 200, { etag: '"abc"' })]);
    const c = counter();
    const r = await requestJson<{ key: string }>('https://x.test/a', {}, env, { counter: c });
    expect(r).toMatchObject({ ok: true, status: 200, etag: '"abc"', body: { key: 'OPS-1' }, fromCache: false });
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
    expect(c).toEqual({ total: 1, notModified: 0 });
  });

  it.each<[number, Record<string, string>, TrackerErrorKind]>([
    [401, {}, 'unauthorized'],
    [403, {}, 'forbidden'],
    [404, {}, 'not-found'],
    [410, {}, 'gone'],
    [400, {}, 'malformed'],
    [403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) }, 'rate-limited'],
    [429, { 'retry-after': '120' }, 'rate-limited'],
  ])('maps HTTP %i %j to %s without retrying', async (status, headers, kind) => {
    const { env, calls } = makeEnv([json({ errorMessages: ['no'] }, status, headers)]);
    const r = await requestJson('https://x.test/a', {}, env, { tracker: 'Jira' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe(kind);
    expect(r.error.status).toBe(status);
    expect(r.error.message).toContain('Jira');
    expect(calls).toHaveLength(1);
  });

  it('retries 5xx with growing backoff and gives up as "server" after the tries', async () => {
    const { env, calls, sleeps } = makeEnv([json({}, 502), json({}, 503), json({}, 500)]);
    const c = counter();
    const r = await requestJson('https://x.test/a', {}, env, { tries: 3, backoffMs: 100, random: () => 0.5, counter: c });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'server', status: 500 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([150, 300]); // 100·2^0 + jitter 50, 100·2^1 + jitter 100
    expect(c.total).toBe(3);
  });

  it('recovers when a retry succeeds', async () => {
    const { env, calls } = makeEnv([json({}, 503), new TypeError('Failed to fetch'), json({ fine: true })]);
    const r = await requestJson('https://x.test/a', {}, env, { random: () => 0 });
    expect(r).toMatchObject({ ok: true, body: { fine: true } });
    expect(calls).toHaveLength(3);
  });

  it('reports network failures after the tries', async () => {
    const { env, calls } = makeEnv([new TypeError('x'), new TypeError('x')]);
    const r = await requestJson('https://x.test/a', {}, env, { tries: 2 });
    expect(r.ok ? null : r.error.kind).toBe('network');
    expect(calls).toHaveLength(2);
  });

  it('times out a request that never answers, and retries it', async () => {
    const { env, calls } = makeEnv(['hang', 'hang']);
    const r = await requestJson('https://x.test/a', {}, env, { tries: 2, timeoutMs: 5 });
    expect(r.ok ? null : r.error.kind).toBe('timeout');
    expect(calls).toHaveLength(2);
  });

  it('stops without retrying when the page aborts', async () => {
    const controller = new AbortController();
    const { env, calls } = makeEnv(['hang', 'hang'], controller.signal);
    const pending = requestJson('https://x.test/a', {}, env, { tries: 2, timeoutMs: 10_000 });
    controller.abort();
    const r = await pending;
    expect(r.ok ? null : r.error.kind).toBe('aborted');
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['HTML login page', new Response('<html>log in</html>', { status: 200 })],
    ['truncated JSON', new Response('{"issues": [', { status: 200 })],
  ])('calls a %s malformed', async (_label, response) => {
    const { env } = makeEnv([response]);
    const r = await requestJson('https://x.test/a', {}, env);
    expect(r.ok ? null : r.error.kind).toBe('malformed');
  });

  it('calls JSON of the wrong shape malformed when a validator says so', async () => {
    const { env } = makeEnv([json({ nothing: 1 })]);
    const r = await requestJson('https://x.test/a', {}, env, {
      validate: (b) => typeof b === 'object' && b !== null && 'issues' in b,
    });
    expect(r.ok ? null : r.error.kind).toBe('malformed');
  });

  it('waits once for a short Retry-After, says so, and retries', async () => {
    const { env, calls, sleeps } = makeEnv([json({}, 429, { 'retry-after': '3' }), json({ ok: 1 })]);
    const notices: Notice[] = [];
    const c = counter();
    const r = await requestJson('https://x.test/a', {}, env, { tracker: 'Jira', notices, counter: c });
    expect(r).toMatchObject({ ok: true, body: { ok: 1 } });
    expect(sleeps).toEqual([3000]);
    expect(calls).toHaveLength(2);
    expect(c.total).toBe(2);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/Jira asked us to slow down.*3 seconds/);
  });

  it('does not wait twice: a second 429 gives up with retryAt', async () => {
    const { env, calls } = makeEnv([
      json({}, 429, { 'retry-after': '2' }),
      json({}, 429, { 'retry-after': '2' }),
    ]);
    const r = await requestJson('https://x.test/a', {}, env, { notices: [] });
    expect(calls).toHaveLength(2);
    expect(r.ok ? null : r.error).toMatchObject({
      kind: 'rate-limited',
      retryAt: new Date(NOW + 2000).toISOString(),
    });
  });

  it('does not wait out a Jira quota limit (RateLimit-Reason names a quota), even with a short Retry-After', async () => {
    const { env, sleeps } = makeEnv([json({}, 429, { 'retry-after': '3', 'ratelimit-reason': 'jira-quota-global-based' }), json({ ok: 1 })]);
    const r = await requestJson('https://acme.atlassian.net/rest/api/3/myself', {}, env, { tracker: 'Jira' });
    expect(r.ok ? null : r.error.kind).toBe('rate-limited');
    expect(r.ok ? null : r.error.retryAt).toBeDefined();
    expect(sleeps).toEqual([]);
  });

  it('gives up at once on a long Retry-After, with the time to try again', async () => {
    const { env, sleeps } = makeEnv([json({}, 429, { 'retry-after': '600' })]);
    const r = await requestJson('https://x.test/a', {}, env, { maxRateLimitWaitMs: 10_000 });
    expect(sleeps).toEqual([]);
    expect(r.ok ? null : r.error.retryAt).toBe(new Date(NOW + 600_000).toISOString());
  });

  it('revalidates with If-None-Match and serves the cached body on 304, counting it apart', async () => {
    const { env, calls } = makeEnv([
      json({ n: 1 }, 200, { etag: 'W/"v1"' }),
      new Response(null, { status: 304, headers: { etag: 'W/"v1"' } }),
    ]);
    const c = counter();
    const first = await requestJson('https://x.test/a', {}, env, { conditional: true, counter: c });
    const second = await requestJson('https://x.test/a', {}, env, { conditional: true, counter: c });
    expect(first).toMatchObject({ ok: true, fromCache: false });
    expect(calls[0]?.headers.has('if-none-match')).toBe(false);
    expect(calls[1]?.headers.get('if-none-match')).toBe('W/"v1"');
    expect(second).toMatchObject({ ok: true, status: 304, fromCache: true, body: { n: 1 } });
    expect(c).toEqual({ total: 2, notModified: 1 });
  });

  it('does not cache or revalidate POSTs', async () => {
    const { env, calls, cache } = makeEnv([json({ n: 1 }, 200, { etag: '"p"' }), json({ n: 2 }, 200, { etag: '"p"' })]);
    const init = { method: 'POST', body: '{}' };
    await requestJson('https://x.test/a', init, env, { conditional: true });
    await requestJson('https://x.test/a', init, env, { conditional: true });
    expect(calls[1]?.headers.has('if-none-match')).toBe(false);
    expect(cache.map.size).toBe(0);
  });
});

describe('rate-limit headers', () => {
  it.each<[string | null, number | null]>([
    ['30', NOW + 30_000],
    ['0', NOW],
    ['Mon, 02 Mar 2026 10:01:00 GMT', Date.parse('2026-03-02T10:01:00Z')],
    ['soon', null],
    [null, null],
  ])('Retry-After %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each<[string | null, number | null]>([
    ['1772449200', 1772449200_000], // GitHub: epoch seconds
    ['2026-03-02T10:05:00Z', Date.parse('2026-03-02T10:05:00Z')], // Jira Cloud: ISO time
    ['12', null],
    [null, null],
  ])('x-ratelimit-reset %j', (value, expected) => {
    expect(parseRateLimitReset(value)).toBe(expected);
  });
});

describe('notices', () => {
  it.each<[TrackerErrorKind, string | undefined]>([
    ['unauthorized', 'log-in'],
    ['rate-limited', 'retry'],
    ['server', 'retry'],
    ['timeout', 'retry'],
    ['network', 'retry'],
    ['not-found', undefined],
    ['malformed', undefined],
  ])('%s offers %s', (kind, action) => {
    const n = noticeFor({ kind, message: describeError(kind, 'Jira') });
    expect(n.action).toBe(action);
    expect(n.level).toBe('error');
    expect(n.message.length).toBeGreaterThan(20);
  });
});

describe('answers too large to read', () => {
  it('refuses at once when Content-Length says more than the cap, without retrying', async () => {
    const { env, calls } = makeEnv([new Response('{}', { headers: { 'content-length': '5000' } })]);
    const res = await requestJson('https://t.example/x', {}, env, { maxBytes: 1000 });
    expect(res).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(calls).toHaveLength(1);
  });

  it('stops reading a stream with no length as soon as it passes the cap', async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(400).fill(0x20));
      },
    });
    const { env } = makeEnv([new Response(body)]);
    const res = await requestJson('https://t.example/x', {}, env, { maxBytes: 1000 });
    expect(res).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(pulled).toBeLessThanOrEqual(4); // an endless stream, read no further than the cap
  });

  it('reads an answer at the cap whole, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: 'Zoë 🚲' }));
    const body = new ReadableStream({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    const { env } = makeEnv([new Response(body)]);
    const res = await requestJson('https://t.example/x', {}, env, { maxBytes: bytes.length });
    expect(res).toMatchObject({ ok: true, body: { name: 'Zoë 🚲' } });
  });

  it('a body cut short mid-stream is a network failure, retried', async () => {
    const cut = () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"a":'));
            c.error(new TypeError('connection reset'));
          },
        }),
      );
    const { env, calls } = makeEnv([cut(), cut(), json({ a: 1 })]);
    const res = await requestJson('https://t.example/x', {}, env, { random: () => 0 });
    expect(res).toMatchObject({ ok: true, body: { a: 1 } });
    expect(calls).toHaveLength(3);
  });

  it('takes the timeout from the environment (the setting) when the adapter names none', async () => {
    const { env } = makeEnv(['hang']);
    const started = Date.now();
    const res = await requestJson('https://t.example/x', {}, { ...env, timeoutMs: 30 }, { tries: 1 });
    expect(res).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
