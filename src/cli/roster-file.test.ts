import { describe, expect, it } from 'vitest';
import { parseRosterFile } from './roster-file';

describe('parseRosterFile', () => {
  it('reads people, my role and the working agreement', () => {
    const file = parseRosterFile({
      people: [
        { id: 'pnair', role: 'pm', team: 'checkout', name: 'Priya' },
        { id: ' mrossi ', role: 'em' },
      ],
      myRole: 'pm',
      agreement: { owners: { triage: 'em', estimation: 'engineering' }, updated: '2026-09-30' },
    });
    expect(file).toEqual({
      roster: { people: [{ id: 'pnair', role: 'pm', team: 'checkout', name: 'Priya' }, { id: 'mrossi', role: 'em' }], myRole: 'pm' },
      agreement: { owners: { triage: 'em', estimation: 'engineering' }, updated: '2026-09-30' },
    });
  });

  it('an empty roster is a roster', () => {
    expect(parseRosterFile({ people: [] })).toEqual({ roster: { people: [] }, agreement: null });
  });

  it.each([
    ['not an object', [], /^not a roster: expected .*\(.+\)$/],
    ['no people', { myRole: 'pm' }, /\(people: /],
    ['an unknown role', { people: [{ id: 'a', role: 'boss' }] }, /\(people\.0\.role: /],
    ['an empty id', { people: [{ id: '  ', role: 'pm' }] }, /\(people\.0\.id: an empty id\)/],
    ['a wrong myRole', { people: [], myRole: 'ceo' }, /\(myRole: /],
    ['an unknown routine in the agreement', { people: [], agreement: { owners: { lunch: 'pm' } } }, /\(agreement\.owners\.lunch: /],
    ['an unknown owner in the agreement', { people: [], agreement: { owners: { triage: 'ceo' } } }, /\(agreement\.owners\.triage: /],
  ])('%s is refused with where and why', (_name, json, message) => {
    const file = parseRosterFile(json);
    expect('error' in file && file.error).toMatch(message);
  });
});
