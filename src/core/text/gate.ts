// One pass over a text that tells which of the rules' regexes could match it at all. Each gated regex
// has a few strings one of which any match contains (literals.ts); all of them, from every gated
// regex, are looked for at once by one Aho-Corasick automaton, as a table from state and character to
// state. A regex whose strings are all absent is skipped: it would have said no. Most texts set off
// few rules, so most of the rules' regex work goes. The scan is linear in the text, and its answers
// for the last text are kept, since the rules ask about the same text (its prose, its lower case) in turn.
import { BOUNDARY, WHITESPACE, isWordCode, requiredLiterals } from './literals';

/** A regex with its gate: `test` and `exec` answer as the regex does, skipping it when it cannot match. */
export interface Gated {
  readonly regex: RegExp;
  /** Its gate's id (for `gateStrings`). */
  readonly id: number;
  /** False when the regex surely does not match `text`; true when it might. */
  mayMatch(text: string): boolean;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** Each gate's strings; index = gate id. A gate without strings (null) always passes. */
const gateLiterals: (string[] | null)[] = [];
/** The regexes of gates added since the automaton was last built: read when it is built again. */
const unread: { id: number; source: string; flags: string }[] = [];

/** The automaton, built on first use after the last gate was added. */
interface Automaton {
  /** Character code → column: ASCII capitals read as small letters, every white space as a space. */
  column: Uint8Array | Uint16Array;
  width: number;
  /** next[state * width + column]; 16 bits while the states fit, so the table stays in the caches. */
  next: Uint16Array | Int32Array;
  /** The gates each state completes a string of: outputs.slice(outputStart[s], outputStart[s + 1]). */
  outputStart: Int32Array;
  outputs: Int32Array;
  /** Gates without strings: they pass on every text. */
  always: number[];
  /** The column of white space (0 when no string has a space). */
  space: number;
  /** The column of the mark where a word starts or ends (0 when no string has one). */
  boundary: number;
}

let automaton: Automaton | null = null;

function fold(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  return WHITESPACE.includes(String.fromCharCode(c)) ? 32 : c;
}

function build(): Automaton {
  // The patterns are read here, on first use, so that loading the rules costs nothing more.
  for (const { id, source, flags } of unread.splice(0)) gateLiterals[id] = shortened(requiredLiterals(source, flags));
  // Columns: one per character code used in some string, 0 for every other.
  const columnOf = new Map<number, number>();
  for (const strings of gateLiterals) {
    for (const s of strings ?? []) for (let i = 0; i < s.length; i++) if (!columnOf.has(s.charCodeAt(i))) columnOf.set(s.charCodeAt(i), columnOf.size + 1);
  }
  const width = columnOf.size + 1;
  const column = width < 256 ? new Uint8Array(65536) : new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) column[c] = columnOf.get(fold(c)) ?? 0;
  // The mark is never read from the text, only put in by the scan.
  column[BOUNDARY.charCodeAt(0)] = 0;
  // The trie.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  gateLiterals.forEach((strings, gate) => {
    for (const s of strings ?? []) {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const col = columnOf.get(s.charCodeAt(i))!;
        let to = children[state]!.get(col);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(col, to);
        }
        state = to;
      }
      if (!ends[state]!.includes(gate)) ends[state]!.push(gate);
    }
  });
  // Breadth first: each state's failure state, its full row of transitions and its outputs.
  const states = children.length;
  const next = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
  const fail = new Int32Array(states);
  const outputsOf: number[][] = new Array(states);
  outputsOf[0] = ends[0]!;
  const queue: number[] = [];
  for (const [col, to] of children[0]!) {
    next[col] = to;
    queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    const own = ends[state]!;
    const inherited = outputsOf[f]!;
    outputsOf[state] = inherited.length === 0 ? own : [...new Set([...own, ...inherited])];
    for (let col = 0; col < width; col++) next[state * width + col] = next[f * width + col]!;
    for (const [col, to] of children[state]!) {
      fail[to] = next[f * width + col]!;
      next[state * width + col] = to;
      queue.push(to);
    }
  }
  const outputStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outputStart[s + 1] = outputStart[s]! + outputsOf[s]!.length;
  const outputs = new Int32Array(outputStart[states]!);
  for (let s = 0; s < states; s++) outputs.set(outputsOf[s]!, outputStart[s]!);
  const always: number[] = [];
  gateLiterals.forEach((strings, gate) => {
    if (strings === null) always.push(gate);
  });
  return { column, width, next, outputStart, outputs, always, space: columnOf.get(32) ?? 0, boundary: columnOf.get(BOUNDARY.charCodeAt(0)) ?? 0 };
}

