// The options page's and popup's own storage work: the GitHub token, reset, the weekly check-ins,
// export and import. Apart from store.ts on purpose: the panel loads store.ts, and none of this
// belongs in the code every tracker page loads.
import browser from 'webextension-polyfill';
import { addCheckIn, type CheckIn, parseCheckIns } from './checkins';
import { type SiteSettings, parseCustomSites, parsePrefs, parseSiteSettings, siteKey } from './schema';
import { resetSettings } from './store';
import { GITHUB_COM, indexedDbTokens, tokenStore } from './tokens';
import { buildExport, type ImportedSettings, type SettingsExport } from './transfer';

const PREFS = 'prefs';
const CUSTOM_SITES = 'customSites';

// ——— GitHub tokens, one per site, in the extension's own IndexedDB (tokens.ts says why). ———
const tokens = tokenStore(browser.storage.local, indexedDbTokens);

export function loadToken(site: string = GITHUB_COM): Promise<string | null> {
  return tokens.get(site);
}

export function saveToken(token: string, site: string = GITHUB_COM): Promise<void> {
  return tokens.set(site, token);
}

export function removeToken(site: string = GITHUB_COM): Promise<void> {
  return tokens.remove(site);
}

/** The sites that have a token saved. */
export function tokenSites(): Promise<string[]> {
  return tokens.sites();
}

/** Reset with the choice the options page offers: settings only, or every site's token as well. */
export async function resetEverything(options: { forgetToken: boolean }): Promise<void> {
  await resetSettings();
  if (options.forgetToken) for (const site of await tokens.sites()) await tokens.remove(site);
}

// ——— The weekly self-check: local, personal. ———
const CHECKINS = 'checkins';

export async function loadCheckIns(): Promise<CheckIn[]> {
  try {
    return parseCheckIns((await browser.storage.local.get(CHECKINS))[CHECKINS]);
  } catch {
    return [];
  }
}

export async function saveCheckIn(entry: CheckIn): Promise<CheckIn[]> {
  const next = addCheckIn(await loadCheckIns(), entry);
  await browser.storage.local.set({ [CHECKINS]: next });
  return next;
}

// ——— Export and import (the checking is in transfer.ts). ———

/** Every synced setting, as an export file's contents; github.com's token only when asked for
 * (an Enterprise site's token stays in this browser). */
export async function exportSettings(includeToken: boolean, now = new Date()): Promise<SettingsExport> {
  const sites: Record<string, SiteSettings> = {};
  const all = await browser.storage.sync.get(null);
  for (const [key, raw] of Object.entries(all)) if (key.startsWith('site:')) sites[key.slice(5)] = parseSiteSettings(raw).value;
  return buildExport({
    prefs: parsePrefs(all[PREFS]).value,
    sites,
    customSites: parseCustomSites(all[CUSTOM_SITES]).value,
    githubToken: includeToken ? await loadToken() : null,
    includeToken,
    now,
  });
}

/**
 * Writes a checked import. Each section the file had replaces the stored one; if the browser refuses
 * the write (quota), what was there before is put back, so a failed import changes nothing.
 */
export async function applyImport(settings: ImportedSettings): Promise<void> {
  const before = await browser.storage.sync.get(null);
  const write: Record<string, unknown> = {};
  const drop: string[] = [];
  if (settings.prefs) write[PREFS] = settings.prefs;
  if (settings.customSites) write[CUSTOM_SITES] = settings.customSites;
  if (settings.sites) {
    for (const [host, site] of Object.entries(settings.sites)) write[siteKey(host)] = site;
    drop.push(...Object.keys(before).filter((k) => k.startsWith('site:') && !(k in write)));
  }
  try {
    if (drop.length) await browser.storage.sync.remove(drop);
    await browser.storage.sync.set(write);
  } catch (error) {
    await browser.storage.sync.clear();
    await browser.storage.sync.set(before);
    throw error;
  }
  // The file's token is github.com's and nothing else's: a file that adds sites never sends it there.
  if (settings.githubToken) await saveToken(settings.githubToken, GITHUB_COM);
}
