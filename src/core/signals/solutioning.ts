// solutioning: texts the PM wrote (descriptions they authored, their comments) that prescribe the
// solution (classifier `solutionOriented`: technologies, data stores, widgets, code).
// Threshold basis: solutionShare = 0.4 — Quality User Story framework "problem-oriented": some technical
// notes are normal, four in ten is a habit; minAuthoredTexts = 5.
import type { Evidence, Signal } from './types';
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
  plural,
  pmSet,
  ratio,
  result,
  setupPm,
  youLabel,
} from './util';

export const solutioning: Signal = {
  id: 'solutioning',
  evaluate(ctx) {
    const id = 'solutioning';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    let texts = 0;
    let solution = 0;
    const evidence: Evidence[] = [];
    for (const item of ctx.data.items) {
      if (item.descriptionAuthor && pms.has(item.descriptionAuthor) && item.description?.text.trim()) {
        texts++;
        if (ctx.textOf(item).solutionOriented) {
          solution++;
          evidence.push(itemEvidence(item, 'description prescribes the solution', { person: item.descriptionAuthor }));
        }
      }
      for (const c of item.comments) {
        if (!c.author || !pms.has(c.author) || !c.body.text.trim()) continue;
        texts++;
        if (commentFeatures(ctx, c).solutionOriented) {
          solution++;
          evidence.push(commentEvidence(item, c, 'comment prescribes the solution'));
        }
      }
    }
    const need = minFor(ctx, ctx.thresholds.minAuthoredTexts);
    if (texts < need) return insufficient(id, texts, need, 'texts by the PM', `Only ${plural(texts, 'text')} by the PM so far; ${need} are needed.`);
    const share = ratio(solution, texts);
    const present = share >= ctx.thresholds.solutionShare;
    evidence.unshift(countEvidence(`Texts by the PM that prescribe the solution: ${solution} of ${texts}`, solution));
    return result(id, present ? 'present' : 'absent', `${solution} of ${texts} descriptions and comments ${youLabel(ctx) === 'You' ? 'you' : 'the PM'} wrote prescribe the solution (${pct(share)}).`, evidence, {
      confidence: confidenceFor(ctx, texts, need),
      figure: share,
    });
  },
};
