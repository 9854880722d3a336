import { describe, expect, it, vi } from 'vitest';

// The words come from the extension's messages; in Node, the English file stands in for browser.i18n
// (test/setup-words.ts installs it).
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { sparklineText } = await import('./Sparkline');
const { seriesOf } = await import('./Trends');

describe('sparklineText', () => {
  it.each([
    ['no points', [], 'PM share: no points yet.'],
    ['one point', [{ day: '2026-11-01', value: 0.5 }], 'PM share: one point, 50% on 2026-11-01.'],
    [
      'several points',
      [
        { day: '2026-10-01', value: 0.62 },
        { day: '2026-10-09', value: 0.31 },
        { day: '2026-11-01', value: 0.444 },
      ],
      'PM share: 3 points from 2026-10-01 to 2026-11-01; first 62%, latest 44%, lowest 31%, highest 62%.',
    ],
  ])('%s', (_what, points, expected) => {
    expect(sparklineText('PM share', points)).toBe(expected);
  });
});

describe('seriesOf', () => {
  it('keeps the days that have the figure, in order', () => {
    const points = [
      { day: '2026-10-01', figures: { valueShare: 0.2, wontDoRate: 0.1 } },
      { day: '2026-10-02', figures: { wontDoRate: 0.3 } },
      { day: '2026-10-03', figures: { valueShare: 0.4 } },
    ];
    expect(seriesOf(points, 'valueShare')).toEqual([
      { day: '2026-10-01', value: 0.2 },
      { day: '2026-10-03', value: 0.4 },
    ]);
    expect(seriesOf(points, 'pmRoutineShare')).toEqual([]);
  });
});
