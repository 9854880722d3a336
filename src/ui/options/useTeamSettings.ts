// The team section's state: which site and project are being edited, their stored settings, and the
// saves of roster and agreement. The panel reads the project's own roster/agreement first and falls
// back to the site-wide one (ui/panel/roster-edit.ts), so an empty project entry is removed rather
// than stored: it would hide the site-wide one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Routine, RoutineOwner } from '../../core/roster';
import { say } from '../../core/words';
import type { AgreementSetting, RosterSetting, SiteSettings } from '../../settings/schema';
import { listSites, loadCustomSites, loadSite, saveSite } from '../../settings/store';

/** The project key of a site's own roster and agreement. */
export const SITE_WIDE = '*';
export const scopeName = (project: string) => (project === SITE_WIDE ? say('teamWholeSite') : project);
const emptyRoster = (): RosterSetting => ({ people: [] });

export interface TeamSettings {
  hosts: string[];
  host: string;
  project: string;
  /** The projects offered for this site: the site-wide one, those with settings, and those just added. */
  projects: string[];
  /** This site's stored settings, null until loaded. */
  site: SiteSettings | null;
  roster: RosterSetting;
  agreement: AgreementSetting;
  /** What the last save did, for the section's status line. */
  status: string | null;
  chooseHost(host: string): void;
  chooseProject(project: string): void;
  /** Edits another site, typed by the user ("https://acme.atlassian.net/…" → "acme.atlassian.net");
   * false when what was typed names none. */
  editOtherHost(typed: string): boolean;
  addProject(name: string): void;
  saveRoster(edit: (roster: RosterSetting) => RosterSetting): void;
  saveAgreement(routine: Routine, owner: RoutineOwner | ''): void;
}

export function useTeamSettings(): TeamSettings {
  const [hosts, setHosts] = useState<string[]>([]);
  const [host, setHost] = useState<string>('github.com');
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [project, setProject] = useState<string>(SITE_WIDE);
  const [extraProjects, setExtraProjects] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const listed = (await listSites()).map((s) => s.host);
      const added = (await loadCustomSites()).value.map((s) => new URL(s.origin).host);
      setHosts([...new Set([...listed, ...added])].sort());
    })();
  }, []);

  useEffect(() => {
    void loadSite(host).then((parsed) => setSite(parsed.value));
  }, [host]);

  // Saves run one after another, each on what is stored at that moment: two quick edits (or another
  // tab) never overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const update = (change: (stored: SiteSettings) => Partial<SiteSettings>, message: string) => {
    const scope = { host, project };
    queue.current = queue.current
      .then(async () => {
        const stored = (await loadSite(scope.host)).value;
        const saved = await saveSite(scope.host, change(stored));
        setSite(saved);
        setStatus(message);
      })
      .catch(() => setStatus(say('teamSaveFailed')));
  };

  return {
    hosts: [...new Set([...hosts, host])],
    host,
    project,
    projects: site
      ? [...new Set([SITE_WIDE, ...Object.keys(site.rosters), ...Object.keys(site.agreements), ...extraProjects])].sort()
      : [SITE_WIDE],
    site,
    roster: site?.rosters[project] ?? emptyRoster(),
    agreement: site?.agreements[project] ?? { owners: {} },
    status,
    chooseHost(next) {
      setHost(next);
      setProject(SITE_WIDE);
      setExtraProjects([]);
    },
    chooseProject: setProject,
    editOtherHost(typed) {
      const name = typed.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
      if (!name) return false;
      setHosts((list) => [...new Set([...list, name])].sort());
      setHost(name);
      setProject(SITE_WIDE);
      return true;
    },
    addProject(name) {
      setExtraProjects((list) => [...list, name]);
      setProject(name);
    },
    saveRoster: (edit) => update((stored) => rosterEdited(stored, project, edit), say('rosterSaved', scopeName(project), host)),
    saveAgreement: (routine, owner) =>
      update((stored) => agreementEdited(stored, project, routine, owner, new Date().toISOString()), say('agreementSaved', scopeName(project), host)),
  };
}

/** The rosters after one project's edit; a project left with nobody and no role of mine is removed. */
export function rosterEdited(stored: SiteSettings, project: string, edit: (roster: RosterSetting) => RosterSetting): Pick<SiteSettings, 'rosters'> {
  const rosters = { ...stored.rosters };
  const next = edit(rosters[project] ?? emptyRoster());
  if (next.people.length || next.myRole) rosters[project] = next;
  else delete rosters[project];
  return { rosters };
}

/** The agreements after one routine's owner is set ('' = none) at `now`; an empty agreement is removed. */
export function agreementEdited(stored: SiteSettings, project: string, routine: Routine, owner: RoutineOwner | '', now: string): Pick<SiteSettings, 'agreements'> {
  const owners = { ...(stored.agreements[project]?.owners ?? {}) };
  if (owner) owners[routine] = owner;
  else delete owners[routine];
  const agreements = { ...stored.agreements };
  if (Object.keys(owners).length) agreements[project] = { owners, updated: now };
  else delete agreements[project];
  return { agreements };
}
