// Team roster and working agreement, per site and project ("*" = the whole site). The panel reads the
// project's own roster/agreement first and falls back to the site-wide one (ui/panel/reading.ts), so
// an empty project entry is removed rather than stored: it would hide the site-wide one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ROUTINE_NAME, type Role, type Routine, type RoutineOwner } from '../../core/roster';
import {
  ROLES,
  ROUTINE_OWNERS,
  ROUTINES,
  type AgreementSetting,
  type RosterSetting,
  type SiteSettings,
} from '../../settings/schema';
import { listSites, loadCustomSites, loadSite, saveSite } from '../../settings/store';
import { say, type MessageKey } from '../../core/words';

export const ROLE_LABEL: Record<Role, MessageKey> = { pm: 'rolePm', em: 'roleEm', engineer: 'roleEngineer', other: 'roleOther' };
const OWNER_LABEL: Record<RoutineOwner, MessageKey> = {
  pm: 'ownerPm',
  em: 'ownerEm',
  engineering: 'ownerEngineering',
  shared: 'ownerShared',
};

const SITE_WIDE = '*';
const emptyRoster = (): RosterSetting => ({ people: [] });

export function TeamSection() {
  const [hosts, setHosts] = useState<string[]>([]);
  const [host, setHost] = useState<string>('github.com');
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [project, setProject] = useState<string>(SITE_WIDE);
  const [extraProjects, setExtraProjects] = useState<string[]>([]);
  const [newProject, setNewProject] = useState('');
  const [newHost, setNewHost] = useState('');
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

  const projects = site
    ? [...new Set([SITE_WIDE, ...Object.keys(site.rosters), ...Object.keys(site.agreements), ...extraProjects])].sort()
    : [SITE_WIDE];
  const roster = site?.rosters[project] ?? emptyRoster();
  const agreement: AgreementSetting = site?.agreements[project] ?? { owners: {} };

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

  const saveRoster = (edit: (roster: RosterSetting) => RosterSetting) =>
    update((stored) => {
      const rosters = { ...stored.rosters };
      const next = edit(rosters[project] ?? emptyRoster());
      if (next.people.length || next.myRole) rosters[project] = next;
      else delete rosters[project];
      return { rosters };
    }, say('rosterSaved', scopeName(project), host));

  const saveAgreement = (routine: Routine, owner: RoutineOwner | '') =>
    update((stored) => {
      const owners = { ...(stored.agreements[project]?.owners ?? {}) };
      if (owner) owners[routine] = owner;
      else delete owners[routine];
      const agreements = { ...stored.agreements };
      if (Object.keys(owners).length) agreements[project] = { owners, updated: new Date().toISOString() };
      else delete agreements[project];
      return { agreements };
    }, say('agreementSaved', scopeName(project), host));

  const addProject = (event: Event) => {
    event.preventDefault();
    const name = newProject.trim();
    if (!name) return;
    setExtraProjects((list) => [...list, name]);
    setProject(name);
    setNewProject('');
  };

  const addHost = (event: Event) => {
    event.preventDefault();
    const name = newHost.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!name) return;
    setHosts((list) => [...new Set([...list, name])].sort());
    setHost(name);
    setProject(SITE_WIDE);
    setNewHost('');
  };

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{say('teamHeading')}</h2>
      <p class="muted">{say('teamIntro')}</p>
      <div class="row start wrap">
        <label>
          {say('teamSite')}{' '}
          <select
            value={host}
            onChange={(event) => {
              setHost((event.target as HTMLSelectElement).value);
              setProject(SITE_WIDE);
              setExtraProjects([]);
            }}
          >
            {[...new Set([...hosts, host])].map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <label>
          {say('teamProject')}{' '}
          <select value={project} onChange={(event) => setProject((event.target as HTMLSelectElement).value)}>
            {projects.map((p) => (
              <option key={p} value={p}>
                {scopeName(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row start wrap">
        <form onSubmit={addHost} class="row start">
          <label for="team-new-host">{say('teamOtherSite')}</label>
          <input id="team-new-host" type="text" placeholder="acme.atlassian.net" value={newHost} onInput={(e) => setNewHost((e.target as HTMLInputElement).value)} />
          <button type="submit" class="plain">
            {say('teamUseSite')}
          </button>
        </form>
        <form onSubmit={addProject} class="row start">
          <label for="team-new-project">{say('teamNewProject')}</label>
          <input
            id="team-new-project"
            type="text"
            placeholder={say('teamNewProjectPlaceholder')}
            value={newProject}
            onInput={(e) => setNewProject((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="plain">
            {say('teamAddProject')}
          </button>
        </form>
      </div>

      {site && (
        <div data-testid="team-editor" data-scope={`${host}|${project}`}>
          <h3 id="roster-heading">{say('rosterHeading', scopeName(project), host)}</h3>
          <label>
            {say('rosterMyRole')}{' '}
            <select
              value={roster.myRole ?? 'pm'}
              onChange={(event) => {
                const value = (event.target as HTMLSelectElement).value as Role;
                saveRoster((r) => {
                  const next = { ...r };
                  if (value === 'pm') delete next.myRole;
                  else next.myRole = value;
                  return next;
                });
              }}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {say(ROLE_LABEL[r])}
                </option>
              ))}
            </select>
          </label>
          <RosterTable roster={roster} onSave={saveRoster} />
          <AgreementTable agreement={agreement} project={project} onChange={saveAgreement} />
        </div>
      )}
      <p role="status" class="status">{status}</p>
    </section>
  );
}

export const scopeName = (project: string) => (project === SITE_WIDE ? say('teamWholeSite') : project);

function RosterTable(props: { roster: RosterSetting; onSave(edit: (roster: RosterSetting) => RosterSetting): void }) {
  const { roster } = props;
  const [draft, setDraft] = useState({ id: '', name: '', role: 'engineer' as Role, team: '' });
  // Removing a row takes its button away: focus goes to adding a person rather than to the page's top.
  const idInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  // People are found by id, not position: the stored roster may have changed since this render.
  const update = (id: string, patch: Partial<RosterSetting['people'][number]>) =>
    props.onSave((r) => ({
      ...r,
      people: r.people.map((p) => {
        if (p.id !== id) return p;
        const next = { ...p, ...patch };
        // Empty optional fields are left out rather than stored as "".
        if (!next.team) delete next.team;
        if (!next.name) delete next.name;
        return next;
      }),
    }));

  const add = (event: Event) => {
    event.preventDefault();
    const id = draft.id.trim();
    if (!id) return setError(say('rosterIdMissing'));
    if (roster.people.some((p) => p.id === id)) return setError(say('rosterIdDuplicate', id));
    setError(null);
    const person: RosterSetting['people'][number] = { id, role: draft.role };
    if (draft.name.trim()) person.name = draft.name.trim();
    if (draft.team.trim()) person.team = draft.team.trim();
    props.onSave((r) => ({ ...r, people: [...r.people.filter((p) => p.id !== id), person] }));
    setDraft({ id: '', name: '', role: 'engineer', team: '' });
  };

  return (
    <>
      {roster.people.length === 0 ? (
        <p class="muted">{say('rosterEmpty')}</p>
      ) : (
        <table class="grid" data-testid="roster">
          <caption class="sr-only">{say('rosterCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('rosterId')}</th>
              <th scope="col">{say('rosterName')}</th>
              <th scope="col">{say('rosterRole')}</th>
              <th scope="col">{say('rosterTeam')}</th>
              <th scope="col">
                <span class="sr-only">{say('rosterActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roster.people.map((person) => (
              <tr key={person.id} data-person={person.id}>
                <th scope="row">{person.id}</th>
                <TextCell label={say('rosterNameOf', person.id)} value={person.name} onSave={(name) => update(person.id, { name })} />
                <td>
                  <select
                    aria-label={say('rosterRoleOf', person.id)}
                    value={person.role}
                    onChange={(e) => update(person.id, { role: (e.target as HTMLSelectElement).value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {say(ROLE_LABEL[r])}
                      </option>
                    ))}
                  </select>
                </td>
                <TextCell label={say('rosterTeamOf', person.id)} value={person.team} onSave={(team) => update(person.id, { team })} />
                <td>
                  <button
                    type="button"
                    class="plain"
                    aria-label={say('rosterRemoveLabel', person.id)}
                    onClick={() => {
                      props.onSave((r) => ({ ...r, people: r.people.filter((p) => p.id !== person.id) }));
                      idInput.current?.focus();
                    }}
                  >
                    {say('rosterRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-person" onSubmit={add} noValidate>
        <fieldset>
          <legend>{say('rosterAddHeading')}</legend>
          <div class="row start wrap">
            <label>
              {say('rosterId')}{' '}
              <input
                ref={idInput}
                type="text"
                value={draft.id}
                placeholder={say('rosterIdPlaceholder')}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? 'roster-add-error' : 'roster-id-help'}
                onInput={(e) => setDraft({ ...draft, id: (e.target as HTMLInputElement).value })}
              />
            </label>
            <label>
              {say('rosterName')}{' '}
              <input type="text" value={draft.name} onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })} />
            </label>
            <label>
              {say('rosterRole')}{' '}
              <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: (e.target as HTMLSelectElement).value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {say(ROLE_LABEL[r])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {say('rosterTeam')}{' '}
              <input type="text" value={draft.team} onInput={(e) => setDraft({ ...draft, team: (e.target as HTMLInputElement).value })} />
            </label>
            <button type="submit" class="plain">
              {say('rosterAdd')}
            </button>
          </div>
          <p id="roster-id-help" class="muted small">
            {say('rosterIdHelp')}
          </p>
          {error && (
            <p id="roster-add-error" class="notice" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      </form>
    </>
  );
}

function AgreementTable(props: { agreement: AgreementSetting; project: string; onChange(routine: Routine, owner: RoutineOwner | ''): void }) {
  const { agreement } = props;
  // Folded until an agreement exists, so the team section's first view stays short; once one does it
  // opens by itself (agreements load after the first render), and a user's own toggle is kept.
  const agreed = ROUTINES.filter((r) => agreement.owners[r]).length;
  const anyAgreed = agreed > 0;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (anyAgreed) setOpen(true);
  }, [anyAgreed]);
  return (
    <>
      <h3 id="agreement-heading">{say('agreementHeading', scopeName(props.project))}</h3>
      <p class="muted">{say('agreementIntro')}</p>
      {agreement.updated && <p class="muted small">{say('agreementUpdated', new Date(agreement.updated).toLocaleDateString())}</p>}
      <details class="fold agreement" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{say('agreementFold', agreed, ROUTINES.length)}</summary>
        <table class="grid" data-testid="agreement">
          <caption class="sr-only">{say('agreementCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('agreementRoutine')}</th>
              <th scope="col">{say('agreementOwner')}</th>
            </tr>
          </thead>
          <tbody>
            {ROUTINES.map((routine) => (
              <tr key={routine} data-routine={routine}>
                <th scope="row" id={`routine-${routine}`}>
                  {say(ROUTINE_NAME[routine])}
                </th>
                <td>
                  <select
                    aria-labelledby={`routine-${routine}`}
                    value={agreement.owners[routine] ?? ''}
                    onChange={(e) => props.onChange(routine, (e.target as HTMLSelectElement).value as RoutineOwner | '')}
                  >
                    <option value="">{say('ownerNone')}</option>
                    {ROUTINE_OWNERS.map((o) => (
                      <option key={o} value={o}>
                        {say(OWNER_LABEL[o])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** A roster table cell holding one free-text field (name, team), saved trimmed when it changes. */
function TextCell(props: { label: string; value: string | undefined; onSave(value: string): void }) {
  return (
    <td>
      <input
        type="text"
        aria-label={props.label}
        value={props.value ?? ''}
        onChange={(e) => props.onSave((e.target as HTMLInputElement).value.trim())}
      />
    </td>
  );
}
