// avoids-em: in threads the EM takes part in, the PM's comments addressed to the EM compared with those
// addressed to engineers (mentions, replies, answering the previous comment); EM comments to the PM that
// the PM never answers on that item are shown as evidence.
import { defineSignal, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence } from '../evidence';
import { pmSet, youLabel, youObject } from '../people';
import { addressings, addressingTable, type Addressing } from '../threads';
import { commentTable, flagsOf, itemKeyPlaces, personCodes, positionsOf } from '../../compact';
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
    // Threads (by item key) where the EM comments, from the comments' and addressings' compact tables:
    // each person's role is asked once, then read off their person codes.
    const comments = commentTable(ctx);
    const table = addressingTable(ctx);
    const places = itemKeyPlaces(ctx);
    const codes = personCodes(ctx);
    const isEm = flagsOf(codes, (id) => !!id && em.has(id));
    const isPm = flagsOf(codes, (id) => !!id && pms.has(id));
    const isEngineer = flagsOf(codes, (id) => ctx.roleOf(id) === 'engineer');
    const emThread = new Uint8Array(places.length);
    let emThreads = 0;
    for (const k of positionsOf(comments.byAuthor, isEm)) {
      const place = places[comments.item[k]!]!;
      if (!emThread[place]) emThreads++;
      emThread[place] = 1;
    }
    if (emThreads === 0) {
      return insufficient(signal, 0, 1, say('sigAvoidsEmOfThreads'), say('sigAvoidsEmNoThreads'));
    }
    const addressed = addressings(ctx);
    const toEm: Addressing[] = [];
    const fromEmToPm: Addressing[] = [];
    let toEng = 0;
    for (let k = 0; k < table.from.length; k++) {
      if (!emThread[places[table.item[k]!]!]) continue;
      const from = table.from[k]!;
      const to = table.to[k]!;
      if (isPm[from]) {
        if (isEm[to]) toEm.push(addressed[k]!);
        if (isEngineer[to]) toEng++;
      }
      if (isEm[from] && isPm[to]) fromEmToPm.push(addressed[k]!);
    }
    const total = toEm.length + toEng;
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (total < need) {
      return insufficient(signal, total, need, say('sigAvoidsEmOf'), sayCount(total, 'sigAvoidsEmTooFewOne', 'sigAvoidsEmTooFewOther', youLabel(ctx), need));
    }
    const share = ratio(toEm.length, total);
    const present = share < ctx.thresholds.emInteractionShare;
    const answered = new Set(toEm.map((a) => `${a.item.key}|${a.to}`));
    const unanswered = fromEmToPm.filter((a) => !answered.has(`${a.item.key}|${a.from}`));
    const evidence: Evidence[] = [
      countEvidence(say('sigAvoidsEmComments', youObject(ctx), toEm.length, toEng), toEm.length),
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
