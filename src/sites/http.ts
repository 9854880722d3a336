// One way to ask a tracker for JSON, shared by the Jira and GitHub adapters: timeouts, retries with
// backoff, a single short wait when rate-limited, ETag revalidation, and every failure turned into a
// typed TrackerError with plain words for the panel. Nothing here throws, and nothing here logs
// tokens or response bodies.
import { say, sayCount } from '../core/words';
import type { LoadEnv, Notice } from './types';

export type TrackerErrorKind =
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'gone' // 410
  | 'rate-limited' // 429, or 403 with x-ratelimit-remaining: 0
  | 'server' // 5xx
  | 'timeout'
  | 'network'
  | 'malformed' // not JSON, or JSON of the wrong shape
  | 'too-large' // an answer over MAX_ANSWER_BYTES: read no further
  | 'aborted'; // the page moved on (env.signal); nobody needs a message for this

export interface TrackerError {
  kind: TrackerErrorKind;
  status?: number;
  /** ISO time the tracker said we may try again (rate limits). */
  retryAt?: string;
  /** Plain words for the panel: what happened and what to do. */
  message: string;
}

export interface JsonOk<T> {
  ok: true;
  status: number;
  headers: Headers;
  etag: string | null;
  body: T;
  /** True when the tracker answered 304 and the body came from our cache. */
  fromCache: boolean;
}

export interface JsonFail {
  ok: false;
  error: TrackerError;
}

export type JsonResult<T> = JsonOk<T> | JsonFail;

/** Requests that reached the tracker; 304s are also counted on their own (they cost no rate limit). */
export interface RequestCounter {
  total: number;
  notModified: number;
}

export interface RequestPolicy {
  /** The tracker's product name for messages ("Jira", "GitHub"); a name, so it is not translated. */
  tracker?: string;
  /** Per attempt; defaults to env.timeoutMs, then DEFAULT_POLICY's. */
  timeoutMs?: number;
  /** Largest answer read, in bytes; defaults to MAX_ANSWER_BYTES. */
  maxBytes?: number;
  /** Attempts in all for 5xx, timeouts and network errors. */
  tries?: number;
  /** First backoff delay; doubles each retry, plus up to the same again of jitter. */
  backoffMs?: number;
  /** Longest Retry-After we are willing to sit through once before giving up. */
  maxRateLimitWaitMs?: number;
  /** Send If-None-Match for a cached ETag and serve the cached body on 304 (GET only). */
  conditional?: boolean;
  /** Shape check for the parsed body; false → 'malformed'. */
  validate?: (body: unknown) => boolean;
  counter?: RequestCounter;
  /** Where to say "waiting N seconds because the tracker asked us to". */
  notices?: Notice[];
  /** Jitter source; tests make it deterministic. */
  random?: () => number;
}

export const DEFAULT_POLICY = {
  // Every adapter names its tracker; only tests leave it out.
  tracker: 'the tracker',
  timeoutMs: 15_000,
  tries: 3,
  backoffMs: 500,
  maxRateLimitWaitMs: 10_000,
} as const;

/**
 * No answer we ask for comes near this (a 200-issue Jira search with changelogs is a few MB); one
 * that does is a broken or hostile server, and reading it would hold the page's memory and time.
 */
export const MAX_ANSWER_BYTES = 20 * 1024 * 1024;

/** An answer longer than the cap; the body was not read to its end. */
export class AnswerTooLarge extends Error {
  constructor() {
    super('too-large');
  }
}

/**
 * Reads a body as text, at most `maxBytes` of it: refuses at once when Content-Length says more,
 * and stops reading (and cancels the stream) as soon as more arrives than that. A stream broken
 * mid-body (connection reset) rejects, as `text()` would.
 */
export async function readCapped(response: Response, maxBytes: number = MAX_ANSWER_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let read = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

interface CachedResponse {
  etag: string;
  body: unknown;
}

const etagKey = (url: string): string => `etag:${url}`;

/** Plain-words message for an error kind; adapters may replace it with a more specific one. */
export function describeError(kind: TrackerErrorKind, tracker: string, retryAt?: string): string {
  switch (kind) {
    case 'unauthorized':
      return say('httpUnauthorized', tracker);
    case 'forbidden':
      return say('httpForbidden', tracker);
    case 'not-found':
      return say('httpNotFound', tracker);
    case 'gone':
      return say('httpGone', tracker);
    case 'rate-limited':
      return retryAt ? say('httpRateLimitedUntil', tracker, new Date(retryAt).toLocaleTimeString()) : say('httpRateLimited', tracker);
    case 'server':
      return say('httpServer', tracker);
    case 'timeout':
      return say('httpTimeout', tracker);
    case 'network':
      return say('httpNetwork', tracker);
    case 'malformed':
      return say('httpMalformed', tracker);
    case 'too-large':
      return say('httpTooLarge', tracker);
    case 'aborted':
      return say('httpAborted');
  }
}

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return now + Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/** x-ratelimit-reset: GitHub sends epoch seconds; Jira Cloud sends an ISO 8601 time. */
export function parseRateLimitReset(value: string | null): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    // Small numbers would be seconds-from-now, which no tracker we know sends here; epoch seconds are ~1.7e9.
    return n > 1e9 ? n * 1000 : null;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

function kindForStatus(status: number, headers: Headers): TrackerErrorKind | null {
  if (status === 429) return 'rate-limited';
  if (status === 403 && headers.get('x-ratelimit-remaining') === '0') return 'rate-limited';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status >= 500) return 'server';
  if (status >= 400) return 'malformed'; // 400 etc.: our request or their answer made no sense to the other side
  return null;
}

