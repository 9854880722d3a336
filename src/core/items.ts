// What an item's fields say: when it closed, whether it is open, declined, scheduled or meant to
// argue its value, and its comments in time order. Used by the signals, the engine and the trends.
import type { Comment, Item } from './model';
import { memoizeModel } from './context';
import { time } from './dates';
import type { SignalContext } from './signals/types';

/**
 * Comment orders worked out once per model (keyed by the comment list they come from): several
 * signals ask for the same item's comments in time order, and each asking read every comment's date
 * again. They depend on the data alone, so they are kept across evaluations of the same model; the
 * engine drops them when the data changed (src/core/context.ts, memoizeModel).
 */
function ordersOf(ctx: SignalContext): WeakMap<readonly Comment[], Comment[]> {
  return memoizeModel(ctx, 'commentOrders', () => new WeakMap<readonly Comment[], Comment[]>());
}

/** An item's comments in time order; with a context, worked out once per model. */
export function sortedComments(item: Item, ctx?: SignalContext): Comment[] {
  const list = item.comments;
  const orders = ctx && ordersOf(ctx);
  const known = orders?.get(list);
  if (known) return known;
  let sorted = list;
  for (let i = 1; i < list.length; i++) {
    if (time(list[i]!.created) < time(list[i - 1]!.created)) {
      sorted = [...list].sort((a, b) => time(a.created) - time(b.created));
      break;
    }
  }
  orders?.set(list, sorted);
  return sorted;
}

/** Comments with a readable date, in time order, and their times (same index) as numbers. */
export interface DatedComments {
  readonly list: readonly Comment[];
  readonly times: readonly number[];
}

/**
 * The comments with a readable date, in time order (ties keep their order), with their times: for
 * searches by time. With a context, worked out once per model for each list.
 */
export function datedComments(comments: readonly Comment[], ctx?: SignalContext): DatedComments {
  const cache = ctx && memoizeModel(ctx, 'datedComments', () => new WeakMap<readonly Comment[], DatedComments>());
  const known = cache?.get(comments);
  if (known) return known;
  let list: Comment[] = [];
  let times: number[] = [];
  let inOrder = true;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    const t = time(c.created);
    if (Number.isNaN(t)) continue;
    if (times.length && t < times[times.length - 1]!) inOrder = false;
    list.push(c);
    times.push(t);
  }
  if (!inOrder) {
    // A stable sort of the positions by time: ties keep their order, as Array.prototype.sort does.
    const at = times;
    const order = list.map((_, i) => i).sort((a, b) => at[a]! - at[b]!);
    list = order.map((i) => list[i]!);
    times = order.map((i) => at[i]!);
  }
  const dated: DatedComments = { list, times };
  cache?.set(comments, dated);
  return dated;
}

/** Every item's creation and close as times, by its place in the backlog (NaN when unreadable or
 * not closed), and how many items have a close date. */
export interface ItemTimes {
  readonly created: Float64Array;
  readonly closed: Float64Array;
  readonly closedCount: number;
}

/** The items' times, read once per model: the signals that age every item read numbers, not dates. */
export function itemTimes(ctx: SignalContext): ItemTimes {
  return memoizeModel(ctx, 'itemTimes', () => {
    const items = ctx.data.items;
    const created = new Float64Array(items.length);
    const closed = new Float64Array(items.length);
    let closedCount = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const at = closedAt(item);
      if (at) closedCount++;
      created[i] = time(item.created);
      closed[i] = time(at);
    }
    return { created, closed, closedCount };
  });
}

/** The backlog's items by key (the last of any with one key), kept per model. */
export function itemsByKey(ctx: SignalContext): ReadonlyMap<string, Item> {
  return memoizeModel(ctx, 'itemsByKey', () => new Map(ctx.data.items.map((i) => [i.key, i])));
}

/** When an item closed: its resolution date, else its last `resolved` event. */
export function closedAt(item: Item): string | null {
  if (item.resolved) return item.resolved;
  for (let i = item.events.length - 1; i >= 0; i--) {
    const ev = item.events[i]!;
    if (ev.kind === 'resolved') return ev.at;
  }
  return null;
}

export function isOpen(item: Item): boolean {
  return item.state !== 'done';
}

export function isDeclined(item: Item): boolean {
  return item.state === 'done' && (item.resolution === 'wont-do' || item.resolution === 'not-planned');
}

export function isScheduled(item: Item): boolean {
  return !!(item.due || item.sprint || item.milestone || item.fixVersions.length > 0);
}

/** Items whose value is argued in the text: story-like work, not bugs or sub-tasks. */
export function isValueBearing(item: Item): boolean {
  return item.type !== 'bug' && item.type !== 'sub-task';
}
