// Features the learned text models read, computed once per text and shared by all seven models:
// hashed word unigrams and bigrams, hashed character 3- and 5-grams, and a length bucket. A feature is
// a 32-bit hash; each model keeps 2^bits weights and reads `hash & mask`, so adding a model costs no
// second pass over the text. Everything here is a plain loop over the text: linear, no regex backtracking.
import { CODE_MARK, MENTION_MARK, URL_MARK, markText } from '../normalize';

/** Only the first characters are read: enough for a comment's tone or a story's shape, and a bound on cost. */
export const MAX_CHARS = 2000;

export interface TextVector {
  /** Feature hashes, one per occurrence (a repeated n-gram counts again). */
  readonly hashes: Uint32Array;
  /** How many of `hashes` are in use. */
  readonly length: number;
  /** Each feature's value: 1/sqrt(length), so long and short texts weigh alike. */
  readonly value: number;
  /** Words of ordinary length read (marker words and over-long runs not counted). */
  readonly words: number;
}

/** A run of word characters longer than this is no word ("aaaa…", a hash, base64): it reads as one marker. */
export const MAX_WORD = 40;
const LONG_MARK = 'zzlongzz';

const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x9e3779b1;
const SEED_CHAR = 0x85ebca6b;
const SEED_LENGTH = 0xc2b2ae35;
const PRIME = 16777619;

/** Spreads FNV's weak low bits, which the models read through their mask. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function isWordChar(c: number): boolean {
  // a-z, 0-9, apostrophe inside words handled by the caller, and any letter above ASCII.
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

let codes = new Uint16Array(4096);

/**
 * Lower-cases, marks code/URLs/mentions, maps digits to 0 and collapses whitespace, so "v2.3.1" and
 * "v4.0.0", or two spaces and one, give the same features. Returns how many of `codes` are in use.
 */
function prepare(normalized: string): number {
  const head = normalized.length > MAX_CHARS ? normalized.slice(0, MAX_CHARS) : normalized;
  const lower = markText(head).toLowerCase();
  if (codes.length < lower.length + 2) codes = new Uint16Array(lower.length + 2);
  let n = 0;
  codes[n++] = 32;
  let space = true;
  // Where the current run of word characters started in `codes`, and how long it is: a run longer than
  // MAX_WORD is rewound and written once as LONG_MARK, and the rest of it skipped, so a 6 MB "aaaa…"
  // gives one marker, not thousands of equal n-grams that outweigh everything else.
  let runStart = -1;
  let runLength = 0;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c === 0x2019) c = 39; // ’ → '
    if (c <= 32 || c === 0xa0) {
      if (!space) codes[n++] = 32;
      space = true;
      runStart = -1;
      continue;
    }
    space = false;
    if (isWordChar(c)) {
      if (runStart < 0) {
        runStart = n;
        runLength = 0;
      }
      runLength++;
      if (runLength === MAX_WORD + 1) {
        n = runStart;
        for (let k = 0; k < LONG_MARK.length; k++) codes[n++] = LONG_MARK.charCodeAt(k);
      }
      if (runLength > MAX_WORD) continue;
    } else runStart = -1;
    codes[n++] = c >= 48 && c <= 57 ? 48 : c;
  }
  if (!space) codes[n++] = 32;
  return n;
}

let buffer = new Uint32Array(4096);

/** Word hashes (before finishing) of the marker words, which are not counted as the author's words. */
const MARK_HASHES = [LONG_MARK, CODE_MARK, URL_MARK, MENTION_MARK].map((mark) => {
  let h = SEED_WORD;
  for (let k = 0; k < mark.length; k++) h = Math.imul(h ^ mark.charCodeAt(k), PRIME);
  return h;
});

/** The hashed features of one text (already normalised with `normalizeText`). */
export function vectorize(normalized: string): TextVector {
  const length = prepare(normalized);
  const s = codes;
  const need = length * 3 + 8;
  if (buffer.length < need) buffer = new Uint32Array(need);
  const out = buffer;
  let n = 0;
  // Character 3- and 5-grams over the whole prepared text (spaces and punctuation included: "!!", ":(").
  for (let i = 0; i + 3 <= length; i++) {
    let h = SEED_CHAR;
    h = Math.imul(h ^ (s[i] as number), PRIME);
    h = Math.imul(h ^ (s[i + 1] as number), PRIME);
    h = Math.imul(h ^ (s[i + 2] as number), PRIME);
    out[n++] = finish(h);
    if (i + 5 <= length) {
      h = Math.imul(h ^ (s[i + 3] as number), PRIME);
      h = Math.imul(h ^ (s[i + 4] as number), PRIME);
      out[n++] = finish(h ^ 5);
    }
  }
  // Words: runs of letters/digits, with an inner apostrophe kept ("don't"); then adjacent pairs.
  let previous = 0;
  let words = 0;
  let ordinary = 0;
  let i = 0;
  while (i < length) {
    let c = s[i] as number;
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let h = SEED_WORD;
    const start = i;
    while (i < length) {
      c = s[i] as number;
      if (isWordChar(c) || (c === 39 && i + 1 < length && isWordChar((s[i + 1] as number)) && i > 0 && isWordChar((s[i - 1] as number)))) {
        h = Math.imul(h ^ c, PRIME);
        i++;
      } else break;
    }
    const word = finish(h);
    if (i - start <= MAX_WORD && !MARK_HASHES.includes(h)) ordinary++;
    out[n++] = word;
    out[n++] = words === 0 ? finish(Math.imul(SEED_BIGRAM, PRIME) ^ word) : finish(Math.imul(previous ^ SEED_BIGRAM, PRIME) ^ word);
    previous = word;
    words++;
  }
  // Length in words, on a log scale: a one-word "Again." reads differently from a paragraph.
  out[n++] = finish(SEED_LENGTH ^ Math.min(12, Math.floor(Math.log2(words + 1))));
  return { hashes: out.slice(0, n), length: n, value: 1 / Math.sqrt(n), words: ordinary };
}