function fail(kind: TrackerErrorKind, tracker: string, status?: number, retryAt?: string): JsonFail {
  const error: TrackerError = { kind, message: describeError(kind, tracker, retryAt) };
  if (status !== undefined) error.status = status;
  if (retryAt !== undefined) error.retryAt = retryAt;
  return { ok: false, error };
}

/** AbortSignal.any where available; otherwise a hand-made union (older Firefox ESR). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const anyFn = (AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (anyFn) return anyFn(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** What one request goes by: the policy with its defaults filled in, and the ETag we hold for it. */
interface Call {
  url: string;
  init: RequestInit;
  env: Pick<LoadEnv, 'fetch' | 'signal' | 'sleep' | 'now' | 'cache' | 'timeoutMs'>;
  policy: RequestPolicy;
  tracker: string;
  timeoutMs: number;
  maxBytes: number;
  maxWait: number;
  conditional: boolean;
  cached: CachedResponse | undefined;
}

/** After one attempt: the answer (or a failure not worth retrying), a failure worth retrying, or a
 * short wait the tracker asked for (which is not one of our retries). */
type Step = { next: 'done'; result: JsonResult<unknown> } | { next: 'retry'; failure: JsonFail } | { next: 'wait'; ms: number };

/**
 * Fetches `url` and parses JSON. Retries 5xx, timeouts and network errors with exponential backoff
 * and jitter; waits once for a short Retry-After; revalidates with a cached ETag when asked. Never throws.
 */
export async function requestJson<T = unknown>(
  url: string,
  init: RequestInit,
  env: Pick<LoadEnv, 'fetch' | 'signal' | 'sleep' | 'now' | 'cache' | 'timeoutMs'>,
  policy: RequestPolicy = {},
): Promise<JsonResult<T>> {
  const tracker = policy.tracker ?? DEFAULT_POLICY.tracker;
  const tries = Math.max(1, policy.tries ?? DEFAULT_POLICY.tries);
  const backoffMs = policy.backoffMs ?? DEFAULT_POLICY.backoffMs;
  const random = policy.random ?? Math.random;
  const method = (init.method ?? 'GET').toUpperCase();
  const conditional = (policy.conditional ?? false) && method === 'GET';
  const call: Call = {
    url,
    init,
    env,
    policy,
    tracker,
    timeoutMs: policy.timeoutMs ?? env.timeoutMs ?? DEFAULT_POLICY.timeoutMs,
    maxBytes: policy.maxBytes ?? MAX_ANSWER_BYTES,
    maxWait: policy.maxRateLimitWaitMs ?? DEFAULT_POLICY.maxRateLimitWaitMs,
    conditional,
    cached: conditional ? await cachedAnswer(env, url) : undefined,
  };

  let attempt = 0;
  let waitedForRateLimit = false;
  let lastFailure: JsonFail = fail('network', tracker);
  while (attempt < tries) {
    attempt++;
    if (env.signal.aborted) return fail('aborted', tracker);
    const step = await attemptOnce(call, waitedForRateLimit);
    if (step.next === 'done') return step.result as JsonResult<T>;
    if (step.next === 'wait') {
      waitedForRateLimit = true;
      const seconds = Math.max(1, Math.ceil(step.ms / 1000));
      policy.notices?.push({ level: 'info', message: sayCount(seconds, 'httpWaitedOne', 'httpWaitedOther', tracker) });
      await env.sleep(step.ms);
      attempt--; // the wait the tracker asked for is not one of our retries
      continue;
    }
    lastFailure = step.failure;
    if (attempt < tries) await backoff(env, backoffMs, attempt, random);
  }
  return lastFailure;
}

async function cachedAnswer(env: Pick<LoadEnv, 'cache'>, url: string): Promise<CachedResponse | undefined> {
  try {
    return await env.cache.get<CachedResponse>(etagKey(url));
  } catch {
    return undefined; // a broken cache only costs us the 304
  }
}

