// Shared helpers for writing our labelled sets: a seeded random source (so regenerating gives the same
// files) and the split, fixed by hashing the id before any tuning happens.
import { writeFileSync } from 'node:fs';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}

export function shuffle<T>(r: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** FNV-1a over the id: about 70 % dev, 30 % test, independent of the text and the label. */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100 < 70 ? 'dev' : 'test';
}

export interface Draft {
  text: string;
  label: boolean;
  style: string;
  format?: 'plain' | 'markdown' | 'wiki' | 'adf';
}

/** Drops exact duplicates, shuffles, numbers the ids and writes one JSON object per line. */
/** Later batches are appended after the first, so ids (and so splits) of earlier examples never move. */
export function writeSet(path: string, name: string, drafts: Draft[], seed: number, ...later: Draft[][]): { n: number; pos: number } {
  const seen = new Set<string>();
  const r = rng(seed);
  const unique: Draft[] = [];
  for (const batch of [drafts, ...later]) {
    unique.push(...shuffle(r, batch.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)))));
  }
  const lines = unique.map((d, i) => {
    const id = `${name}-${String(i + 1).padStart(4, '0')}`;
    const rec: Record<string, unknown> = { id, text: d.text, label: d.label, split: splitOf(id), style: d.style };
    if (d.format) rec.format = d.format;
    return JSON.stringify(rec);
  });
  writeFileSync(path, lines.join('\n') + '\n');
  return { n: unique.length, pos: unique.filter((d) => d.label).length };
}

export const PERSONAS = [
  'user', 'admin', 'shopper', 'project manager', 'support agent', 'new customer', 'returning customer',
  'team lead', 'developer', 'account owner', 'billing admin', 'guest', 'nurse', 'teacher', 'student',
  'warehouse clerk', 'driver', 'sales rep', 'content editor', 'moderator', 'visitor', 'tenant',
  'doctor', 'data analyst', 'mobile user', 'API consumer', 'restaurant owner', 'volunteer coordinator',
];

export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(user|uni)/i.test(word) ? 'an' : 'a';
}

export function story(r: () => number, persona: string, want: string, benefit?: string): string {
  const a = article(persona);
  const forms = [
    () => `As ${a} ${persona}, I want to ${want}${benefit ? `, so that ${benefit}` : ''}.`,
    () => `As ${a} ${persona} I want to ${want}${benefit ? ` so that ${benefit}` : ''}`,
    () => `As ${a} ${persona}, I'd like to ${want}${benefit ? ` so that ${benefit}` : ''}.`,
    () => `As ${a} ${persona}, I want to be able to ${want}${benefit ? ` so that ${benefit}` : ''}.`,
    () => `As ${a} ${persona.replace(/^./, (c) => c.toUpperCase())}, I can ${want}${benefit ? ` so that ${benefit}` : ''}.`,
  ];
  return pick(r, forms)();
}
