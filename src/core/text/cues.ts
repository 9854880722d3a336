// The cue compiler: turns a list of phrase patterns into one fast test, used by every rule that
// looks for phrases (tone, concern, decision, deference, value).
// Before any regex runs, a gate (gate.ts) checks that the text holds one of the strings a cue must
// contain: most texts hold none of a list's, and the list then answers no without running its regex.
// Cue lists are many alternatives that each begin at a word boundary. Written as one `\b(?:a|b|…)` the
// engine checks the boundary once per position instead of once per alternative: about 2-3x faster.

/**
 * The characters of a pattern that shape it (not escaped, not inside a character class), each with
 * its group depth after it: what both splitters below walk.
 */
function* structure(pattern: string): Generator<{ i: number; c: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      yield { i, c, depth };
    }
  }
}

/** Splits a pattern on its top-level `|` (outside groups and character classes). */
function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { i, c, depth } of structure(pattern)) {
    if (c === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}

/** Index just past the group a pattern opens with ("(?:a|b)c" → 7), or -1. */
function groupEnd(pattern: string): number {
  for (const { i, c, depth } of structure(pattern)) if (c === ')' && depth === 0) return i + 1;
  return -1;
}

const QUANTIFIERS = '?*+{';
const ASCII_LETTER = /^[a-z]$/i;

/**
 * Files an alternative under the letter it must start with, as what follows that letter: "we\s+x"
 * under w as "e\s+x". A leading group is opened up ("(?:the\s+)?call\b" is "the\s+call\b" or "call\b");
 * what can start otherwise ("\w+\s+alert") goes under "".
 */
function fileByFirstLetter(alternative: string, buckets: Map<string, string[]>): void {
  const file = (letter: string, rest: string) => {
    const rests = buckets.get(letter);
    if (rests) rests.push(rest);
    else buckets.set(letter, [rest]);
  };
  const first = alternative[0] ?? '';
  if (ASCII_LETTER.test(first) && !QUANTIFIERS.includes(alternative[1] ?? '')) {
    file(first.toLowerCase(), alternative.slice(1));
    return;
  }
  if (alternative.startsWith('(?:')) {
    const end = groupEnd(alternative);
    const after = alternative[end] ?? '';
    const optional = after === '?' && alternative[end + 1] !== '?';
    if (optional || after === '' || !QUANTIFIERS.includes(after)) {
      const inner = new Map<string, string[]>();
      for (const option of topLevelAlternatives(alternative.slice(3, end - 1))) fileByFirstLetter(option, inner);
      const tail = alternative.slice(optional ? end + 1 : end);
      for (const [letter, rests] of inner) file(letter, rests.length === 1 ? `${rests[0]}${tail}` : `(?:${rests.join('|')})${tail}`);
      if (optional) fileByFirstLetter(tail, buckets);
      return;
    }
  }
  file('', alternative);
}

// V8 and Firefox (same regex engine) stop optimising a regex whose source is over 20 KB: several
// times slower. The letter-grouped form repeats some text, so a long list is split to stay below it.
const OPTIMISED_SOURCE_LIMIT = 20 * 1024;

/**
 * Word-boundary alternatives as regexes for `test`, grouped by first letter: "\b(?:a(?:…)|b(?:…)|…)".
 * At each word the engine then tries the few alternatives for its letter instead of all of them:
 * about 2x faster on the concern and grievance cues. The order of alternatives changes, which a
 * yes/no answer does not see.
 */
function atWordTesters(atWord: readonly string[]): RegExp[] {
  const buckets = new Map<string, string[]>();
  for (const alternative of atWord) fileByFirstLetter(alternative, buckets);
  const groups = [...buckets].map(([letter, rests]) =>
    letter === '' ? rests.join('|') : rests.length === 1 ? `${letter}${rests[0]}` : `${letter}(?:${rests.join('|')})`,
  );
  const grouped = `\\b(?:${groups.join('|')})`;
  if (grouped.length <= OPTIMISED_SOURCE_LIMIT || atWord.length === 1) return [new RegExp(grouped, 'i')];
  const half = Math.ceil(atWord.length / 2);
  return [...atWordTesters(atWord.slice(0, half)), ...atWordTesters(atWord.slice(half))];
}

/**
 * The other alternatives as one regex for `test`, those that open with the same group sharing it:
 * "(?:^|\n)(?:risks?:|\(!\))".
 */
function elsewhereTester(elsewhere: readonly string[]): RegExp {
  const byPrefix = new Map<string, string[]>();
  for (const alternative of elsewhere) {
    const end = alternative.startsWith('(?:') ? groupEnd(alternative) : -1;
    // A quantified group ("(?:a\s+)?x") is not a shared prefix, nor is a whole alternative.
    const next = alternative[end];
    const length = end > 0 && next !== undefined && !QUANTIFIERS.includes(next) ? end : 0;
    const prefix = alternative.slice(0, length);
    const rests = byPrefix.get(prefix) ?? [];
    rests.push(alternative.slice(length));
    byPrefix.set(prefix, rests);
  }
  const parts: string[] = [];
  for (const [prefix, rests] of byPrefix) {
    if (prefix === '') parts.push(...rests);
    else parts.push(rests.length === 1 ? `${prefix}${rests[0]}` : `${prefix}(?:${rests.join('|')})`);
  }
  return new RegExp(parts.join('|'), 'i');
}

/** A list of cue patterns, read case-insensitively. */
export interface Cues {
  /** Whether any cue occurs in the text. */
  test(text: string): boolean;
  /** The leftmost match, exactly as one regex of all the cues in order finds it. */
  exec(text: string): RegExpExecArray | null;
  /** All the cues as one plain regex: what the regrouped `test` must always agree with. */
  readonly reference: RegExp;
  /** The id of the list's gate (gate.ts). */
  readonly gate: number;
}

import { addGate, passes } from './gate';

/** Every compiled cue list, so a test can hold each `test` to its `reference` on real text. */
export const allCueLists: Cues[] = [];

/**
 * Compiles a cue list. `exec` uses one regex, with the word boundaries factored out. `test` only asks
 * whether some cue matches somewhere, so it regroups for speed: the word-boundary cues in one regex,
 * the others ("(?:^|\n)risks?:", "⚠") in a second, since one alternative that can start anywhere makes
 * the engine try the whole list at every character.
 */
export function cues(patterns: readonly string[]): Cues {
  const atWord: string[] = [];
  const elsewhere: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of topLevelAlternatives(pattern)) {
      if (alternative.startsWith('\\b')) atWord.push(alternative.slice(2));
      else elsewhere.push(alternative);
    }
  }
  const whole = new RegExp([...(atWord.length > 0 ? [`\\b(?:${atWord.join('|')})`] : []), ...elsewhere].join('|'), 'i');
  const testers = [...(atWord.length > 0 ? atWordTesters(atWord) : []), ...(elsewhere.length > 0 ? [elsewhereTester(elsewhere)] : [])];
  const gate = addGate(whole.source, whole.flags);
  const compiled: Cues = {
    test(text) {
      if (!passes(gate, text)) return false;
      for (const tester of testers) if (tester.test(text)) return true;
      return false;
    },
    exec: (text) => (passes(gate, text) ? whole.exec(text) : null),
    reference: whole,
    gate,
  };
  allCueLists.push(compiled);
  return compiled;
}
