// A linear model over the shared hashed features (features.ts) plus a few rule cues. Weights are int8,
// stored sparsely (only the non-zero ones) as base64 in weights.ts and expanded on first use into one
// dense array per model, outputs interleaved so one lookup reads all of a feature's weights.
import type { TextVector } from './features';

/** One trained model as stored (written by scripts/train.ts; see docs/models.md). */
export interface StoredModel {
  /** Output names: one for a yes/no model, three for tone. */
  outputs: readonly string[];
  /** The model keeps 2^bits weights per output. */
  bits: number;
  /** int8 weight × scale = weight. */
  scale: number;
  bias: readonly number[];
  /** cueWeights[output][cue]: weight of each rule cue. */
  cueWeights: readonly (readonly number[])[];
  /** Sparse weights: varint gap to the next non-zero position, then its int8 value; base64. */
  weights: string;
  /** Platt scaling of the raw score of the output that can warn: p = 1 / (1 + exp(-(a·score + b))). */
  calibration: { a: number; b: number };
  /** Calibrated probability at or above which the answer is yes (tone: negative): best F1 on held-out real text. */
  threshold: number;
  /** At or above this, sure enough to warn: precision ≥ 0.8 on held-out real text (above 1: never). */
  warnAt: number;
  /** Below this the answer is a sure no; between it and `warnAt`, not enough evidence. */
  unsureBelow: number;
  /** False when held-out real text could not place the cuts: the rule's answer is used instead. */
  trusted: boolean;
}

export class LinearModel {
  readonly outputs: number;
  readonly #mask: number;
  /** int8 weights, outputs interleaved: weight of output o for feature slot i at i * outputs + o. */
  readonly weights: Int8Array;
  constructor(readonly stored: StoredModel) {
    this.outputs = stored.outputs.length;
    this.#mask = (1 << stored.bits) - 1;
    this.weights = decodeWeights(stored.weights, this.outputs << stored.bits);
  }

  /** Raw scores (logits), one per output. */
  scores(vector: TextVector, cues: readonly number[]): number[] {
    const k = this.outputs;
    const sums = new Array<number>(k).fill(0);
    const w = this.weights;
    const mask = this.#mask;
    const { hashes, length } = vector;
    if (k === 1) {
      let s = 0;
      for (let i = 0; i < length; i++) s += w[(hashes[i] as number) & mask] as number;
      sums[0] = s;
    } else {
      for (let i = 0; i < length; i++) {
        const at = ((hashes[i] as number) & mask) * k;
        for (let o = 0; o < k; o++) sums[o] = (sums[o] as number) + (w[at + o] as number);
      }
    }
    return this.finish(sums, vector, cues);
  }

  /**
   * Raw scores from the sums of a text's int8 weights per output, read from `sums` at `from` (summed by
   * `scores` or by `JointSums`, whose one array holds every model's sums).
   */
  finish(sums: ArrayLike<number>, vector: TextVector, cues: readonly number[], from = 0): number[] {
    const { scale, bias, cueWeights } = this.stored;
    const f = scale * vector.value;
    const out = new Array<number>(this.outputs);
    for (let o = 0; o < this.outputs; o++) {
      let s = (bias[o] as number) + f * (sums[from + o] as number);
      const cw = cueWeights[o] as readonly number[];
      for (let c = 0; c < cues.length; c++) s += (cw[c] as number) * (cues[c] as number);
      out[o] = s;
    }
    return out;
  }

  /** Calibrated probability of the output that can warn, from a raw score (see `warnScore`). */
  probability(score: number): number {
    const { a, b } = this.stored.calibration;
    return 1 / (1 + Math.exp(-(a * score + b)));
  }
}

/**
 * Several models' weights side by side, one row per feature slot: one pass over a text's features sums
 * every model's outputs at once, reading one cache line per feature instead of one per model (tone's
 * three outputs and the yes/no models' one each). The table has as many rows as the largest model has
 * slots; a smaller model's weight for row r is its own at `r & mask`, repeated, so each model reads
 * exactly the weight its own pass would. Rows are padded to a power of two so one never straddles two
 * cache lines. The sums are of int8 integers, so each equals what the model's own pass gives, in any order.
 */
