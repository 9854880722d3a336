// "Enable Tandem on this site" in the toolbar button's menu (webext-permission-toggle): a checkbox
// item, checked when Tandem has the open tab's origin, that asks the browser for that one origin or
// gives it back. webext-dynamic-content-scripts then registers the content script there; this file
// adds the site to the user's added sites (the list the options page keeps), with its kind read from
// the page itself, because the content script needs to know Jira from GitHub before it shows anything.
import type { CustomSite } from '../settings/schema';

/** Which tracker a page is, from the markers each puts in its <head>. Runs in the page. */
export function trackerOfPage(): 'jira' | 'github' | null {
  if (document.querySelector('meta[name^="ajs-"]')) return 'jira';
  if (document.querySelector('meta[name="expected-hostname"], meta[name^="octolytics-"]')) return 'github';
  return null;
}

/** The origin of a granted match pattern ("https://jira.corp.example/*"), or null for wider ones. */
export function originOfPattern(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : null;
}

export interface AdoptDeps {
  addedSites(): Promise<CustomSite[]>;
  saveAddedSites(sites: CustomSite[]): Promise<void>;
  /** Ids of the open tabs whose page is on `origin`. */
  tabsOn(origin: string): Promise<number[]>;
  /** What `trackerOfPage` says in that tab (null when it can't be asked). */
  trackerIn(tabId: number): Promise<'jira' | 'github' | null>;
  isBuiltIn(origin: string): boolean;
  now(): string;
}

/**
 * Adds the newly granted origins that a tab shows as a Jira or GitHub page to the added sites. An
 * origin already added, built in, or with no tracker page open is left as it is: the options page
 * adds those, with their kind chosen by the user.
 */
export async function adoptGrantedOrigins(patterns: readonly string[], deps: AdoptDeps): Promise<CustomSite[]> {
  const known = await deps.addedSites();
  const adopted: CustomSite[] = [];
  for (const pattern of patterns) {
    const origin = originOfPattern(pattern);
    if (!origin || deps.isBuiltIn(origin) || known.some((s) => s.origin === origin)) continue;
    for (const tab of await deps.tabsOn(origin)) {
      const kind = await deps.trackerIn(tab);
      if (kind) {
        adopted.push({ origin, kind, added: deps.now() });
        break;
      }
    }
  }
  if (adopted.length > 0) await deps.saveAddedSites([...known, ...adopted]);
  return adopted;
}
