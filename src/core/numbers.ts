// Plain arithmetic the signals and the engine share: shares, medians, searches in sorted lists.

export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * In ascending `sorted`, the index of the first value above `at` (or at least `at`, with `orEqual`);
 * `sorted.length` when there is none. Signals find "the first comment after" this way instead of
 * scanning every comment again for each event, which was quadratic on a long discussion.
 */
export function firstAfter(sorted: ArrayLike<number>, at: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > at || (orEqual && sorted[mid] === at)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
