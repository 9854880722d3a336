// Which tracker page is this? The content script's only site knowledge: small on purpose (it runs on
// every matching page before deciding to show anything). Added sites (Jira Data Center, GitHub
// Enterprise) say which tracker they are, since their host names can't.
import { detectGitHub } from './github/detect';
import { detectJira } from './jira/detect';
import type { PageMatch } from './types';

export interface AddedSite {
  origin: string;
  kind: 'jira' | 'github';
}

export function trackerOf(url: URL, addedSites: readonly AddedSite[]): 'jira' | 'github' | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.host === 'github.com') return 'github';
  if (url.hostname.endsWith('.atlassian.net')) return 'jira';
  return addedSites.find((site) => site.origin === url.origin)?.kind ?? null;
}

export function detectPage(url: URL, doc: Document | null, addedSites: readonly AddedSite[]): PageMatch | null {
  switch (trackerOf(url, addedSites)) {
    case 'github':
      return detectGitHub(url);
    case 'jira':
      return detectJira(url, doc);
    default:
      return null;
  }
}

/** Two matches show the same thing when this is equal (used to skip reloading on no-op navigations). */
export const pageKey = (m: PageMatch): string => `${m.kind}|${m.host}|${m.project ?? ''}|${m.key ?? ''}|${m.boardId ?? ''}`;
