// The fixture "world" of the end-to-end suites: which tracker URLs answer what, and which requests
// were made. It knows nothing of the browser driver: the Chromium harness (Playwright's routes,
// e2e/harness.ts) and the Firefox harness (Puppeteer's request interception, e2e/firefox/harness.ts)
// each hand it the requests they catch and give the browser its reply, so both browsers are served
// by the same worlds (e2e/demo-world.ts, e2e/jira-world.ts, test/fixtures).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isApiUrl } from '../src/sites/github/api';

export const FIXTURES = join(import.meta.dirname, '..', 'test/fixtures');

/**
 * The time every world lives at: both harnesses store it as the extension's fixed clock
 * (src/settings/clock.ts) before the first page, and the Node-side expectations judge at it too. The
 * sample data is dated; judged at the real today it would read differently from day to day.
 */
export const WORLD_NOW = '2026-11-10T15:00:00.000Z';

/** A request the extension (or the page) made to a tracker, as the world saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  postData: string | null;
  status: number;
  /** When the answer was handed to the browser (epoch ms), for the page benchmark. */
  at?: number;
}

/** What the browser gets back. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  contentType?: string;
  body?: string | Buffer;
}

/** A reply never given: the request hangs, and the extension's timeout decides. */
export const HANG = 'hang';
/** No reply: the connection is reset (before any header; a reset mid-body can't be expressed). */
export const RESET = 'reset';

export type Answer =
  | { file: string; status?: number; headers?: Record<string, string>; contentType?: string }
  | { body: string; status?: number; headers?: Record<string, string>; contentType?: string }
  | { json: unknown; status?: number; headers?: Record<string, string> }
  | ((request: SeenRequest) => Promise<Reply | typeof HANG | typeof RESET> | Reply | typeof HANG | typeof RESET);

type Matcher = string | RegExp | ((url: URL, method: string) => boolean);

/** The trackers every world serves; a self-hosted site is added with `serveOrigin`. */
const TRACKER_HOSTS = [/^github\.com$/, /^api\.github\.com$/, /^avatars\.githubusercontent\.com$/, /^[a-z0-9-]+\.atlassian\.net$/];

/**
 * Serves tracker URLs from fixtures. Rules are tried newest first; the first whose matcher accepts
 * the URL answers. Anything unmatched on a tracker host gets a 404, so a wrong request shows up as a
 * failure rather than a hang or a trip to the internet.
 */
export class World {
  readonly requests: SeenRequest[] = [];
  private rules: { match: (url: URL, method: string) => boolean; answer: Answer }[] = [];
  private readonly origins = new Set<string>();
  private readonly originListeners: ((origin: string) => Promise<void>)[] = [];
  /** Each token a test saved or typed, with the one site it belongs to. */
  private readonly tokenSites = new Map<string, string>();

  private tokenSaver: ((site: string, token: string) => Promise<void>) | null = null;

  /** For a driver: how it stores a token in the extension (its IndexedDB, as the options page does). */
  saveTokensWith(saver: (site: string, token: string) => Promise<void>): void {
    this.tokenSaver = saver;
  }

  /** Saves a token for a site the way the options page does, and says whose it is. */
  async saveToken(site: string, token: string): Promise<void> {
    if (!this.tokenSaver) throw new Error('this driver can’t save a token: type it in the options page');
    this.tokenBelongsTo(site, token);
    await this.tokenSaver(site, token);
  }

  /** Says which site a token belongs to (one a test saves, or types into the options page). */
  tokenBelongsTo(site: string, token: string): this {
    this.tokenSites.set(token, site);
    return this;
  }

  /**
   * The invariant every e2e test keeps, in both browsers: a request carrying Authorization goes to
   * the API of the one site its token belongs to. Returns the requests that broke it (a token
   * elsewhere, or a token no test declared).
   */
  tokenLeaks(): string[] {
    const leaks: string[] = [];
    for (const r of this.requests) {
      const auth = r.headers.authorization;
      if (auth === undefined) continue;
      const site = this.tokenSites.get(auth.replace(/^Bearer\s+/i, ''));
      if (site === undefined || !isApiUrl(site, r.url)) leaks.push(`${r.method} ${r.url} carried ${site ? `${site}'s token` : 'an unknown Authorization'}`);
    }
    return leaks;
  }

  /** Adds a rule. `match`: an exact URL, a path+query ending ("/rest/api/3/issue/SHOP-12?…"), a RegExp on the full URL, or a function. */
  on(match: Matcher, answer: Answer): this {
    const test =
      typeof match === 'function'
        ? match
        : match instanceof RegExp
          ? (url: URL) => match.test(url.href)
          : (url: URL) => url.href === match || url.href.startsWith(match);
    this.rules.unshift({ match: test, answer });
    return this;
  }

  /** Requests whose URL matches, e.g. to count API calls. */
  seen(match: string | RegExp): SeenRequest[] {
    return this.requests.filter((r) => (typeof match === 'string' ? r.url.includes(match) : match.test(r.url)));
  }

  /** Whether the world answers for this URL (the trackers, and origins added with `serveOrigin`). */
  serves(url: URL): boolean {
    return this.origins.has(url.origin) || (url.protocol === 'https:' && TRACKER_HOSTS.some((host) => host.test(url.host)));
  }

  /** Serves one more origin (a self-hosted Jira or GitHub Enterprise); resolves once the driver routes it. */
  async serveOrigin(origin: string): Promise<void> {
    if (this.origins.has(origin)) return;
    this.origins.add(origin);
    for (const listener of this.originListeners) await listener(origin);
  }

  /** For a driver whose routes are per origin: told of each origin served from now on. */
  async onOrigin(listener: (origin: string) => Promise<void>): Promise<void> {
    this.originListeners.push(listener);
    for (const origin of this.origins) await listener(origin);
  }

  /** The reply to one request, null for one never answered, or RESET. Records the request. */
  async answer(request: { method: string; url: string; headers: Record<string, string>; postData?: string | null }): Promise<Reply | null | typeof RESET> {
    const url = new URL(request.url);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const seen: SeenRequest = { method: request.method, url: url.href, headers, postData: request.postData ?? null, status: 0 };
    this.requests.push(seen);
    const rule = this.rules.find((r) => r.match(url, seen.method));
    const reply = rule ? await replyOf(rule.answer, seen) : { status: 404, contentType: 'text/plain', body: `no fixture for ${url.href}` };
    if (reply === HANG) return null;
    if (reply === RESET) return RESET;
    seen.status = reply.status;
    seen.at = Date.now();
    return reply;
  }
}

async function replyOf(answer: Answer, seen: SeenRequest): Promise<Reply | typeof HANG | typeof RESET> {
  if (typeof answer === 'function') return answer(seen);
  const status = answer.status ?? 200;
  const headers = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*', ...(answer.headers ?? {}) };
  if ('json' in answer) return { status, headers, contentType: 'application/json; charset=utf-8', body: JSON.stringify(answer.json) };
  const body = 'file' in answer ? readFileSync(join(FIXTURES, answer.file)) : answer.body;
  const contentType = answer.contentType ?? ('file' in answer && answer.file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
  return { status, headers, contentType, body };
}

/** A reply made from a fetch `Response` (the fake trackers answer with those). */
export async function replyFrom(response: Response): Promise<Reply> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: response.status === 304 ? '' : await response.text() };
}
