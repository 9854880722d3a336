import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine';
import { comment, day, item, NOW, tracker } from '../../../test/support/factory';
import { defaultSiteSettings } from '../../settings/schema';
import { rosterChange, rosterFor, withMyRole, withRole, withTeam } from './roster-edit';

describe('withRole', () => {
  it.each([
    ['adds a new person with their name', null, 'emma', 'em', 'Emma Stone', [{ id: 'emma', role: 'em', name: 'Emma Stone' }]],
    ['changes a known person’s role, keeping their team', { people: [{ id: 'emma', role: 'engineer', team: 'Core' }] }, 'emma', 'em', undefined, [{ id: 'emma', role: 'em', team: 'Core' }]],
    ['clears a person, so their role is inferred again', { people: [{ id: 'emma', role: 'em' }, { id: 'bo', role: 'pm' }] }, 'emma', null, undefined, [{ id: 'bo', role: 'pm' }]],
    ['does not store a name equal to the id', null, 'bo', 'pm', 'bo', [{ id: 'bo', role: 'pm' }]],
  ] as const)('%s', (_what, roster, id, role, name, people) => {
    expect(withRole(roster ? structuredClone(roster) as never : null, id, role, name).people).toEqual(people);
  });

  it('keeps the user’s own role', () => {
    expect(withRole({ people: [], myRole: 'em' }, 'a', 'pm').myRole).toBe('em');
  });
});

describe('withTeam and withMyRole', () => {
  it('sets, trims and clears a team', () => {
    const set = withTeam(null, 'eli', '  Payments ', 'engineer');
    expect(set.people).toEqual([{ id: 'eli', role: 'engineer', team: 'Payments' }]);
    expect(withTeam(set, 'eli', '', 'other').people).toEqual([{ id: 'eli', role: 'engineer' }]);
  });

  it('sets my role without touching the people', () => {
    expect(withMyRole({ people: [{ id: 'a', role: 'pm' }] }, 'em')).toEqual({ people: [{ id: 'a', role: 'pm' }], myRole: 'em' });
  });
});

describe('rosterChange', () => {
  it('saves under the project, starting from the site-wide roster when the project has none', () => {
    const site = { ...defaultSiteSettings(), rosters: { '*': { people: [{ id: 'bo', role: 'pm' as const }] } } };
    const change = rosterChange(site, 'SHOP', (r) => withRole(r, 'emma', 'em'));
    expect(change.rosters['*']).toEqual(site.rosters['*']);
    expect(change.rosters.SHOP!.people).toEqual([{ id: 'bo', role: 'pm' }, { id: 'emma', role: 'em' }]);
  });

  it('saves site-wide when the page names no project', () => {
    const change = rosterChange(defaultSiteSettings(), null, (r) => withRole(r, 'emma', 'em'));
    expect(Object.keys(change.rosters)).toEqual(['*']);
  });

  it('setting the EM inline takes avoids-em out of needs-setup', () => {
    const data = tracker([item('SHOP-1', { creator: 'pam', comments: [comment('emma', 'Looks fine to me.', day(1))] })], {
      project: 'SHOP',
      scope: 'item',
      me: 'pam',
    });
    let site = defaultSiteSettings();
    const before = analyze(data, { roster: rosterFor(site, 'SHOP'), now: NOW });
    expect(before.signals.find((s) => s.id === 'avoids-em')!.status).toBe('needs-setup');
    site = { ...site, ...rosterChange(site, 'SHOP', (r) => withRole(r, 'emma', 'em')) };
    const after = analyze(data, { roster: rosterFor(site, 'SHOP'), now: NOW });
    expect(after.signals.find((s) => s.id === 'avoids-em')!.status).not.toBe('needs-setup');
    expect(after.people.find((p) => p.id === 'emma')).toMatchObject({ role: 'em', source: 'roster' });
  });
});
