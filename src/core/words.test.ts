import { afterEach, describe, expect, it } from 'vitest';
import './english';
import { formatDays, formatDaySpan, formatPercent, sayCount, useLanguage } from './words';

describe('numbers and plurals in the UI language', () => {
  afterEach(() => useLanguage('en'));

  it('writes one percent format and the singular of one day', () => {
    expect(formatPercent(0.57)).toBe('57%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(2)).toBe('2 days');
  });

  it('follows the language set: French puts a space before % and says "jour"', () => {
    useLanguage('fr');
    expect(formatPercent(0.57)).toMatch(/^57\s%$/);
    expect(formatDays(1)).toMatch(/^1\sjour$/);
  });

  it('picks the singular by the language’s plural rules, with the count in its digits', () => {
    expect(sayCount(1, 'countWarningsOne', 'countWarningsOther')).toBe('1 warning sign');
    expect(sayCount(0, 'countWarningsOne', 'countWarningsOther')).toBe('0 warning signs');
    expect(sayCount(1200, 'countWarningsOne', 'countWarningsOther')).toBe('1,200 warning signs');
  });

  it('falls back to English for a language tag it cannot read', () => {
    useLanguage('not a language!');
    expect(formatPercent(0.5)).toBe('50%');
  });
});

describe('a sprint’s days as the UI language writes them', () => {
  afterEach(() => useLanguage('en'));
  // Midday UTC, so the day is the same in every time zone the tests may run in.
  it('writes a span across months and within one', () => {
    expect(formatDaySpan('2026-02-23T12:00:00Z', '2026-03-09T12:00:00Z')?.replace(/\s/g, ' ')).toBe('Feb 23 – Mar 9');
    expect(formatDaySpan('2026-11-03T12:00:00Z', '2026-11-17T12:00:00Z')?.replace(/\s/g, ' ')).toBe('Nov 3 – 17');
  });
  it('follows the UI language', () => {
    useLanguage('de');
    expect(formatDaySpan('2026-02-23T12:00:00Z', '2026-03-09T12:00:00Z')?.replace(/\s/g, ' ')).toBe('23. Feb. – 9. März');
  });
  it('says nothing rather than a wrong span', () => {
    expect(formatDaySpan(null, '2026-03-09T12:00:00Z')).toBeNull();
    expect(formatDaySpan('2026-02-23T12:00:00Z', null)).toBeNull();
    expect(formatDaySpan('soon', '2026-03-09T12:00:00Z')).toBeNull();
    expect(formatDaySpan('2026-03-09T12:00:00Z', '2026-02-23T12:00:00Z')).toBeNull();
  });
});
