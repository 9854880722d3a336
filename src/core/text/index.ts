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
  return featuresOf(readingOf(text, options));
}

/** One text to read, and how (a description has its item's title and markup; a comment has neither). */
export interface TextToRead {
  text: string;
  options?: ClassifyOptions;
}

/**
 * `classify` for many texts: the same answers (index.test.ts checks it), each text read whole before the
 * next. Reading the batch one model at a time across slices of it used to save CPU; with the rules'
 * gates (gate.ts) it no longer did, measured in one process (docs/models.md, Speed), and each text's
 * readings and features were held until their slice was done. One text at a time, the rules share the
 * text's tokens, prose and gate scans, and nothing is held but the answers.
 */
export function classifyEach(batch: readonly TextToRead[]): TextFeatures[] {
  const out: TextFeatures[] = new Array(batch.length);
  for (let i = 0; i < batch.length; i++) out[i] = featuresOf(readingOf(batch[i]!.text, batch[i]!.options));
  return out;
}

/** `classifyEach` for texts that share one set of options. */
export function classifyAll(texts: readonly string[], options?: ClassifyOptions): TextFeatures[] {
  return classifyEach(texts.map((text) => ({ text, options })));
}

function featuresOf(r: Reading): TextFeatures {
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
  if (p === undefined) return absent ? !warns(features, task) : warns(features, task);
  return sureOf(task, p, absent);
}

/** The answer in the warning class's terms: tone negative, NOT atomic, or the feature itself. */
function warns(features: TextFeatures, task: ModelTask): boolean {
  return task === 'tone' ? features.tone === 'negative' : task === 'atomic' ? !features.atomic : features[task];
}

/**
 * How one text counts for a signal, precision first. `against` is the answer that counts against the
 * team: 'yes' when the warning class itself is the problem (solution-oriented, NOT atomic), 'no' when its
 * absence is (no decision recorded, no value stated, no criteria). A text counts against only when the
 * model is sure of it (precision ≥ 0.8 on held-out real text); it counts for when the answer is the other
 * way; otherwise it is no evidence either way ('unsure'), and signals leave it out of their shares.
 */
export function judge(features: TextFeatures, task: ModelTask, against: 'yes' | 'no'): 'against' | 'for' | 'unsure' {
  const w = warns(features, task);
  if (against === 'yes') return !w ? 'for' : isSure(features, task) ? 'against' : 'unsure';
  return w ? 'for' : isSure(features, task, true) ? 'against' : 'unsure';
}
