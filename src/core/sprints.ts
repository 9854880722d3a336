// What a Jira board's sprints say about its items: the team's own sprint length (the pace small
// scopes are measured against) and which open items were left behind in a sprint that has finished
// (they carry a sprint name but no date any more). Sprints come from agile answers or from the
// issues' sprint fields (TrackerData.sprints); without them nothing here changes a signal.
import type { Item, Sprint, TrackerData } from './model';
import { isOpen } from './items';
import { median } from './numbers';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sprints outside this range are not a team's cadence (a one-off, or dates typed by mistake). */
const MIN_SPRINT_DAYS = 3;
const MAX_SPRINT_DAYS = 42;

/** The team's usual sprint length in whole days: the median of its started sprints' planned lengths;
 * null when no sprint has both dates. */
export function sprintLengthDays(sprints: readonly Sprint[] | undefined): number | null {
  const lengths: number[] = [];
  for (const s of sprints ?? []) {
    if (s.state !== 'active' && s.state !== 'closed') continue;
    const days = (Date.parse(s.end ?? '') - Date.parse(s.start ?? '')) / DAY_MS;
    if (Number.isFinite(days) && days >= MIN_SPRINT_DAYS && days <= MAX_SPRINT_DAYS) lengths.push(days);
  }
  return lengths.length > 0 ? Math.round(median(lengths)) : null;
}

/** Names of sprints known to have finished, and of no sprint still running or planned under that name. */
export function finishedSprintNames(data: TrackerData): Set<string> {
  const closed = new Set<string>();
  const live = new Set<string>();
  for (const s of data.sprints ?? []) (s.state === 'closed' ? closed : s.state === 'active' || s.state === 'future' ? live : null)?.add(s.name);
  for (const name of live) closed.delete(name);
  return closed;
}

/** An open item whose only schedule is a sprint that has finished: it was not done then, and nothing
 * gives it a date now. */
export function leftInFinishedSprint(item: Item, finished: ReadonlySet<string>): boolean {
  return isOpen(item) && !!item.sprint && finished.has(item.sprint) && !item.due && !item.milestone && item.fixVersions.length === 0;
}

/** The sprint a view is about: the only one known, else the one running now. */
export function sprintInView(data: TrackerData): Sprint | null {
  const sprints = data.sprints ?? [];
  if (sprints.length === 1) return sprints[0]!;
  return sprints.find((s) => s.state === 'active') ?? null;
}

/** A bar set in days "of a two-week sprint": the team's own sprint length when its board says it,
 * unless the user set the bar themselves (a value other than the default). */
export function sprintBar(value: number, byDefault: number, sprintDays: number | null): number {
  return sprintDays !== null && value === byDefault ? sprintDays : value;
}
