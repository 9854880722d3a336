// Adding a signal is adding one file: a definition registered in a registry shows up in the guide
// (its message keys derived from its id), in the thresholds table (its own thresholds, keys derived
// from their names) and in the engine's run, and the registry refuses the mistakes a copied file
// makes (an id or a threshold declared twice).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { GUIDE, guideOf } from '../guide';
import { DEFAULT_THRESHOLDS, THRESHOLD_INFO, thresholdTable } from '../thresholds';
import { day, item, markerClassifier, NOW, times, tracker } from '../../../test/support/factory';
import { count, createRegistry, defineSignal, share } from './define';
import { REGISTRY, SIGNALS } from '.';
import { SHARED_THRESHOLDS } from './shared-thresholds';
import type { Signal, SignalRef, SignalResult } from './types';
import { result } from './verdicts';

const here = dirname(fileURLToPath(import.meta.url));
const english = JSON.parse(readFileSync(join(here, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;

// A throwaway signal: present when at least its threshold's share of the items are bugs. (The engine
// resolves the product's thresholds, so the throwaway reads its own default; the table is tested apart.)
const throwaway = defineSignal({
  id: 'throwaway-sign',
  kind: 'warning',
  thresholds: { throwawayShare: share(0.4, 'a test value') },
  evaluate(ctx, signal): SignalResult {
    const bugs = ctx.data.items.filter((i) => i.type === 'bug').length;
    const seen = bugs / Math.max(1, ctx.data.items.length);
    const bar = throwaway.thresholds.throwawayShare.default;
    // Its id is not a product SignalId; the result helpers take it all the same.
    return result(signal as unknown as SignalRef, seen >= bar ? 'present' : 'absent', `${bugs} bugs`, [], { confidence: 1, figure: seen });
  },
});

describe('a fresh registry with one more signal', () => {
  const registry = createRegistry([...REGISTRY.signals, throwaway], SHARED_THRESHOLDS);

  it('puts it in the guide, last, with its message keys derived from its id', () => {
    const guide = guideOf(registry);
    expect(guide).toHaveLength(GUIDE.length + 1);
    const entry = guide.at(-1)!;
    expect(entry.id).toBe('throwaway-sign');
    expect(entry.kind).toBe('warning');
    expect(entry.selfCheck).toBeUndefined();
    expect(entry.messages).toEqual({
      words: 'guideThrowawaySignWords',
      explanation: 'guideThrowawaySignAbout',
      detection: 'guideThrowawaySignDetect',
      advice: 'guideThrowawaySignTry',
    });
    // The product's guide is the same derivation over the product's registry.
    expect(guide.slice(0, -1).map((g) => g.id)).toEqual(GUIDE.map((g) => g.id));
  });

  it('puts its threshold in the thresholds table, with its default and range', () => {
    const table = thresholdTable(registry);
    expect(table.defaults.throwawayShare).toBe(0.4);
    expect(table.info.throwawayShare).toEqual({ label: 'limitThrowawayShareLabel', unit: 'share', basis: 'limitThrowawayShareBasis', min: 0, max: 1 });
    expect(Object.keys(table.defaults)).toHaveLength(Object.keys(DEFAULT_THRESHOLDS).length + 1);
  });

  it('runs it in the engine, after the others, labelled with its id and kind', () => {
    const data = tracker(times(5, (i) => item(`P-${i}`, { type: i < 3 ? 'bug' : 'story', created: day(i) })));
    const analysis = analyze(data, { classify: markerClassifier, now: NOW, signals: registry.signals as readonly Signal[] });
    expect(analysis.signals).toHaveLength(SIGNALS.length + 1);
    const last = analysis.signals.at(-1)!;
    expect(last).toMatchObject({ id: 'throwaway-sign', kind: 'warning', status: 'present', summary: '3 bugs', figure: 0.6 });
  });

  it('refuses a second signal with the same id', () => {
    const copy = defineSignal({ ...throwaway, thresholds: {}, evaluate: (ctx): SignalResult => throwaway.evaluate(ctx) });
    expect(() => createRegistry([throwaway, copy], {})).toThrow(/throwaway-sign is defined twice/);
  });

  it('refuses a threshold declared twice, by two signals or by a signal and the shared ones', () => {
    const other = defineSignal({ id: 'other-sign', kind: 'healthy', thresholds: { throwawayShare: share(0.5, 'again') }, evaluate: (ctx): SignalResult => throwaway.evaluate(ctx) });
    expect(() => createRegistry([throwaway, other], {})).toThrow(/throwawayShare is declared by throwaway-sign and again by other-sign/);
    expect(() => createRegistry([throwaway], { throwawayShare: count(3, 'shared') })).toThrow(/throwawayShare is declared by the shared thresholds and again by throwaway-sign/);
  });
});

describe('the product registry', () => {
  it('has every derived message: four guide texts per signal, a label and a basis per threshold', () => {
    for (const g of GUIDE) for (const key of Object.values(g.messages)) expect(english, key).toHaveProperty([key]);
    for (const info of Object.values(THRESHOLD_INFO)) {
      expect(english, info.label).toHaveProperty([info.label]);
      expect(english, info.basis).toHaveProperty([info.basis]);
    }
  });

  it('declares every threshold once, with a default inside its range and where the default comes from', () => {
    const keys = REGISTRY.thresholds.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    for (const { key, declaration } of REGISTRY.thresholds) {
      expect(declaration.default, key).toBeGreaterThanOrEqual(declaration.min);
      expect(declaration.default, key).toBeLessThanOrEqual(declaration.max);
      if (declaration.integer) expect(Number.isInteger(declaration.default), key).toBe(true);
      expect(declaration.from.length, key).toBeGreaterThan(5);
    }
  });

  it('is quoted right by docs/heuristics.md: each "`key` (value)" there is the declared default', () => {
    const doc = readFileSync(join(here, '../../../docs/heuristics.md'), 'utf8');
    const quotes = [...doc.matchAll(/`(\w+)` \((\d+(?:\.\d+)?)( %)?/g)].filter((m) => Object.hasOwn(DEFAULT_THRESHOLDS, m[1]!));
    expect(quotes.length).toBeGreaterThan(50);
    for (const [quote, key, value, percent] of quotes) {
      const declared = DEFAULT_THRESHOLDS[key as keyof typeof DEFAULT_THRESHOLDS];
      expect(percent ? Number(value) / 100 : Number(value), quote).toBeCloseTo(declared, 10);
    }
  });

  it('registers every signal file in the theme folders, each defining the signal its file is named after', () => {
    const themes = ['routines', 'documents', 'conversations', 'backlog', 'self-check'];
    const files = themes.flatMap((theme) => readdirSync(join(here, theme)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'ask.ts'));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(REGISTRY.signals.map((s) => s.id).sort());
  });
});
