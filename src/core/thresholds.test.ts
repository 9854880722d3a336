import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_INFO, THRESHOLD_KEYS } from './thresholds';
import { say } from './words';

describe('thresholds', () => {
  it('documents every threshold, and every default is within its own range', () => {
    expect(Object.keys(THRESHOLD_INFO).sort()).toEqual([...THRESHOLD_KEYS].sort());
    for (const key of THRESHOLD_KEYS) {
      const info = THRESHOLD_INFO[key];
      const value = DEFAULT_THRESHOLDS[key];
      const name = key[0]!.toUpperCase() + key.slice(1);
      expect([info.label, info.basis], key).toEqual([`limit${name}Label`, `limit${name}Basis`]);
      expect(say(info.label), key).not.toBe(info.label);
      expect(say(info.basis).length, key).toBeGreaterThan(10);
      expect(value, key).toBeGreaterThanOrEqual(info.min);
      expect(value, key).toBeLessThanOrEqual(info.max);
      if (info.integer) expect(Number.isInteger(value), key).toBe(true);
    }
  });

  it('keeps the CHAOSS basis for the routine share', () => {
    expect(DEFAULT_THRESHOLDS.routineShare).toBe(0.5);
    expect(say(THRESHOLD_INFO.routineShare.basis)).toMatch(/CHAOSS/);
  });

  it.each([
    ['valid share', { routineShare: 0.6 }, { routineShare: 0.6 }],
    ['share above 1', { routineShare: 1.5 }, { routineShare: 0.5 }],
    ['negative days', { staleAgeDays: -3 }, { staleAgeDays: 180 }],
    ['fractional count', { minItems: 2.5 }, { minItems: 5 }],
    ['valid count', { minItems: 8 }, { minItems: 8 }],
    ['not a number', { minItems: '8' as unknown as number }, { minItems: 5 }],
    ['NaN', { impactShare: NaN }, { impactShare: 0.5 }],
  ])('%s', (_name, overrides, expected) => {
    expect(resolveThresholds(overrides)).toMatchObject(expected);
  });

  it('ignores unknown keys and missing overrides, and never changes the defaults', () => {
    const out = resolveThresholds({ bogus: 3 } as never);
    expect(out).toEqual(DEFAULT_THRESHOLDS);
    expect('bogus' in out).toBe(false);
    expect(resolveThresholds(undefined)).toEqual(DEFAULT_THRESHOLDS);
    resolveThresholds({ routineShare: 0.9 });
    expect(DEFAULT_THRESHOLDS.routineShare).toBe(0.5);
  });
});

describe('resolveThresholds on any input', () => {
  it('always returns every key, each within its documented range', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...THRESHOLD_KEYS), fc.string()), fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null))), (overrides) => {
        const out = resolveThresholds(overrides as never);
        expect(Object.keys(out).sort()).toEqual([...THRESHOLD_KEYS].sort());
        for (const key of THRESHOLD_KEYS) {
          const info = THRESHOLD_INFO[key];
          expect(out[key]).toBeGreaterThanOrEqual(info.min);
          expect(out[key]).toBeLessThanOrEqual(info.max);
          const given = (overrides as Record<string, unknown>)[key];
          if (out[key] !== DEFAULT_THRESHOLDS[key]) expect(out[key]).toBe(given);
        }
      }),
    );
  });
});
