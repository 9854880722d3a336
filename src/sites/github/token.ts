// The options page's "check" button for a GitHub token: whose token it is and how much of the rate
// limit is left. One `GET /user`; the answer's rate-limit headers carry the rest. The token is only
// sent to the GitHub host the user named, and never logged or echoed back.
import { say } from '../../core/words';
import { parseRateLimitReset, requestJson } from '../http';
import type { LoadEnv } from '../types';
import { apiBase } from './api';

export interface TokenCheck {
  ok: true;
  login: string;
  remaining: number | null;
  limit: number | null;
  /** ISO time the limit resets. */
  resetAt: string | null;
}

export interface TokenProblem {
  ok: false;
  /** Plain words for the options page: what is wrong and what to do. */
  error: string;
}

/** "github_pat_11AB…wxyz": enough to recognise a token, not enough to use it. */
export function maskToken(token: string): string {
  const t = token.trim();
  if (t.length <= 12) return '•'.repeat(t.length);
  const prefix = /^(github_pat_|gh[pousr]_)/.exec(t)?.[0] ?? '';
  return `${t.slice(0, prefix.length + 4)}…${t.slice(-4)}`;
}

const intOrNull = (v: string | null): number | null => (v !== null && /^\d+$/.test(v.trim()) ? Number(v) : null);

export async function checkGitHubToken(
  token: string,
  env: Pick<LoadEnv, 'fetch' | 'signal' | 'sleep' | 'now' | 'cache'>,
  host = 'github.com',
): Promise<TokenCheck | TokenProblem> {
  const t = token.trim();
  if (!t) return { ok: false, error: say('tokenProblemEmpty') };
  if (/\s/.test(t)) return { ok: false, error: say('tokenProblemSpaces') };
  const res = await requestJson<{ login?: unknown }>(
    `${apiBase(host)}/user`,
    { headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${t}` } },
    env,
    // The user is waiting on a button: one try, no waiting out a rate limit.
    { tracker: 'GitHub', tries: 1, maxRateLimitWaitMs: 0, timeoutMs: 10_000 },
  );
  if (!res.ok) {
    switch (res.error.kind) {
      case 'unauthorized':
        return { ok: false, error: say('tokenProblemRejected') };
      case 'rate-limited':
        return { ok: false, error: res.error.message };
      case 'forbidden':
        return { ok: false, error: say('tokenProblemForbidden') };
      case 'not-found':
        return { ok: false, error: say('tokenProblemNoApi', host) };
      default:
        return { ok: false, error: res.error.message };
    }
  }
  const login = typeof res.body?.login === 'string' ? res.body.login : null;
  if (!login) return { ok: false, error: say('tokenProblemNotAccount') };
  const reset = parseRateLimitReset(res.headers.get('x-ratelimit-reset'));
  return {
    ok: true,
    login,
    remaining: intOrNull(res.headers.get('x-ratelimit-remaining')),
    limit: intOrNull(res.headers.get('x-ratelimit-limit')),
    resetAt: reset !== null ? new Date(reset).toISOString() : null,
  };
}
