// The words a regex cannot match without: "\bwe\s+(?:decided|agreed)\b" never matches a text that
// contains neither "decided" nor "agreed". gate.ts looks for all such words of all the rules' regexes
// in one pass over a text and skips the regexes whose words are absent: most texts set off few rules.
// The analysis is conservative: whatever it cannot read (classes, \w, back-references) it counts as
// "could be anything", which only makes a gate pass more often, never wrongly skip a regex.

/**
 * What a piece of a pattern can match, as sets of strings (lower-cased, whitespace as one space; null
 * when unknown or too many): all of it exactly; what every match starts with; what every match ends
 * with; strings one of which every match contains.
 */
interface Info {
  exact: Set<string> | null;
  prefix: Set<string> | null;
  suffix: Set<string> | null;
  must: Set<string> | null;
}

const MAX_EXACT = 64;
const MAX_MUST = 2000;
const UNKNOWN: Info = { exact: null, prefix: null, suffix: null, must: null };
const EMPTY = (): Info => exactly(new Set(['']));

function exactly(set: Set<string>): Info {
  return { exact: set, prefix: set, suffix: set, must: null };
}

// Words so frequent in tracker text that a string made of them hardly narrows anything down.
const COMMON = new Set(
  ('a an the to of and or in on at for is are was were be been being it its this that these those we i you they he she our ' +
    'your their my me us them not no do does did done have has had can could will would should may might as so if by with ' +
    'from but there here what which who when how why all one just more up out about get any some also then than now new ' +
    'use s t d ll re ve m').split(' '),
);

/**
 * How rare a string is likely to be: each run of letters counts its length, or 1 for a common word
 * or a short run at an end; each other character 1; white space nothing. A set is as good as its weakest string; a set with ''
 * requires nothing.
 */
function rarity(s: string): number {
  let total = 0;
  let word = '';
  for (let i = 0; i <= s.length; i++) {
    const c = s[i] ?? ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
      continue;
    }
    // A run at either end may be the start or end of a longer word ("th", "ing"): a short one counts 1.
    const open = i - word.length === 0 || i === s.length;
    if (word) total += COMMON.has(word) || (open && word.length <= 3) ? 1 : word.length;
    word = '';
    if (c !== ' ' && c !== BOUNDARY && i < s.length) total += 1;
  }
  return total;
}

// Sets are not changed once made, and the same ones are weighed again at every step: remembered while
// one pattern is read (a plain Map, emptied after it: cheaper than a WeakMap).
const scores = new Map<Set<string>, number>();

function score(set: Set<string> | null): number {
  if (set === null || set.size === 0) return -1;
  let known = scores.get(set);
  if (known === undefined) {
    known = weigh(set);
    scores.set(set, known);
  }
  return known;
}

// The same strings come back in many sets.
const rarities = new Map<string, number>();

function weigh(set: Set<string>): number {
  let min = Infinity;
  // Between strings as rare, the longer one.
  for (const s of set) {
    let r = rarities.get(s);
    if (r === undefined) {
      r = s === '' ? -1 : rarity(s) + s.length / 1000;
      rarities.set(s, r);
    }
    if (r < min) min = r;
  }
  return min;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb ? a : b;
  if (sa < 0) return null;
  return a!.size <= b!.size ? a : b;
}

/** Every string of `a` followed by every string of `b`, or null when that is too many. */
function cross(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b || a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(join(x, y));
  return out;
}

/** The best known requirement of a piece. */
function mustOf(info: Info): Set<string> | null {
  return better(better(info.must, info.exact), better(info.prefix, info.suffix));
}

function concat(a: Info, b: Info): Info {
  const exact = cross(a.exact, b.exact);
  // A prefix of a is a prefix of the whole; if a is exactly known, so is a followed by b's prefix.
  const prefix = a.exact ? better(cross(a.exact, b.prefix), score(a.prefix) > 0 ? a.prefix : null) ?? a.exact : a.prefix;
  const suffix = b.exact ? better(cross(a.suffix, b.exact), score(b.suffix) > 0 ? b.suffix : null) ?? b.exact : b.suffix;
  const joint = cross(a.suffix, b.prefix);
  return { exact, prefix: exact ?? prefix, suffix: exact ?? suffix, must: better(better(mustOf(a), mustOf(b)), joint) };
}

