import { describe, expect, it } from 'vitest';
import { THRESHOLD_KEYS } from '../../core/thresholds';
import { THRESHOLD_GROUPS } from './threshold-groups';

describe('threshold groups', () => {
  it('hold every threshold exactly once', () => {
    const grouped = THRESHOLD_GROUPS.flatMap((g) => g.keys);
    expect([...grouped].sort()).toEqual([...THRESHOLD_KEYS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('are few enough to read as themes, none of them empty', () => {
    expect(THRESHOLD_GROUPS.length).toBeLessThanOrEqual(6);
    for (const g of THRESHOLD_GROUPS) expect(g.keys.length).toBeGreaterThan(0);
  });
});