/** One fetch and what its answer means. */
async function attemptOnce(r: Call, waitedForRateLimit: boolean): Promise<Step> {
  const got = await fetchAnswer(r);
  if ('next' in got) return got;
  const { response, text } = got;
  if (response.status === 304 && r.cached) {
    if (r.policy.counter) r.policy.counter.notModified++;
    const result: JsonOk<unknown> = { ok: true, status: 304, headers: response.headers, etag: r.cached.etag, body: r.cached.body, fromCache: true };
    return { next: 'done', result };
  }
  const kind = kindForStatus(response.status, response.headers);
  if (kind === 'rate-limited') return rateLimited(r, response, waitedForRateLimit);
  if (kind === 'server') return { next: 'retry', failure: fail('server', r.tracker, response.status) };
  if (kind !== null) return { next: 'done', result: fail(kind, r.tracker, response.status) };
  return { next: 'done', result: await parseAnswer(r, response, text) };
}

/** The response and its body (capped), under one timeout; a failure on the way is a Step. */
async function fetchAnswer(r: Call): Promise<{ response: Response; text: string } | Step> {
  const { env, tracker } = r;
  const headers = new Headers(r.init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if (r.cached) headers.set('if-none-match', r.cached.etag);

  const timeout = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort();
  }, r.timeoutMs);
  const broken = (): Step => {
    if (env.signal.aborted && !timedOut) return { next: 'done', result: fail('aborted', tracker) };
    return { next: 'retry', failure: fail(timedOut ? 'timeout' : 'network', tracker) };
  };

  let response: Response;
  try {
    if (r.policy.counter) r.policy.counter.total++;
    response = await env.fetch(r.url, { ...r.init, headers, signal: anySignal([env.signal, timeout.signal]) });
  } catch (error) {
    clearTimeout(timer);
    // The background read a too-long answer for us and said so.
    if (error instanceof AnswerTooLarge && !(env.signal.aborted && !timedOut)) return { next: 'done', result: fail('too-large', tracker) };
    return broken();
  }
  try {
    // Reading the body shares the timeout: a stalled stream is as bad as no answer.
    const text = response.status === 304 ? '' : await readCapped(response, r.maxBytes);
    return { response, text };
  } catch (error) {
    if (error instanceof AnswerTooLarge) return { next: 'done', result: fail('too-large', tracker, response.status) };
    return broken();
  } finally {
    clearTimeout(timer);
  }
}

/** 429 (or GitHub's 403 with no requests left): wait once if the tracker names a short wait, else fail. */
function rateLimited(r: Call, response: Response, waitedForRateLimit: boolean): Step {
  const now = r.env.now();
  const until = parseRetryAfter(response.headers.get('retry-after'), now) ?? parseRateLimitReset(response.headers.get('x-ratelimit-reset'));
  const retryAt = until != null ? new Date(until).toISOString() : undefined;
  const waitMs = until != null ? Math.max(0, until - now) : null;
  // Jira Cloud says which limit was hit (RateLimit-Reason). A burst limit clears in seconds; a
  // quota (points per hour, tiered quota) does not clear by waiting a moment, so we don't.
  const quota = /quota/i.test(response.headers.get('ratelimit-reason') ?? '');
  if (!waitedForRateLimit && !quota && waitMs != null && waitMs <= r.maxWait) return { next: 'wait', ms: waitMs };
  return { next: 'done', result: fail('rate-limited', r.tracker, response.status, retryAt) };
}

/** A 2xx answer: its JSON, checked, and remembered with its ETag when revalidation was asked for. */
async function parseAnswer(r: Call, response: Response, text: string): Promise<JsonResult<unknown>> {
  let body: unknown = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return fail('malformed', r.tracker, response.status);
    }
  }
  if (r.policy.validate && !r.policy.validate(body)) return fail('malformed', r.tracker, response.status);
  const etag = response.headers.get('etag');
  if (r.conditional && etag) {
    try {
      await r.env.cache.set<CachedResponse>(etagKey(r.url), { etag, body });
    } catch {
      // Without the cache the next visit costs a full request; not worth a notice.
    }
  }
  return { ok: true, status: response.status, headers: response.headers, etag, body, fromCache: false };
}

async function backoff(
  env: Pick<LoadEnv, 'sleep'>,
  baseMs: number,
  attempt: number,
  random: () => number,
): Promise<void> {
  const delay = baseMs * 2 ** (attempt - 1);
  await env.sleep(delay + Math.floor(random() * delay));
}

/** Turns a failed request into a panel notice, with the action that helps. */
export function noticeFor(error: TrackerError): Notice {
  const notice: Notice = {
    level: error.kind === 'aborted' ? 'info' : 'error',
    message: error.message,
  };
  if (error.retryAt) notice.retryAt = error.retryAt;
  if (error.kind === 'unauthorized') notice.action = 'log-in';
  else if (['rate-limited', 'server', 'timeout', 'network'].includes(error.kind)) notice.action = 'retry';
  return notice;
}
