// The thresholds table: every threshold the signals use, with its default and the range an override
// must fall in. Each threshold is declared once, by the signal that owns it (src/core/signals/<theme>/
// <id>.ts) or, when several signals read it, in src/core/signals/shared-thresholds.ts; this module
// derives the table from the registry. The options page shows THRESHOLD_INFO and lets the user
// override values; resolveThresholds keeps overrides sane. Names and reasons are messages named after
// the key (limit<Key>Label, limit<Key>Basis). docs/heuristics.md explains each signal's use of them.
import type { MessageKey } from './words';
import type { ThresholdKey } from './signals';
import { CATALOG } from './signals/catalog';
import { messageKey, type Catalog, type ThresholdUnit } from './signals/define';

export type { ThresholdKey } from './signals';

export type Thresholds = { [K in ThresholdKey]: number };

export interface ThresholdInfo {
  /** The message naming the threshold (limit<Key>Label). */
  label: MessageKey;
  unit: ThresholdUnit;
  /** The message saying why this default, in one sentence (limit<Key>Basis). */
  basis: MessageKey;
  min: number;
  max: number;
  integer?: boolean;
}

// Every derived message key names a message that exists: a missing one is a type error here.
type LimitKey = `limit${Capitalize<ThresholdKey>}${'Label' | 'Basis'}`;
const limitKeysExist: LimitKey extends MessageKey ? true : never = true;
void limitKeysExist;

/** A registry's thresholds: their defaults and what the options page says about each, by key. */
export function thresholdTable(registry: Pick<Catalog, 'thresholds'>): { defaults: Record<string, number>; info: Record<string, ThresholdInfo> } {
  // Keys come from declarations in code, never from data; the objects still start without a prototype.
  const defaults: Record<string, number> = Object.create(null);
  const info: Record<string, ThresholdInfo> = Object.create(null);
  for (const { key, declaration } of registry.thresholds) {
    const name = `limit${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    defaults[key] = declaration.default;
    const entry: ThresholdInfo = { label: messageKey(`${name}Label`), unit: declaration.unit, basis: messageKey(`${name}Basis`), min: declaration.min, max: declaration.max };
    if (declaration.integer) entry.integer = true;
    info[key] = entry;
  }
  return { defaults, info };
}

// From the catalog, not the registry: the settings and the options page import this table and must not
// load the signals' code and the text models with it.
const TABLE = thresholdTable(CATALOG);

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ ...TABLE.defaults } as Thresholds);

export const THRESHOLD_INFO: Readonly<Record<ThresholdKey, ThresholdInfo>> = Object.freeze({ ...TABLE.info }) as Record<ThresholdKey, ThresholdInfo>;

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[];

/** Defaults with the user's overrides applied; unknown keys and out-of-range values are ignored. */
export function resolveThresholds(overrides?: Partial<Thresholds> | null): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!overrides || typeof overrides !== 'object') return out;
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.prototype.hasOwnProperty.call(THRESHOLD_INFO, key)) continue;
    const info = THRESHOLD_INFO[key as ThresholdKey];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < info.min || value > info.max) continue;
    if (info.integer && !Number.isInteger(value)) continue;
    out[key as ThresholdKey] = value;
  }
  return out;
}
