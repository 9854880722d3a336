// One shared tokenisation pass for all text classifiers. `classify` reads seven features from the same
// text; `tokens(text)` remembers the last text so each classifier reuses the same pass instead of
// splitting the text again. Kept deliberately simple and stable: other classifiers depend on it.

export interface Tokens {
  /** The text as given. */
  readonly text: string;
  /** The text lower-cased, curly apostrophes made straight ("I’d" → "i'd"); same length as `text` for ASCII. */
  readonly lower: string;
  /** Lines of the lower-cased text, trimmed, empty lines dropped. */
  readonly lines: readonly string[];
  /** Word tokens of the lower-cased text, in order: letters/digits, with inner ' - _ . kept ("don't", "e-mail", "node.js"). */
  readonly words: readonly string[];
}

// Compiled once. A word is a run of letters/digits; an apostrophe, hyphen, underscore or dot joins two runs.
const WORD = /[\p{L}\p{N}]+(?:['’\-_.][\p{L}\p{N}]+)*/gu;
const LINE_BREAK = /\r\n|\r|\n/;

// Classifiers read `lower` and usually `lines`; nothing on the engine's path reads `words`, so the
// two arrays are built on first use.
class Pass implements Tokens {
  #lines?: string[];
  #words?: string[];
  constructor(
    readonly text: string,
    readonly lower: string,
  ) {}
  get lines(): readonly string[] {
    if (this.#lines === undefined) {
      this.#lines = [];
      for (const line of this.lower.split(LINE_BREAK)) {
        const trimmed = line.trim();
        if (trimmed) this.#lines.push(trimmed);
      }
    }
    return this.#lines;
  }
  get words(): readonly string[] {
    return (this.#words ??= this.lower.match(WORD) ?? []);
  }
}

let lastText: string | undefined;
let lastTokens: Tokens | undefined;

export function tokens(text: string): Tokens {
  if (text === lastText && lastTokens) return lastTokens;
  const lower = text.toLowerCase();
  // Trackers fed from word processors use ’; one straight form keeps every pattern simple.
  const result = new Pass(text, lower.includes('’') ? lower.replace(/’/g, "'") : lower);
  lastText = text;
  lastTokens = result;
  return result;
}

/**
 * Makes `pass` the remembered one again. For a caller that keeps a text's pass while it asks about
 * other texts in between (the engine reads one feature for every text in turn), so the classifiers
 * asked later about this text reuse it.
 */
export function reuseTokens(pass: Tokens): void {
  lastText = pass.text;
  lastTokens = pass;
}

/** Index of the first occurrence of `word` in `words` at or after `from`, or -1. */
export function indexOfWord(words: readonly string[], word: string, from = 0): number {
  for (let i = from; i < words.length; i++) if (words[i] === word) return i;
  return -1;
}
