// The `--roster FILE` of `tandem analyze`: who is who, optionally the working agreement with the EM.
//   { "people": [{ "id": "pnair", "role": "pm", "team"?: "checkout", "name"?: "Priya" }],
//     "myRole"?: "pm" | "em" | "engineer" | "other",
//     "agreement"?: { "owners": { "triage": "em", … }, "updated"?: "2026-10-01" } }
import * as v from 'valibot';
import type { Roster, Routine, RoutineOwner, WorkingAgreement } from '../core/roster';

const ROLE = v.picklist(['pm', 'em', 'engineer', 'other']);
const ROUTINES = [
  'backlog-grooming', 'sprint-planning', 'stand-up', 'status-updates', 'documentation', 'estimation', 'triage',
  'release-notes', 'prioritisation',
] as const satisfies readonly Routine[];
const OWNER = v.picklist(['pm', 'em', 'engineering', 'shared'] as const satisfies readonly RoutineOwner[]);

const RosterFileSchema = v.object({
  people: v.array(
    v.object({
      id: v.pipe(v.string(), v.trim(), v.minLength(1, 'an empty id')),
      role: ROLE,
      team: v.optional(v.string()),
      name: v.optional(v.string()),
    }),
  ),
  myRole: v.optional(ROLE),
  agreement: v.optional(
    v.object({
      owners: v.record(v.picklist(ROUTINES), OWNER),
      updated: v.optional(v.string()),
    }),
  ),
});

export const ROSTER_SHAPE = '{"people": [{"id", "role": "pm"|"em"|"engineer"|"other", "team"?}], "myRole"?}';

export type RosterFile = { roster: Roster; agreement: WorkingAgreement | null } | { error: string };

/** Parsed JSON → roster and agreement, or a one-line reason naming where the file went wrong. */
export function parseRosterFile(json: unknown): RosterFile {
  const result = v.safeParse(RosterFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    const why = issue?.message ?? 'invalid';
    return { error: `not a roster: expected ${ROSTER_SHAPE} (${where ? `${where}: ` : ''}${why})` };
  }
  const { people, myRole, agreement } = result.output;
  const roster: Roster = {
    people: people.map((p) => {
      const person: Roster['people'][number] = { id: p.id, role: p.role };
      if (p.team) person.team = p.team;
      if (p.name) person.name = p.name;
      return person;
    }),
  };
  if (myRole) roster.myRole = myRole;
  let working: WorkingAgreement | null = null;
  if (agreement) {
    working = { owners: agreement.owners as WorkingAgreement['owners'] };
    if (agreement.updated) working.updated = agreement.updated;
  }
  return { roster, agreement: working };
}
