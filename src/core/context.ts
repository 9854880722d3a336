// Reading one evaluation's context: a memo the signals share for it, and who of its people are bots.
import { personIn } from './people';
import type { SignalContext } from './signals/types';

/** Bots, and placeholders such as GitHub's `ghost`, are marked by the converters; their actions are
 * nobody's routine. */
export function isBot(ctx: SignalContext, id: string | null | undefined): boolean {
  const p = personIn(ctx.data.people, id);
  return !!p && (p.bot === true || p.placeholder === true);
}

// Memo per evaluation: signals share derived indexes without recomputing them 26 times.
const memo = new WeakMap<object, Map<string, unknown>>();

export function memoize<T>(ctx: SignalContext, key: string, build: () => T): T {
  let byKey = memo.get(ctx);
  if (!byKey) {
    byKey = new Map();
    memo.set(ctx, byKey);
  }
  // One look-up when the value is there (hot helpers ask many times per evaluation).
  const known = byKey.get(key);
  if (known !== undefined || byKey.has(key)) return known as T;
  const built = build();
  byKey.set(key, built);
  return built;
}
