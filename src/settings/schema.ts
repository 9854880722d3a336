// Settings: typed, validated and versioned. Preferences live in storage.sync (they follow the user
// across browsers); secrets and caches live in storage.local (see store.ts). Every field has a
// fallback, so a corrupted value costs that field only, never the rest, and never a crash.
import * as v from 'valibot';
import { SIGNAL_IDS } from '../core/guide';
import { say, sayCount, type MessageKey } from '../core/words';
import { SITE_SETTINGS_VERSION } from './quick';

export const SETTINGS_VERSION = 1;
/** Site records have their own version (quick.ts says what v2 added). */
export { SITE_SETTINGS_VERSION };

export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

export const ROLES = ['pm', 'em', 'engineer', 'other'] as const;
export const ROUTINES = [
  'backlog-grooming',
  'sprint-planning',
  'stand-up',
  'status-updates',
  'documentation',
  'estimation',
  'triage',
  'release-notes',
  'prioritisation',
] as const;
export const ROUTINE_OWNERS = ['pm', 'em', 'engineering', 'shared'] as const;

const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

const RosterPersonSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  role: v.picklist(ROLES),
  team: v.optional(shortText(80)),
  name: v.optional(shortText(120)),
});

export const RosterSchema = v.object({
  people: v.pipe(v.array(RosterPersonSchema), v.maxLength(500)),
  myRole: v.optional(v.picklist(ROLES)),
});

export const AgreementSchema = v.object({
  owners: v.pipe(
    v.record(v.string(), v.picklist(ROUTINE_OWNERS)),
    // Unknown routine names are dropped rather than rejected: an older or newer export stays usable.
    v.transform((owners) =>
      Object.fromEntries(Object.entries(owners).filter(([k]) => (ROUTINES as readonly string[]).includes(k))),
    ),
  ),
  updated: v.optional(v.string()),
});

/**
 * A record read field by field: each field has a strict schema and a default. A field that fails
 * its schema falls back to its default and is named in the notice; the other fields are kept.
 * Record-valued fields (rosters, agreements) are checked entry by entry, so one bad project's
 * roster doesn't cost the others.
 */
type Field<T> = { schema: v.GenericSchema<unknown, T>; fallback: () => T; perEntry?: boolean };
type Fields = Record<string, Field<unknown>>;
type Shape<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

const field = <T>(schema: v.GenericSchema<unknown, T>, fallback: () => T, perEntry = false): Field<T> => ({
  schema,
  fallback,
  perEntry,
});

/** `bad` names the fields that were wrong (data paths, shown as they are); `whole` when the record wasn't one. */
function readFields<F extends Fields>(fields: F, raw: unknown): { value: Shape<F>; bad: string[]; whole: boolean } {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const bad: string[] = source ? [] : [say('settingsWholeRecord')];
  const value: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    if (!source || !(key in source)) {
      value[key] = spec.fallback();
      continue;
    }
    const given = source[key];
    if (spec.perEntry && typeof given === 'object' && given !== null && !Array.isArray(given)) {
      const entrySchema = (spec.schema as unknown as { value: v.GenericSchema }).value;
      const kept: Record<string, unknown> = {};
      for (const [entry, item] of Object.entries(given)) {
        const parsed = v.safeParse(entrySchema, item);
        if (parsed.success) kept[entry] = parsed.output;
        else bad.push(`${key}.${entry}`);
      }
      value[key] = kept;
      continue;
    }
    const parsed = v.safeParse(spec.schema, given);
    if (parsed.success) value[key] = parsed.output;
    else {
      value[key] = spec.fallback();
      bad.push(key);
    }
  }
  return { value: value as Shape<F>, bad, whole: !source };
}

export type RosterSetting = v.InferOutput<typeof RosterSchema>;
export type AgreementSetting = v.InferOutput<typeof AgreementSchema>;

const SITE_FIELDS = {
  v: field(v.literal(SITE_SETTINGS_VERSION), () => SITE_SETTINGS_VERSION),
  enabled: field(v.boolean(), () => true),
  corner: field(v.picklist(CORNERS), (): Corner => 'bottom-right'),
  collapsed: field(v.boolean(), () => true),
  /** Rosters and working agreements per project ("owner/repo", "PROJ"); "*" applies site-wide. */
  rosters: field(v.record(v.string(), RosterSchema), (): Record<string, RosterSetting> => ({}), true),
  agreements: field(v.record(v.string(), AgreementSchema), (): Record<string, AgreementSetting> => ({}), true),
  /** Signals the user switched off on this site: left out of its panel. Unknown ids are dropped. */
  off: field(
    v.pipe(
      v.array(v.string()),
      v.maxLength(200),
      v.transform((ids) => SIGNAL_IDS.filter((id) => ids.includes(id))),
    ),
    (): string[] => [],
  ),
  /** The first-run step on this site was done or skipped: never shown again. */
  welcomed: field(v.boolean(), () => false),
};
/** Per-site settings, stored under `site:<host>`. */
export type SiteSettings = Shape<typeof SITE_FIELDS>;

