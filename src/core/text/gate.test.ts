// The gates skip a regex when a text lacks every string the regex needs (literals.ts, gate.ts). A gate
// may only ever skip a regex that would have said no. Held here three ways: the strings really are in
// every match the plain regex finds; the automaton finds exactly what a slow `includes` over the same
// folded text finds; and `classify` answers the same, field by field and to the last bit of every
// probability, with the gates on and off, on the fixtures, hostile shapes and the real corpora.
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_FAMILIES, hostile, mixTo } from '../../../test/hostile';
import { corpusTexts, fixtureTexts } from '../../../test/texts';
import { classify } from './index';
import { allCueLists } from './cues';
import { allGated, gateFigures, gateStrings, passes, setGates } from './gate';
import { BOUNDARY, requiredLiterals, WHITESPACE } from './literals';
import { normalizeText } from './normalize';
import { proseOf } from './prose';
import './tone';
import './model/cues';
import './deference';
import './solution';
import './atomic';
import './value';

/**
 * The scan's reading of a text, done the slow way: ASCII capitals small, each run of white space one
 * space, a mark (U+0001) where a run of [A-Za-z0-9_] starts or ends, and no U+0001 of the text's own.
 */
function folded(text: string): string {
  let out = '';
  let space = false;
  let word = false;
  for (const c of text) {
    const isWord = /^[A-Za-z0-9_]$/.test(c);
    if (isWord !== word) out += BOUNDARY;
    word = isWord;
    const isSpace = WHITESPACE.includes(c);
    if (isSpace && space) continue;
    space = isSpace;
    out += isSpace ? ' ' : c === BOUNDARY ? '\u0002' : c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  return word ? out + BOUNDARY : out;
}

/** Texts that must not fool a gate: real, fixtures, hostile, and shapes picked to trip the folding. */
function textsToCheck(step: number): string[] {
  const tricky = [
    'We   decided\tto ship it because\u00a0carriers miss dates.',
    'WE DECIDED TO SHIP IT BECAUSE CARRIERS MISS DATES.',
    'we\u200bdecided', // zero-width space is not white space: no cue across it
    'I’m worried this could break checkout.',
    'Why is this STILL broken AGAIN?!',
    'Risks:\n- the migration locks the table',
    '(!) blocker: no owner',
    '⚠ this deletes data',
    'ſo that users can \u212Aeep their data', // long s and Kelvin sign: not s and k to a /i regex
    'İstanbul ünïcödé ＦＵＬＬ ｗｉｄｔｈ 😡😡 🎉',
    '',
    ' ',
  ];
  const hostileTexts = HOSTILE_FAMILIES.map((family) => hostile(family, 2_000));
  const mixes = ['abc ', 'we decided because ', 'so that, and ; / ', 'é ß ı İ ſ K \u200b\u202e\n'].map((alphabet, i) => mixTo(alphabet, 3_000, i + 1));
  return [...tricky, ...fixtureTexts(), ...hostileTexts, ...mixes, ...corpusTexts(step)];
}

describe('requiredLiterals', () => {
  // B marks where a word starts or ends.
  const B = BOUNDARY;
  it('finds the strings a pattern cannot match without', () => {
    expect(requiredLiterals(String.raw`\bwe\s+(?:decided|agreed)\b`, 'i')).toEqual([`${B}we${B} ${B}agreed${B}`, `${B}we${B} ${B}decided${B}`]);
    expect(requiredLiterals('buttons?', '')).toEqual(['button']);
    expect(requiredLiterals(String.raw`(?:^|\n)(?:risks?:|\(!\))`, 'i')).toEqual(['(!)', `risk${B}:`, `risks${B}:`]);
    // \s+ and \s* are one space or none to the scan, which reads a run of white space as one.
    expect(requiredLiterals(String.raw`so\s*that`, '')).toEqual([`so${B} ${B}that`, 'sothat']);
    // A short word is worth its boundaries: "orm" alone would pass every "format".
    expect(requiredLiterals(String.raw`\borm\b`, '')).toEqual([`${B}orm${B}`]);
  });

  it('requires nothing where a match can do without any known string', () => {
    for (const pattern of [String.raw`[a-z]+`, String.raw`foo|\w`, String.raw`(?:abc)?`, String.raw`(a)?\1`, '.', String.raw`\d+`]) {
      expect(requiredLiterals(pattern, 'i'), pattern).toBeNull();
    }
  });

  it('does not count letters that other letters fold to, nor capitals outside ASCII under /i', () => {
    // Under /iu the Kelvin sign matches k and the long s matches s, and \b sees them as word characters.
    expect(requiredLiterals(String.raw`\bkiss\b`, 'iu')).toEqual(['i']);
    expect(requiredLiterals(String.raw`\bkiss\b`, 'i')).toEqual([`${B}kiss${B}`]);
    expect(requiredLiterals('été', 'i')).toEqual(['t']);
    expect(requiredLiterals('été', '')).toEqual([`é${B}t${B}é`]);
    expect(requiredLiterals('⚠', 'i')).toEqual(['⚠']);
  });

  it('reads lookarounds as taking no characters and keeps what follows them', () => {
    expect(requiredLiterals(String.raw`(?<!dinner )tables?`, '')).toEqual(['table']);
    expect(requiredLiterals(String.raw`\bpicked(?!\s+up\b)`, 'i')).toEqual([`${B}picked`]);
  });
});

describe('the gates', () => {
  afterEach(() => setGates(true));

  it('every match of every gated regex holds one of its gate’s strings, and its gate lets the text through', () => {
    const texts = textsToCheck(50);
    const missed: string[] = [];
    const regexes = [...allCueLists.map((list) => ({ regex: list.reference, id: list.gate })), ...allGated];
    expect(allGated.length).toBeGreaterThanOrEqual(10);
    regexes.forEach(({ regex, id }) => {
      const strings = gateStrings(id);
      if (strings === null) return;
      const all = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
      for (const text of texts) {
        for (const form of [text, normalizeText(text), proseOf(normalizeText(text))]) {
          const matches = [...form.matchAll(all)];
          if (matches.length > 0 && !passes(id, form)) missed.push(`gate ${id} closed on ${JSON.stringify(form.slice(0, 80))}`);
          for (const m of matches) {
            const found = folded(m[0]);
            if (!strings.some((s) => found.includes(s))) missed.push(`gate ${id}: ${JSON.stringify(m[0].slice(0, 80))}`);
          }
        }
      }
    });
    expect(missed.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('the automaton finds what a slow search of the folded text finds', () => {
    const texts = textsToCheck(60);
    const { gates } = gateFigures();
    const wrong: string[] = [];
    for (const text of texts) {
      const slow = folded(text);
      for (let id = 0; id < gates; id++) {
        const strings = gateStrings(id);
        const expected = strings === null || strings.some((s) => slow.includes(s));
        if (passes(id, text) !== expected) wrong.push(`gate ${id} on ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('skips most lists on real-shaped text, so the gates are worth their scan', () => {
    const texts = ['Thanks, merged.', 'The build is green again after the dependency bump.', 'Can you rebase on main?'];
    let passed = 0;
    for (const text of texts) for (const list of allCueLists) if (passes(list.gate, text)) passed++;
    expect(passed / (texts.length * allCueLists.length)).toBeLessThan(0.5);
  });

  it('classify answers the same with the gates on and off, to the last bit of each probability', () => {
    const texts = textsToCheck(8);
    const read = () => texts.map((t) => {
      const f = classify(t);
      return JSON.stringify({ ...f, probability: f.probability });
    });
    const gatedAnswers = read();
    setGates(false);
    const plainAnswers = read();
    setGates(true);
    const differing = texts.map((t, i) => (gatedAnswers[i] === plainAnswers[i] ? null : t.slice(0, 80))).filter((t) => t !== null);
    expect(differing.slice(0, 5)).toEqual([]);
    expect(texts.length).toBeGreaterThan(100);
  });

  it('scans a 100,000-character line, repeated tokens and unicode in linear time', () => {
    const shapes = ['a', 'we decided ', 'because ', '\u200b', 'é', '😡', ' \n\t', 'so that so that '];
    const timeOf = (text: string) => {
      const start = performance.now();
      passes(0, text);
      return performance.now() - start;
    };
    for (const shape of shapes) {
      const small = timeOf(shape.repeat(Math.ceil(10_000 / shape.length)));
      const large = timeOf(shape.repeat(Math.ceil(100_000 / shape.length)));
      // Ten times the text, well under a hundred times the time (a quadratic scan would take 100x).
      expect(large, JSON.stringify(shape)).toBeLessThan(Math.max(50, small * 40));
    }
  });
});
