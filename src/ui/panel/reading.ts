// Reading a page: load the tracker data for what's in view (the site adapter), then evaluate the
// signals (the core engine) with this site's roster, agreement and thresholds. Never throws: every
// failure becomes a notice the panel shows in plain words.
import browser from 'webextension-polyfill';
import { analyze, type Analysis } from '../../core/engine';
import { loadPage } from '../../sites/load';
import type { KeyValueCache, LoadProgress, Notice, PageMatch } from '../../sites/types';
import type { Prefs, SiteSettings } from '../../settings/schema';

export interface Reading {
  analysis: Analysis;
  notices: Notice[];
  source: 'api' | 'page';
  partial: boolean;
}

/** Extension local storage as the adapters' cache (ETags, Jira field ids). */
export const localCache: KeyValueCache = {
  async get<T>(key: string) {
    const got = await browser.storage.local.get(`cache:${key}`);
    return got[`cache:${key}`] as T | undefined;
  },
  async set<T>(key: string, value: T) {
    await browser.storage.local.set({ [`cache:${key}`]: value });
  },
};

export function rosterFor(site: SiteSettings, project: string | null) {
  return (project ? site.rosters[project] : undefined) ?? site.rosters['*'] ?? null;
}

export function agreementFor(site: SiteSettings, project: string | null) {
  return (project ? site.agreements[project] : undefined) ?? site.agreements['*'] ?? null;
}

export async function readPage(
  match: PageMatch,
  site: SiteSettings,
  prefs: Prefs,
  signal: AbortSignal,
  onProgress: (progress: LoadProgress) => void,
): Promise<Reading> {
  const local = await browser.storage.local.get('githubToken');
  const token = typeof local.githubToken === 'string' ? local.githubToken : null;
  const loaded = await loadPage(match, {
    fetch: (input, init) => globalThis.fetch(input, init),
    signal,
    document,
    cache: localCache,
    onProgress,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    githubToken: token,
    itemCap: match.site === 'jira' ? prefs.jiraItemCap : prefs.githubItemCap,
  });
  const project = loaded.data.project ?? match.project;
  const analysis = analyze(loaded.data, {
    roster: rosterFor(site, project),
    agreement: agreementFor(site, project),
    thresholds: prefs.thresholds,
  });
  return {
    analysis,
    notices: loaded.notices,
    source: loaded.source,
    partial: Boolean(loaded.data.partial || loaded.data.items.some((item) => item.partial)),
  };
}
