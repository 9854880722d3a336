// Reading a page happens in two steps. `loadReading` fetches the tracker data for what's in view (the
// site adapter) once; `evaluate` runs the core engine on it with this site's roster, agreement and
// thresholds. Keeping the data lets a role set inline re-evaluate at once, without a new request.
// Neither throws for tracker trouble: failures become notices the panel shows in plain words.
import browser from 'webextension-polyfill';
import type { Analysis } from '../../core/engine';
import { analyzeInBackground, readAheadInBackground } from './analysis-client';
import { backgroundFetch, githubTokenSaved } from './github-client';
import { boundedCache } from '../../settings/cache';
import type { TrackerData } from '../../core/model';
import { loadPage } from '../../sites/load';
import type { KeyValueCache, LoadProgress, Notice, PageMatch } from '../../sites/types';
import type { Prefs, SiteSettings } from '../../settings/schema';
import { agreementFor, rosterFor } from './roster-edit';

/** What was loaded for the page in view: kept while the page stays the same. */
export interface Loaded {
  data: TrackerData;
  notices: Notice[];
  source: 'api' | 'page';
  partial: boolean;
}

export interface Reading extends Loaded {
  analysis: Analysis;
}

/** Extension local storage as the adapters' cache (ETags, Jira field ids), bounded. */
export const localCache: KeyValueCache = boundedCache(browser.storage.local);

export { agreementFor, rosterFor };

export async function loadReading(
  match: PageMatch,
  prefs: Prefs,
  signal: AbortSignal,
  onProgress: (progress: LoadProgress) => void,
): Promise<Loaded> {
  // GitHub's API is asked through the background, which holds the site's token; Jira's REST goes out
  // as the page's own request, with the user's session. A Jira page never asks about tokens.
  const github = match.site === 'github';
  const loaded = await loadPage(match, {
    fetch: github ? backgroundFetch(match.host) : pageFetch(),
    signal,
    document,
    cache: localCache,
    onProgress,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    githubTokenSaved: github ? await githubTokenSaved(match.host) : false,
    timeoutMs: prefs.requestTimeoutSeconds * 1000,
    itemCap: match.site === 'jira' ? prefs.jiraItemCap : prefs.githubItemCap,
    onItemsBeforeHistory: (early) => {
      if (!signal.aborted) readAheadInBackground(early);
    },
  });
  return {
    data: loaded.data,
    notices: loaded.notices,
    source: loaded.source,
    partial: Boolean(loaded.data.partial || loaded.data.items.some((item) => item.partial)),
  };
}

/** The project a page's roster and agreement are kept under. */
export function projectOf(loaded: Loaded, match: PageMatch): string | null {
  return loaded.data.project ?? match.project;
}

/**
 * Runs the engine on loaded data, in the background (src/background/analysis.ts): off the page's
 * main thread, and out of the panel's download. It makes no tracker request.
 */
export async function evaluate(loaded: Loaded, match: PageMatch, site: SiteSettings, prefs: Prefs, now?: string): Promise<Reading> {
  const project = projectOf(loaded, match);
  const analysis = await analyzeInBackground(loaded.data, {
    roster: rosterFor(site, project),
    agreement: agreementFor(site, project),
    thresholds: prefs.thresholds,
    ...(now ? { now } : {}),
  });
  return { ...loaded, analysis };
}

/**
 * Requests go out as the page's own: same origin with the user's Jira session. In Firefox a content
 * script's global `fetch` carries the extension's principal; `content.fetch` is the page's.
 */
function pageFetch(): typeof fetch {
  const pageOwn = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch;
  return pageOwn ? (input, init) => pageOwn(input, init) : (input, init) => globalThis.fetch(input, init);
}
