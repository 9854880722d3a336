// Team roster and working agreement, per site and project ("*" = the whole site): which site and
// project are edited (TeamScope), the user's own role, the roster (RosterTable) and the agreement
// (AgreementTable). useTeamSettings keeps the state and saves.
import { useState } from 'preact/hooks';
import type { Role } from '../../core/roster';
import { say } from '../../core/words';
import { Field } from '../shared/Field';
import { AgreementTable } from './AgreementTable';
import { RoleOptions, RosterTable, type SaveRoster } from './RosterTable';
import { scopeName, useTeamSettings, type TeamSettings } from './useTeamSettings';

export function TeamSection() {
  const team = useTeamSettings();
  const { site, host, project, roster } = team;
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{say('teamHeading')}</h2>
      <p class="muted">{say('teamIntro')}</p>
      <TeamScope team={team} />
      {site && (
        <div data-testid="team-editor" data-scope={`${host}|${project}`}>
          <h3 id="roster-heading">{say('rosterHeading', scopeName(project), host)}</h3>
          <MyRole role={roster.myRole} onSave={team.saveRoster} />
          <RosterTable roster={roster} onSave={team.saveRoster} />
          <AgreementTable agreement={team.agreement} project={project} onChange={team.saveAgreement} />
        </div>
      )}
      <p role="status" class="status">
        {team.status}
      </p>
    </section>
  );
}

/** Which site and project are edited: chosen from those known, or typed. */
function TeamScope({ team }: { team: TeamSettings }) {
  const [newProject, setNewProject] = useState('');
  const [newHost, setNewHost] = useState('');
  const addHost = (event: Event) => {
    event.preventDefault();
    if (team.editOtherHost(newHost)) setNewHost('');
  };
  const addProject = (event: Event) => {
    event.preventDefault();
    const name = newProject.trim();
    if (!name) return;
    team.addProject(name);
    setNewProject('');
  };
  return (
    <>
      <div class="row start wrap">
        <label>
          {say('teamSite')}{' '}
          <select value={team.host} onChange={(event) => team.chooseHost((event.target as HTMLSelectElement).value)}>
            {team.hosts.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <label>
          {say('teamProject')}{' '}
          <select value={team.project} onChange={(event) => team.chooseProject((event.target as HTMLSelectElement).value)}>
            {team.projects.map((p) => (
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
          <Field id="team-new-project" label={say('teamNewProject')} placeholder={say('teamNewProjectPlaceholder')} value={newProject} onValue={setNewProject} />
          <button type="submit" class="plain">
            {say('teamAddProject')}
          </button>
        </form>
      </div>
    </>
  );
}

/** The signed-in user's own role in this project (PM unless said otherwise: stored only when not). */
function MyRole({ role, onSave }: { role: Role | undefined; onSave: SaveRoster }) {
  const choose = (value: Role) =>
    onSave((r) => {
      const next = { ...r };
      if (value === 'pm') delete next.myRole;
      else next.myRole = value;
      return next;
    });
  return (
    <label>
      {say('rosterMyRole')}{' '}
      <select value={role ?? 'pm'} onChange={(event) => choose((event.target as HTMLSelectElement).value as Role)}>
        <RoleOptions />
      </select>
    </label>
  );
}
