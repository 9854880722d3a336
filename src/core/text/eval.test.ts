import { describe, expect, it } from 'vitest';
import { scoreBinary, scoreTone } from '../../../scripts/eval';

describe('eval harness figures', () => {
  it('computes P/R/F1 from a hand-made confusion (TP 3, FP 1, FN 2, TN 4)', () => {
    const pairs = [
      ...Array.from({ length: 3 }, () => ({ gold: true, predicted: true })),
      { gold: false, predicted: true },
      ...Array.from({ length: 2 }, () => ({ gold: true, predicted: false })),
      ...Array.from({ length: 4 }, () => ({ gold: false, predicted: false })),
    ];
    const s = scoreBinary(pairs);
    expect([s.tp, s.fp, s.fn, s.tn]).toEqual([3, 1, 2, 4]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('gives 0, not NaN, when nothing is predicted or present', () => {
    expect(scoreBinary([{ gold: false, predicted: false }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('computes tone accuracy, per-class figures and the confusion matrix', () => {
    const s = scoreTone([
      { gold: 'negative', predicted: 'negative' },
      { gold: 'negative', predicted: 'neutral' },
      { gold: 'neutral', predicted: 'neutral' },
      { gold: 'positive', predicted: 'negative' },
    ]);
    expect(s.accuracy).toBeCloseTo(0.5);
    expect(s.confusion.negative).toEqual({ negative: 1, neutral: 1, positive: 0 });
    expect(s.perClass.negative.precision).toBeCloseTo(0.5);
    expect(s.perClass.negative.recall).toBeCloseTo(0.5);
    expect(s.perClass.neutral.precision).toBeCloseTo(0.5);
    expect(s.perClass.positive.recall).toBe(0);
  });
});
