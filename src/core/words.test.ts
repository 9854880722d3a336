import { afterEach, describe, expect, it } from 'vitest';
import './english';
import { formatDays, formatPercent, sayCount, useLanguage } from './words';

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
