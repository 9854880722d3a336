// Jira sprints, read the same way wherever Jira states them: an agile sprint answer
// (`GET /rest/agile/1.0/sprint/{id}`), a board's page of sprints (`GET /rest/agile/1.0/board/{id}/sprint`),
// and the sprint field of an issue (Cloud: a list of the same objects with `boardId`; Data Center
// before 8: strings like "com.atlassian.greenhopper.service.sprint.Sprint@1a[id=1,rapidViewId=1,
// state=ACTIVE,name=Sprint 1,startDate=2016-…,endDate=…,completeDate=<null>,…]").
import type { Sprint } from '../../core/model';
import { arr, isObject, obj, str } from '../convert-common';

const STATES = new Set(['active', 'closed', 'future']);

function stateOf(value: unknown): Sprint['state'] {
  const s = (str(value) ?? '').toLowerCase();
  return STATES.has(s) ? (s as Sprint['state']) : 'other';
}

/** A date Jira wrote, as ISO 8601; null for none ("<null>", empty) or one that does not parse. */
function dateOf(value: unknown): string | null {
  const s = str(value);
  if (!s || s === '<null>') return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

const idOf = (value: unknown): string | null => (typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value));

/** One key=value of a Data Center sprint string; values end at the next ",key=" or the closing "]". */
function legacyField(text: string, key: string): string | null {
  const start = text.indexOf(`${key}=`, 0);
  if (start < 0 || (start > 0 && text[start - 1] !== '[' && text[start - 1] !== ',')) return null;
  const from = start + key.length + 1;
  let end = text.indexOf(',', from);
  // A name may hold commas: it runs to the next ",word=" instead.
  while (end >= 0 && !/^,[a-zA-Z]+=/.test(text.slice(end, end + 40))) end = text.indexOf(',', end + 1);
  if (end < 0) end = text.lastIndexOf(']');
  return end > from ? text.slice(from, end) : end === from ? '' : null;
}

/** A sprint object or Data Center sprint string → Sprint; null when it names no sprint. */
export function sprintOf(value: unknown): Sprint | null {
  const o = obj(value);
  if (o) {
    const name = str(o.name);
    if (!name) return null;
    return {
      id: idOf(o.id),
      name,
      state: stateOf(o.state),
      start: dateOf(o.startDate),
      end: dateOf(o.endDate),
      completed: dateOf(o.completeDate),
      goal: str(o.goal) || null,
      board: idOf(o.originBoardId) ?? idOf(o.boardId),
    };
  }
  if (typeof value !== 'string' || !value.includes('[')) return null;
  // Bounded: a sprint string is short; a hostile one is cut before it is scanned.
  const text = value.slice(0, 2000);
  const name = legacyField(text, 'name');
  if (!name) return null;
  return {
    id: legacyField(text, 'id'),
    name,
    state: stateOf(legacyField(text, 'state')),
    start: dateOf(legacyField(text, 'startDate')),
    end: dateOf(legacyField(text, 'endDate')),
    completed: dateOf(legacyField(text, 'completeDate')),
    goal: legacyField(text, 'goal') || null,
    board: legacyField(text, 'rapidViewId'),
  };
}

/** Whether a JSON object is an agile sprint answer (not an issue or a page of something else). */
export function isSprintAnswer(o: Record<string, unknown>): boolean {
  return typeof o.name === 'string' && typeof o.state === 'string' && ('startDate' in o || 'originBoardId' in o || /\/agile\/[^/]+\/sprint\//.test(str(o.self) ?? ''));
}

/** The sprints of an agile answer: one sprint, or a board's page of them (`values`); null for anything else. */
export function sprintsOfAnswer(json: unknown): Sprint[] | null {
  const o = obj(json);
  if (!o) return null;
  if (Array.isArray(o.values)) {
    const values = arr(o.values);
    if (!values.every((v) => isObject(v) && isSprintAnswer(v))) return null;
    return values.map(sprintOf).filter((s): s is Sprint => s !== null);
  }
  if (!isSprintAnswer(o)) return null;
  const one = sprintOf(o);
  return one ? [one] : null;
}

/** Sprints from several sources, one per sprint (by id; by name where one side has no id); what one
 * record lacks the other fills, and a later source's state is newer. */
export function mergeSprints(...lists: Sprint[][]): Sprint[] {
  const out: Sprint[] = [];
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const list of lists) {
    for (const s of list) {
      let at = s.id !== null ? byId.get(s.id) : undefined;
      if (at === undefined) {
        const named = byName.get(s.name);
        // Two sprints of one name on two boards stay two when both say their ids.
        if (named !== undefined && (s.id === null || out[named]!.id === null)) at = named;
      }
      if (at === undefined) {
        out.push(s);
        at = out.length - 1;
      } else {
        const known = out[at]!;
        out[at] = {
          id: known.id ?? s.id,
          name: known.name,
          state: s.state !== 'other' ? s.state : known.state,
          start: known.start ?? s.start,
          end: known.end ?? s.end,
          completed: s.completed ?? known.completed,
          goal: known.goal ?? s.goal,
          board: known.board ?? s.board,
        };
      }
      const merged = out[at]!;
      if (merged.id !== null) byId.set(merged.id, at);
      if (!byName.has(merged.name)) byName.set(merged.name, at);
    }
  }
  return out;
}