function union(sets: (Set<string> | null)[], limit: number): Set<string> | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set || out.size + set.size > limit) return null;
    for (const s of set) out.add(s);
  }
  return out;
}

function alternation(options: Info[]): Info {
  const exact = union(options.map((o) => o.exact), MAX_EXACT);
  if (exact) return exactly(exact);
  const must = union(options.map((o) => { const m = mustOf(o); return score(m) > 0 ? m : null; }), MAX_MUST);
  return { exact: null, prefix: union(options.map((o) => o.prefix), MAX_EXACT), suffix: union(options.map((o) => o.suffix), MAX_EXACT), must };
}

function repeat(info: Info, min: number, max: number): Info {
  // The scan reads a run of white space as one space: \s+ is one space to it, \s* none or one.
  if (info.exact?.size === 1 && info.exact.has(' ')) return exactly(new Set(min === 0 ? ['', ' '] : [' ']));
  if (min === 0) {
    if (max === 1 && info.exact && info.exact.size < MAX_EXACT) return exactly(new Set(['', ...info.exact]));
    return UNKNOWN;
  }
  if (min === 1 && max === 1) return info;
  return { exact: null, prefix: info.prefix, suffix: info.suffix, must: mustOf(info) };
}

// What JavaScript's \s matches: the scan reads each of them as a space, and a run of them as one.
export const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Where a word starts or ends, the scan reads this mark ("we decided" is "\u0001we\u0001 \u0001decided\u0001"
 * to it), so a string can say where a word must start or end: "\u0001orm\u0001" is the word "orm",
 * not the middle of "format". A word character is one of \w's without the u flag: [A-Za-z0-9_].
 */
export const BOUNDARY = '\u0001';

export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Two tidy strings as one: only where they meet can anything change. */
function join(x: string, y: string): string {
  const last = x.charCodeAt(x.length - 1);
  const first = y.charCodeAt(0);
  // Neither end a space nor a mark (nor missing): at most a mark between them.
  if (last > 32 && first > 32) return isWordCode(last) === isWordCode(first) ? x + y : x + BOUNDARY + y;
  return tidy(x + y);
}

/**
 * A string as the scan would read it: one space for a run of spaces, a boundary mark between a word
 * character and another character, never two marks in a row. Marks at the ends stay as they are.
 */
function tidy(s: string): string {
  let out = '';
  let last = -1; // the last character written that is not a mark, or -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 1) {
      if (!out.endsWith(BOUNDARY)) out += BOUNDARY;
      continue;
    }
    if (c === 32 && last === 32) continue;
    if (last >= 0 && isWordCode(c) !== isWordCode(last) && !out.endsWith(BOUNDARY)) out += BOUNDARY;
    out += s[i];
    last = c;
  }
  return out;
}

/**
 * Reads a pattern's source and gives the strings one of which every match contains (lower-cased in
 * ASCII), or null when no such set is known. Non-ASCII characters that have case count only when the
 * regex is case-sensitive, and under /iu, k and s too are unknown (the Kelvin sign and long s fold to them).
 */
