// frustrated: the tone of the PM's own comments over time (classifier `tone`). Present only when
// negative comments are both frequent and spread out: "regularly", not one bad day. With no comments by
// the PM it is a self-check.
import { defineSignal, days, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { isSure } from '../../text';
import { formatDays, say, sayCount } from '../../words';
import { daysBetween } from '../../dates';
import { commentTable, flagsOf, personCodes, positionsOf } from '../../compact';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence } from '../evidence';
import { pmSet, youObject } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, result, selfCheck } from '../verdicts';
import { pct } from '../wording';

// Tone read from short work comments is uncertain; never claim more than this.
const MAX_CONFIDENCE = 0.6;

export const frustrated = defineSignal({
  id: 'frustrated',
  kind: 'warning',
  thresholds: {
    negativeToneShare: share(0.3, 'three in ten comments'),
    frustrationSpanDays: days(14, 'two weeks: regularly, not one bad day'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    // The PMs' comments with words in them, in backlog order, read from the comments' compact table.
    const table = commentTable(ctx);
    const items = ctx.data.items;
    const mine = positionsOf(table.byAuthor, flagsOf(personCodes(ctx), (id) => !!id && pms.has(id)))
      .filter((k) => table.said[k])
      .map((k) => ({ item: items[table.item[k]!]!, c: table.comments[k]!, at: table.at[k]! }));
    if (mine.length === 0) return selfCheck(signal, say('sigFrustratedNoComments'));
    const need = minFor(ctx, ctx.thresholds.minComments);
    if (mine.length < need) {
      return insufficient(signal, mine.length, need, say('sigFrustratedOf'), sayCount(mine.length, 'sigFrustratedTooFewOne', 'sigFrustratedTooFewOther', youObject(ctx), need));
    }
    // Precision first: a comment is negative only when the tone model is sure (precision ≥ 0.8 on held-out
    // real comments); comments it is unsure about count neither way.
    const judged = mine.filter(({ c }) => {
      const f = commentFeatures(ctx, c);
      return (f.tone === 'negative' && isSure(f, 'tone')) || isSure(f, 'tone', true);
    });
    if (judged.length < need) {
      return insufficient(signal, judged.length, need, say('sigFrustratedOf'), sayCount(judged.length, 'sigFrustratedTooFewOne', 'sigFrustratedTooFewOther', youObject(ctx), need));
    }
    const negative = judged.filter(({ c }) => commentFeatures(ctx, c).tone === 'negative').sort((a, b) => a.at - b.at);
    const share = ratio(negative.length, judged.length);
    const span = negative.length > 1 ? daysBetween(negative[0]!.c.created, negative[negative.length - 1]!.c.created) : 0;
    const present = share >= ctx.thresholds.negativeToneShare && span >= ctx.thresholds.frustrationSpanDays;
    const evidence: Evidence[] = [
      countEvidence(say('sigFrustratedNegative', negative.length, judged.length), negative.length),
      ...firstN(negative).map(({ item, c }) => commentEvidence(item, c, say('sigFrustratedNegativeTone'))),
    ];
    const summary = negative.length > 1
      ? say('sigFrustratedSummarySpread', negative.length, judged.length, youObject(ctx), pct(share), formatDays(Math.round(span)))
      : say('sigFrustratedSummary', negative.length, judged.length, youObject(ctx), pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: Math.min(MAX_CONFIDENCE, confidenceFor(ctx, judged.length, need)),
      figure: share,
    });
  },
});