/** A self-hosted tracker the user added (Jira Data Center, GitHub Enterprise Server). */
export const CustomSiteSchema = v.object({
  origin: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\/[^/]+$/)),
  kind: v.picklist(['jira', 'github']),
  added: v.optional(v.string()),
});
export type CustomSite = v.InferOutput<typeof CustomSiteSchema>;


/** Preferences that apply everywhere, stored under `prefs`. */
const PREFS_FIELDS = {
  v: field(v.literal(SETTINGS_VERSION), () => SETTINGS_VERSION),
  /** Threshold overrides by key (src/core/thresholds.ts); unknown keys are ignored there. */
  thresholds: field(v.record(v.string(), v.pipe(v.number(), v.finite())), (): Record<string, number> => ({})),
  jiraItemCap: field(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(1000)), () => 200),
  githubItemCap: field(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(500)), () => 100),
  /** How long one tracker request may take before it counts as timed out (slow self-hosted sites may want more). */
  requestTimeoutSeconds: field(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)), () => 15),
};
export type Prefs = Shape<typeof PREFS_FIELDS>;

export const defaultSiteSettings = (): SiteSettings => readFields(SITE_FIELDS, {}).value;
export const defaultPrefs = (): Prefs => readFields(PREFS_FIELDS, {}).value;

export interface Parsed<T> {
  value: T;
  /** Plain words when part of what was stored couldn't be read and fell back to defaults. */
  notice: string | null;
}

/** The repair notice of a record: `some` names the fields that were reset, `whole` says the record was. */
interface RepairWording {
  some: MessageKey;
  whole: MessageKey;
}

function parseFields<F extends Fields>(fields: F, raw: unknown, wording: RepairWording): Parsed<Shape<F>> {
  if (raw === undefined) return { value: readFields(fields, {}).value, notice: null };
  const { value, bad, whole } = readFields(fields, raw);
  if (!bad.length) return { value, notice: null };
  if (whole) return { value, notice: say(wording.whole) };
  const where = bad.slice(0, 3).join(', ') + (bad.length > 3 ? '…' : '');
  return { value, notice: say(wording.some, where) };
}

/**
 * Migrations, oldest first: step N takes a stored object of version N-1 to version N. A record with no
 * `v` is version 0 (written before settings were versioned); its fields already have v1's shape, so
 * step 1 only stamps it. When a field changes shape, bump SETTINGS_VERSION and add the step here.
 */
const SITE_MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  1: (raw) => ({ ...raw, v: 1 }),
  2: (raw) => ({ welcomed: true, ...raw, v: 2 }),
};

export function migrateSite(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let obj = raw as Record<string, unknown>;
  let version = typeof obj.v === 'number' ? obj.v : 0;
  while (version < SITE_SETTINGS_VERSION) {
    const step = SITE_MIGRATIONS[version + 1];
    if (!step) break;
    obj = step(obj);
    version += 1;
  }
  return obj;
}

export const parseSiteSettings = (raw: unknown): Parsed<SiteSettings> =>
  parseFields(SITE_FIELDS, migrateSite(raw), { some: 'settingsRepairSite', whole: 'settingsRepairSiteWhole' });

export const parsePrefs = (raw: unknown): Parsed<Prefs> =>
  parseFields(PREFS_FIELDS, raw, { some: 'settingsRepairPrefs', whole: 'settingsRepairPrefsWhole' });

/**
 * Strict readings for imports (transfer.ts), where one wrong field must reject the whole file rather
 * than fall back: the value (missing fields take their defaults) and the fields that were wrong.
 */
export const checkSiteSettings = (raw: unknown): { value: SiteSettings; bad: string[] } => readFields(SITE_FIELDS, migrateSite(raw));
export const checkPrefs = (raw: unknown): { value: Prefs; bad: string[] } => readFields(PREFS_FIELDS, raw);

export function parseCustomSites(raw: unknown): Parsed<CustomSite[]> {
  if (raw === undefined) return { value: [], notice: null };
  if (!Array.isArray(raw)) return { value: [], notice: say('settingsRepairSitesList') };
  const good = raw.filter((s) => v.safeParse(CustomSiteSchema, s).success) as CustomSite[];
  return {
    value: good,
    notice:
      good.length === raw.length
        ? null
        : sayCount(raw.length - good.length, 'settingsRepairSitesSkippedOne', 'settingsRepairSitesSkippedOther'),
  };
}

export { siteKey } from './quick';
