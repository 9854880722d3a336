// The two settings the content script needs before it decides anything: is this site switched on,
// and which added sites are Jira or GitHub. Read here with plain guards instead of the valibot
// schema, to keep the content script inside its 8 KB budget; quick.test.ts checks with random
// input that these answers always equal the full schema's.
import type { AddedSite } from '../sites/detect';

/**
 * The version of a site's record (schema.ts migrates older ones). v2 added `welcomed`, the first-run
 * step: a record of an older version was used already, so its site is not asked again.
 */
export const SITE_SETTINGS_VERSION = 2;

/** What the content script stores on a site's first visit, so the options page lists the site. */
export const firstVisitRecord = () => ({ v: SITE_SETTINGS_VERSION, enabled: true });

/** Where a site's settings are stored in storage.sync. */
export const siteKey = (host: string): string => `site:${host.toLowerCase()}`;

export function quickEnabled(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return true;
  const enabled = (raw as { enabled?: unknown }).enabled;
  return typeof enabled === 'boolean' ? enabled : true;
}

const ORIGIN = /^https?:\/\/[^/]+$/;

export function quickAddedSites(raw: unknown): AddedSite[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((site): site is AddedSite => {
    if (typeof site !== 'object' || site === null) return false;
    const { origin, kind } = site as Record<string, unknown>;
    if (typeof origin !== 'string' || !ORIGIN.test(origin) || (kind !== 'jira' && kind !== 'github')) return false;
    try {
      return new URL(origin).origin === origin;
    } catch {
      return false;
    }
  }).map(({ origin, kind }) => ({ origin, kind }));
}
