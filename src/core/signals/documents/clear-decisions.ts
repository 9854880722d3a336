// clear-decisions: of the items with a discussion (at least discussionMinComments comments), the share
// where a decision is recorded with its reason (classifier `decision`, in a comment or the description).
// Precision first: a discussion counts as undecided only when the model is sure that neither its
// description nor any comment records a decision; one it is unsure about is left out of the share.
import { defineSignal, count, share } from '../define';
import type { Comment, Item } from '../../model';
import { memoizeReading } from '../../context';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { judge } from '../../text';
import { ratio } from '../../numbers';
import { commentEvidence, countEvidence, itemEvidence } from '../evidence';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, isItemScope, minFor, result } from '../verdicts';
import { pct } from '../wording';

export const clearDecisions = defineSignal({
  id: 'clear-decisions',
  kind: 'healthy',
  thresholds: {
    decisionShare: share(0.3, 'three in ten discussions ending in "decided … because …"'),
    discussionMinComments: count(3, 'question, answer, follow-up'),
    minDiscussions: count(3, 'three at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    const { discussed, judgedItems } = discussionsOf(ctx, ctx.thresholds.discussionMinComments);
    const need = isItemScope(ctx) ? 1 : minFor(ctx, ctx.thresholds.minDiscussions);
    if (discussed < need) {
      return insufficient(signal, discussed, need, say('sigClearDecisionsOf'), isItemScope(ctx) ? say('sigClearDecisionsItemNone', ctx.thresholds.discussionMinComments) : sayCount(discussed, 'sigClearDecisionsTooFewOne', 'sigClearDecisionsTooFewOther', need));
    }
    const evidence: Evidence[] = [];
    let decided = 0;
    let judged = 0;
    for (const { item, comment, inDescription } of judgedItems) {
      judged++;
      if (comment) {
        decided++;
        evidence.push(commentEvidence(item, comment, say('sigClearDecisionsInComment')));
      } else if (inDescription) {
        decided++;
        evidence.push(itemEvidence(item, say('sigClearDecisionsInDescription')));
      } else {
        evidence.push(itemEvidence(item, say('sigClearDecisionsUndecided', item.comments.length)));
      }
    }
    if (judged < need) {
      return insufficient(signal, judged, need, say('sigClearDecisionsOf'), isItemScope(ctx) ? say('sigClearDecisionsItemNone', ctx.thresholds.discussionMinComments) : sayCount(judged, 'sigClearDecisionsTooFewOne', 'sigClearDecisionsTooFewOther', need));
    }
    const share = ratio(decided, judged);
    const present = share >= ctx.thresholds.decisionShare;
    evidence.unshift(countEvidence(say('sigClearDecisionsCount', decided, judged), decided));
    return result(signal, present ? 'present' : 'absent', say('sigClearDecisionsSummary', decided, judged, pct(share)), evidence, {
      confidence: confidenceFor(ctx, judged, need),
      figure: share,
    });
  },
});

/** The discussions (items with at least `minComments` comments) and, of them, those judged: one that
 * records a decision, or surely none. The texts and the threshold alone decide them: kept per model,
 * reader and threshold, so another setting changed reads no item again. */
function discussionsOf(ctx: SignalContext, minComments: number): { discussed: number; judgedItems: readonly ({ item: Item } & Decision)[] } {
  return memoizeReading(ctx, `clearDecisions\u0000${minComments}`, () => {
    const discussed = ctx.data.items.filter((i) => i.comments.length >= minComments);
    const judgedItems: ({ item: Item } & Decision)[] = [];
    for (const item of discussed) {
      const d = decisionIn(ctx, item);
      if (d.comment || d.inDescription || d.undecided) judgedItems.push({ item, ...d });
    }
    return { discussed: discussed.length, judgedItems };
  });
}

/** Where an item records a decision, or that it surely records none. */
interface Decision {
  /** The first comment that records one. */
  comment: Comment | undefined;
  inDescription: boolean;
  /** None anywhere, and the model sure of each "no" (asked only when no comment records one). */
  undecided: boolean;
}

/** What an item's texts say about a decision: the texts alone decide it, so it is kept per model and reader. */
function decisionIn(ctx: SignalContext, item: Item): Decision {
  const known = memoizeReading(ctx, 'decisionIn', () => new Map<Item, Decision>());
  let d = known.get(item);
  if (!d) {
    const comment = item.comments.find((c) => commentFeatures(ctx, c).decision);
    const inDescription = ctx.textOf(item).decision;
    known.set(item, (d = { comment, inDescription, undecided: !comment && !inDescription && surelyUndecided(ctx, item) }));
  }
  return d;
}

/** No decision anywhere in the item, and the model sure of each "no". */
function surelyUndecided(ctx: SignalContext, item: Item): boolean {
  if (judge(ctx.textOf(item), 'decision', 'no') !== 'against') return false;
  return item.comments.every((c) => judge(commentFeatures(ctx, c), 'decision', 'no') === 'against');
}
