// pivots: deliberate won't-do / not-planned closures that carry a reason (a comment within
// reasonWindowHours of the closure, or a comment recording a decision).
// Threshold basis: pivotReasonShare = 0.5 — most drops should say why; reasonWindowHours = 48 (people
// close first and explain after, or the reverse); minClosed = 3 closed items for a backlog verdict.
import type { Item } from '../model';
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

export const pivots: Signal = {
  id: 'pivots',
  evaluate(ctx) {
    const id = 'pivots';
    const closed = ctx.data.items.filter((i) => i.state === 'done');
    const need = minFor(ctx, ctx.thresholds.minClosed);
    if (closed.length < need) {
      return insufficient(id, closed.length, need, 'closed items', isItemScope(ctx) ? 'This item is still open.' : `Only ${plural(closed.length, 'closed item')}; ${need} are needed.`);
    }
    const declined = closed.filter(isDeclined);
    const reasoned = declined.filter((i) => hasReason(ctx, i));
    const reasonShare = ratio(reasoned.length, declined.length);
    const present = reasoned.length > 0 && reasonShare >= ctx.thresholds.pivotReasonShare;
    const evidence = [
      countEvidence(`Closed as won’t-do or not planned: ${declined.length} of ${closed.length}`, declined.length),
      countEvidence(`Of those, with a reason: ${reasoned.length}`, reasoned.length),
      ...firstN(declined).map((i) => itemEvidence(i, `closed as ${i.resolution === 'wont-do' ? 'won’t do' : 'not planned'}${hasReason(ctx, i) ? ', with a reason' : ', no reason given'}`, closedAt(i) ? { at: closedAt(i)! } : {})),
    ];
    const summary =
      declined.length === 0
        ? `None of the ${closed.length} closed items was dropped as won’t-do or not planned.`
        : `${declined.length} of ${closed.length} closed items were dropped; ${reasoned.length} of them with a reason (${pct(reasonShare)}).`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, closed.length, need),
      figure: ratio(reasoned.length, closed.length),
    });
  },
};
