import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, THRESHOLD_INFO, THRESHOLD_KEYS, resolveThresholds } from '../../core/thresholds';
import { parseThreshold, shownThreshold } from './values';

describe('threshold inputs', () => {
  const share = THRESHOLD_INFO.routineShare; // 0–1, shown in per cent
  const count = THRESHOLD_INFO.minItems; // whole numbers from 1
  const days = THRESHOLD_INFO.staleAgeDays;

  it.each([
    [share, '60', 0.6],
    [share, ' 33.3 ', 0.333],
    [share, '12,5', 0.125],
    [share, '0', 0],
    [share, '100', 1],
    [share, '101', null],
    [share, '-1', null],
    [share, 'half', null],
    [share, '', null],
    [count, '8', 8],
    [count, '8.5', null],
    [count, '0', null],
    [days, '90', 90],
    [days, '1e9', null],
  ] as const)('%# %s typed as "%s" → %s', (info, text, expected) => {
    expect(parseThreshold(info, text)).toBe(expected);
  });

  it('shows every default so that typing it back gives the same value, which the engine accepts', () => {
    for (const key of THRESHOLD_KEYS) {
      const info = THRESHOLD_INFO[key];
      const value = parseThreshold(info, shownThreshold(info, DEFAULT_THRESHOLDS[key]));
      expect(value, key).toBe(DEFAULT_THRESHOLDS[key]);
      expect(resolveThresholds({ [key]: value })[key]).toBe(value);
    }
  });

  it('accepts only values the engine will use (resolveThresholds keeps them)', () => {
    for (const key of THRESHOLD_KEYS) {
      const info = THRESHOLD_INFO[key];
      for (const text of ['0', '1', '2.5', '50', '99.9', '1000', '20000']) {
        const value = parseThreshold(info, text);
        if (value !== null) expect(resolveThresholds({ [key]: value })[key], `${key} ${text}`).toBe(value);
      }
    }
  });
});

describe('thresholds in plain words, with their units', () => {
  it('says floors and ceilings, shares, days, hours and ratios the way people say them', async () => {
    const { thresholdWords } = await import('./values');
    const { DEFAULT_THRESHOLDS: d, THRESHOLD_INFO: i } = await import('../../core/thresholds');
    expect(thresholdWords('minRoutineActions', i.minRoutineActions, d.minRoutineActions)).toBe('at least 10');
    expect(thresholdWords('routineShare', i.routineShare, 0.5)).toBe('50%');
    expect(thresholdWords('recentDays', i.recentDays, 30)).toBe('30 days');
    expect(thresholdWords('recentDays', i.recentDays, 1)).toBe('1 day');
    expect(thresholdWords('maxMedianCloseDays', i.maxMedianCloseDays, 14)).toBe('at most 14 days');
    expect(thresholdWords('requestWindowHours', i.requestWindowHours, 72)).toBe('72 hours');
    expect(thresholdWords('backlogGrowthRatio', i.backlogGrowthRatio, 1.5)).toBe('1.5×');
    expect(thresholdWords('maxMedianEstimate', i.maxMedianEstimate, 1)).toBe('at most 1 point');
  });
});
