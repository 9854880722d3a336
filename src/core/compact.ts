// Compact forms of a model's data, kept per model (src/core/context.ts, memoizeModel): people as small
// numbers and the comments as flat typed arrays. An evaluation after a settings change then reads these
// few contiguous arrays instead of walking every item and comment object again; on a backlog bigger
// than the processor cache, those scattered objects are what made the time grow faster than the data.
import { memoizeModel } from './context';
import { time } from './dates';
import type { Comment } from './model';
import type { SignalContext } from './signals/types';

/** A model's people as numbers, in the order they were first seen; "nobody" (null) has its own. */
export interface PersonCodes {
  code(id: string | null | undefined): number;
  /** The person behind each code (null for nobody). */
  readonly ids: readonly (string | null)[];
}

export function personCodes(ctx: SignalContext): PersonCodes {
  return memoizeModel(ctx, 'personCodes', () => {
    const byId = new Map<string | null, number>();
    const ids: (string | null)[] = [];
    return {
      ids,
      code(id) {
        const key = id ?? null;
        let n = byId.get(key);
        if (n === undefined) {
          byId.set(key, (n = ids.length));
          ids.push(key);
        }
        return n;
      },
    };
  });
}

/** One flag per person code, from a test asked once per person (a few dozen) rather than once per record. */
export function flagsOf(codes: PersonCodes, test: (id: string | null) => boolean): Uint8Array {
  const flags = new Uint8Array(codes.ids.length);
  for (let i = 0; i < flags.length; i++) flags[i] = test(codes.ids[i]!) ? 1 : 0;
  return flags;
}

/** The positions (ascending) of the records of the people flagged, from each person's positions. */
export function positionsOf(byPerson: readonly (readonly number[] | undefined)[], flags: Uint8Array): number[] {
  const out: number[] = [];
  let people = 0;
  for (let p = 0; p < byPerson.length; p++) {
    const mine = byPerson[p];
    if (!mine || !flags[p]) continue;
    people++;
    for (let i = 0; i < mine.length; i++) out.push(mine[i]!);
  }
  // Several people's positions interleave: back into the records' order.
  if (people > 1) out.sort((a, b) => a - b);
  return out;
}

/** Every backlog comment, item by item in the items' order, each item's comments as stored. */
export interface CommentTable {
  readonly comments: readonly Comment[];
  /** The place of each comment's item in the backlog. */
  readonly item: Int32Array;
  /** Its author's person code. */
  readonly author: Int32Array;
  /** 1 when its text holds more than white space. */
  readonly said: Uint8Array;
  /** When it was written (NaN when unreadable). */
  readonly at: Float64Array;
  /** Positions of each person's comments, by person code. */
  readonly byAuthor: readonly (readonly number[] | undefined)[];
}

export function commentTable(ctx: SignalContext): CommentTable {
  return memoizeModel(ctx, 'commentTable', () => {
    const codes = personCodes(ctx);
    const items = ctx.data.items;
    let n = 0;
    for (let i = 0; i < items.length; i++) n += items[i]!.comments.length;
    const comments: Comment[] = new Array(n);
    const item = new Int32Array(n);
    const author = new Int32Array(n);
    const said = new Uint8Array(n);
    const at = new Float64Array(n);
    const byAuthor: number[][] = [];
    let k = 0;
    for (let i = 0; i < items.length; i++) {
      const list = items[i]!.comments;
      for (let j = 0; j < list.length; j++, k++) {
        const c = list[j]!;
        const who = codes.code(c.author);
        comments[k] = c;
        item[k] = i;
        author[k] = who;
        said[k] = c.body.text.trim() ? 1 : 0;
        at[k] = time(c.created);
        (byAuthor[who] ??= []).push(k);
      }
    }
    return { comments, item, author, said, at, byAuthor };
  });
}

/** Each backlog item's place, read as the first item with its key (keys name items in sets and
 * evidence; two items with one key count as one, as a set of keys counts them). */
export function itemKeyPlaces(ctx: SignalContext): Int32Array {
  return memoizeModel(ctx, 'itemKeyPlaces', () => {
    const first = new Map<string, number>();
    const items = ctx.data.items;
    const out = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const key = items[i]!.key;
      let at = first.get(key);
      if (at === undefined) first.set(key, (at = i));
      out[i] = at;
    }
    return out;
  });
}
