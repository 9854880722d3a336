// impact-priority: of the items that were prioritised (a rank or priority change, or a high priority),
// the share whose text states impact (classifier `valueStatement`: who, how much, which metric).
// Precision first: an item states no impact only when the model is sure; unsure ones are left out.
import { defineSignal, share } from '../define';
import type { Item } from '../../model';
import type { SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { judge } from '../../text';
import { isBot, memoizeReading } from '../../context';
import { ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, minItemsFor, result } from '../verdicts';
import { pct } from '../wording';

const HIGH_PRIORITY = /highest|high|critical|blocker|urgent|major|\bp[01]\b/i;

export function isPrioritised(ctx: SignalContext, item: Item): boolean {
  if (item.events.some((e) => (e.kind === 'rank' || e.kind === 'priority') && !isBot(ctx, e.actor))) return true;
  return !!item.priority && HIGH_PRIORITY.test(item.priority);
}

export const impactPriority = defineSignal({
  id: 'impact-priority',
  kind: 'healthy',
  thresholds: {
    impactShare: share(0.5, 'a priority without stated impact cannot be checked; at least half should say who benefits'),
  },
  evaluate(ctx, signal): SignalResult {
    // The data and the texts alone decide which items count: worked out once per model and reader.
    const items = memoizeReading(ctx, 'impactPriorityItems', () => ctx.data.items.filter((i) => isPrioritised(ctx, i) && judge(ctx.textOf(i), 'valueStatement', 'no') !== 'unsure'));
    const need = minItemsFor(ctx);
    if (items.length < need) {
      return insufficient(signal, items.length, need, say('sigImpactPriorityOf'), ctx.data.scope === 'item' ? say('sigImpactPriorityItemNone') : sayCount(items.length, 'sigImpactPriorityTooFewOne', 'sigImpactPriorityTooFewOther', need));
    }
    const withImpact = items.filter((i) => ctx.textOf(i).valueStatement);
    const share = ratio(withImpact.length, items.length);
    const present = share >= ctx.thresholds.impactShare;
    const evidence = [
      countEvidence(say('sigImpactPriorityCount', withImpact.length, items.length), withImpact.length),
      ...firstN(items.filter((i) => !ctx.textOf(i).valueStatement)).map((i) => itemEvidence(i, say('sigImpactPriorityNoImpact'))),
      ...firstN(withImpact).map((i) => itemEvidence(i, say('sigImpactPriorityStates'))),
    ];
    const summary = say('sigImpactPrioritySummary', withImpact.length, items.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, items.length, need), figure: share });
  },
});
