// unclear-value: stories, tasks and epics whose description states no value (classifier
// `valueStatement`: why, for whom, outcome or metric). Bugs and sub-tasks are left out: their value is
// the fault fixed or the parent's.
import { defineSignal, share } from '../define';
import type { SignalResult } from '../types';
import { isSure } from '../../text';
import { say, sayCount } from '../../words';
import { isValueBearing } from '../../items';
import { ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, isItemScope, minItemsFor, result } from '../verdicts';
import { pct } from '../wording';

export const unclearValue = defineSignal({
  id: 'unclear-value',
  kind: 'warning',
  thresholds: {
    valueStatementShare: share(0.5, 'Quality User Story framework / INVEST "Valuable": at least half the items should say why'),
  },
  evaluate(ctx, signal): SignalResult {
    const items = ctx.data.items.filter(isValueBearing);
    const need = minItemsFor(ctx);
    if (items.length < need) {
      return insufficient(signal, items.length, need, say('sigUnclearValueOf'), isItemScope(ctx) ? say('sigUnclearValueNotAsked') : sayCount(items.length, 'sigUnclearValueTooFewOne', 'sigUnclearValueTooFewOther', need));
    }
    // Precision first: an item lacks value only when the model is sure of it (a "no" right ≥ 0.8 of the
    // time on held-out real stories); the ones it is unsure about count as stated.
    const missing = items.filter((i) => {
      const f = ctx.textOf(i);
      return !f.valueStatement && isSure(f, 'valueStatement', true);
    });
    const stated = items.length - missing.length;
    const share = ratio(stated, items.length);
    const present = share < ctx.thresholds.valueStatementShare;
    const evidence = [
      countEvidence(say('sigUnclearValueStated', stated, items.length), stated),
      ...firstN(missing).map((i) => itemEvidence(i, say(i.description?.text.trim() ? 'sigUnclearValueNoWhy' : 'sigUnclearValueNoDescription'))),
    ];
    return result(signal, present ? 'present' : 'absent', say('sigUnclearValueSummary', stated, items.length, pct(share)), evidence, {
      confidence: confidenceFor(ctx, items.length, need),
      figure: 1 - share,
    });
  },
});
