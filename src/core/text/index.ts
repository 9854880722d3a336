// The one entry point for reading tracker text: every signal and the CLI call `classify`.
import type { ClassifyOptions, TextFeatures } from './types';
import { tokens } from './tokens';
import { isSolutionOriented } from './solution';
import { isAtomic } from './atomic';
import { hasValueStatement } from './value';
import { hasAcceptanceCriteria } from './acceptance';
import { toneOf } from './tone';
import { isConcern } from './concern';
import { isDecision } from './decision';

export type { ClassifyOptions, TextFeatures, Tone } from './types';
export { tokens } from './tokens';
export type { Tokens } from './tokens';
export { isSolutionOriented, isAtomic, hasValueStatement, hasAcceptanceCriteria, toneOf, isConcern, isDecision };

export function classify(text: string, options?: ClassifyOptions): TextFeatures {
  // Tokenise once up front; the classifiers below reuse this pass through `tokens`' memo.
  tokens(text);
  return {
    valueStatement: hasValueStatement(text, options),
    acceptanceCriteria: hasAcceptanceCriteria(text, options),
    solutionOriented: isSolutionOriented(text, options),
    atomic: isAtomic(text, options),
    concern: isConcern(text),
    decision: isDecision(text),
    tone: toneOf(text),
  };
}
