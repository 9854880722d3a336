// Logistic regression (softmax for tone) over the hashed features, trained by seeded SGD with L2: the
// same data and seed give the same weights, bit for bit, on any machine with the same Node version.
import { normalizeText } from '../../src/core/text/normalize';
import { vectorize } from '../../src/core/text/model/features';
import { ruleCues, type Task } from '../../src/core/text/model/cues';
import { LinearModel, encodeWeights, warnScore, type StoredModel } from '../../src/core/text/model/model';
import type { Row } from './data';
import { rng as random } from '../labelled-e1/common';

export interface Prepared {
  row: Row;
  hashes: Uint32Array;
  value: number;
  cues: number[];
  /** Sample weight. */
  weight: number;
}

const cache = new Map<string, { hashes: Uint32Array; value: number; cues: number[] }>();

/** Features and rule cues of each row, computed once per (task, text). */
export function prepare(task: Task, rows: readonly Row[], weightOf: (row: Row) => number = () => 1): Prepared[] {
  return rows.map((row) => {
    const key = `${task}\u0000${row.title ?? ''}\u0000${row.text}`;
    let f = cache.get(key);
    if (!f) {
      const text = normalizeText(row.text);
      const v = vectorize(text);
      const options = row.title ? { title: normalizeText(row.title) } : undefined;
      f = { hashes: v.hashes, value: v.value, cues: ruleCues(task, text, options) };
      cache.set(key, f);
    }
    return { row, ...f, weight: weightOf(row) };
  });
}

export interface LearnOptions {
  bits: number;
  outputs: number;
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
  /** Weight of the positive class in yes/no tasks, or per class for tone. */
  classWeights?: readonly number[];
}

export interface Learned {
  bits: number;
  outputs: number;
  weights: Float64Array;
  bias: Float64Array;
  cueWeights: Float64Array[];
}

export function learn(data: readonly Prepared[], o: LearnOptions): Learned {
  const k = o.outputs;
  const mask = (1 << o.bits) - 1;
  const weights = new Float64Array(k << o.bits);
  const bias = new Float64Array(k);
  const nCues = data[0]?.cues.length ?? 0;
  const cueWeights = Array.from({ length: k }, () => new Float64Array(nCues));
  const rand = random(o.seed);
  const order = data.map((_, i) => i);
  const scores = new Float64Array(k);
  const grad = new Float64Array(k);
  let step = 0;
  const total = o.epochs * data.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const ex = data[index] as Prepared;
      const rate = o.rate / (1 + (4 * step++) / total);
      const { hashes, value, cues } = ex;
      for (let c = 0; c < k; c++) {
        let s = bias[c] as number;
        for (let h = 0; h < hashes.length; h++) s += (weights[((hashes[h] as number) & mask) * k + c] as number) * value;
        const cw = cueWeights[c] as Float64Array;
        for (let q = 0; q < nCues; q++) s += (cw[q] as number) * (cues[q] as number);
        scores[c] = s;
      }
      const y = ex.row.y;
      const cls = o.classWeights?.[k === 1 ? y : y] ?? 1;
      const w = ex.weight * cls;
      if (k === 1) {
        const p = 1 / (1 + Math.exp(-(scores[0] as number)));
        grad[0] = (p - y) * w;
      } else {
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, scores[c] as number);
        let sum = 0;
        for (let c = 0; c < k; c++) sum += Math.exp((scores[c] as number) - max);
        for (let c = 0; c < k; c++) grad[c] = (Math.exp((scores[c] as number) - max) / sum - (c === y ? 1 : 0)) * w;
      }
      const decay = 1 - rate * o.l2;
      for (let h = 0; h < hashes.length; h++) {
        const at = ((hashes[h] as number) & mask) * k;
        for (let c = 0; c < k; c++) {
          weights[at + c] = (weights[at + c] as number) * decay - rate * (grad[c] as number) * value;
        }
      }
      for (let c = 0; c < k; c++) {
        bias[c] = (bias[c] as number) - rate * (grad[c] as number);
        const cw = cueWeights[c] as Float64Array;
        for (let q = 0; q < nCues; q++) cw[q] = (cw[q] as number) * decay - rate * (grad[c] as number) * (cues[q] as number);
      }
    }
  }
  return { bits: o.bits, outputs: k, weights, bias, cueWeights };
}

/** Rounds to a fixed number of digits, so the stored form does not depend on float printing. */
const round = (x: number, digits = 6): number => Number(x.toFixed(digits));

/** int8 weights (|w| below `prune` of the largest set to zero), in the stored form. */
export function quantise(learned: Learned, outputs: readonly string[], prune: number): StoredModel {
  let max = 0;
  for (const w of learned.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const q = new Int8Array(learned.weights.length);
  for (let i = 0; i < q.length; i++) {
    const v = Math.round((learned.weights[i] as number) / scale);
    q[i] = Math.abs(v) < prune ? 0 : v;
  }
  return {
    outputs,
    bits: learned.bits,
    scale: round(scale, 9),
    bias: Array.from(learned.bias, (b) => round(b)),
    cueWeights: learned.cueWeights.map((cw) => Array.from(cw, (w) => round(w))),
    weights: encodeWeights(q),
    calibration: { a: 1, b: 0 },
    threshold: 0.5,
    warnAt: 0.5,
    unsureBelow: 0.5,
    trusted: true,
  };
}

/** The warning score of each prepared row under a stored model. */
export function warnScores(model: StoredModel, data: readonly Prepared[]): number[] {
  const m = new LinearModel(model);
  return data.map((d) => warnScore(m.scores({ hashes: d.hashes, length: d.hashes.length, value: d.value, words: 1 }, d.cues)));
}

/** Predicted class per row: tone's argmax, or score > 0. */
export function rawScores(model: StoredModel, data: readonly Prepared[]): number[][] {
  const m = new LinearModel(model);
  return data.map((d) => m.scores({ hashes: d.hashes, length: d.hashes.length, value: d.value, words: 1 }, d.cues));
}

/** Platt scaling: a, b minimising log-loss of sigmoid(a·s + b) on held-out scores (Newton steps). */
export function platt(scores: readonly number[], labels: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] as number;
      const p = 1 / (1 + Math.exp(-(a * s + b)));
      const d = p - (labels[i] as number);
      const w = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a: round(a), b: round(b) };
}
