// shared-routines: routine actions spread across PM, EM and engineers.
// Threshold basis: nobody may hold thresholds.routineShare (0.5, CHAOSS contributor absence factor)
// of the routine actions, and at least sharedMinRoles (2) roles must each take sharedMinRoleShare (0.15).
import type { Role } from '../roster';
import type { Signal } from './types';
import {
  confidenceFor,
  countEvidence,
  insufficient,
  minFor,
  nameOf,
  needsSetup,
  pct,
  plural,
  listJoin,
  ratio,
  result,
  routineActions,
  SETUP_EM,
} from './util';

const ROLE_LABEL: Record<'pm' | 'em' | 'engineer', string> = { pm: 'the PM', em: 'the EM', engineer: 'engineers' };

export const sharedRoutines: Signal = {
  id: 'shared-routines',
  evaluate(ctx) {
    const id = 'shared-routines';
    if (!ctx.roles.emKnown && ctx.roles.engineers.length === 0) {
      return needsSetup(id, ...SETUP_EM, 'Tandem doesn’t know who the EM or the engineers are yet.');
    }
    const actions = routineActions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (actions.length < need) {
      return insufficient(id, actions.length, need, 'routine actions', `Only ${plural(actions.length, 'routine action')} so far; ${need} are needed to see how routines are shared.`);
    }
    const byRole: Record<'pm' | 'em' | 'engineer', number> = { pm: 0, em: 0, engineer: 0 };
    const byPerson = new Map<string, number>();
    for (const a of actions) {
      const role: Role | null = ctx.roleOf(a.actor);
      if (role === 'pm' || role === 'em' || role === 'engineer') byRole[role]++;
      byPerson.set(a.actor, (byPerson.get(a.actor) ?? 0) + 1);
    }
    const taking = (Object.keys(byRole) as (keyof typeof byRole)[]).filter(
      (r) => ratio(byRole[r], actions.length) >= ctx.thresholds.sharedMinRoleShare,
    );
    const [topId, topCount] = [...byPerson.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const topShare = ratio(topCount, actions.length);
    const present = taking.length >= ctx.thresholds.sharedMinRoles && topShare < ctx.thresholds.routineShare;
    const evidence = (Object.keys(byRole) as (keyof typeof byRole)[]).map((r) =>
      countEvidence(`Routine actions by ${ROLE_LABEL[r]}: ${byRole[r]} of ${actions.length} (${pct(ratio(byRole[r], actions.length))})`, byRole[r]),
    );
    for (const [person, n] of [...byPerson.entries()].sort((a, b) => b[1] - a[1])) {
      evidence.push(countEvidence(`${nameOf(ctx, person)}: ${plural(n, 'routine action')}`, n, person));
    }
    const who = listJoin(taking.map((r) => ROLE_LABEL[r])) || 'no role';
    const summary = present
      ? `Routine actions are shared: ${who} each take a real part, and nobody makes half of them.`
      : topShare >= ctx.thresholds.routineShare
        ? `${nameOf(ctx, topId)} made ${topCount} of ${actions.length} routine actions (${pct(topShare)}); routines are not shared.`
        : `Only ${who} take${taking.length === 1 ? 's' : ''} a real part in the ${actions.length} routine actions.`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, actions.length, need, ctx.roles.engineersInferred),
      figure: 1 - topShare,
    });
  },
};
