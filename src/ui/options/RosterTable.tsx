// The roster of one project: the people with their role and team, each editable in place, and a
// form to add one.
import { useRef, useState } from 'preact/hooks';
import type { Role } from '../../core/roster';
import { say, type MessageKey } from '../../core/words';
import { ROLES, type RosterSetting } from '../../settings/schema';
import { WordOptions } from '../shared/WordOptions';

type Person = RosterSetting['people'][number];
export type SaveRoster = (edit: (roster: RosterSetting) => RosterSetting) => void;

const ROLE_LABEL: Record<Role, MessageKey> = { pm: 'rolePm', em: 'roleEm', engineer: 'roleEngineer', other: 'roleOther' };

/** Every role as an <option>, in the roster's order. */
export const RoleOptions = () => <WordOptions values={ROLES} words={ROLE_LABEL} />;

export function RosterTable(props: { roster: RosterSetting; onSave: SaveRoster }) {
  const { roster } = props;
  // Removing a row takes its button away: focus goes to adding a person rather than to the page's top.
  const idInput = useRef<HTMLInputElement>(null);

  // People are found by id, not position: the stored roster may have changed since this render.
  const update = (id: string, patch: Partial<Person>) =>
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
  const remove = (id: string) => {
    props.onSave((r) => ({ ...r, people: r.people.filter((p) => p.id !== id) }));
    idInput.current?.focus();
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
              <PersonRow key={person.id} person={person} update={(patch) => update(person.id, patch)} remove={() => remove(person.id)} />
            ))}
          </tbody>
        </table>
      )}
      <AddPerson roster={roster} onSave={props.onSave} idInput={idInput} />
    </>
  );
}

function PersonRow({ person, update, remove }: { person: Person; update(patch: Partial<Person>): void; remove(): void }) {
  return (
    <tr data-person={person.id}>
      <th scope="row">{person.id}</th>
      <TextCell label={say('rosterNameOf', person.id)} value={person.name} onSave={(name) => update({ name })} />
      <td>
        <select aria-label={say('rosterRoleOf', person.id)} value={person.role} onChange={(e) => update({ role: (e.target as HTMLSelectElement).value as Role })}>
          <RoleOptions />
        </select>
      </td>
      <TextCell label={say('rosterTeamOf', person.id)} value={person.team} onSave={(team) => update({ team })} />
      <td>
        <button type="button" class="plain" aria-label={say('rosterRemoveLabel', person.id)} onClick={remove}>
          {say('rosterRemove')}
        </button>
      </td>
    </tr>
  );
}

/** A roster table cell holding one free-text field (name, team), saved trimmed when it changes. */
function TextCell(props: { label: string; value: string | undefined; onSave(value: string): void }) {
  return (
    <td>
      <input type="text" aria-label={props.label} value={props.value ?? ''} onChange={(e) => props.onSave((e.target as HTMLInputElement).value.trim())} />
    </td>
  );
}

const NO_DRAFT = { id: '', name: '', role: 'engineer' as Role, team: '' };

function AddPerson(props: { roster: RosterSetting; onSave: SaveRoster; idInput: { current: HTMLInputElement | null } }) {
  const [draft, setDraft] = useState(NO_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const typed = (field: 'id' | 'name' | 'team') => (e: Event) => setDraft({ ...draft, [field]: (e.target as HTMLInputElement).value });

  const add = (event: Event) => {
    event.preventDefault();
    const id = draft.id.trim();
    if (!id) return setError(say('rosterIdMissing'));
    if (props.roster.people.some((p) => p.id === id)) return setError(say('rosterIdDuplicate', id));
    setError(null);
    const person: Person = { id, role: draft.role };
    if (draft.name.trim()) person.name = draft.name.trim();
    if (draft.team.trim()) person.team = draft.team.trim();
    props.onSave((r) => ({ ...r, people: [...r.people.filter((p) => p.id !== id), person] }));
    setDraft(NO_DRAFT);
  };

  return (
    <form class="add-person" onSubmit={add} noValidate>
      <fieldset>
        <legend>{say('rosterAddHeading')}</legend>
        <div class="row start wrap">
          <label>
            {say('rosterId')}{' '}
            <input
              ref={props.idInput}
              type="text"
              value={draft.id}
              placeholder={say('rosterIdPlaceholder')}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'roster-add-error' : 'roster-id-help'}
              onInput={typed('id')}
            />
          </label>
          <label>
            {say('rosterName')} <input type="text" value={draft.name} onInput={typed('name')} />
          </label>
          <label>
            {say('rosterRole')}{' '}
            <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: (e.target as HTMLSelectElement).value as Role })}>
              <RoleOptions />
            </select>
          </label>
          <label>
            {say('rosterTeam')} <input type="text" value={draft.team} onInput={typed('team')} />
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
  );
}
