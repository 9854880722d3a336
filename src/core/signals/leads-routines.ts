// leads-routines: the PM's share of routine actions (transitions, sprint/milestone/version changes,
// rank/priority, assignments, estimates, labels, item creation).
// Threshold basis: thresholds.routineShare = 0.5, the CHAOSS "contributor absence factor" — one
// person accounting for half or more of a kind of contribution is a risk; minRoutineActions = 10.
import type { Signal } from './types';
import { say, sayCount } from '../words';
import {
  confidenceFor,
  countEvidence,
  firstN,
  insufficient,
  minFor,
  needsSetup,
  pct,
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
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), say('sigCommonPmUnknown'));
    const actions = routineActions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (actions.length < need) {
      return insufficient(id, actions.length, need, say('sigLeadsRoutinesOf'), sayCount(actions.length, 'sigLeadsRoutinesTooFewOne', 'sigLeadsRoutinesTooFewOther', need));
    }
    const mine = actions.filter((a) => pms.has(a.actor));
    const share = ratio(mine.length, actions.length);
    const you = youLabel(ctx);
    const evidence = [countEvidence(say('sigLeadsRoutinesMade', you, mine.length, actions.length, pct(share)), mine.length)];
    for (const kind of ROUTINE_KINDS) {
      const all = actions.filter((a) => a.kind === kind);
      if (all.length === 0) continue;
      const yours = all.filter((a) => pms.has(a.actor)).length;
      evidence.push(countEvidence(say('sigLeadsRoutinesKindLine', say(ROUTINE_LABEL[kind]), yours, all.length, youObject(ctx), pct(ratio(yours, all.length))), yours));
    }
    // Most recent of the PM's own actions, so the panel links to what was counted.
    const recent = [...mine].sort((a, b) => (a.at < b.at ? 1 : -1));
    for (const a of firstN(recent)) evidence.push(routineEvidence(a, ctx));
    const present = share >= ctx.thresholds.routineShare;
    const summary = present
      ? say('sigLeadsRoutinesSummaryPresent', you, mine.length, actions.length, pct(share), youObject(ctx))
      : say('sigLeadsRoutinesSummary', you, mine.length, actions.length, pct(share));
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, actions.length, need),
      figure: share,
    });
  },
};
