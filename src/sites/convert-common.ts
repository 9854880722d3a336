// Shared by the Jira and GitHub converters: a plain error value for JSON of the wrong shape, and
// small readers that take `unknown` apart without throwing. Tracker answers are untrusted input
// (a CLI user can pass any file), so nothing here assumes a field exists or has the right type.
import type { Item } from '../core/model';
import { time } from '../core/dates';

/** What a converter returns instead of throwing when the JSON is not what it expects. */
export interface ConvertError {
  kind: 'convert-error';
  /** Plain words: what was expected and what was found. */
  message: string;
}

export function convertError(message: string): ConvertError {
  return { kind: 'convert-error', message };
}

export function isConvertError(value: unknown): value is ConvertError {
  return isObject(value) && value.kind === 'convert-error' && typeof value.message === 'string';
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): Json | null {
  return isObject(value) ? value : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or a finite number as text (trackers write ids either way); '' stays ''. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Only a string with something in it: for cursors and ids where '' means "none" and a number is
 * not what the tracker sends (a page token, an account id). */
export function nonEmptyStr(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A finite number, or a string holding one. */
export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** An http(s) URL from the answer, or null: links end up clickable in the panel, so no other schemes. */
export function webUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A timestamp as ISO 8601 (UTC), or null when it isn't one. Jira's "+0000" offsets included. */
export function isoTime(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  // Jira writes offsets without a colon ("2026-10-01T09:12:44.123+0000"); Date parses both forms
  // in V8, but normalise so other engines agree.
  const ms = time(withOffsetColon(value));
  return Number.isNaN(ms) ? null : isoOf(ms);
}

/** "…+0000" as "…+00:00"; anything else as it is. */
function withOffsetColon(value: string): string {
  const n = value.length;
  const sign = value.charCodeAt(n - 5);
  if (n < 5 || (sign !== 43 && sign !== 45)) return value;
  for (let i = n - 4; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return value;
  }
  return `${value.slice(0, n - 2)}:${value.slice(n - 2)}`;
}

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * What `new Date(ms).toISOString()` writes. A board's answers carry thousands of times, and reading
 * them (core's `time`, from their digits) and writing them here cost a tenth of Date's way.
 */
function isoOf(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const [y, m, d] = civilFromDays(days);
  // Years outside 0000-9999 are written with a sign; Date knows how.
  if (y < 0 || y > 9999) return new Date(ms).toISOString();
  const inDay = ms - days * DAY_MS;
  const sec = Math.floor(inDay / 1000);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}T${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}.${pad3(inDay - sec * 1000)}Z`;
}

/** The year, month (1-12) and day of a count of days from 1970-01-01: the civil-calendar formula, inverted. */
function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** "an object with keys a, b, c" — how error messages describe what was found instead. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array';
    const first = value[0];
    const noun = (plural: boolean) => {
      const kind = first === null ? 'null' : Array.isArray(first) ? 'array' : typeof first;
      return plural ? (kind === 'null' ? 'nulls' : `${kind}s`) : kind;
    };
    const many = value.length > 1;
    if (isObject(first)) {
      const keys = Object.keys(first);
      const inner = keys.length === 0 ? 'empty' : `with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
      return many ? `an array of ${value.length} objects (the first ${inner})` : `an array of 1 object ${inner}`;
    }
    return `an array of ${value.length} ${noun(many)}`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, 6).join(', ');
    return `an object with keys ${shown}${keys.length > 6 ? `, … (${keys.length} keys)` : ''}`;
  }
  return `a ${typeof value}`;
}

// People records are keyed by ids from the data: see src/core/people.ts.
export { addPerson, newPeople, personIn } from '../core/people';

/** Fills `children` from the other items' `parent`, so epics (and GitHub parent issues) know theirs. */
export function linkChildren(items: Item[]): void {
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const item of items) {
    if (!item.parent) continue;
    const parent = byKey.get(item.parent);
    if (parent && !parent.children.includes(item.key)) parent.children.push(item.key);
  }
}

/** Holds `item` unless a copy with more history (events and comments) is already held: the same
 * issue given twice (an issue file and a page holding it) keeps its fuller copy. */
export function keepFuller(items: Map<string, Item>, item: Item): void {
  const seen = items.get(item.key);
  if (!seen || seen.events.length + seen.comments.length < item.events.length + item.comments.length) items.set(item.key, item);
}

/** Sorts by ISO time, keeping the source order for ties (Array.prototype.sort is stable). */
export function byTime<T>(at: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0);
}
