// What the options page's threshold inputs mean, kept apart from the components so it can be tested in Node.
import type { ThresholdInfo, ThresholdKey } from '../../core/thresholds';
import { formatDays, formatHours, formatNumber, formatPercent, say, sayCount } from '../../core/words';

/** What a threshold's input shows for a stored value: shares as percentages (people think in "half", not 0.5). */
export const shownThreshold = (info: ThresholdInfo, value: number): string =>
  info.unit === 'share' ? String(Math.round(value * 1000) / 10) : String(value);

/** The stored value for what the user typed, or null when it isn't acceptable (then nothing is saved). */
export function parseThreshold(info: ThresholdInfo, text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  // A decimal comma is how much of the world types "0,5".
  const typed = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(typed)) return null;
  const value = info.unit === 'share' ? Math.round(typed * 10) / 1000 : typed;
  if (value < info.min || value > info.max) return null;
  if (info.integer && !Number.isInteger(value)) return null;
  return value;
}

/**
 * A threshold's value in plain words with its unit: "at least 5", "50%", "30 days", "1.5×". Whether
 * it is a floor or a ceiling is in its name (min…, max…), as the engine reads it.
 */
export function thresholdWords(key: ThresholdKey, info: ThresholdInfo, value: number): string {
  const plain = (() => {
    switch (info.unit) {
      case 'share':
        return formatPercent(value);
      case 'days':
        return formatDays(value);
      case 'hours':
        return formatHours(value);
      case 'ratio':
      case 'factor':
        return say('thresholdTimes', formatNumber(value));
      case 'points':
        return sayCount(value, 'thresholdPointsOne', 'thresholdPointsOther');
      default:
        return formatNumber(value);
    }
  })();
  if (key.startsWith('min')) return say('thresholdAtLeast', plain);
  if (key.startsWith('max')) return say('thresholdAtMost', plain);
  return plain;
}
