// pivots: deliberate won't-do / not-planned closures that carry a reason (a comment within
// reasonWindowHours of the closure, or a comment recording a decision), and re-scoping: an open item
// renamed after its first hour, or taken out of its sprint, milestone or version, with a reason.
import { defineSignal, limit, share } from '../define';
import type { Item, TrackerEvent } from '../../model';
import type { SignalResult, SignalContext } from '../types';
import { say, sayCount, type MessageKey } from '../../words';
import { isBot, memoizeModel, memoizeReading } from '../../context';
import { hoursBetween, time } from '../../dates';
import { closedAt, isDeclined } from '../../items';
import { firstAfter, ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, isItemScope, minFor, result } from '../verdicts';
import { pct } from '../wording';

export function hasReason(ctx: SignalContext, item: Item): boolean {
  const at = closedAt(item);
  return item.comments.some((c) => {
    if (!c.author || isBot(ctx, c.author) || !c.body.text.trim()) return false;
    const near = at !== null && Math.abs(hoursBetween(c.created, at)) <= ctx.thresholds.reasonWindowHours;
    return near || commentFeatures(ctx, c).decision;
  });
}

const RESCOPE_KINDS = new Set(['sprint', 'milestone', 'fix-version']);

/** How an item was re-scoped, by the kind of its first re-scoping event. */
const RESCOPE_HOW: Record<string, MessageKey> = {
  title: 'sigPivotsHowRenamed',
  sprint: 'sigPivotsHowSprint',
  milestone: 'sigPivotsHowMilestone',
  'fix-version': 'sigPivotsHowFixVersion',
};

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
  // Event times in order, so each comment finds its nearest event by binary search (asking every
  // event for every comment was quadratic on a long history).
  const times = events.map((e) => time(e.at)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const windowMs = ctx.thresholds.reasonWindowHours * 3_600_000;
  return item.comments.some((c) => {
    if (!c.author || isBot(ctx, c.author) || !c.body.text.trim()) return false;
    const at = time(c.created);
    const next = firstAfter(times, at - windowMs, true);
    const near = next < times.length && times[next]! <= at + windowMs;
    return near || commentFeatures(ctx, c).decision;
  });
}

function declineLabel(wontDo: boolean, reasoned: boolean): MessageKey {
  if (wontDo) return reasoned ? 'sigPivotsWontDoReason' : 'sigPivotsWontDoNoReason';
  return reasoned ? 'sigPivotsNotPlannedReason' : 'sigPivotsNotPlannedNoReason';
}

export const pivots = defineSignal({
  id: 'pivots',
  kind: 'healthy',
  thresholds: {
    pivotReasonShare: share(0.5, 'most drops should say why'),
    reasonWindowHours: limit(48, 'hours', 1, 24 * 30, 'people close first and explain after, or the reverse'),
  },
  evaluate(ctx, signal): SignalResult {
    // The data alone decides which items closed, were dropped or were re-scoped: worked out once per model.
    const { closed, declined, rescoped } = memoizeModel(ctx, 'pivots', () => {
      const done = ctx.data.items.filter((i) => i.state === 'done');
      return {
        closed: done,
        declined: done.filter(isDeclined),
        rescoped: ctx.data.items.map((i) => ({ item: i, events: rescopeEvents(i) })).filter((r) => r.events.length > 0),
      };
    });
    const need = minFor(ctx, ctx.thresholds.minClosed);
    if (closed.length < need && rescoped.length === 0) {
      return insufficient(signal, closed.length, need, say('sigPivotsOf'), isItemScope(ctx) ? say('sigPivotsItemOpen') : sayCount(closed.length, 'sigPivotsTooFewOne', 'sigPivotsTooFewOther', need));
    }
    // Which of them say why depends on the texts and on the reason window alone: kept per model, reader
    // and window, so another setting changed reads none of their comments again.
    const { reasoned, rescopedWithReason } = memoizeReading(ctx, `pivotsReasons\u0000${ctx.thresholds.reasonWindowHours}`, () => ({
      reasoned: declined.filter((i) => hasReason(ctx, i)),
      rescopedWithReason: rescoped.filter((r) => rescopeHasReason(ctx, r.item, r.events)),
    }));
    const reasonShare = ratio(reasoned.length, declined.length);
    const pivotsWithReason = reasoned.length + rescopedWithReason.length;
    const present = pivotsWithReason > 0 && ratio(pivotsWithReason, declined.length + rescoped.length) >= ctx.thresholds.pivotReasonShare;
    const evidence = [
      countEvidence(say('sigPivotsDeclined', declined.length, closed.length), declined.length),
      countEvidence(say('sigPivotsReasoned', reasoned.length), reasoned.length),
      ...firstN(declined).map((i) => itemEvidence(i, say(declineLabel(i.resolution === 'wont-do', hasReason(ctx, i))), closedAt(i) ? { at: closedAt(i)! } : {})),
    ];
    if (rescoped.length > 0) {
      evidence.push(countEvidence(say('sigPivotsRescoped', rescoped.length, rescopedWithReason.length), rescoped.length));
      evidence.push(...firstN(rescoped).map((r) => itemEvidence(r.item, say(rescopedWithReason.includes(r) ? 'sigPivotsRescopedReason' : 'sigPivotsRescopedNoReason', say(RESCOPE_HOW[r.events[0]!.kind]!)), { at: r.events[0]!.at })));
    }
    const closures =
      declined.length === 0
        ? say('sigPivotsNoneDropped', closed.length)
        : say('sigPivotsDropped', declined.length, closed.length, reasoned.length, pct(reasonShare));
    const summary = rescoped.length > 0 ? sayCount(rescoped.length, 'sigPivotsWithRescopedOne', 'sigPivotsWithRescopedOther', closures, rescopedWithReason.length) : closures;
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, closed.length + rescoped.length, need),
      figure: ratio(reasoned.length, closed.length),
    });
  },
});
