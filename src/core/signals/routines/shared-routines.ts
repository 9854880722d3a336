// shared-routines: routine actions spread across PM, EM and engineers.
import { defineSignal, count, share } from '../define';
import type { Role } from '../../roster';
import type { SignalResult } from '../types';
import { say, sayCount, type MessageKey } from '../../words';
import { ratio } from '../../numbers';
import { routineActions, routineCounts } from '../../routines';
import { countEvidence } from '../evidence';
import { nameOf } from '../people';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_EM } from '../verdicts';
import { pct, listJoin } from '../wording';

const ROLE_LABEL: Record<'pm' | 'em' | 'engineer', MessageKey> = {
  pm: 'sigCommonThePmObject',
  em: 'sigCommonTheEmObject',
  engineer: 'sigSharedRoutinesRoleEngineers',
};

export const sharedRoutines = defineSignal({
  id: 'shared-routines',
  kind: 'healthy',
  thresholds: {
    sharedMinRoles: count(2, 'at least two roles take part: our starting point'),
    sharedMinRoleShare: share(0.15, 'a role taking part does at least about one in seven: our starting point'),
  },
  evaluate(ctx, signal): SignalResult {
    if (!ctx.roles.emKnown && ctx.roles.engineers.length === 0) {
      return needsSetup(signal, ...SETUP_EM, say('sigCommonEmOrEngineersUnknown'));
    }
    const actions = routineActions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (actions.length < need) {
      return insufficient(signal, actions.length, need, say('sigSharedRoutinesOf'), sayCount(actions.length, 'sigSharedRoutinesTooFewOne', 'sigSharedRoutinesTooFewOther', need));
    }
    const byRole: Record<'pm' | 'em' | 'engineer', number> = { pm: 0, em: 0, engineer: 0 };
    // People in the order they first act, with their counts kept per model: one role asked per person.
    const byPerson = new Map<string, number>();
    for (const [actor, { count }] of routineCounts(ctx).byActor) {
      const role: Role | null = ctx.roleOf(actor);
      if (role === 'pm' || role === 'em' || role === 'engineer') byRole[role] += count;
      byPerson.set(actor, count);
    }
    const taking = (Object.keys(byRole) as (keyof typeof byRole)[]).filter(
      (r) => ratio(byRole[r], actions.length) >= ctx.thresholds.sharedMinRoleShare,
    );
    const [topId, topCount] = [...byPerson.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const topShare = ratio(topCount, actions.length);
    const present = taking.length >= ctx.thresholds.sharedMinRoles && topShare < ctx.thresholds.routineShare;
    const evidence = (Object.keys(byRole) as (keyof typeof byRole)[]).map((r) =>
      countEvidence(say('sigSharedRoutinesByRole', say(ROLE_LABEL[r]), byRole[r], actions.length, pct(ratio(byRole[r], actions.length))), byRole[r]),
    );
    for (const [person, n] of [...byPerson.entries()].sort((a, b) => b[1] - a[1])) {
      evidence.push(countEvidence(sayCount(n, 'sigSharedRoutinesPersonOne', 'sigSharedRoutinesPersonOther', nameOf(ctx, person)), n, person));
    }
    const who = listJoin(taking.map((r) => say(ROLE_LABEL[r])));
    const summary = present
      ? say('sigSharedRoutinesSummaryShared', who)
      : topShare >= ctx.thresholds.routineShare
        ? say('sigSharedRoutinesSummaryTop', nameOf(ctx, topId), topCount, actions.length, pct(topShare))
        : taking.length === 0
          ? say('sigSharedRoutinesNoRoleTakes', actions.length)
          : say(taking.length === 1 ? 'sigSharedRoutinesOnlyOneRole' : 'sigSharedRoutinesOnlyRoles', who, actions.length);
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, actions.length, need, ctx.roles.engineersInferred),
      figure: 1 - topShare,
    });
  },
});
