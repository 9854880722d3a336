// The team section's saves: an edit lands on its own project, and an entry left empty is removed so
// it can't hide the site-wide one the panel falls back to.
import { describe, expect, it, vi } from 'vitest';
import { defaultSiteSettings, type SiteSettings } from '../../settings/schema';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { agreementEdited, rosterEdited, SITE_WIDE } = await import('./useTeamSettings');

const NOW = '2026-11-30T12:00:00.000Z';
const site = (change: Partial<SiteSettings> = {}): SiteSettings => ({ ...defaultSiteSettings(), ...change });

describe('a roster edit', () => {
  it('lands on its project and leaves the others as they were', () => {
    const stored = site({ rosters: { [SITE_WIDE]: { people: [{ id: 'ann', role: 'em' }] } } });
    const { rosters } = rosterEdited(stored, 'SHOP', (r) => ({ ...r, people: [...r.people, { id: 'bo', role: 'engineer' }] }));
    expect(rosters).toEqual({ [SITE_WIDE]: { people: [{ id: 'ann', role: 'em' }] }, SHOP: { people: [{ id: 'bo', role: 'engineer' }] } });
    expect(stored.rosters.SHOP).toBeUndefined();
  });

  it('removes a project left with nobody and no role of mine, and keeps one with only my role', () => {
    const stored = site({ rosters: { SHOP: { people: [{ id: 'bo', role: 'engineer' }] } } });
    expect(rosterEdited(stored, 'SHOP', () => ({ people: [] })).rosters).toEqual({});
    expect(rosterEdited(stored, 'SHOP', () => ({ people: [], myRole: 'em' })).rosters).toEqual({ SHOP: { people: [], myRole: 'em' } });
  });
});

describe('an agreement edit', () => {
  it('sets a routine’s owner with the time of the change', () => {
    const { agreements } = agreementEdited(site(), 'SHOP', 'sprint-planning', 'engineering', NOW);
    expect(agreements).toEqual({ SHOP: { owners: { 'sprint-planning': 'engineering' }, updated: NOW } });
  });

  it('removes the agreement when its last owner is cleared', () => {
    const stored = site({ agreements: { SHOP: { owners: { 'sprint-planning': 'engineering' }, updated: NOW } } });
    expect(agreementEdited(stored, 'SHOP', 'sprint-planning', '', NOW).agreements).toEqual({});
  });
});
