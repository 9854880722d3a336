// clear-decisions: of the items with a discussion (at least discussionMinComments comments), the share
// where a decision is recorded with its reason (classifier `decision`, in a comment or the description).
// Threshold basis: decisionShare = 0.3 — three in ten discussions ending in "decided … because …";
// discussionMinComments = 3 (question, answer, follow-up); minDiscussions = 3.
import type { Evidence, Signal } from './types';
import { say, sayCount } from '../words';
import { commentEvidence, commentFeatures, confidenceFor, countEvidence, insufficient, isItemScope, itemEvidence, minFor, pct, ratio, result } from './util';

export const clearDecisions: Signal = {
  id: 'clear-decisions',
  evaluate(ctx) {
    const id = 'clear-decisions';
    const discussed = ctx.data.items.filter((i) => i.comments.length >= ctx.thresholds.discussionMinComments);
    const need = isItemScope(ctx) ? 1 : minFor(ctx, ctx.thresholds.minDiscussions);
    if (discussed.length < need) {
      return insufficient(id, discussed.length, need, say('sigClearDecisionsOf'), isItemScope(ctx) ? say('sigClearDecisionsItemNone', ctx.thresholds.discussionMinComments) : sayCount(discussed.length, 'sigClearDecisionsTooFewOne', 'sigClearDecisionsTooFewOther', need));
    }
    const evidence: Evidence[] = [];
    let decided = 0;
    for (const item of discussed) {
      const comment = item.comments.find((c) => commentFeatures(ctx, c).decision);
      if (comment) {
        decided++;
        evidence.push(commentEvidence(item, comment, say('sigClearDecisionsInComment')));
      } else if (ctx.textOf(item).decision) {
        decided++;
        evidence.push(itemEvidence(item, say('sigClearDecisionsInDescription')));
      } else {
        evidence.push(itemEvidence(item, say('sigClearDecisionsUndecided', item.comments.length)));
      }
    }
    const share = ratio(decided, discussed.length);
    const present = share >= ctx.thresholds.decisionShare;
    evidence.unshift(countEvidence(say('sigClearDecisionsCount', decided, discussed.length), decided));
    return result(id, present ? 'present' : 'absent', say('sigClearDecisionsSummary', decided, discussed.length, pct(share)), evidence, {
      confidence: confidenceFor(ctx, discussed.length, need),
      figure: share,
    });
  },
};
