// The one entry point for reading tracker text: every signal and the CLI call `classify`. Text is
// normalised first (normalize.ts); each answer comes from a learned model that reads hashed n-grams
// and its rule's answer as features (model/, docs/models.md).
import type { ClassifyOptions, ModelTask, TextFeatures } from './types';
import { normalizeText } from './normalize';
import { Reading, sureOf } from './model/read';

export type { ClassifyOptions, ModelTask, TextFeatures, Tone } from './types';
export { tokens } from './tokens';
export type { Tokens } from './tokens';
export { isSolutionOriented } from './solution';
export { isAtomic } from './atomic';
export { hasValueStatement } from './value';
export { hasAcceptanceCriteria } from './acceptance';
export { toneOf } from './tone';
export { isConcern } from './concern';
export { isDecision } from './decision';
export { normalizeText } from './normalize';
export { Reading } from './model/read';

/** A Reading of `text` as given: normalised, options' title too. */
export function readingOf(text: string, options?: ClassifyOptions): Reading {
  const normalized = normalizeText(text);
  if (options?.title === undefined) return new Reading(normalized, options);
  return new Reading(normalized, { ...options, title: normalizeText(options.title) });
}

export function classify(text: string, options?: ClassifyOptions): TextFeatures {
  const r = readingOf(text, options);
  const tone = r.tone();
  const features = {
    valueStatement: r.says('valueStatement'),
    acceptanceCriteria: r.says('acceptanceCriteria'),
    solutionOriented: r.says('solutionOriented'),
    atomic: r.says('atomic'),
    concern: r.says('concern'),
    decision: r.says('decision'),
    tone,
  };
  const probability: Record<ModelTask, number> = {
    tone: r.probability('tone'),
    valueStatement: r.probability('valueStatement'),
    acceptanceCriteria: r.probability('acceptanceCriteria'),
    solutionOriented: r.probability('solutionOriented'),
    atomic: r.probability('atomic'),
    concern: r.probability('concern'),
    decision: r.probability('decision'),
  };
  // Not enumerable: the features print as the seven answers (the CLI contract), the probabilities ride along.
  Object.defineProperty(features, 'probability', { value: probability, enumerable: false });
  return features;
}

/**
 * Whether a text surely shows a feature's warning class (tone negative, NOT atomic, solution-oriented, …)
 * — precision ≥ 0.8 on held-out real text — or, with `absent`, surely does not. Between the two the
 * models do not have enough evidence. Stand-in classifiers without probabilities: the answer is sure.
 */
export function isSure(features: TextFeatures, task: ModelTask, absent = false): boolean {
  const p = features.probability?.[task];
  if (p === undefined) {
    const warns = task === 'tone' ? features.tone === 'negative' : task === 'atomic' ? !features.atomic : features[task];
    return absent ? !warns : warns;
  }
  return sureOf(task, p, absent);
}
