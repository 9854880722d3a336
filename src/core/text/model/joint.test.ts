import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { TASKS, ruleCues } from './cues';
import { vectorize } from './features';
import { JointSums, LinearModel, warnScore } from './model';
import { Reading, storedModel } from './read';

const TEXTS = [
  'As a camp administrator I want to store campers’ emergency information in a database so that I can notify parents.',
  'I am worried this migration will lock the orders table for an hour.',
  'We decided to ship the range first because carriers miss exact dates.',
  'Thanks, this looks great!',
  '',
];

describe('the models summed in one pass', () => {
  const binary = TASKS.filter((t) => t !== 'tone' && storedModel(t).trusted).map((t) => ({ task: t, model: new LinearModel(storedModel(t)) }));

  const tone = new LinearModel(storedModel('tone'));

  it('gives each model exactly the sums of its own pass, tone (larger, three outputs) among them', () => {
    const joint = new JointSums([tone, ...binary.map((b) => b.model)]);
    expect(joint.offsets).toEqual([0, ...binary.map((_, j) => 3 + j)]);
    for (const text of TEXTS) {
      const v = vectorize(normalizeText(text));
      const sums = joint.sums(v);
      const toneCues = ruleCues('tone', normalizeText(text));
      expect(tone.finish(sums, v, toneCues)).toEqual(tone.scores(v, toneCues));
      binary.forEach(({ task, model }, j) => {
        const cues = ruleCues(task, normalizeText(text));
        const own = model.scores(v, cues)[0]!;
        expect(model.finish(sums, v, cues, 3 + j)[0]).toBe(own);
      });
    }
  });

  it('reads a smaller model at its own mask, whatever the high bits of the hash', () => {
    const joint = new JointSums([tone, binary[0]!.model]);
    const small = (1 << storedModel(binary[0]!.task).bits) - 1;
    // Slots where the yes/no model has a weight, hashed with high bits tone reads and it does not.
    const slots = [...binary[0]!.model.weights.keys()].filter((i) => binary[0]!.model.weights[i] !== 0).slice(0, 50);
    const hashes = Uint32Array.from(slots, (i, n) => (i | ((n * 0x9e3779b1) & ~small)) >>> 0);
    const v = { hashes, length: hashes.length, value: 1, words: 1 };
    const sums = joint.sums(v);
    expect(sums[3]).toBe(slots.reduce((s, i) => s + binary[0]!.model.weights[i]!, 0));
    expect(sums[3]).not.toBe(0);
    const large = (1 << storedModel('tone').bits) - 1;
    for (let o = 0; o < 3; o++) expect(sums[o]).toBe([...hashes].reduce((s, h) => s + tone.weights[(h & large) * 3 + o]!, 0));
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

  it("gives a Reading the tone of tone's own pass", () => {
    for (const text of TEXTS.slice(0, 4)) {
      const normalized = normalizeText(text);
      const cues = ruleCues('tone', normalized);
      const own = tone.probability(warnScore(tone.scores(vectorize(normalized), cues), 0));
      expect(new Reading(normalized).probability('tone')).toBe(own);
    }
  });
});
