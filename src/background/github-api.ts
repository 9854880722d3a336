// GitHub API requests for the panels, made here in the background so a token never reaches a content
// script. A panel asks "fetch this URL of this site's API"; the background checks that the asking page
// is that site, that the URL is that site's API (src/sites/github/auth.ts), adds the site's own token
// if one is saved, reads the answer with a size cap and hands back status, headers and text. The
// panel keeps its own timeouts, retries and ETag cache (src/sites/http.ts), so a 304 still costs
// nothing and every failure still gets its own words.
import { OffSiteRequest, siteApiFetch } from '../sites/github/auth';
import { AnswerTooLarge, readCapped } from '../sites/http';

export interface GitHubApiRequest {
  type: 'github-api';
  /** The GitHub site whose API is asked: "github.com" or an Enterprise host. */
  site: string;
  url: string;
  method: string;
  headers: [string, string][];
  body?: string;
}

export type GitHubApiAnswer =
  | { ok: true; status: number; headers: [string, string][]; body: string }
  | { ok: false; error: 'refused' | 'network' | 'too-large' };

/** Does a token exist for this site? The panel picks its requests by it (GraphQL needs one). */
export interface GitHubTokenStateRequest {
  type: 'github-token-state';
  site: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isGitHubApiRequest(message: unknown): message is GitHubApiRequest {
  return (
    isRecord(message) &&
    message.type === 'github-api' &&
    typeof message.site === 'string' &&
    typeof message.url === 'string' &&
    typeof message.method === 'string' &&
    Array.isArray(message.headers) &&
    message.headers.every((h) => Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string') &&
    (message.body === undefined || typeof message.body === 'string')
  );
}

export function isGitHubTokenStateRequest(message: unknown): message is GitHubTokenStateRequest {
  return isRecord(message) && message.type === 'github-token-state' && typeof message.site === 'string';
}

/** The site a message speaks for must be the page that sent it: a Jira page's content script can't
 * ask for github.com's token, nor one GitHub site's page for another's. */
export function senderIsSite(senderUrl: string | undefined, site: string): boolean {
  if (!senderUrl) return false;
  try {
    const url = new URL(senderUrl);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host === site;
  } catch {
    return false;
  }
}

/** The longest the background waits for one answer; the panel's own timeout is usually shorter. */
const BACKGROUND_TIMEOUT_MS = 130_000;
const METHODS = new Set(['GET', 'POST']);

export interface ApiDeps {
  fetch: typeof globalThis.fetch;
  tokenFor(site: string): Promise<string | null>;
}

export async function answerGitHubApi(request: GitHubApiRequest, senderUrl: string | undefined, deps: ApiDeps): Promise<GitHubApiAnswer> {
  const method = request.method.toUpperCase();
  if (!senderIsSite(senderUrl, request.site) || !METHODS.has(method)) return { ok: false, error: 'refused' };
  let token: string | null;
  try {
    token = await deps.tokenFor(request.site);
  } catch {
    token = null; // an unreadable store: ask without a token rather than not at all
  }
  const fetch = siteApiFetch(deps.fetch, request.site, token);
  try {
    const response = await fetch(request.url, {
      method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(BACKGROUND_TIMEOUT_MS),
    });
    const body = response.status === 304 ? '' : await readCapped(response);
    return { ok: true, status: response.status, headers: [...response.headers], body };
  } catch (error) {
    if (error instanceof AnswerTooLarge) return { ok: false, error: 'too-large' };
    if (error instanceof OffSiteRequest) return { ok: false, error: 'refused' };
    return { ok: false, error: 'network' };
  }
}
