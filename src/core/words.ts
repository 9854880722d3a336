// Every sentence Tandem shows is a message in _locales/<lang>/messages.json. Code that also runs in
// Node (the engine, the site adapters, the settings) says things through `say`, which looks messages
// up in whatever catalogue the running program installed: browser.i18n in the extension
// (src/entries/browser-words.ts), the English file in the CLI, the benchmark and the tests (./english.ts).
// The core stays free of browser APIs that way.
import type english from '../public/_locales/en/messages.json';

/** A message id; typed from the English file, so a missing message is a type error. */
export type MessageKey = keyof typeof english;

/** Looks up a message with its substitutions ($1 … $9), as browser.i18n.getMessage does. */
export type Lookup = (key: string, substitutions: string[]) => string;

let lookup: Lookup | null = null;

/** Installs the catalogue `say` reads from. Programs call it once, before anything is said. */
export function useWords(next: Lookup): void {
  lookup = next;
}

/**
 * The message `key` with its substitutions. With no catalogue, or no such message, the key itself:
 * a visible, searchable gap rather than a blank line.
 */
export function say(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookup?.(key, substitutions.map(String)) || key;
}

let language = 'en';

/** Sets the language numbers and plurals follow (the browser's UI language; English elsewhere). */
export function useLanguage(next: string): void {
  try {
    // An unknown tag would throw at every use; checked once here instead.
    new Intl.PluralRules(next);
    language = next;
  } catch {
    language = 'en';
  }
}

const cached = <T>(make: (lang: string) => T) => {
  let made: { lang: string; value: T } | null = null;
  return (): T => {
    if (made?.lang !== language) made = { lang: language, value: make(language) };
    return made.value;
  };
};
const pluralRules = cached((lang) => {
  const rules = new Intl.PluralRules(lang);
  return (n: number) => rules.select(n);
});
const formatter = (options: Intl.NumberFormatOptions) =>
  cached((lang) => {
    const format = new Intl.NumberFormat(lang, options);
    return (n: number) => format.format(n);
  });
const percentFormat = formatter({ style: 'percent', maximumFractionDigits: 0 });
const numberFormat = formatter({ maximumFractionDigits: 1 });
const dayFormat = formatter({ style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
const hourFormat = formatter({ style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });

/** A share (0–1) as the UI language writes a percentage: the one percent format everywhere. */
export const formatPercent = (share: number): string => percentFormat()(share);
/** A plain number in the UI language ("1,234", "1.5"). */
export const formatNumber = (n: number): string => numberFormat()(n);
/** A number of days with its unit, singular or plural as the language says ("1 day", "3 days"). */
export const formatDays = (n: number): string => dayFormat()(n);
/** A number of hours with its unit ("1 hour", "48 hours"). */
export const formatHours = (n: number): string => hourFormat()(n);

const dayMonthFormat = cached((lang) => new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }));

/**
 * Two days as a span the UI language writes ("Feb 23 – Mar 9", "Nov 3 – 17"), in the reader's time zone
 * as the tracker shows it; null when an end is missing, unreadable or before the start.
 */
export function formatDaySpan(startIso: string | null, endIso: string | null): string | null {
  const start = startIso ? Date.parse(startIso) : NaN;
  const end = endIso ? Date.parse(endIso) : NaN;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return dayMonthFormat().formatRange(start, end);
}

/**
 * browser.i18n has no plural rules, so a counted phrase is two messages: `one` for the language's
 * singular (Intl.PluralRules) and `other` for every other count. The count is the first substitution,
 * written in the UI language's digits.
 */
export function sayCount(n: number, one: MessageKey, other: MessageKey, ...rest: (string | number)[]): string {
  return say(pluralRules()(n) === 'one' ? one : other, formatNumber(n), ...rest);
}
