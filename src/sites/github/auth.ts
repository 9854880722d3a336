// Where a GitHub token may go. A token belongs to one site (github.com, or one GitHub Enterprise
// Server host) and is sent only to that site's API; any other URL is refused before a request is
// made, so a Link header, a redirect in our own code or an imported site can't carry it elsewhere.
// The background uses this for every GitHub API request (src/background/github-api.ts); the tests
// use it in Node, so both add the token the same way.
import { isApiUrl } from './api';

/** Thrown (as a rejected fetch) for a URL outside the site's API: the http layer reads it as a network failure. */
export class OffSiteRequest extends TypeError {
  constructor(readonly url: string) {
    super('off-site');
  }
}

/** A fetch for `site`'s API only, carrying `token` when there is one, never cookies. */
export function siteApiFetch(fetch: typeof globalThis.fetch, site: string, token: string | null): typeof globalThis.fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isApiUrl(site, url)) return Promise.reject(new OffSiteRequest(url));
    const headers = new Headers(init?.headers);
    // Whatever the caller put there, only this site's own token goes out.
    headers.delete('authorization');
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers, credentials: 'omit' });
  };
}
