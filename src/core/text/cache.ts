// Texts already read, with their answers. The models run once per text: a settings change, a revisit
// or the next page of the same backlog finds its texts here instead of reading them again. Bounded by
// texts and by characters (the keys hold the texts), so the background's memory stays flat however
// many backlogs are opened; the oldest answers go first.
import { classifyEach, type TextToRead } from './index';
import type { ClassifyOptions, TextFeatures } from './types';

export interface TextCacheLimits {
  /** The most texts remembered. */
  texts: number;
  /** The most characters of text remembered, all texts together. */
  chars: number;
}

// About 12 MB at most: a 2,000-item board with its comments fits several times over.
export const TEXT_CACHE_LIMITS: TextCacheLimits = { texts: 20_000, chars: 4_000_000 };

/** The key a text is remembered by: its words, and for a description also its markup and title. */
export function textKey(text: string, options?: ClassifyOptions): string {
  return options ? `${options.format ?? ''}\u0000${options.title ?? ''}\u0000${text}` : text;
}

export class TextCache {
  readonly #answers = new Map<string, TextFeatures>();
  // Keys oldest first, read from `#head` on: dropping the oldest never scans a Map's deleted slots.
  #order: string[] = [];
  #head = 0;
  #chars = 0;
  constructor(readonly limits: TextCacheLimits = TEXT_CACHE_LIMITS) {}

  get size(): number {
    return this.#answers.size;
  }

  get chars(): number {
    return this.#chars;
  }

  /**
   * The answers for every text of `batch`, in its order: remembered ones from here, the others read
   * together in one batch (`classifyEach`) and remembered. `keys`, when given, are the texts' `textKey`s.
   */
  readAll(batch: readonly TextToRead[], keys: readonly string[] = batch.map((t) => textKey(t.text, t.options))): TextFeatures[] {
    const out: TextFeatures[] = new Array(batch.length);
    const missing: number[] = [];
    for (let i = 0; i < batch.length; i++) {
      const known = this.#answers.get(keys[i]!);
      if (known) out[i] = known;
      else missing.push(i);
    }
    if (missing.length === 0) return out;
    const read = classifyEach(missing.map((i) => batch[i]!));
    for (let m = 0; m < missing.length; m++) {
      const i = missing[m]!;
      out[i] = read[m]!;
      this.#remember(keys[i]!, read[m]!);
    }
    return out;
  }

  clear(): void {
    this.#answers.clear();
    this.#order = [];
    this.#head = 0;
    this.#chars = 0;
  }

  #remember(key: string, features: TextFeatures): void {
    // A text longer than a twentieth of the room would push out many others to be read once more.
    if (key.length > this.limits.chars / 20 || this.#answers.has(key)) return;
    // Shared by every later analysis: no reader may change an answer for the next one.
    Object.freeze(features.probability);
    this.#answers.set(key, Object.freeze(features));
    this.#order.push(key);
    this.#chars += key.length;
    // Oldest first; each key is dropped once, so remembering n texts costs O(n) in all.
    while (this.#answers.size > this.limits.texts || this.#chars > this.limits.chars) {
      const old = this.#order[this.#head++]!;
      this.#answers.delete(old);
      this.#chars -= old.length;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
  }
}

/** The one cache the engine reads through by default (in the background: for as long as it lives). */
export const sharedTextCache = new TextCache();
