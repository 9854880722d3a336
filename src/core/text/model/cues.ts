// The rule classifiers, read as features of the learned models: each model gets its own rule's answer
// (tone: two cues, negative and positive). The rules stay as written (src/core/text/*.ts); the model
// learns from real text how far to trust them.
import type { ClassifyOptions } from '../types';
import { isSolutionOriented } from '../solution';
import { isAtomic } from '../atomic';
import { hasValueStatement } from '../value';
import { hasAcceptanceCriteria } from '../acceptance';
import { toneOf } from '../tone';
import { isConcern } from '../concern';
import { isDecision } from '../decision';
import { solutionCues } from './solution-cues';

export const TASKS = ['tone', 'solutionOriented', 'atomic', 'valueStatement', 'acceptanceCriteria', 'concern', 'decision'] as const;
export type Task = (typeof TASKS)[number];

/** What each model's warning output means (the class its `threshold` is for). */
export const WARNS: Record<Task, string> = {
  tone: 'negative',
  solutionOriented: 'solution-oriented',
  atomic: 'not atomic',
  valueStatement: 'value statement',
  acceptanceCriteria: 'acceptance criteria',
  concern: 'concern',
  decision: 'decision',
};

/** The rule cues of one task for a normalised text. */
export function ruleCues(task: Task, text: string, options?: ClassifyOptions): number[] {
  switch (task) {
    case 'tone': {
      const tone = toneOf(text);
      return [tone === 'negative' ? 1 : 0, tone === 'positive' ? 1 : 0];
    }
    case 'solutionOriented':
      return [isSolutionOriented(text, options) ? 1 : 0, ...solutionCues(text)];
    case 'atomic':
      return [isAtomic(text, options) ? 0 : 1];
    case 'valueStatement':
      return [hasValueStatement(text, options) ? 1 : 0];
    case 'acceptanceCriteria':
      return [hasAcceptanceCriteria(text, options) ? 1 : 0];
    case 'concern':
      return [isConcern(text) ? 1 : 0];
    case 'decision':
      return [isDecision(text) ? 1 : 0];
  }
}
