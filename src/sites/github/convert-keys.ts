// GitHub converter, where an issue lives: its host and repository, and the `owner/repo#12` key the
// model names issues by, read from the issue's own URLs (or the caller's context when they don't tell).
import { type Json, num, obj, str, webUrl } from '../convert-common';

export function repoOf(issue: Json, ctx: { host?: string; repo?: string }): { host: string; repo: string | null } {
  let host = ctx.host ?? null;
  let repo = ctx.repo ?? null;
  const html = webUrl(issue.html_url);
  if (html) {
    try {
      const url = new URL(html);
      host ??= url.host;
      const m = /^\/([^/]+)\/([^/]+)\/(?:issues|pull)\//.exec(url.pathname);
      if (m) repo ??= `${m[1]}/${m[2]}`;
    } catch {
      /* not a URL */
    }
  }
  const api = str(issue.repository_url) ?? str(issue.url);
  if (!repo && api) {
    const m = /\/repos\/([^/]+)\/([^/]+)/.exec(api);
    if (m) repo = `${m[1]}/${m[2]}`;
  }
  return { host: host ?? 'github.com', repo };
}

/** `owner/repo#12` for an issue's API or web URL (e.g. `parent_issue_url`), or null. */
export function keyOfUrl(value: unknown): string | null {
  const url = str(value);
  if (!url) return null;
  const m = /\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url) ?? /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url);
  return m ? `${m[1]}/${m[2]}#${m[3]}` : null;
}

/** `owner/repo#12` for an issue object (e.g. a cross-reference source), or null. */
export function keyOf(issue: unknown, fallbackRepo: string | undefined): string | null {
  const o = obj(issue);
  const number = num(o?.number);
  if (!o || number === null) return null;
  const { repo } = repoOf(o, {}); // the other issue may be in another repository
  const r = repo ?? str(obj(o.repository)?.full_name) ?? fallbackRepo ?? null;
  return r ? `${r}#${number}` : null;
}
