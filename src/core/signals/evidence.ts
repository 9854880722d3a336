// Evidence: what a signal shows for its verdict, each entry linking back to where it is, capped.
import type { Comment, Item, TrackerEvent } from '../model';
import { ROUTINE_BY, type RoutineAction } from '../routines';
import { say } from '../words';
import { nameOf } from './people';
import type { Evidence, SignalContext } from './types';


/** Longest evidence list a signal returns; counts in summaries and aggregates stay exact. */
export const EVIDENCE_CAP = 20;

/** The first entries of a list that can still make it into the evidence; saves building the rest. */
export function firstN<T>(list: T[], n = EVIDENCE_CAP): T[] {
  return list.length > n ? list.slice(0, n) : list;
}

export function capEvidence(list: Evidence[]): Evidence[] {
  return list.length > EVIDENCE_CAP ? list.slice(0, EVIDENCE_CAP) : list;
}

export function itemEvidence(item: Item, label: string, extra: Partial<Evidence> = {}): Evidence {
  return { label: say('sigCommonOnItem', item.key, label), url: item.url, itemKey: item.key, ...extra };
}

export function eventEvidence(item: Item, ev: TrackerEvent, label: string): Evidence {
  const e: Evidence = { label: say('sigCommonOnItem', item.key, label), url: ev.url ?? item.url, itemKey: item.key, at: ev.at };
  if (ev.actor) e.person = ev.actor;
  return e;
}

export function commentEvidence(item: Item, c: Comment, label: string): Evidence {
  const e: Evidence = { label: say('sigCommonOnItem', item.key, label), url: c.url ?? item.url, itemKey: item.key, at: c.created };
  if (c.author) e.person = c.author;
  return e;
}

export function countEvidence(label: string, count: number, person?: string): Evidence {
  return person ? { label, count, person } : { label, count };
}

export function routineEvidence(a: RoutineAction, ctx: SignalContext): Evidence {
  const label = say(ROUTINE_BY[a.kind], nameOf(ctx, a.actor));
  if (a.event) return eventEvidence(a.item, a.event, label);
  return itemEvidence(a.item, label, { person: a.actor, at: a.at });
}
