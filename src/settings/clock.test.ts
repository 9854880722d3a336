import { describe, expect, it } from 'vitest';
import { clockNow, FIXED_NOW_KEY } from './clock';

const area = (value: unknown) => ({ get: async () => (value === undefined ? {} : { [FIXED_NOW_KEY]: value }) });
const REAL = new Date('2031-05-06T07:08:09Z');

describe('clockNow', () => {
  it('is the real time when no fixed time is stored', async () => {
    expect(await clockNow(area(undefined), () => REAL)).toEqual(REAL);
  });

  it('is the stored time when one is stored', async () => {
    expect((await clockNow(area('2026-11-10T15:00:00Z'), () => REAL)).toISOString()).toBe('2026-11-10T15:00:00.000Z');
  });

  it('ignores a stored value that is not a time', async () => {
    for (const bad of ['soon', 12, null, { at: 1 }, '']) expect(await clockNow(area(bad), () => REAL)).toEqual(REAL);
  });

  it('is the real time when storage fails', async () => {
    const broken = { get: async () => Promise.reject(new Error('closing')) };
    expect(await clockNow(broken, () => REAL)).toEqual(REAL);
  });
});
