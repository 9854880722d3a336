// avoids-em: in threads the EM takes part in, the PM's comments addressed to the EM compared with those
// addressed to engineers (mentions, replies, answering the previous comment); EM comments to the PM that
// the PM never answers on that item are shown as evidence.
import { defineSignal, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence } from '../evidence';
import { pmSet, youLabel, youObject } from '../people';
import { addressings } from '../threads';
import { confidenceFor, insufficient, minFor, needsSetup, pmUnknown, result, SETUP_EM } from '../verdicts';
import { pct } from '../wording';

export const avoidsEm = defineSignal({
  id: 'avoids-em',
  kind: 'warning',
  thresholds: {
    emInteractionShare: share(0.2, 'our starting point: under one in five of the PM\'s addressed comments go to the EM while the EM is in the thread'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    if (!ctx.roles.emKnown) return needsSetup(signal, ...SETUP_EM, say('sigCommonEmUnknown'));
    const em = new Set(ctx.roles.em);
    const emThreads = ctx.data.items.filter((i) => i.comments.some((c) => c.author && em.has(c.author)));
    if (emThreads.length === 0) {
      return insufficient(signal, 0, 1, say('sigAvoidsEmOfThreads'), say('sigAvoidsEmNoThreads'));
    }
    const inEmThreads = new Set(emThreads.map((i) => i.key));
    const all = addressings(ctx).filter((a) => inEmThreads.has(a.item.key));
    const fromPm = all.filter((a) => pms.has(a.from));
    const toEm = fromPm.filter((a) => em.has(a.to));
    const toEng = fromPm.filter((a) => ctx.roleOf(a.to) === 'engineer');
    const total = toEm.length + toEng.length;
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (total < need) {
      return insufficient(signal, total, need, say('sigAvoidsEmOf'), sayCount(total, 'sigAvoidsEmTooFewOne', 'sigAvoidsEmTooFewOther', youLabel(ctx), need));
    }
    const share = ratio(toEm.length, total);
    const present = share < ctx.thresholds.emInteractionShare;
    const answered = new Set(toEm.map((a) => `${a.item.key}|${a.to}`));
    const unanswered = all.filter((a) => em.has(a.from) && pms.has(a.to) && !answered.has(`${a.item.key}|${a.from}`));
    const evidence: Evidence[] = [
      countEvidence(say('sigAvoidsEmComments', youObject(ctx), toEm.length, toEng.length), toEm.length),
      countEvidence(say('sigAvoidsEmUnanswered', youObject(ctx), unanswered.length), unanswered.length),
      ...firstN(unanswered).map((a) => commentEvidence(a.item, a.comment, say('sigAvoidsEmNoAnswer'))),
      ...firstN(toEm).map((a) => commentEvidence(a.item, a.comment, say('sigAvoidsEmToEm'))),
    ];
    const summary = say(present ? 'sigAvoidsEmSummaryPresent' : 'sigAvoidsEmSummary', toEm.length, total, youObject(ctx), pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, total, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
