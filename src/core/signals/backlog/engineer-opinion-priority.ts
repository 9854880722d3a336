// engineer-opinion-priority: priority and rank changes made within requestWindowHours after an engineer
// commented on the item, on items whose text states no impact (classifier `valueStatement` on the item
// and on comments before the change).
import { defineSignal, count, limit, share } from '../define';
import type { Comment, Item } from '../../model';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { isBot } from '../../context';
import { time } from '../../dates';
import { datedComments } from '../../items';
import { firstAfter, ratio } from '../../numbers';
import { countEvidence, EVIDENCE_CAP, eventEvidence } from '../evidence';
import { nameOf } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_ENGINEERS } from '../verdicts';
import { pct } from '../wording';

interface Discussion {
  /** The first engineer's comment in the `windowMs` before `at`, if any. */
  requestBefore(at: number, windowMs: number): Comment | undefined;
  /** When a comment first argued impact (Infinity when none did). */
  impactArguedBy(): number;
}

/**
 * An item's discussion, read once for all its priority changes: looking through every comment again
 * for each change was quadratic on an item with a long history.
 */
function discussionOf(ctx: SignalContext, item: Item): Discussion {
  const dated = datedComments(item.comments, ctx);
  const requests: Comment[] = [];
  const requestTimes: number[] = [];
  for (let i = 0; i < dated.list.length; i++) {
    const c = dated.list[i]!;
    if (ctx.roleOf(c.author) === 'engineer') {
      requests.push(c);
      requestTimes.push(dated.times[i]!);
    }
  }
  let impactAt: number | undefined;
  return {
    requestBefore(at, windowMs) {
      const first = firstAfter(requestTimes, at - windowMs, true);
      return first < requests.length && requestTimes[first]! <= at ? requests[first] : undefined;
    },
    impactArguedBy() {
      // The comments in time order until the first that argues impact: classified only as far as needed.
      if (impactAt === undefined) {
        const first = dated.list.findIndex((c) => commentFeatures(ctx, c).valueStatement);
        impactAt = first >= 0 ? dated.times[first]! : Infinity;
      }
      return impactAt;
    },
  };
}

export const engineerOpinionPriority = defineSignal({
  id: 'engineer-opinion-priority',
  kind: 'warning',
  thresholds: {
    requestWindowHours: limit(72, 'hours', 1, 24 * 60, 'a request made before a weekend'),
    engineerDrivenShare: share(0.5, 'half of the priority changes following an engineer with no word on impact'),
    minPriorityChanges: count(3, 'three at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    if (ctx.roles.engineers.length === 0) return needsSetup(signal, ...SETUP_ENGINEERS, say('sigCommonEngineersUnknown'));
    const windowMs = ctx.thresholds.requestWindowHours * 3_600_000;
    const changes = ctx.data.items.flatMap((item) =>
      item.events.filter((e) => (e.kind === 'priority' || e.kind === 'rank') && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ item, ev })),
    );
    const need = minFor(ctx, ctx.thresholds.minPriorityChanges);
    if (changes.length < need) {
      return insufficient(signal, changes.length, need, say('sigEngineerOpinionPriorityOf'), sayCount(changes.length, 'sigEngineerOpinionPriorityTooFewOne', 'sigEngineerOpinionPriorityTooFewOther', need));
    }
    const evidence: Evidence[] = [];
    let driven = 0;
    const discussions = new Map<Item, Discussion>();
    for (const { item, ev } of changes) {
      const at = time(ev.at);
      let discussion = discussions.get(item);
      if (!discussion) discussions.set(item, (discussion = discussionOf(ctx, item)));
      const request = discussion.requestBefore(at, windowMs);
      if (!request) continue;
      // Impact may also be argued in the discussion before the change.
      const impact = ctx.textOf(item).valueStatement || discussion.impactArguedBy() <= at;
      if (impact) continue;
      driven++;
      if (evidence.length < EVIDENCE_CAP) evidence.push(eventEvidence(item, ev, say(ev.kind === 'rank' ? 'sigEngineerOpinionPriorityRankChanged' : 'sigEngineerOpinionPriorityPriorityChanged', nameOf(ctx, ev.actor), nameOf(ctx, request.author))));
    }
    const share = ratio(driven, changes.length);
    const present = share >= ctx.thresholds.engineerDrivenShare;
    evidence.unshift(countEvidence(say('sigEngineerOpinionPriorityCount', driven, changes.length), driven));
    return result(signal, present ? 'present' : 'absent', say('sigEngineerOpinionPrioritySummary', driven, changes.length, pct(share)), evidence, {
      confidence: confidenceFor(ctx, changes.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
