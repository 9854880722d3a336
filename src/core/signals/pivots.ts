// pivots: deliberate won't-do / not-planned closures that carry a reason (a comment within
// reasonWindowHours of the closure, or a comment recording a decision), and re-scoping: an open item
// renamed after its first hour, or taken out of its sprint, milestone or version, with a reason.
// Threshold basis: pivotReasonShare = 0.5 — most drops should say why; reasonWindowHours = 48 (people
// close first and explain after, or the reverse); minClosed = 3 closed items for a backlog verdict.
import type { Item, TrackerEvent } from '../model';
import type { Signal, SignalContext } from './types';
import {
  firstN,
  closedAt,
  commentFeatures,
  confidenceFor,
  countEvidence,
  hoursBetween,
  insufficient,
  isBot,
  isDeclined,
  isItemScope,
  itemEvidence,
  minFor,
  pct,
  ratio,
  result,
  plural,
} from './util';

export function hasReason(ctx: SignalContext, item: Item): boolean {
  const at = closedAt(item);
  return item.comments.some((c) => {
    if (!c.author || isBot(ctx, c.author) || !c.body.text.trim()) return false;
    const near = at !== null && Math.abs(hoursBetween(c.created, at)) <= ctx.thresholds.reasonWindowHours;
    return near || commentFeatures(ctx, c).decision;
  });
}

const RESCOPE_KINDS = new Set(['sprint', 'milestone', 'fix-version']);

/** Events that reshape an open item's scope: a rename after its first hour (not a typo fix right
 * after filing), or being taken out of a sprint, milestone or version. */
export function rescopeEvents(item: Item): TrackerEvent[] {
  if (item.state === 'done') return [];
  return item.events.filter((e) =>
    e.kind === 'title'
      ? hoursBetween(item.created, e.at) > 1
      : RESCOPE_KINDS.has(e.kind) && Boolean(e.from) && !e.to,
  );
}

function rescopeHasReason(ctx: SignalContext, item: Item, events: TrackerEvent[]): boolean {
  return item.comments.some((c) => {
    if (!c.author || isBot(ctx, c.author) || !c.body.text.trim()) return false;
    const near = events.some((e) => Math.abs(hoursBetween(c.created, e.at)) <= ctx.thresholds.reasonWindowHours);
    return near || commentFeatures(ctx, c).decision;
  });
}

export const pivots: Signal = {
  id: 'pivots',
  evaluate(ctx) {
    const id = 'pivots';
    const closed = ctx.data.items.filter((i) => i.state === 'done');
    const need = minFor(ctx, ctx.thresholds.minClosed);
    const rescoped = ctx.data.items.map((i) => ({ item: i, events: rescopeEvents(i) })).filter((r) => r.events.length > 0);
    if (closed.length < need && rescoped.length === 0) {
      return insufficient(id, closed.length, need, 'closed items', isItemScope(ctx) ? 'This item is still open.' : `Only ${plural(closed.length, 'closed item')}; ${need} are needed.`);
    }
    const declined = closed.filter(isDeclined);
    const reasoned = declined.filter((i) => hasReason(ctx, i));
    const reasonShare = ratio(reasoned.length, declined.length);
    const rescopedWithReason = rescoped.filter((r) => rescopeHasReason(ctx, r.item, r.events));
    const pivotsWithReason = reasoned.length + rescopedWithReason.length;
    const present = pivotsWithReason > 0 && ratio(pivotsWithReason, declined.length + rescoped.length) >= ctx.thresholds.pivotReasonShare;
    const evidence = [
      countEvidence(`Closed as won’t-do or not planned: ${declined.length} of ${closed.length}`, declined.length),
      countEvidence(`Of those, with a reason: ${reasoned.length}`, reasoned.length),
      ...firstN(declined).map((i) => itemEvidence(i, `closed as ${i.resolution === 'wont-do' ? 'won’t do' : 'not planned'}${hasReason(ctx, i) ? ', with a reason' : ', no reason given'}`, closedAt(i) ? { at: closedAt(i)! } : {})),
    ];
    if (rescoped.length > 0) {
      evidence.push(countEvidence(`Open items re-scoped: ${rescoped.length}, with a reason: ${rescopedWithReason.length}`, rescoped.length));
      evidence.push(...firstN(rescoped).map((r) => itemEvidence(r.item, `re-scoped (${r.events[0]!.kind === 'title' ? 'renamed' : `taken out of its ${r.events[0]!.kind.replace('-', ' ')}`})${rescopedWithReason.includes(r) ? ', with a reason' : ', no reason given'}`, { at: r.events[0]!.at })));
    }
    const closures =
      declined.length === 0
        ? `None of the ${closed.length} closed items was dropped as won’t-do or not planned.`
        : `${declined.length} of ${closed.length} closed items were dropped; ${reasoned.length} of them with a reason (${pct(reasonShare)}).`;
    const summary = rescoped.length > 0 ? `${closures} ${rescoped.length} open ${rescoped.length === 1 ? 'item was' : 'items were'} re-scoped, ${rescopedWithReason.length} with a reason.` : closures;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, closed.length + rescoped.length, need),
      figure: ratio(reasoned.length, closed.length),
    });
  },
};