// The last few texts scanned and which gates each passed (1) or not (0). A reader asks about a text,
// its prose and its lower case in turn, so a few are kept, the oldest replaced first.
const REMEMBERED = 4;
const scannedTexts: (string | undefined)[] = new Array(REMEMBERED).fill(undefined);
let scannedGates: Uint8Array[] = [];
let oldest = 0;
/** The slot asked about last: usually asked about again next. */
let lastSlot = 0;

/** Scans `text` into the oldest slot; returns the slot. */
function scan(text: string): number {
  const a = (automaton ??= build());
  if (scannedGates.length === 0 || scannedGates[0]!.length < gateLiterals.length) {
    scannedGates = Array.from({ length: REMEMBERED }, () => new Uint8Array(gateLiterals.length));
  }
  const slot = oldest;
  oldest = (oldest + 1) % REMEMBERED;
  const passed = scannedGates[slot]!;
  passed.fill(0);
  const { column, width, next, outputStart, outputs, space, boundary } = a;
  let state = 0;
  let wasWord = false;
  let wasSpace = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = i < text.length && isWordCode(c);
    // Where a word starts or ends (the end of the text included), the boundary mark.
    if (word !== wasWord && boundary !== 0) {
      state = next[state * width + boundary]!;
      for (let o = outputStart[state]!, to = outputStart[state + 1]!; o < to; o++) passed[outputs[o]!] = 1;
    }
    if (i === text.length) break;
    wasWord = word;
    const col = column[c]!;
    // A run of white space reads as one space (the strings were made so).
    if (col === space && space !== 0) {
      if (wasSpace) continue;
      wasSpace = true;
    } else wasSpace = false;
    state = next[state * width + col]!;
    for (let o = outputStart[state]!, to = outputStart[state + 1]!; o < to; o++) passed[outputs[o]!] = 1;
  }
  for (const gate of a.always) passed[gate] = 1;
  scannedTexts[slot] = text;
  return slot;
}

let enabled = true;

/** Turns the gates off (every gate passes) or on again: for tests and the bench, which compare the two. */
export function setGates(on: boolean): void {
  enabled = on;
}

/** Whether gate `id` passes `text`: some string of its regex occurs in it. */
export function passes(id: number, text: string): boolean {
  if (!enabled) return true;
  if (text !== scannedTexts[lastSlot]) {
    lastSlot = -1;
    for (let s = 0; s < REMEMBERED; s++) {
      if (scannedTexts[s] === text) {
        lastSlot = s;
        break;
      }
    }
    if (lastSlot < 0) lastSlot = scan(text);
  }
  return scannedGates[lastSlot]![id] === 1;
}

// A string's first characters are required as much as the whole of it, and long strings only add
// states to the automaton: each is cut to this length, and one that then contains another of its gate's
// strings is dropped (the shorter finds every text the longer would).
const MAX_LENGTH = 12;

function shortened(strings: string[] | null): string[] | null {
  if (strings === null) return null;
  const cut = [...new Set(strings.map((s) => s.slice(0, MAX_LENGTH)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of cut) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Adds a gate for the regex with this source and flags; returns its id. */
export function addGate(source: string, flags: string): number {
  gateLiterals.push(null);
  unread.push({ id: gateLiterals.length - 1, source, flags });
  automaton = null;
  scannedTexts.fill(undefined);
  scannedGates = [];
  return gateLiterals.length - 1;
}

/** Every regex made with `gated`, so a test can hold each gate to its regex. */
export const allGated: Gated[] = [];

/** A regex behind a gate. `test` and `exec` reset a global regex's lastIndex as a failed match would. */
export function gated(regex: RegExp): Gated {
  const id = addGate(regex.source, regex.flags);
  const out: Gated = {
    regex,
    id,
    mayMatch: (text) => passes(id, text),
    test(text) {
      if (passes(id, text)) return regex.test(text);
      if (regex.global || regex.sticky) regex.lastIndex = 0;
      return false;
    },
    exec(text) {
      if (passes(id, text)) return regex.exec(text);
      if (regex.global || regex.sticky) regex.lastIndex = 0;
      return null;
    },
  };
  allGated.push(out);
  return out;
}

/** The automaton's size, for the bench: gates, strings, states and the table's bytes. */
export function gateFigures(): { gates: number; strings: number; states: number; tableBytes: number } {
  const a = (automaton ??= build());
  let strings = 0;
  for (const list of gateLiterals) strings += list?.length ?? 0;
  return { gates: gateLiterals.length, strings, states: a.next.length / a.width, tableBytes: a.next.byteLength + a.column.byteLength };
}

/** The strings gate `id` looks for (null: none known, it always passes), for tests and the bench. */
export function gateStrings(id: number): readonly string[] | null {
  automaton ??= build();
  return gateLiterals[id] ?? null;
}
