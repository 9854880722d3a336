// The English messages, with substitutions applied the way browser.i18n does, for the programs that
// run outside the browser: the CLI, the benchmark, the evaluation and the tests. An end-to-end test
// (e2e/words.spec.ts) checks every message against Chromium's own getMessage.
import english from '../public/_locales/en/messages.json' with { type: 'json' };
import { useWords, type Lookup, type MessageKey } from './words';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Part = string | number;

const compiled = new Map<string, Part[]>();

/**
 * A message as parts: literal text, or the index of a substitution. Named placeholders ($NAME$,
 * any case) are replaced by their `content`, whose $1 … $9 point at substitutions; `$$` is a dollar.
 */
function compile(entry: Entry): Part[] {
  const names = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => names.get(name.toLowerCase()) ?? whole);
  const parts: Part[] = [];
  let text = '';
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i]!;
    const next = expanded[i + 1];
    if (c === '$' && next === '$') {
      text += '$';
      i++;
    } else if (c === '$' && next !== undefined && next >= '1' && next <= '9') {
      if (text) parts.push(text);
      text = '';
      parts.push(Number(next) - 1);
      i++;
    } else {
      text += c;
    }
  }
  if (text) parts.push(text);
  return parts;
}

export const englishLookup: Lookup = (key, substitutions) => {
  let parts = compiled.get(key);
  if (!parts) {
    const entry = (english as Record<string, Entry>)[key];
    if (!entry) return '';
    parts = compile(entry);
    compiled.set(key, parts);
  }
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? (substitutions[p] ?? '') : p;
  return out;
};

/** `say` with the English messages, for code that takes the words as a function. */
export function englishWords(key: MessageKey, ...substitutions: (string | number)[]): string {
  return englishLookup(key, substitutions.map(String)) || key;
}

/** Makes `say` speak English: the CLI, benchmark, evaluation and tests call this at start. */
export function useEnglish(): void {
  useWords(englishLookup);
}
