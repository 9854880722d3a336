// Fitting one task's shipped model: train on the licence-clear sources, then calibrate and choose the
// operating points on held-out real text (k-fold predictions for the real sources it trains on, the
// final model's predictions for the evaluation-only ones, which it never saw). Shared by train and eval.
import type { Task } from '../../src/core/text/model/cues';
import type { StoredModel } from '../../src/core/text/model/model';
import { TONE_CLASSES, dupKey, type Row, type Source } from './data';
import { learn, platt, prepare, quantise, warnScores, type Prepared } from './learn';

export interface Settings {
  bits: number;
  epochs: number;
  l2: number;
  rate: number;
  prune: number;
  /** Sample weight of our own (templated) sets against real text. */
  ownWeight: number;
}

export const SETTINGS: Record<Task, Settings> = {
  tone: { bits: 18, epochs: 6, l2: 1e-6, rate: 0.5, prune: 3, ownWeight: 1 },
  solutionOriented: { bits: 16, epochs: 10, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 0.3 },
  atomic: { bits: 16, epochs: 10, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 1 },
  valueStatement: { bits: 16, epochs: 10, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 1 },
  acceptanceCriteria: { bits: 16, epochs: 10, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 1 },
  concern: { bits: 16, epochs: 8, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 1 },
  decision: { bits: 16, epochs: 8, l2: 1e-6, rate: 0.5, prune: 2, ownWeight: 1 },
};

export const SEED = 20261203;
const FOLDS = 5;
/** Fewer held-out real positives than this and a model's cuts mean nothing. */
const MIN_POSITIVES = 20;

export function outputsOf(task: Task): readonly string[] {
  return task === 'tone' ? TONE_CLASSES : ['yes'];
}

/** The warning label of a row: tone's negative, or the yes/no label. */
export function warnLabel(task: Task, row: Row): number {
  return task === 'tone' ? (row.y === 0 ? 1 : 0) : row.y;
}

/** Trains one model on `rows` (rows whose text is in `exclude` are left out, so duplicates never straddle). */
export function train(task: Task, rows: readonly Row[], exclude: ReadonlySet<string> = new Set(), seed = SEED): StoredModel {
  const s = SETTINGS[task];
  const kept = rows.filter((r) => !exclude.has(dupKey(r.text)));
  const data = prepare(task, kept, (r) => (r.source.startsWith('own-') ? s.ownWeight : 1));
  const learned = learn(data, { bits: s.bits, outputs: outputsOf(task).length, epochs: s.epochs, l2: s.l2, rate: s.rate, seed });
  return quantise(learned, outputsOf(task), s.prune);
}