export class JointSums {
  readonly #weights: Int8Array;
  readonly #mask: number;
  readonly #stride: number;
  /** Where each model's outputs start in a row (and in `sums`), in the order of `models`. */
  readonly offsets: readonly number[];
  /** How many sums a text gets: every model's outputs. */
  readonly width: number;
  constructor(readonly models: readonly LinearModel[]) {
    const bits = models.reduce((b, m) => Math.max(b, m.stored.bits), 0);
    let width = 0;
    this.offsets = models.map((m) => {
      const at = width;
      width += m.outputs;
      return at;
    });
    this.width = width;
    let stride = 1;
    while (stride < width) stride <<= 1;
    this.#stride = stride;
    this.#mask = (1 << bits) - 1;
    const table = new Int8Array(stride << bits);
    models.forEach((m, j) => {
      const k = m.outputs;
      const own = (1 << m.stored.bits) - 1;
      const at = this.offsets[j] as number;
      const w = m.weights;
      for (let r = 0; r <= this.#mask; r++) {
        const from = (r & own) * k;
        for (let o = 0; o < k; o++) table[r * stride + at + o] = w[from + o] as number;
      }
    });
    this.#weights = table;
  }

  /** Every model's sums of weights over the text's features, outputs of `models[j]` from `offsets[j]`. */
  sums(vector: TextVector): Int32Array {
    const width = this.width;
    // As wide as a row: the padding's sums are 0.
    const out = new Int32Array(this.#stride);
    const w = this.#weights;
    const mask = this.#mask;
    const stride = this.#stride;
    const { hashes, length } = vector;
    if (stride === 8) {
      // The shipped models' shape (tone's three outputs and five yes/no models): the sums kept in
      // locals, so the loop does one load per weight and no stores.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      for (let i = 0; i < length; i++) {
        const at = ((hashes[i] as number) & mask) << 3;
        s0 += w[at] as number;
        s1 += w[at + 1] as number;
        s2 += w[at + 2] as number;
        s3 += w[at + 3] as number;
        s4 += w[at + 4] as number;
        s5 += w[at + 5] as number;
        s6 += w[at + 6] as number;
        s7 += w[at + 7] as number;
      }
      out[0] = s0;
      out[1] = s1;
      out[2] = s2;
      out[3] = s3;
      out[4] = s4;
      out[5] = s5;
      out[6] = s6;
      out[7] = s7;
      return out;
    }
    for (let i = 0; i < length; i++) {
      const at = ((hashes[i] as number) & mask) * stride;
      for (let j = 0; j < width; j++) out[j] = (out[j] as number) + (w[at + j] as number);
    }
    return out;
  }
}

/**
 * The score that can warn: a yes/no model's logit; for tone, the negative logit against the log-sum of
 * the others (the log-odds of negative under the softmax).
 */
export function warnScore(scores: readonly number[], warnIndex = 0): number {
  if (scores.length === 1) return scores[0] as number;
  const own = scores[warnIndex] as number;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) if (i !== warnIndex) max = Math.max(max, scores[i] as number);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) if (i !== warnIndex) sum += Math.exp((scores[i] as number) - max);
  return own - (max + Math.log(sum));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** base64 → bytes, without atob or Buffer (the same code in Node and the service worker). */
export function fromBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE64_VALUE[text.charCodeAt(i) & 127] as number;
    if (v < 0) continue; // padding
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += BASE64[v >> 18]! + BASE64[(v >> 12) & 63]! + BASE64[(v >> 6) & 63]! + BASE64[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = (bytes[i] as number) << 16;
    out += `${BASE64[v >> 18]!}${BASE64[(v >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${BASE64[v >> 18]!}${BASE64[(v >> 12) & 63]!}${BASE64[(v >> 6) & 63]!}=`;
  }
  return out;
}

/** Sparse int8 weights (gap varint + value) → a dense array of `size`. */
export function decodeWeights(text: string, size: number): Int8Array {
  const bytes = fromBase64(text);
  const dense = new Int8Array(size);
  let at = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++] as number;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80 && i < bytes.length);
    at += gap;
    if (at >= size || i >= bytes.length) break;
    dense[at] = ((bytes[i++] as number) << 24) >> 24;
  }
  return dense;
}

/** A dense int8 array → the stored sparse form (the trainer's side of `decodeWeights`). */
export function encodeWeights(dense: Int8Array): string {
  const bytes: number[] = [];
  let last = -1;
  for (let i = 0; i < dense.length; i++) {
    const v = dense[i] as number;
    if (v === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 128);
    }
    bytes.push(gap);
    bytes.push(v & 0xff);
  }
  return toBase64(Uint8Array.from(bytes));
}
