// Inline roster edits from the panel: set a person's role or team, or the user's own role, and say
// which settings change to save. Pure, so the rules are tested without a browser.
import type { Role, Roster, RosterPerson, WorkingAgreement } from '../../core/roster';
import type { SiteSettings } from '../../settings/schema';

/** The project's own roster, else the site-wide one ("*"). */
export function rosterFor(site: SiteSettings, project: string | null): Roster | null {
  return (project ? site.rosters[project] : undefined) ?? site.rosters['*'] ?? null;
}

export function agreementFor(site: SiteSettings, project: string | null): WorkingAgreement | null {
  return (project ? site.agreements[project] : undefined) ?? site.agreements['*'] ?? null;
}

/** Where an inline edit is saved: the page's project, or site-wide when the page names none. */
export const rosterKey = (project: string | null): string => project ?? '*';

/**
 * Sets (or, with null, clears) a person's role. A cleared person leaves the roster, so Tandem goes
 * back to inferring their role rather than keeping a stale fact.
 */
export function withRole(roster: Roster | null, id: string, role: Role | null, name?: string): Roster {
  const people = roster?.people ?? [];
  const current = people.find((p) => p.id === id);
  let next: RosterPerson[];
  if (role === null) next = people.filter((p) => p.id !== id);
  else if (current) next = people.map((p) => (p.id === id ? { ...p, role } : p));
  else next = [...people, { id, role, ...(name && name !== id ? { name } : {}) }];
  return { ...roster, people: next };
}

/** Sets a person's team; a person not in the roster yet joins it with the role the panel showed. */
export function withTeam(roster: Roster | null, id: string, team: string, fallbackRole: Role, name?: string): Roster {
  const trimmed = team.trim().slice(0, 80);
  const people = roster?.people ?? [];
  const current = people.find((p) => p.id === id);
  const apply = (p: RosterPerson): RosterPerson => {
    const { team: _old, ...rest } = p;
    return trimmed ? { ...rest, team: trimmed } : rest;
  };
  const next = current
    ? people.map((p) => (p.id === id ? apply(p) : p))
    : [...people, apply({ id, role: fallbackRole, ...(name && name !== id ? { name } : {}) })];
  return { ...roster, people: next };
}

export function withMyRole(roster: Roster | null, role: Role): Roster {
  return { people: roster?.people ?? [], ...roster, myRole: role };
}

/**
 * The settings change that saves an edited roster for this page's project. Starts from the roster
 * in effect (the project's, else the site-wide one), so an edit never loses what applied before.
 */
export function rosterChange(
  site: SiteSettings,
  project: string | null,
  edit: (current: Roster | null) => Roster,
): Pick<SiteSettings, 'rosters'> {
  const next = edit(rosterFor(site, project));
  return { rosters: { ...site.rosters, [rosterKey(project)]: next } };
}
