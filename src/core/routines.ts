// Routine actions: the tracker work a team shares (transitions, planning, priorities, assignments,
// estimates, labels, creating items), who does them and how many. Read by the routine signals, the
// engine's statistics and the trends.
import type { EventKind, Item, TrackerEvent } from './model';
import type { MessageKey } from './words';
import { isBot, memoizeModel } from './context';
import { time } from './dates';
import { firstAfter } from './numbers';
import type { SignalContext } from './signals/types';

export type RoutineKind = 'status' | 'planning' | 'priority' | 'assignment' | 'estimate' | 'label' | 'creation';

export const ROUTINE_KINDS: readonly RoutineKind[] = [
  'status',
  'planning',
  'priority',
  'assignment',
  'estimate',
  'label',
  'creation',
];

/** What each kind of routine action is called, counted ("status changes: 3 of 5 by you"). */
export const ROUTINE_LABEL: Record<RoutineKind, MessageKey> = {
  status: 'routineKindStatus',
  planning: 'routineKindPlanning',
  priority: 'routineKindPriority',
  assignment: 'routineKindAssignment',
  estimate: 'routineKindEstimate',
  label: 'routineKindLabel',
  creation: 'routineKindCreation',
};

/** One routine action and who made it ("status change by Ann"). */
export const ROUTINE_BY: Record<RoutineKind, MessageKey> = {
  status: 'routineByStatus',
  planning: 'routineByPlanning',
  priority: 'routineByPriority',
  assignment: 'routineByAssignment',
  estimate: 'routineByEstimate',
  label: 'routineByLabel',
  creation: 'routineByCreation',
};

// A Map: an event's kind comes from the data, and a kind such as "constructor" must find nothing.
const ROUTINE_OF_EVENT: ReadonlyMap<EventKind, RoutineKind> = new Map<EventKind, RoutineKind>([
  ['status', 'status'],
  ['resolved', 'status'],
  ['reopened', 'status'],
  ['sprint', 'planning'],
  ['milestone', 'planning'],
  ['fix-version', 'planning'],
  ['rank', 'priority'],
  ['priority', 'priority'],
  ['assignment', 'assignment'],
  ['estimate', 'estimate'],
  ['label', 'label'],
  ['created', 'creation'],
]);

export interface RoutineAction {
  kind: RoutineKind;
  eventKind: EventKind;
  actor: string;
  at: string;
  item: Item;
  /** The event behind it; absent for creation taken from the item itself. */
  event?: TrackerEvent;
}

/**
 * Every routine action in the data, attributed to a person. Bots and unattributed automation are left
 * out (they are nobody's routine). A Jira resolution set in the same transition as a status change is
 * one action, not two; creation comes from the `created` event when there is one, else the item.
 */
export function routineActions(ctx: SignalContext): readonly RoutineAction[] {
  // The data alone decides them (bots are marked in the data, not the roster): worked out once per model.
  return memoizeModel(ctx, 'routineActions', () => {
    const out: RoutineAction[] = [];
    // A backlog has a few dozen actors and tens of thousands of events: whether each is a bot is
    // looked up once per actor.
    const bots = new Map<string, boolean>();
    const bot = (id: string): boolean => {
      let known = bots.get(id);
      if (known === undefined) bots.set(id, (known = isBot(ctx, id)));
      return known;
    };
    // Pull requests are work too: their labels, assignments and milestones are routine actions.
    const add = (item: Item): void => {
      let hasCreated = false;
      let transitions: StatusChanges | undefined;
      const events = item.events;
      for (let i = 0; i < events.length; i++) {
        const ev = events[i]!;
        const kind = ROUTINE_OF_EVENT.get(ev.kind);
        if (!kind) continue;
        if (ev.kind === 'created') hasCreated = true;
        if (!ev.actor || bot(ev.actor)) continue;
        if ((ev.kind === 'resolved' || ev.kind === 'reopened') && (transitions ??= statusChanges(item)).near(ev.actor, time(ev.at))) continue;
        out.push({ kind, eventKind: ev.kind, actor: ev.actor, at: ev.at, item, event: ev });
      }
      if (!hasCreated && item.creator && !bot(item.creator)) {
        out.push({ kind: 'creation', eventKind: 'created', actor: item.creator, at: item.created, item });
      }
    };
    for (const item of ctx.data.items) add(item);
    for (const item of ctx.pullRequests ?? []) add(item);
    return out;
  });
}

