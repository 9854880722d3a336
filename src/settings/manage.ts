// The options page's and popup's own storage work: the GitHub token, reset, the weekly check-ins,
// export and import. Apart from store.ts on purpose: the panel loads store.ts, and none of this
// belongs in the code every tracker page loads.
import browser from 'webextension-polyfill';
import { addCheckIn, type CheckIn, parseCheckIns } from './checkins';
import { type SiteSettings, parseCustomSites, parsePrefs, parseSiteSettings, siteKey } from './schema';
import { resetSettings } from './store';
import { buildExport, type ImportedSettings, type SettingsExport } from './transfer';

const PREFS = 'prefs';
const CUSTOM_SITES = 'customSites';

// ——— The GitHub token: storage.local only, never synced, never logged. ———
const TOKEN = 'githubToken';

export async function loadToken(): Promise<string | null> {
  const got = await browser.storage.local.get(TOKEN);
  return typeof got[TOKEN] === 'string' && got[TOKEN] ? (got[TOKEN] as string) : null;
}

export async function saveToken(token: string): Promise<void> {
  await browser.storage.local.set({ [TOKEN]: token.trim() });
}

export async function removeToken(): Promise<void> {
  await browser.storage.local.remove(TOKEN);
}

/** Reset with the choice the options page offers: settings only, or the token as well. */
export async function resetEverything(options: { forgetToken: boolean }): Promise<void> {
  await resetSettings();
  if (options.forgetToken) await removeToken();
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

/** Every synced setting, as an export file's contents; the token only when asked for. */
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
  if (settings.githubToken) await saveToken(settings.githubToken);
}
