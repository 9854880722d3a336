// solutioning: texts the PM wrote (descriptions they authored, their comments) that prescribe the
// solution (classifier `solutionOriented`: technologies, data stores, widgets, code). Precision first: a
// text counts as prescribing only when the model is sure (precision ≥ 0.8 on held-out real stories), as
// not prescribing only when sure of that; the rest is not evidence either way.
import { isSure } from '../../text';
import { defineSignal, count, share } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { commentEvidence, countEvidence, itemEvidence } from '../evidence';
import { pmSet, pmIsYou } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, pmUnknown, result } from '../verdicts';
import { pct } from '../wording';

export const solutioning = defineSignal({
  id: 'solutioning',
  kind: 'warning',
  thresholds: {
    solutionShare: share(0.4, 'Quality User Story framework "problem-oriented": some technical notes are normal, four in ten is a habit'),
    minAuthoredTexts: count(5, 'five at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    let texts = 0;
    let solution = 0;
    const evidence: Evidence[] = [];
    for (const item of ctx.data.items) {
      if (item.descriptionAuthor && pms.has(item.descriptionAuthor) && item.description?.text.trim()) {
        const f = ctx.textOf(item);
        const sure = f.solutionOriented && isSure(f, 'solutionOriented');
        if (!sure && !isSure(f, 'solutionOriented', true)) continue;
        texts++;
        if (sure) {
          solution++;
          evidence.push(itemEvidence(item, say('sigSolutioningDescription'), { person: item.descriptionAuthor }));
        }
      }
      for (const c of item.comments) {
        if (!c.author || !pms.has(c.author) || !c.body.text.trim()) continue;
        const f = commentFeatures(ctx, c);
        const sure = f.solutionOriented && isSure(f, 'solutionOriented');
        if (!sure && !isSure(f, 'solutionOriented', true)) continue;
        texts++;
        if (sure) {
          solution++;
          evidence.push(commentEvidence(item, c, say('sigSolutioningComment')));
        }
      }
    }
    const need = minFor(ctx, ctx.thresholds.minAuthoredTexts);
    if (texts < need) return insufficient(signal, texts, need, say('sigSolutioningOf'), sayCount(texts, 'sigSolutioningTooFewOne', 'sigSolutioningTooFewOther', need));
    const share = ratio(solution, texts);
    const present = share >= ctx.thresholds.solutionShare;
    evidence.unshift(countEvidence(say('sigSolutioningTexts', solution, texts), solution));
    const summary = say(pmIsYou(ctx) ? 'sigSolutioningSummaryYou' : 'sigSolutioningSummary', solution, texts, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, texts, need),
      figure: share,
    });
  },
});
