// leads-routines: the PM's share of routine actions (transitions, sprint/milestone/version changes,
// rank/priority, assignments, estimates, labels, item creation).
import { defineSignal } from '../define';
import { memoizeModel } from '../../context';
import type { SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { ROUTINE_KINDS, ROUTINE_LABEL, routineActions, routineActionsOf, routineCounts, type RoutineKind } from '../../routines';
import { countEvidence, firstN, routineEvidence } from '../evidence';
import { pmSet, youLabel, youObject } from '../people';
import { confidenceFor, insufficient, minFor, pmUnknown, result } from '../verdicts';
import { pct } from '../wording';

export const leadsRoutines = defineSignal({
  id: 'leads-routines',
  kind: 'warning',
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    const actions = routineActions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (actions.length < need) {
      return insufficient(signal, actions.length, need, say('sigLeadsRoutinesOf'), sayCount(actions.length, 'sigLeadsRoutinesTooFewOne', 'sigLeadsRoutinesTooFewOther', need));
    }
    const mine = routineActionsOf(ctx, pms);
    const share = ratio(mine.length, actions.length);
    const you = youLabel(ctx);
    const evidence = [countEvidence(say('sigLeadsRoutinesMade', you, mine.length, actions.length, pct(share)), mine.length)];
    // Each kind's count and the PM's, from the counts kept per model (not a pass over the actions).
    const { byActor, byKind: all } = routineCounts(ctx);
    const yoursByKind = new Map<RoutineKind, number>();
    for (const pm of pms) for (const [kind, n] of byActor.get(pm)?.byKind ?? []) yoursByKind.set(kind, (yoursByKind.get(kind) ?? 0) + n);
    for (const kind of ROUTINE_KINDS) {
      const total = all.get(kind) ?? 0;
      if (total === 0) continue;
      const yours = yoursByKind.get(kind) ?? 0;
      evidence.push(countEvidence(say('sigLeadsRoutinesKindLine', say(ROUTINE_LABEL[kind]), yours, total, youObject(ctx), pct(ratio(yours, total))), yours));
    }
    // Most recent of the PM's own actions, so the panel links to what was counted.
    // The same PMs' actions sort the same way every time: kept per model and set of PMs (a roster edit
    // that leaves the PMs alone does not sort them again).
    const recent = memoizeModel(ctx, `leadsRoutinesRecent\u0000${[...pms].join('\u0000')}`, () => firstN([...mine].sort((a, b) => (a.at < b.at ? 1 : -1))));
    for (const a of recent) evidence.push(routineEvidence(a, ctx));
    const present = share >= ctx.thresholds.routineShare;
    const summary = present
      ? say('sigLeadsRoutinesSummaryPresent', you, mine.length, actions.length, pct(share), youObject(ctx))
      : say('sigLeadsRoutinesSummary', you, mine.length, actions.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, actions.length, need),
      figure: share,
    });
  },
});
