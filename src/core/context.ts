// Reading one evaluation's context: a memo the signals share for it, and who of its people are bots.
import { personIn } from './people';
import type { SignalContext } from './signals/types';

/** Bots, and placeholders such as GitHub's `ghost`, are marked by the converters; their actions are
 * nobody's routine. */
export function isBot(ctx: SignalContext, id: string | null | undefined): boolean {
  const p = personIn(ctx.data.people, id);
  return !!p && (p.bot === true || p.placeholder === true);
}

/** The value kept under `key`, built on first asking. One look-up when it is there (hot helpers ask
 * many times per evaluation). */
function remembered<T>(byKey: Map<string, unknown>, key: string, build: () => T): T {
  const known = byKey.get(key);
  if (known !== undefined || byKey.has(key)) return known as T;
  const built = build();
  byKey.set(key, built);
  return built;
}

// Memo per evaluation: signals share derived indexes without recomputing them 26 times.
const memo = new WeakMap<object, Map<string, unknown>>();

export function memoize<T>(ctx: SignalContext, key: string, build: () => T): T {
  let byKey = memo.get(ctx);
  if (!byKey) {
    byKey = new Map();
    memo.set(ctx, byKey);
  }
  return remembered(byKey, key, build);
}

// Memo per model: facts that depend on the tracker data alone (who acted, when, comment orders),
// not on the roster, the thresholds or the signed-in user, kept across evaluations of the same model
// object, so a settings change re-evaluating it does not work them out again. Keyed weakly by the
// evaluation's data (the engine keeps that object the same for the same input, and checks the input
// for changes before each evaluation: src/core/engine.ts), so the memo dies with the model.
const modelMemo = new WeakMap<object, Map<string, unknown>>();

/** What the memo per model is keyed by: the model's data when the engine keeps its facts, else the
 * evaluation itself (see `SignalContext.keeps`). */
const ownerOf = (ctx: SignalContext): object => (ctx.keeps === false ? ctx : ctx.data);

export function memoizeModel<T>(ctx: SignalContext, key: string, build: () => T): T {
  const owner = ownerOf(ctx);
  let byKey = modelMemo.get(owner);
  if (!byKey) {
    byKey = new Map();
    modelMemo.set(owner, byKey);
  }
  return remembered(byKey, key, build);
}

// The same for facts that also depend on what the texts say: kept per model and per reader, as a
// caller may evaluate one model with two classifiers (the tests do).
const readingMemo = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();
const NO_READER = {};

export function memoizeReading<T>(ctx: SignalContext, key: string, build: () => T): T {
  const owner = ownerOf(ctx);
  let byReader = readingMemo.get(owner);
  if (!byReader) {
    byReader = new WeakMap();
    readingMemo.set(owner, byReader);
  }
  const reader = ctx.reader ?? NO_READER;
  let byKey = byReader.get(reader);
  if (!byKey) {
    byKey = new Map();
    byReader.set(reader, byKey);
  }
  return remembered(byKey, key, build);
}

/** Drops what is known of a model: its data changed, so its facts are worked out again. */
export function forgetModel(data: object): void {
  modelMemo.delete(data);
  readingMemo.delete(data);
}
