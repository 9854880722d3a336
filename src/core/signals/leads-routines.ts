// leads-routines: the PM's share of routine actions (transitions, sprint/milestone/version changes,
// rank/priority, assignments, estimates, labels, item creation).
// Threshold basis: thresholds.routineShare = 0.5, the CHAOSS "contributor absence factor" — one
// person accounting for half or more of a kind of contribution is a risk; minRoutineActions = 10.
import type { Signal } from './types';
import {
  confidenceFor,
  countEvidence,
  firstN,
  insufficient,
  minFor,
  needsSetup,
  pct,
  plural,
  pmSet,
  ratio,
  result,
  ROUTINE_KINDS,
  ROUTINE_LABEL,
  routineActions,
  routineEvidence,
  setupPm,
  youLabel,
  youObject,
} from './util';

export const leadsRoutines: Signal = {
  id: 'leads-routines',
  evaluate(ctx) {
    const id = 'leads-routines';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    const actions = routineActions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (actions.length < need) {
      return insufficient(id, actions.length, need, 'routine actions', `Only ${plural(actions.length, 'routine action')} so far; ${need} are needed to tell who leads them.`);
    }
    const mine = actions.filter((a) => pms.has(a.actor));
    const share = ratio(mine.length, actions.length);
    const you = youLabel(ctx);
    const evidence = [countEvidence(`${you} made ${mine.length} of ${actions.length} routine actions (${pct(share)})`, mine.length)];
    for (const kind of ROUTINE_KINDS) {
      const all = actions.filter((a) => a.kind === kind);
      if (all.length === 0) continue;
      const yours = all.filter((a) => pms.has(a.actor)).length;
      evidence.push(countEvidence(`${ROUTINE_LABEL[kind]}: ${yours} of ${all.length} by ${youObject(ctx)} (${pct(ratio(yours, all.length))})`, yours));
    }
    // Most recent of the PM's own actions, so the panel links to what was counted.
    const recent = [...mine].sort((a, b) => (a.at < b.at ? 1 : -1));
    for (const a of firstN(recent)) evidence.push(routineEvidence(a, ctx));
    const present = share >= ctx.thresholds.routineShare;
    const summary = `${you} made ${mine.length} of ${actions.length} routine actions (${pct(share)})${present ? `: the team’s routines run through ${youObject(ctx)}.` : '.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, actions.length, need),
      figure: share,
    });
  },
};
