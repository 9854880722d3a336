// team-accountability: comments by the EM and engineers that address each other directly (mentions,
// replies, or answering the previous comment) versus those addressed to the PM.
import { defineSignal, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence } from '../evidence';
import { isEngineering, nameOf } from '../people';
import { addressings } from '../threads';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_ENGINEERS } from '../verdicts';
import { pct } from '../wording';

export const teamAccountability = defineSignal({
  id: 'team-accountability',
  kind: 'healthy',
  thresholds: {
    directShare: share(0.5, 'half or more of the team\'s addressed comments go to each other, not through the PM'),
  },
  evaluate(ctx, signal): SignalResult {
    if (!ctx.roles.emKnown && ctx.roles.engineers.length === 0) {
      return needsSetup(signal, ...SETUP_ENGINEERS, say('sigCommonEmOrEngineersUnknown'));
    }
    const fromTeam = addressings(ctx).filter((a) => isEngineering(ctx.roleOf(a.from)));
    const relevant = fromTeam.filter((a) => {
      const to = ctx.roleOf(a.to);
      return to === 'pm' || isEngineering(to);
    });
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (relevant.length < need) {
      return insufficient(signal, relevant.length, need, say('sigTeamAccountabilityOf'), sayCount(relevant.length, 'sigTeamAccountabilityTooFewOne', 'sigTeamAccountabilityTooFewOther', need));
    }
    const direct = relevant.filter((a) => isEngineering(ctx.roleOf(a.to)));
    const share = ratio(direct.length, relevant.length);
    const present = share >= ctx.thresholds.directShare;
    const evidence: Evidence[] = [
      countEvidence(say('sigTeamAccountabilityDirect', direct.length, relevant.length), direct.length),
      countEvidence(say('sigTeamAccountabilityToPm', relevant.length - direct.length), relevant.length - direct.length),
      ...firstN(relevant).map((a) => commentEvidence(a.item, a.comment, say('sigTeamAccountabilityArrow', nameOf(ctx, a.from), nameOf(ctx, a.to)))),
    ];
    const summary = say(present ? 'sigTeamAccountabilitySummaryPresent' : 'sigTeamAccountabilitySummary', direct.length, relevant.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, relevant.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
