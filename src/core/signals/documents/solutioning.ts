// solutioning: texts the PM wrote (descriptions they authored, their comments) that prescribe the
// solution (classifier `solutionOriented`: technologies, data stores, widgets, code). Precision first: a
// text counts as prescribing only when the model is sure (precision ≥ 0.8 on held-out real stories), as
// not prescribing only when sure of that; the rest is not evidence either way.
import { isSure } from '../../text';
import { defineSignal, count, share } from '../define';
import type { Evidence, SignalContext, SignalResult } from '../types';
import type { Comment, Item } from '../../model';
import type { TextFeatures } from '../../text/types';
import { memoizeReading } from '../../context';
import { flagsOf, personCodes, positionsOf } from '../../compact';
import { say, sayCount } from '../../words';
import { ratio } from '../../numbers';
import { commentEvidence, countEvidence, itemEvidence } from '../evidence';
import { pmSet, pmIsYou } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, pmUnknown, result } from '../verdicts';
import { pct } from '../wording';

/** Every person's texts the model is sure about either way (descriptions they authored, their comments),
 * item by item, the description before the comments, and whether each prescribes the solution: the
 * data and the texts alone decide them, so they are kept per model and reader. */
interface JudgedTexts {
  readonly texts: readonly { item: Item; comment: Comment | null }[];
  readonly prescribes: Uint8Array;
  readonly byAuthor: readonly (readonly number[] | undefined)[];
}

function judgedTexts(ctx: SignalContext): JudgedTexts {
  return memoizeReading(ctx, 'solutioningTexts', () => {
    const codes = personCodes(ctx);
    const texts: { item: Item; comment: Comment | null }[] = [];
    const prescribing: number[] = [];
    const byAuthor: number[][] = [];
    const add = (item: Item, comment: Comment | null, author: string, f: TextFeatures): void => {
      const sure = f.solutionOriented && isSure(f, 'solutionOriented');
      if (!sure && !isSure(f, 'solutionOriented', true)) return;
      (byAuthor[codes.code(author)] ??= []).push(texts.length);
      prescribing.push(sure ? 1 : 0);
      texts.push({ item, comment });
    };
    for (const item of ctx.data.items) {
      if (item.descriptionAuthor && item.description?.text.trim()) add(item, null, item.descriptionAuthor, ctx.textOf(item));
      for (const c of item.comments) if (c.author && c.body.text.trim()) add(item, c, c.author, commentFeatures(ctx, c));
    }
    return { texts, prescribes: Uint8Array.from(prescribing), byAuthor };
  });
}

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
    // The PMs' judged texts, in backlog order, from everyone's kept per model and reader.
    const judged = judgedTexts(ctx);
    const at = positionsOf(judged.byAuthor, flagsOf(personCodes(ctx), (id) => !!id && pms.has(id)));
    const texts = at.length;
    let solution = 0;
    const evidence: Evidence[] = [];
    for (const k of at) {
      if (!judged.prescribes[k]) continue;
      solution++;
      const { item, comment } = judged.texts[k]!;
      evidence.push(comment ? commentEvidence(item, comment, say('sigSolutioningComment')) : itemEvidence(item, say('sigSolutioningDescription'), { person: item.descriptionAuthor! }));
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