interface StatusChanges {
  /** Whether `actor` changed the status within a minute of `at`: the same transition. */
  near(actor: string, at: number): boolean;
}

/**
 * An item's status changes by person, in time order, so each resolution asks in log time whether it
 * was part of a status change (scanning every event for each one was quadratic on a long history).
 */
function statusChanges(item: Item): StatusChanges {
  const byActor = new Map<string, number[]>();
  for (const o of item.events) {
    if (o.kind !== 'status' || !o.actor) continue;
    const t = time(o.at);
    if (Number.isNaN(t)) continue;
    const list = byActor.get(o.actor);
    if (list) list.push(t);
    else byActor.set(o.actor, [t]);
  }
  for (const list of byActor.values()) list.sort((a, b) => a - b);
  return {
    near(actor, at) {
      const list = byActor.get(actor);
      if (!list || Number.isNaN(at)) return false;
      // The first change from a minute before `at`: near when it is not more than a minute after.
      const first = firstAfter(list, at - 60_000, true);
      return first < list.length && list[first]! <= at + 60_000;
    },
  };
}

/** One person's routine actions: how many, how many of each kind, and where they are in `routineActions`. */
export interface ActorRoutines {
  count: number;
  byKind: Map<RoutineKind, number>;
  /** Positions in `routineActions`, in its order. */
  at: number[];
}

/**
 * Routine actions counted per person (people in the order they first act) and per kind: the data
 * alone decides them, so they are kept per model, and a signal that weighs them by role asks each
 * person's role once instead of once per action.
 */
export function routineCounts(ctx: SignalContext): { byActor: ReadonlyMap<string, ActorRoutines>; byKind: ReadonlyMap<RoutineKind, number> } {
  return memoizeModel(ctx, 'routineCounts', () => {
    const byActor = new Map<string, ActorRoutines>();
    const byKind = new Map<RoutineKind, number>();
    const actions = routineActions(ctx);
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      let mine = byActor.get(a.actor);
      if (!mine) byActor.set(a.actor, (mine = { count: 0, byKind: new Map(), at: [] }));
      mine.count++;
      mine.byKind.set(a.kind, (mine.byKind.get(a.kind) ?? 0) + 1);
      mine.at.push(i);
      byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    }
    return { byActor, byKind };
  });
}

/** The actions of some people, in the order of `routineActions`. */
export function routineActionsOf(ctx: SignalContext, people: ReadonlySet<string>): RoutineAction[] {
  const actions = routineActions(ctx);
  const { byActor } = routineCounts(ctx);
  const at: number[] = [];
  for (const id of people) {
    const mine = byActor.get(id);
    if (mine) for (const i of mine.at) at.push(i);
  }
  // Several people's positions interleave: back into the actions' order.
  if (people.size > 1) at.sort((a, b) => a - b);
  return at.map((i) => actions[i]!);
}

/** Routine actions per person, and per kind per person. */
export function routineTallies(actions: readonly RoutineAction[]): {
  byPerson: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
} {
  // Keyed by person ids from the data: records without a prototype ("constructor" is a login).
  const byPerson: Record<string, number> = Object.create(null);
  const byKind: Record<string, Record<string, number>> = Object.create(null);
  const bump = (counts: Record<string, number>, id: string) => {
    counts[id] = (Object.prototype.hasOwnProperty.call(counts, id) ? (counts[id] as number) : 0) + 1;
  };
  for (const a of actions) {
    bump(byPerson, a.actor);
    if (!Object.prototype.hasOwnProperty.call(byKind, a.kind)) byKind[a.kind] = Object.create(null);
    bump(byKind[a.kind] as Record<string, number>, a.actor);
  }
  return { byPerson, byKind };
}
