// solutioning: texts the PM wrote (descriptions they authored, their comments) that prescribe the
// solution (classifier `solutionOriented`: technologies, data stores, widgets, code).
// Threshold basis: solutionShare = 0.4 — Quality User Story framework "problem-oriented": some technical
// notes are normal, four in ten is a habit; minAuthoredTexts = 5.
// Precision first: a text counts as prescribing only when the model is sure (precision ≥ 0.8 on held-out
// real stories), as not prescribing only when sure of that; the rest is not evidence either way.
import { isSure } from '../text';
import type { Evidence, Signal } from './types';
import { say, sayCount } from '../words';
import {
  commentEvidence,
  commentFeatures,
  confidenceFor,
  countEvidence,
  insufficient,
  itemEvidence,
  minFor,
  needsSetup,
  pct,
  pmSet,
  ratio,
  result,
  setupPm,
  pmIsYou,
} from './util';

export const solutioning: Signal = {
  id: 'solutioning',
  evaluate(ctx) {
    const id = 'solutioning';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), say('sigCommonPmUnknown'));
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
    if (texts < need) return insufficient(id, texts, need, say('sigSolutioningOf'), sayCount(texts, 'sigSolutioningTooFewOne', 'sigSolutioningTooFewOther', need));
    const share = ratio(solution, texts);
    const present = share >= ctx.thresholds.solutionShare;
    evidence.unshift(countEvidence(say('sigSolutioningTexts', solution, texts), solution));
    const summary = say(pmIsYou(ctx) ? 'sigSolutioningSummaryYou' : 'sigSolutioningSummary', solution, texts, pct(share));
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, texts, need),
      figure: share,
    });
  },
};
