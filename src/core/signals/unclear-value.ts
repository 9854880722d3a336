// unclear-value: stories, tasks and epics whose description states no value (classifier
// `valueStatement`: why, for whom, outcome or metric). Bugs and sub-tasks are left out: their value
// is the fault fixed or the parent's.
// Threshold basis: valueStatementShare = 0.5 — Quality User Story framework / INVEST "Valuable": at
// least half the items should say why; minItems = 5.
import type { Signal } from './types';
import { firstN, confidenceFor, countEvidence, insufficient, isItemScope, isValueBearing, itemEvidence, minItemsFor, pct, ratio, result, plural } from './util';

export const unclearValue: Signal = {
  id: 'unclear-value',
  evaluate(ctx) {
    const id = 'unclear-value';
    const items = ctx.data.items.filter(isValueBearing);
    const need = minItemsFor(ctx);
    if (items.length < need) {
      return insufficient(id, items.length, need, 'stories, tasks or epics', isItemScope(ctx) ? 'Bugs and sub-tasks are not asked to state their value.' : `Only ${plural(items.length, 'story, task or epic', 'stories, tasks or epics')}; ${need} are needed.`);
    }
    const missing = items.filter((i) => !ctx.textOf(i).valueStatement);
    const stated = items.length - missing.length;
    const share = ratio(stated, items.length);
    const present = share < ctx.thresholds.valueStatementShare;
    const evidence = [
      countEvidence(`Items that state their value: ${stated} of ${items.length}`, stated),
      ...firstN(missing).map((i) => itemEvidence(i, i.description?.text.trim() ? 'no why, user, outcome or metric in the description' : 'no description')),
    ];
    return result(id, present ? 'present' : 'absent', `${stated} of ${items.length} items say why, for whom or with what outcome (${pct(share)}).`, evidence, {
      confidence: confidenceFor(ctx, items.length, need),
      figure: 1 - share,
    });
  },
};
