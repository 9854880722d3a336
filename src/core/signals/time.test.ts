// time() reads the usual ISO forms itself, for speed; every answer must still be Date.parse's.
import { describe, expect, it } from 'vitest';
import { time } from '../dates';

const pad = (v: number, n: number) => String(v).padStart(n, '0');

describe('time', () => {
  it('gives Date.parse’s answer on every form and edge: odd days, leap years, 24:00, offsets, fractions', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const fractions = ['', '.000', '.999', '.5', '.123456', '.12x'];
    const zones = ['Z', '+0000', '-0530', '+05:30', '-12:00', '+2400', '', 'z', '+1:00', 'Z ', '+05:3'];
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Years across four centuries (leap rules), months 0-13, days 0-32, hours 0-25, minutes and seconds 0-60.
      const s = `${pad(1896 + next(410), 4)}-${pad(next(14), 2)}-${pad(next(33), 2)}T${pad(next(26), 2)}:${pad(next(61), 2)}:${pad(next(61), 2)}${fractions[next(fractions.length)]}${zones[next(zones.length)]}`;
      const got = time(s);
      const want = Date.parse(s);
      if (!Object.is(got, want)) mismatches.push(`${s}: ${got} ≠ ${want}`);
    }
    for (const s of ['2026-02-29T00:00:00Z', '2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '0000-01-01T00:00:00Z', '2026-11-24', '2026-11-24T09:00', 'Tue, 24 Nov 2026 09:00:00 GMT', 'soon', '２０２６-11-24T09:00:00Z']) {
      if (!Object.is(time(s), Date.parse(s))) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
    expect(time('2026-11-24T09:00:00.000Z')).toBe(Date.UTC(2026, 10, 24, 9));
  });

  it('is NaN for nothing', () => {
    expect(time(null)).toBeNaN();
    expect(time(undefined)).toBeNaN();
    expect(time('')).toBeNaN();
  });
});