export function requiredLiterals(source: string, flags: string): string[] | null {
  const ignoreCase = flags.includes('i');
  const unicode = flags.includes('u') || flags.includes('v');
  let i = 0;

  function char(c: string): Info {
    if (WHITESPACE.includes(c)) return exactly(new Set([' ']));
    if (c === BOUNDARY) return UNKNOWN;
    const code = c.charCodeAt(0);
    if (code < 128) {
      const lower = c.toLowerCase();
      if (ignoreCase && unicode && (lower === 'k' || lower === 's')) return UNKNOWN;
      return exactly(new Set([lower]));
    }
    if (ignoreCase && (c.toLowerCase() !== c || c.toUpperCase() !== c)) return UNKNOWN;
    return exactly(new Set([c]));
  }

  /** An escape after the backslash at `i`: the character it stands for, or null for a class or an assertion. */
  function escape(): { char: string } | { info: Info } {
    const c = source[i++] ?? '';
    // \b is the scan's boundary mark; with /iu it is not, as \w then takes in the long s and the Kelvin sign.
    if (c === 'b') return { info: ignoreCase && unicode ? EMPTY() : exactly(new Set([BOUNDARY])) };
    if (c === 'B') return { info: EMPTY() };
    if (c === 's') return { info: exactly(new Set([' '])) };
    if ('dDwWSpPk'.includes(c) || (c >= '1' && c <= '9')) {
      if ((c === 'p' || c === 'P') && source[i] === '{') i = source.indexOf('}', i) + 1;
      if (c === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1;
      while (c >= '1' && c <= '9' && source[i]! >= '0' && source[i]! <= '9') i++;
      return { info: UNKNOWN };
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (c in simple) return { char: simple[c]! };
    if (c === 'x') {
      i += 2;
      return { char: String.fromCharCode(parseInt(source.slice(i - 2, i), 16)) };
    }
    if (c === 'u') {
      if (source[i] === '{') {
        const end = source.indexOf('}', i);
        const point = parseInt(source.slice(i + 1, end), 16);
        i = end + 1;
        return { char: String.fromCodePoint(point) };
      }
      i += 4;
      return { char: String.fromCharCode(parseInt(source.slice(i - 4, i), 16)) };
    }
    if (c === 'c') return { char: String.fromCharCode(source.charCodeAt(i++) % 32) };
    return { char: c };
  }

  /** A character class; exact only when it lists a few plain characters. */
  function characterClass(): Info {
    // `i` is just past '['.
    const negated = source[i] === '^';
    if (negated) i++;
    const chars: string[] = [];
    let plain = !negated;
    while (i < source.length && source[i] !== ']') {
      let c = source[i++]!;
      if (c === '\\') {
        const e = escape();
        if ('info' in e) {
          // \s in a class is a space to the scan; \w, \d and the like are too many characters.
          if (e.info.exact?.has(' ')) chars.push(' ');
          else plain = false;
          continue;
        }
        c = e.char;
      } else if (unicode && c >= '\uD800' && c <= '\uDBFF') {
        c += source[i++] ?? '';
      }
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        // A range: skip its end.
        i++;
        if (source[i] === '\\') {
          i++;
          escape();
        } else i++;
        plain = false;
        continue;
      }
      chars.push(c);
    }
    i++; // ']'
    if (!plain || chars.length === 0 || chars.length > 12) return UNKNOWN;
    return alternation(chars.map((c) => (c.length > 1 ? exactly(new Set([c])) : char(c))));
  }

  function quantifier(): [number, number] | null {
    const c = source[i];
    let q: [number, number] | null = null;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i, i + 24));
      if (!m) return null;
      const min = Number(m[1]);
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
      q = [min, max];
    }
    if (!q) return null;
    i++;
    if (source[i] === '?') i++; // lazy: the same strings
    return q;
  }

  function atom(): Info {
    const c = source[i++]!;
    if (c === '^' || c === '$') return EMPTY();
    if (c === '.') return UNKNOWN;
    if (c === '[') return characterClass();
    if (c === '\\') {
      const e = escape();
      return 'info' in e ? e.info : char(e.char);
    }
    if (c === '(') {
      let lookaround = false;
      if (source[i] === '?') {
        const next = source[i + 1];
        if (next === ':') i += 2;
        else if (next === '=' || next === '!') {
          i += 2;
          lookaround = true;
        } else if (next === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
          i += 3;
          lookaround = true;
        } else if (next === '<') i = source.indexOf('>', i) + 1;
      }
      const inner = disjunction();
      i++; // ')'
      return lookaround ? EMPTY() : inner;
    }
    if (unicode && c >= '\uD800' && c <= '\uDBFF' && source[i]! >= '\uDC00' && source[i]! <= '\uDFFF') {
      return exactly(new Set([c + source[i++]!]));
    }
    return char(c);
  }

  function sequence(): Info {
    let info = EMPTY();
    // Pieces that match one known string each are joined as text first: one step instead of one per character.
    let run = '';
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let a = atom();
      for (let q = quantifier(); q; q = quantifier()) a = repeat(a, q[0], q[1]);
      if (a.exact?.size === 1 && a.must === null) {
        for (const only of a.exact) run += only;
        continue;
      }
      if (run) info = concat(info, exactly(new Set([tidy(run)])));
      run = '';
      info = concat(info, a);
    }
    return run ? concat(info, exactly(new Set([tidy(run)]))) : info;
  }

  function disjunction(): Info {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : alternation(options);
  }

  try {
    const info = disjunction();
    if (i < source.length) return null;
    const must = mustOf(info);
    return score(must) > 0 ? [...must!].sort() : null;
  } finally {
    scores.clear();
    rarities.clear();
  }
}
