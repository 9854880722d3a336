// Who is who on this page: each person with their role and where it came from. A guess is shown as
// one ("probably engineer, inferred: authored merged pull requests") until the user confirms or
// changes it here; that saves to the roster and re-evaluates at once.
import type { AnalysisPerson } from '../../core/engine';
import type { Role } from '../../core/roster';
import { say, type MessageKey } from '../../core/words';
import { roleLine } from './report';
import { withMyRole, withRole, withTeam } from './roster-edit';
import type { RosterEditor } from './Signals';

const ROLES: { role: Role; words: MessageKey }[] = [
  { role: 'pm', words: 'rolePm' },
  { role: 'em', words: 'roleEm' },
  { role: 'engineer', words: 'roleEngineer' },
  { role: 'other', words: 'roleOther' },
];

const display = (p: AnalysisPerson) => (p.name && p.name !== p.id ? `${p.name} (${p.id})` : p.id);

/** How sure we are that this entry is one human: other ids seen for them, a merge by name (a guess). */
export function identityNotes(person: AnalysisPerson): string[] {
  const notes: string[] = [];
  if (person.aliases?.length) notes.push(say('personAlsoKnownAs', person.aliases.join(', ')));
  if (person.matchedByName) notes.push(say('personMatchedByName'));
  if (person.nameOnly) notes.push(say('personNameOnly'));
  return notes;
}

export function People({ people, editor }: { people: AnalysisPerson[]; editor: RosterEditor }) {
  if (people.length === 0) return <p class="meta pad">{say('peopleNone')}</p>;
  return (
    <>
      <p class="meta pad">{say('peopleIntro', editor.where)}</p>
      <ul class="people">
        {people.map((p) => (
          <Person key={p.id} person={p} editor={editor} />
        ))}
      </ul>
    </>
  );
}

function Person({ person, editor }: { person: AnalysisPerson; editor: RosterEditor }) {
  const name = display(person);
  // Only roles the user gave are shown as chosen; a guess leaves the choice open.
  const chosen = person.source === 'roster' || person.source === 'me' ? person.role : '';
  const setRole = (value: string) => {
    if (person.source === 'me' && value) editor.edit((r) => withMyRole(r, value as Role));
    else editor.edit((r) => withRole(r, person.id, value ? (value as Role) : null, person.name));
  };
  const setTeam = (value: string) => {
    if (value.trim() === (person.team ?? '')) return;
    editor.edit((r) => withTeam(r, person.id, value, person.source === 'unknown' ? 'other' : person.role, person.name));
  };
  return (
    <li class="person" data-person={person.id} data-source={person.source}>
      <div class="person-text">
        <span class="person-name">{name}</span>
        <span class={`person-role source-${person.source}`}>{roleLine(person, say)}</span>
        {identityNotes(person).map((note) => (
          <span key={note} class="person-identity">
            {note}
          </span>
        ))}
      </div>
      <div class="person-edit">
        <select aria-label={say('roleSelect', name)} value={chosen} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
          {person.source !== 'me' && <option value="">{say('roleNotSet')}</option>}
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {say(r.words)}
            </option>
          ))}
        </select>
        <input
          type="text"
          class="team"
          maxLength={80}
          aria-label={say('teamInput', name)}
          placeholder={say('teamPlaceholder')}
          value={person.team ?? ''}
          onChange={(e) => setTeam((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </li>
  );
}
