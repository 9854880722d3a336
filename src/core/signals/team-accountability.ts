// team-accountability: comments by the EM and engineers that address each other directly (mentions,
// replies, or answering the previous comment) versus those addressed to the PM.
// Threshold basis: directShare = 0.5 — half or more of the team's addressed comments go to each other,
// not through the PM; minInteractions = 5.
import type { Evidence, Signal } from './types';
import {
  firstN,
  addressings,
  commentEvidence,
  confidenceFor,
  countEvidence,
  insufficient,
  isEngineering,
  minFor,
  nameOf,
  needsSetup,
  pct,
  plural,
  ratio,
  result,
  SETUP_ENGINEERS,
} from './util';

export const teamAccountability: Signal = {
  id: 'team-accountability',
  evaluate(ctx) {
    const id = 'team-accountability';
    if (!ctx.roles.emKnown && ctx.roles.engineers.length === 0) {
      return needsSetup(id, ...SETUP_ENGINEERS, 'Tandem doesn’t know who the EM or the engineers are yet.');
    }
    const fromTeam = addressings(ctx).filter((a) => isEngineering(ctx.roleOf(a.from)));
    const relevant = fromTeam.filter((a) => {
      const to = ctx.roleOf(a.to);
      return to === 'pm' || isEngineering(to);
    });
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (relevant.length < need) {
      return insufficient(id, relevant.length, need, 'comments from the team addressed to someone', `Only ${plural(relevant.length, 'addressed comment')} from the EM and engineers; ${need} are needed.`);
    }
    const direct = relevant.filter((a) => isEngineering(ctx.roleOf(a.to)));
    const share = ratio(direct.length, relevant.length);
    const present = share >= ctx.thresholds.directShare;
    const evidence: Evidence[] = [
      countEvidence(`Team comments addressed to each other: ${direct.length} of ${relevant.length}`, direct.length),
      countEvidence(`Team comments addressed to the PM: ${relevant.length - direct.length}`, relevant.length - direct.length),
      ...firstN(relevant).map((a) => commentEvidence(a.item, a.comment, `${nameOf(ctx, a.from)} → ${nameOf(ctx, a.to)}`)),
    ];
    const summary = `${direct.length} of ${relevant.length} comments from the EM and engineers address each other directly (${pct(share)})${present ? '.' : '; the rest go through the PM.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, relevant.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
};
