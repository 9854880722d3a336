import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { TASKS, ruleCues } from './cues';
import { vectorize } from './features';
import { JointSums, LinearModel } from './model';
import { Reading, storedModel } from './read';

const TEXTS = [
  'As a camp administrator I want to store campers’ emergency information in a database so that I can notify parents.',
  'I am worried this migration will lock the orders table for an hour.',
  'We decided to ship the range first because carriers miss exact dates.',
  'Thanks, this looks great!',
  '',
];

describe('the yes/no models summed in one pass', () => {
  const binary = TASKS.filter((t) => t !== 'tone' && storedModel(t).trusted).map((t) => ({ task: t, model: new LinearModel(storedModel(t)) }));

  it('gives each model exactly the sums of its own pass', () => {
    const joint = new JointSums(binary.map((b) => b.model));
    for (const text of TEXTS) {
      const v = vectorize(normalizeText(text));
      const sums = joint.sums(v);
      binary.forEach(({ task, model }, j) => {
        const cues = ruleCues(task, normalizeText(text));
        const own = model.scores(v, cues)[0]!;
        expect(model.finish([sums[j]!], v, cues)[0]).toBe(own);
      });
    }
  });

  it('gives a Reading the probabilities of each model on its own', () => {
    for (const text of TEXTS.slice(0, 4)) {
      const normalized = normalizeText(text);
      const reading = new Reading(normalized);
      const v = vectorize(normalized);
      for (const { task, model } of binary) {
        expect(reading.probability(task)).toBe(model.probability(model.scores(v, ruleCues(task, normalized))[0]!));
      }
    }
  });

  it('refuses models of another shape', () => {
    expect(() => new JointSums([new LinearModel(storedModel('tone'))])).toThrow(/yes\/no models/);
  });
});
