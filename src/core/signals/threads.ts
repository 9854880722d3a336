// Conversations: who addresses whom in an item's comments (mentions, replies, answering the previous
// comment), and a comment's text features.
import type { Comment, Item } from '../model';
import { isBot, memoizeModel } from '../context';
import { sortedComments } from '../items';
import { personCodes } from '../compact';
import type { SignalContext } from './types';

export interface Addressing {
  from: string;
  to: string;
  item: Item;
  comment: Comment;
}

/**
 * Who each comment addresses: the people it mentions and the author it replies to; with neither, the
 * author of the comment before it (trackers without threads show replies as the next comment).
 */
export function addressings(ctx: SignalContext): readonly Addressing[] {
  // The data alone decides them (bots are marked in the data): worked out once per model.
  return memoizeModel(ctx, 'addressings', () => {
    const out: Addressing[] = [];
    for (const item of ctx.data.items) {
      const byId = new Map(item.comments.map((c) => [c.id, c]));
      const ordered = sortedComments(item, ctx);
      let prev: Comment | null = null;
      for (const c of ordered) {
        const from = c.author;
        if (from && !isBot(ctx, from)) {
          const targets = new Set<string>();
          for (const m of c.mentions) if (m && m !== from) targets.add(m);
          const parent = c.replyTo ? byId.get(c.replyTo) : undefined;
          if (parent?.author && parent.author !== from) targets.add(parent.author);
          if (targets.size === 0 && !c.replyTo && prev?.author && prev.author !== from) targets.add(prev.author);
          for (const to of targets) if (!isBot(ctx, to)) out.push({ from, to, item, comment: c });
        }
        prev = c;
      }
    }
    return out;
  });
}

/** The addressings as person codes and item places (same order as `addressings`): kept per model, so
 * an evaluation asks each person's role once and then reads typed arrays, not the records. */
export interface AddressingTable {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The place of the addressing's item in the backlog. */
  readonly item: Int32Array;
}

export function addressingTable(ctx: SignalContext): AddressingTable {
  return memoizeModel(ctx, 'addressingTable', () => {
    const all = addressings(ctx);
    const codes = personCodes(ctx);
    const places = new Map<Item, number>();
    ctx.data.items.forEach((item, i) => places.set(item, i));
    return {
      from: Int32Array.from(all, (a) => codes.code(a.from)),
      to: Int32Array.from(all, (a) => codes.code(a.to)),
      item: Int32Array.from(all, (a) => places.get(a.item)!),
    };
  });
}

export function commentFeatures(ctx: SignalContext, c: Comment) {
  return ctx.textOfComment(c.id, c.body.text);
}
