// Every sentence Tandem shows is a message in _locales/<lang>/messages.json. Code that also runs in
// Node (the engine, the site adapters, the settings) says things through `say`, which looks messages
// up in whatever catalogue the running program installed: browser.i18n in the extension
// (src/ui/browser-words.ts), the English file in the CLI, the benchmark and the tests (./english.ts).
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

/**
 * browser.i18n has no plural rules, so a counted phrase is two messages: `one` for exactly 1 and
 * `other` for every other count. The count is always the first substitution.
 */
export function sayCount(n: number, one: MessageKey, other: MessageKey, ...rest: (string | number)[]): string {
  return say(n === 1 ? one : other, n, ...rest);
}
