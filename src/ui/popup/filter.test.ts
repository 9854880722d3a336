import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../core/guide';
import { filterGuide } from './filter';

describe('filtering the guide', () => {
  it('shows everything for an empty query', () => {
    expect(filterGuide(GUIDE, '  ')).toHaveLength(26);
  });
  it('matches the guide’s words, case-insensitively', () => {
    expect(filterGuide(GUIDE, 'ROUTINES').map((g) => g.id)).toEqual(
      expect.arrayContaining(['shared-routines', 'leads-routines']),
    );
  });
  it('needs every word of the query', () => {
    const ids = filterGuide(GUIDE, 'lead routines').map((g) => g.id);
    expect(ids).toContain('leads-routines');
    expect(ids).not.toContain('clear-artifacts');
  });
  it('finds nothing for nonsense', () => {
    expect(filterGuide(GUIDE, 'zzzqqq')).toEqual([]);
  });
});
