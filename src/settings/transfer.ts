// Export and import of all settings as one JSON file (pure: the options page does the storage side).
// An import is all or nothing: the file is checked completely before anything is written, and the
// first wrong part is named so the user can fix it or pick another file. Missing fields take their
// defaults (an older, smaller export still imports); a section missing from the file is left as it is.
import * as v from 'valibot';
import {
  type CustomSite,
  CustomSiteSchema,
  type Prefs,
  SETTINGS_VERSION,
  type SiteSettings,
  checkPrefs,
  checkSiteSettings,
} from './schema';

export const EXPORT_FORMAT = 'tandem-settings';

/** Larger than any real export by far (sync storage holds 100 KB); stops a wrong file early. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** storage.sync refuses any single item above 8 KB; checking first keeps a refused write from happening half-way. */
export const SYNC_ITEM_BYTES = 8192;

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported: string;
  prefs: Prefs;
  /** Site settings by host name. */
  sites: Record<string, SiteSettings>;
  customSites: CustomSite[];
  /** Only when the user asked for it. */
  githubToken?: string;
}

export interface ExportInput {
  prefs: Prefs;
  sites: Record<string, SiteSettings>;
  customSites: CustomSite[];
  githubToken: string | null;
  includeToken: boolean;
  now: Date;
}

export function buildExport(input: ExportInput): SettingsExport {
  const out: SettingsExport = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exported: input.now.toISOString(),
    prefs: input.prefs,
    sites: input.sites,
    customSites: input.customSites,
  };
  if (input.includeToken && input.githubToken) out.githubToken = input.githubToken;
  return out;
}

/** What an import will write: each section is present only when the file had it. */
export interface ImportedSettings {
  prefs?: Prefs;
  sites?: Record<string, SiteSettings>;
  customSites?: CustomSite[];
  githubToken?: string;
}

export interface ImportSummary {
  sites: number;
  rosters: number;
  people: number;
  agreements: number;
  thresholds: number;
  customSites: number;
  token: boolean;
  /** Sections the file didn't have, left unchanged. */
  kept: ('prefs' | 'sites' | 'customSites')[];
}

export type ImportProblemCode =
  | 'too-big'
  | 'not-json'
  | 'not-tandem'
  | 'newer-version'
  | 'bad-version'
  | 'bad-part'
  | 'item-too-big';

/** Why a file was refused; `part` names where (e.g. "sites → github.com → rosters.acme/roadmap"). */
export interface ImportProblem {
  code: ImportProblemCode;
  part?: string;
}

export type ImportResult =
  | { ok: true; settings: ImportedSettings; summary: ImportSummary }
  | { ok: false; problem: ImportProblem };

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const fail = (code: ImportProblemCode, part?: string): ImportResult => ({ ok: false, problem: part ? { code, part } : { code } });
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Reads a settings file's text. Never throws; nothing is written here. */
export function parseImport(text: string): ImportResult {
  // Counted in UTF-16 units first so a huge file is refused before any encoding or parsing work.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return fail('too-big');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return fail('not-tandem');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 0) return fail('bad-version');
  if (raw.version > SETTINGS_VERSION) return fail('newer-version');

  const settings: ImportedSettings = {};
  const kept: ImportSummary['kept'] = [];

  if ('prefs' in raw) {
    const { value, bad } = checkPrefs(raw.prefs);
    if (bad.length) return fail('bad-part', `prefs → ${bad[0]}`);
    settings.prefs = value;
  } else kept.push('prefs');

  if ('sites' in raw) {
    if (!isRecord(raw.sites)) return fail('bad-part', 'sites');
    const sites: Record<string, SiteSettings> = {};
    for (const [host, record] of Object.entries(raw.sites)) {
      if (!HOST.test(host)) return fail('bad-part', `sites → ${host}`);
      const { value, bad } = checkSiteSettings(record);
      if (bad.length) return fail('bad-part', `sites → ${host} → ${bad[0]}`);
      if (bytes(value) > SYNC_ITEM_BYTES - 64) return fail('item-too-big', `sites → ${host}`);
      sites[host] = value;
    }
    settings.sites = sites;
  } else kept.push('sites');

  if ('customSites' in raw) {
    if (!Array.isArray(raw.customSites)) return fail('bad-part', 'customSites');
    const list: CustomSite[] = [];
    for (const [i, site] of raw.customSites.entries()) {
      const parsed = v.safeParse(CustomSiteSchema, site);
      // An origin must already be normalised: the content script compares it with location.origin.
      if (!parsed.success || normaliseOrigin(parsed.output.origin) !== parsed.output.origin)
        return fail('bad-part', `customSites → ${i + 1}`);
      list.push(parsed.output);
    }
    settings.customSites = list;
  } else kept.push('customSites');

  if ('githubToken' in raw) {
    const token = raw.githubToken;
    if (typeof token !== 'string' || !token.trim() || /\s/.test(token.trim()) || token.length > 512) return fail('bad-part', 'githubToken');
    settings.githubToken = token.trim();
  }

  const siteList = Object.values(settings.sites ?? {});
  return {
    ok: true,
    settings,
    summary: {
      sites: siteList.length,
      rosters: siteList.reduce((n, s) => n + Object.keys(s.rosters).length, 0),
      people: siteList.reduce((n, s) => n + Object.values(s.rosters).reduce((m, r) => m + r.people.length, 0), 0),
      agreements: siteList.reduce((n, s) => n + Object.keys(s.agreements).length, 0),
      thresholds: Object.keys(settings.prefs?.thresholds ?? {}).length,
      customSites: settings.customSites?.length ?? 0,
      token: settings.githubToken !== undefined,
      kept,
    },
  };
}

/**
 * What the user typed as a site address, as an origin ("https://jira.corp.example"), or null.
 * A bare host name means https; paths, queries and credentials are not part of a site.
 */
export function normaliseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // A single word is more likely a typo than an intranet host; localhost is the exception.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.origin;
}
