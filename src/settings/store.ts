// Reading and writing settings in browser.storage. Preferences (site switches, corner, rosters,
// agreements, thresholds, added sites) go to storage.sync; the GitHub token and caches to
// storage.local only. A corrupted record is backed up in local storage before it is repaired, so
// nothing the user had is lost.
import browser from 'webextension-polyfill';
import { say } from '../core/words';
import {
  type CustomSite,
  type Parsed,
  type Prefs,
  type SiteSettings,
  defaultPrefs,
  defaultSiteSettings,
  parseCustomSites,
  parsePrefs,
  parseSiteSettings,
  siteKey,
} from './schema';

const PREFS = 'prefs';
const CUSTOM_SITES = 'customSites';

async function readSync(key: string): Promise<unknown> {
  const got = await browser.storage.sync.get(key);
  return got[key];
}

export async function loadSite(host: string): Promise<Parsed<SiteSettings>> {
  try {
    return parseSiteSettings(await readSync(siteKey(host)));
  } catch {
    return { value: defaultSiteSettings(), notice: say('settingsRepairSiteUnreadable') };
  }
}

/** Merge a change into a site's settings. A corrupted record is kept in local storage first. */
export async function saveSite(host: string, change: Partial<SiteSettings>): Promise<SiteSettings> {
  const key = siteKey(host);
  const raw = await readSync(key);
  const current = parseSiteSettings(raw);
  if (current.notice && raw !== undefined) await browser.storage.local.set({ [`backup:${key}`]: raw });
  const next = { ...current.value, ...change };
  await browser.storage.sync.set({ [key]: next });
  return next;
}

export async function loadPrefs(): Promise<Parsed<Prefs>> {
  try {
    return parsePrefs(await readSync(PREFS));
  } catch {
    return { value: defaultPrefs(), notice: say('settingsRepairPrefsUnreadable') };
  }
}

export async function savePrefs(change: Partial<Prefs>): Promise<Prefs> {
  const raw = await readSync(PREFS);
  const current = parsePrefs(raw);
  if (current.notice && raw !== undefined) await browser.storage.local.set({ [`backup:${PREFS}`]: raw });
  const next = { ...current.value, ...change };
  await browser.storage.sync.set({ [PREFS]: next });
  return next;
}

export async function loadCustomSites(): Promise<Parsed<CustomSite[]>> {
  try {
    return parseCustomSites(await readSync(CUSTOM_SITES));
  } catch {
    return { value: [], notice: say('settingsRepairSitesListUnreadable') };
  }
}

export async function saveCustomSites(sites: CustomSite[]): Promise<void> {
  await browser.storage.sync.set({ [CUSTOM_SITES]: sites });
}

/** Every site the user has settings for, with their settings (for the options page). */
export async function listSites(): Promise<{ host: string; settings: Parsed<SiteSettings> }[]> {
  const all = await browser.storage.sync.get(null);
  // github.com is always listed: it's covered from the start, visited or not.
  const stored = { 'site:github.com': undefined, ...all };
  return Object.entries(stored)
    .filter(([k]) => k.startsWith('site:'))
    .map(([k, raw]) => ({ host: k.slice(5), settings: parseSiteSettings(raw) }))
    .sort((a, b) => a.host.localeCompare(b.host));
}

/** Calls back when this site's settings change anywhere (popup, options, another tab). */
export function onSiteChange(host: string, callback: (settings: Parsed<SiteSettings>) => void): () => void {
  const key = siteKey(host);
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && key in changes) callback(parseSiteSettings(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Back to defaults: sync preferences cleared; the token and caches in local storage are kept. */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.clear();
}

