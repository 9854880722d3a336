// Reading one (normalised) text with the seven learned models. The hashed features are computed once,
// on first use, and shared; each model runs once, when its answer is first asked for, and is remembered
// with the text (the engine keeps one Reading per text).
import type { ClassifyOptions, Tone } from '../types';
import { TASKS, ruleCues, type Task } from './cues';
import { vectorize, type TextVector } from './features';
import { JointSums, LinearModel, warnScore, type StoredModel } from './model';
import { MODELS } from './weights';

const models = new Map<Task, LinearModel>();

function modelOf(task: Task): LinearModel {
  let m = models.get(task);
  if (!m) {
    m = new LinearModel(MODELS[task]);
    models.set(task, m);
  }
  return m;
}

/**
 * The trusted models read in one pass per text (JointSums): tone and the yes/no models whose size
 * divides tone's (every model's mask reads the low bits of the same hash). An untrusted model has no
 * weights to read; a model of another size would keep its own pass.
 */
export const JOINT_TASKS: readonly Task[] = TASKS.filter((t) => MODELS[t].trusted && MODELS[t].bits <= MODELS.tone.bits);
let joint: JointSums | undefined;
function jointSums(): JointSums {
  return (joint ??= new JointSums(JOINT_TASKS.map(modelOf)));
}

export function storedModel(task: Task): StoredModel {
  return MODELS[task];
}

const TONES: readonly Tone[] = ['negative', 'neutral', 'positive'];

export class Reading {
  #vector?: TextVector;
  #sums?: Int32Array;
  readonly #probability = new Map<Task, number>();
  #tone?: Tone;
  constructor(
    readonly text: string,
    readonly options?: ClassifyOptions,
  ) {}

  #vectorOf(): TextVector {
    return (this.#vector ??= vectorize(this.text));
  }

  #read(task: Task): number {
    const cues = ruleCues(task, this.text, this.options);
    const m = modelOf(task);
    // Not trusted: held-out real text could not place the model's cuts; the rule answers (0 or 1).
    if (!m.stored.trusted) return cues[0] as number;
    const vector = this.#vectorOf();
    // No word of ordinary length ("aaaa…" × 6 MB, "!!!!", a bare URL, nothing): the models learned
    // nothing about such text, so the rule answers (0 or 1), as for an untrusted model. An empty
    // description still surely states no value.
    if (vector.words === 0) {
      if (task === 'tone') this.#tone = cues[0] ? 'negative' : cues[1] ? 'positive' : 'neutral';
      return cues[0] as number;
    }
    const at = JOINT_TASKS.indexOf(task);
    let scores: number[];
    if (at < 0) scores = m.scores(vector, cues);
    else {
      const all = jointSums();
      const sums = (this.#sums ??= all.sums(vector));
      scores = m.finish(sums, vector, cues, all.offsets[at] as number);
    }
    if (task === 'tone') {
      const p = m.probability(warnScore(scores, 0));
      this.#tone = p >= m.stored.threshold ? 'negative' : (scores[2] as number) > (scores[1] as number) ? 'positive' : 'neutral';
      return p;
    }
    return m.probability(scores[0] as number);
  }

  /** Calibrated probability of the class that can warn (tone: negative; atomic: NOT atomic; others: yes). */
  probability(task: Task): number {
    let p = this.#probability.get(task);
    if (p === undefined) {
      p = this.#read(task);
      this.#probability.set(task, p);
    }
    return p;
  }

  /** The yes/no answer: the warning class at or above the model's best-F1 cut. */
  says(task: Exclude<Task, 'tone'>): boolean {
    const m = MODELS[task];
    const p = this.probability(task);
    const warns = m.trusted ? p >= m.threshold : p >= 0.5;
    return task === 'atomic' ? !warns : warns;
  }

  tone(): Tone {
    this.probability('tone');
    return this.#tone ?? TONES[1]!;
  }
}

/**
 * Whether the warning class is sure enough to warn about (precision ≥ 0.8 on held-out real text), or —
 * with `no` — sure enough that it is absent. Between the two: not enough evidence.
 */
export function sureOf(task: Task, probability: number, no = false): boolean {
  const m = MODELS[task];
  if (!m.trusted) return no ? probability < 0.5 : probability >= 0.5;
  return no ? probability < m.unsureBelow : probability >= m.warnAt;
}