/** Stable fold of a text (FNV-1a of its duplicate key): duplicates land in the same fold. */
export function foldOf(text: string): number {
  let h = 0x811c9dc5;
  const key = dupKey(text);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

export interface Heldout {
  scores: number[];
  labels: number[];
}

/** Held-out warning scores on real text: k-fold (or project by project) for shipped real sources, direct for evaluation-only ones. */
export function heldoutScores(task: Task, sources: readonly Source[], final: StoredModel): Heldout {
  const shipped = sources.filter((s) => s.ship).flatMap((s) => s.rows);
  const out: Heldout = { scores: [], labels: [] };
  for (const source of sources.filter((s) => s.real && s.calibrate !== false)) {
    if (source.ship) {
      // A source of several projects (the Dalpiaz stories) is held out a project at a time: the cuts
      // are then placed for a project the model has never seen, as in use. Others: five folds by text.
      const groups = [...new Set(source.rows.map((r) => r.group))].sort();
      const folds = groups.length > 1 ? groups.map((g) => source.rows.filter((r) => r.group === g)) : Array.from({ length: FOLDS }, (_, fold) => source.rows.filter((r) => foldOf(r.text) === fold));
      for (const test of folds) {
        const model = train(task, shipped, new Set(test.map((r) => dupKey(r.text))));
        push(out, task, model, prepare(task, test));
      }
    } else {
      const trainedOn = new Set(shipped.map((r) => dupKey(r.text)));
      push(out, task, final, prepare(task, source.rows.filter((r) => !trainedOn.has(dupKey(r.text)))));
    }
  }
  return out;
}

function push(out: Heldout, task: Task, model: StoredModel, data: Prepared[]): void {
  const scores = warnScores(model, data);
  for (let i = 0; i < data.length; i++) {
    out.scores.push(scores[i] as number);
    out.labels.push(warnLabel(task, (data[i] as Prepared).row));
  }
}

export interface OperatingPoint {
  /** The answer is yes at or above this calibrated probability: the best F1 on held-out real text. */
  threshold: number;
  /** A warning is raised at or above this one: precision at least 0.8 on held-out real text. */
  warnAt: number;
  /** Below this, a "no" is right at least 0.8 of the time; between it and warnAt: not enough evidence. */
  unsureBelow: number;
  /** Held-out figures at `threshold` and at `warnAt`. */
  f1: number;
  precision: number;
  recall: number;
  warnPrecision: number;
  warnRecall: number;
  positives: number;
}

/**
 * Operating points from calibrated held-out probabilities: the cut with the best F1 (the yes/no answer),
 * the lowest cut whose warnings are right at least `target` of the time (if none is, no warning is
 * raised: warnAt 1.01), and the highest cut under which "no" is right at least `target` of the time.
 */
export function operatingPoint(probabilities: readonly number[], labels: readonly number[], target = 0.8): OperatingPoint {
  const order = probabilities.map((_, i) => i).sort((a, b) => (probabilities[b] as number) - (probabilities[a] as number) || a - b);
  const positives = labels.reduce((a, b) => a + b, 0);
  let tp = 0;
  let best = { threshold: 1.01, f1: 0, precision: 0, recall: 0 };
  let warn = { warnAt: 1.01, warnPrecision: 0, warnRecall: 0 };
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    tp += labels[i] as number;
    const next = order[n + 1];
    // Only cut between distinct probabilities.
    if (next !== undefined && probabilities[next] === probabilities[i]) continue;
    const precision = tp / (n + 1);
    const recall = positives ? tp / positives : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const cut = probabilities[i] as number;
    if (f1 > best.f1) best = { threshold: cut, f1, precision, recall };
    if (n >= 9 && precision >= target) warn = { warnAt: cut, warnPrecision: precision, warnRecall: recall };
  }
  // Sure "no": scan from the bottom up while the rows below are mostly negatives.
  let negatives = 0;
  let unsureBelow = 0;
  for (let n = order.length - 1, seen = 1; n >= 0; n--, seen++) {
    const i = order[n] as number;
    negatives += 1 - (labels[i] as number);
    const p = probabilities[i] as number;
    if (p >= Math.min(best.threshold, warn.warnAt)) break;
    if (seen >= 10 && negatives / seen >= target) unsureBelow = p;
  }
  // A warning never goes below the answer itself.
  if (warn.warnAt < best.threshold) warn = { warnAt: best.threshold, warnPrecision: best.precision, warnRecall: best.recall };
  return {
    threshold: round4(best.threshold),
    warnAt: round4(warn.warnAt),
    unsureBelow: round4(unsureBelow),
    f1: round4(best.f1),
    precision: round4(best.precision),
    recall: round4(best.recall),
    warnPrecision: round4(warn.warnPrecision),
    warnRecall: round4(warn.warnRecall),
    positives,
  };
}

const round4 = (x: number): number => Number(x.toFixed(4));

export interface Fitted {
  model: StoredModel;
  point: OperatingPoint;
  reliability: { from: number; to: number; n: number; predicted: number; observed: number }[];
  heldout: number;
}

/** The shipped model of a task: trained, calibrated, with its operating points. */
export function fit(task: Task, sources: readonly Source[]): Fitted {
  const shipped = sources.filter((s) => s.ship).flatMap((s) => s.rows);
  const model = train(task, shipped);
  const held = heldoutScores(task, sources, model);
  const calibration = platt(held.scores, held.labels);
  const p = held.scores.map((s) => 1 / (1 + Math.exp(-(calibration.a * s + calibration.b))));
  const point = operatingPoint(p, held.labels);
  const reliability = [];
  for (let bin = 0; bin < 10; bin++) {
    const from = bin / 10;
    const to = (bin + 1) / 10;
    const inBin = p.map((x, i) => [x, held.labels[i] as number] as const).filter(([x]) => x >= from && (bin === 9 ? x <= to : x < to));
    if (inBin.length === 0) continue;
    reliability.push({
      from,
      to,
      n: inBin.length,
      predicted: round4(inBin.reduce((a, [x]) => a + x, 0) / inBin.length),
      observed: round4(inBin.reduce((a, [, y]) => a + y, 0) / inBin.length),
    });
  }
  // Where held-out real text has too few positives to place a cut (Dalpiaz stories carry no acceptance
  // criteria), the model is not trusted: the rule answers alone.
  const trusted = point.positives >= MIN_POSITIVES;
  return {
    model: { ...model, calibration, threshold: point.threshold, warnAt: point.warnAt, unsureBelow: point.unsureBelow, trusted },
    point,
    reliability,
    heldout: held.scores.length,
  };
}
