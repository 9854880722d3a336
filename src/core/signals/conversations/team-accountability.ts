// team-accountability: comments by the EM and engineers that address each other directly (mentions,
// replies, or answering the previous comment) versus those addressed to the PM.
import { defineSignal, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence } from '../evidence';
import { isEngineering, nameOf } from '../people';
import { addressings, addressingTable } from '../threads';
import { flagsOf, personCodes } from '../../compact';
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
    // Each person's role asked once, then read off the addressings' person codes.
    const all = addressings(ctx);
    const table = addressingTable(ctx);
    const codes = personCodes(ctx);
    const team = flagsOf(codes, (id) => isEngineering(ctx.roleOf(id)));
    const pm = flagsOf(codes, (id) => ctx.roleOf(id) === 'pm');
    const at: number[] = [];
    let direct = 0;
    for (let k = 0; k < table.from.length; k++) {
      if (!team[table.from[k]!]) continue;
      const to = table.to[k]!;
      if (team[to]) direct++;
      else if (!pm[to]) continue;
      at.push(k);
    }
    const relevant = at.map((k) => all[k]!);
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (relevant.length < need) {
      return insufficient(signal, relevant.length, need, say('sigTeamAccountabilityOf'), sayCount(relevant.length, 'sigTeamAccountabilityTooFewOne', 'sigTeamAccountabilityTooFewOther', need));
    }
    const share = ratio(direct, relevant.length);
    const present = share >= ctx.thresholds.directShare;
    const evidence: Evidence[] = [
      countEvidence(say('sigTeamAccountabilityDirect', direct, relevant.length), direct),
      countEvidence(say('sigTeamAccountabilityToPm', relevant.length - direct), relevant.length - direct),
      ...firstN(relevant).map((a) => commentEvidence(a.item, a.comment, say('sigTeamAccountabilityArrow', nameOf(ctx, a.from), nameOf(ctx, a.to)))),
    ];
    const summary = say(present ? 'sigTeamAccountabilitySummaryPresent' : 'sigTeamAccountabilitySummary', direct, relevant.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, relevant.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
