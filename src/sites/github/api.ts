// Where GitHub's APIs live for a host, and how its pages link on. Tiny on purpose: the options page
// (token check) needs it without the converter.

/** REST base: api.github.com for github.com, `/api/v3` on GitHub Enterprise Server. */
export function apiBase(host: string): string {
  return host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
}

/** GraphQL endpoint: api.github.com/graphql, or `/api/graphql` on GitHub Enterprise Server. */
export function graphqlUrl(host: string): string {
  return host === 'github.com' ? 'https://api.github.com/graphql' : `https://${host}/api/graphql`;
}

/**
 * Whether `url` is one of `site`'s API endpoints: the only place that site's token may go, and the
 * only place its pagination links may lead. `site` is a host: "github.com" or a GitHub Enterprise
 * Server host the user added.
 */
export function isApiUrl(site: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  if (site === 'github.com') return u.host === 'api.github.com';
  return u.host === site && (u.pathname.startsWith('/api/v3/') || u.pathname === '/api/graphql');
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1]!;
  }
  return null;
}
