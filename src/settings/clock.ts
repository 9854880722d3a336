// The time Tandem judges "recent", "stale" and "this week" against: the real time, except where the
// demo or an end-to-end world has stored a fixed one. Their sample data is dated, and judged against
// the real today the same pages would read differently every day ("nothing closed in the last 30
// days" flips on its own). Only the extension itself can write its storage — no page and no other
// extension can — so no site can move Tandem's clock.
import type { Storage } from 'webextension-polyfill';

/** The storage key of the fixed time (an ISO 8601 string); absent on a user's browser. */
export const FIXED_NOW_KEY = 'fixedNow';

/** The fixed time when one is stored and valid, else the real now. Never throws. */
export async function clockNow(area: Pick<Storage.StorageArea, 'get'>, real: () => Date = () => new Date()): Promise<Date> {
  try {
    const stored = (await area.get(FIXED_NOW_KEY))[FIXED_NOW_KEY];
    if (typeof stored === 'string') {
      const fixed = new Date(stored);
      if (Number.isFinite(fixed.getTime())) return fixed;
    }
  } catch {
    // Storage unavailable (a closing browser): the real time is the honest answer.
  }
  return real();
}
