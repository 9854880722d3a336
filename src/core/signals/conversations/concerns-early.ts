// concerns-early: concern, risk and blocker texts (classifier `concern`) and when they come in an item's
// life, and whether someone else answers them. Precision first: a text is a concern only when the model
// is sure of it.
import { defineSignal, count, share } from '../define';
import type { Comment, Item } from '../../model';
import { isSure, type TextFeatures } from '../../text';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { isBot, memoizeReading } from '../../context';
import { time } from '../../dates';
import { closedAt, datedComments, sortedComments } from '../../items';
import { firstAfter, ratio } from '../../numbers';
import { commentEvidence, countEvidence, firstN, itemEvidence } from '../evidence';
import { nameOf, pmSet } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, result } from '../verdicts';
import { pct } from '../wording';

export interface Concern {
  item: Item;
  by: string | null;
  at: string;
  early: boolean;
  answeredBy: string | null;
  /** The comment that raised it; none when it was raised in the description. */
  comment: Comment | null;
}

export function concernEvidence(ctx: SignalContext, c: Concern): Evidence {
  if (!c.comment) {
    return itemEvidence(c.item, say('sigConcernsEarlyInDescription', nameOf(ctx, c.by)), { at: c.at, ...(c.by ? { person: c.by } : {}) });
  }
  const label = c.early
    ? c.answeredBy ? 'sigConcernsEarlyEarlyAnswered' : 'sigConcernsEarlyEarlyUnanswered'
    : c.answeredBy ? 'sigConcernsEarlyLateAnswered' : 'sigConcernsEarlyLateUnanswered';
  return commentEvidence(c.item, c.comment, say(label, nameOf(ctx, c.by), nameOf(ctx, c.answeredBy)));
}

/** Precision first: a text is a concern only when the model is sure (≥ 0.8 right on held-out real text). */
function sureConcern(f: TextFeatures): boolean {
  return f.concern && isSure(f, 'concern');
}

/** A concern as the data alone tells it; whether it came early also depends on the evaluation's time
 * and threshold, so that part is left to `findConcerns`. */
interface Raised {
  item: Item;
  by: string | null;
  at: string;
  /** `at`, and the item's creation and close, as times (NaN when unreadable or open). */
  time: number;
  start: number;
  closed: number;
  answeredBy: string | null;
  comment: Comment | null;
}

/**
 * Every concern in the data with who answered it. Depends on the data and the texts' verdicts alone,
 * so it is kept per model (a settings change does not read every comment again); each item's answer
 * index is built only for items that raise a concern.
 */
function raisedConcerns(ctx: SignalContext): readonly Raised[] {
  return memoizeReading(ctx, 'concerns', () => {
    const out: Raised[] = [];
    for (const item of ctx.data.items) {
      const start = time(item.created);
      const closed = time(closedAt(item));
      const comments = sortedComments(item, ctx);
      let answers: ReturnType<typeof answerIndex> | undefined;
      if (sureConcern(ctx.textOf(item))) {
        const by = item.descriptionAuthor ?? item.creator;
        answers ??= answerIndex(ctx, comments);
        out.push({ item, by, at: item.created, time: start, start, closed, answeredBy: answers.after(by, start - 1), comment: null });
      }
      for (const c of comments) {
        if (!c.author || isBot(ctx, c.author) || !sureConcern(commentFeatures(ctx, c))) continue;
        const at = time(c.created);
        answers ??= answerIndex(ctx, comments);
        const answeredBy = answers.replyTo(c.id, c.author) ?? answers.after(c.author, at);
        out.push({ item, by: c.author, at: c.created, time: at, start, closed, answeredBy, comment: c });
      }
    }
    return out;
  });
}

export function findConcerns(ctx: SignalContext): Concern[] {
  const now = time(ctx.now);
  const share = ctx.thresholds.earlyLifeShare;
  return raisedConcerns(ctx).map((r) => {
    // An open item's life runs to now; raised in the description counts as early.
    const life = Math.max(0, (r.closed || now) - r.start);
    const early = r.comment === null || life === 0 || r.time - r.start <= life * share;
    return { item: r.item, by: r.by, at: r.at, early, answeredBy: r.answeredBy, comment: r.comment };
  });
}

/** The first of a list and the first after it by someone else: enough to find the first not by X. */
interface FirstTwo {
  first: Comment;
  other: Comment | null;
}

function firstNotBy(pair: FirstTwo | undefined, author: string | null): Comment | null {
  if (!pair) return null;
  return pair.first.author !== author ? pair.first : pair.other;
}

/**
 * Who answers a concern, read in constant time per concern: asking "the first reply by someone
 * else" by scanning all comments again for each concern took 52 s on one item with 50,000 comments.
 */
function answerIndex(ctx: SignalContext, comments: Comment[]) {
  // Replies in order, per comment they answer: the first, and the first by a different author.
  const replies = new Map<string, FirstTwo>();
  for (const r of comments) {
    if (!r.replyTo) continue;
    const pair = replies.get(r.replyTo);
    if (!pair) replies.set(r.replyTo, { first: r, other: null });
    else if (!pair.other && r.author !== pair.first.author) pair.other = r;
  }
  // People who can answer (a person, not a bot), in time order; each with the next one by someone else.
  const dated = datedComments(comments, ctx);
  const answerers: Comment[] = [];
  const times: number[] = [];
  for (let i = 0; i < dated.list.length; i++) {
    const c = dated.list[i]!;
    if (c.author && !isBot(ctx, c.author)) {
      answerers.push(c);
      times.push(dated.times[i]!);
    }
  }
  const nextOther: number[] = new Array<number>(answerers.length);
  for (let i = answerers.length - 1; i >= 0; i--) {
    const next = i + 1;
    nextOther[i] = next >= answerers.length ? -1 : answerers[next]!.author !== answerers[i]!.author ? next : nextOther[next]!;
  }
  return {
    /** The author of the first reply to `id` not written by `author` (null when it has no author). */
    replyTo(id: string, author: string | null): string | null {
      return firstNotBy(replies.get(id), author)?.author ?? null;
    },
    /** The first person other than `author` to comment after `at`. */
    after(author: string | null, at: number): string | null {
      const lo = firstAfter(times, at);
      if (lo >= answerers.length) return null;
      const first = answerers[lo]!;
      if (first.author !== author) return first.author;
      const other = nextOther[lo]!;
      return other >= 0 ? answerers[other]!.author : null;
    },
  };
}

export const concernsEarly = defineSignal({
  id: 'concerns-early',
  kind: 'healthy',
  thresholds: {
    earlyLifeShare: share(0.25, 'the first quarter of an item\'s life: creation to close, or to now when open'),
    earlyConcernShare: share(0.5, 'most concerns should come early'),
    concernAnsweredShare: share(0.5, 'most concerns should be answered'),
    minConcerns: count(3, 'three at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    const concerns = findConcerns(ctx);
    const need = minFor(ctx, ctx.thresholds.minConcerns);
    if (concerns.length < need) {
      return insufficient(signal, concerns.length, need, say('sigConcernsEarlyOf'), sayCount(concerns.length, 'sigConcernsEarlyTooFewOne', 'sigConcernsEarlyTooFewOther', need), firstN(concerns).map((c) => concernEvidence(ctx, c)));
    }
    const early = concerns.filter((c) => c.early).length;
    const answered = concerns.filter((c) => c.answeredBy).length;
    const pms = pmSet(ctx);
    const byPm = concerns.filter((c) => c.answeredBy && pms.has(c.answeredBy)).length;
    const earlyShare = ratio(early, concerns.length);
    const answeredShare = ratio(answered, concerns.length);
    const present = earlyShare >= ctx.thresholds.earlyConcernShare && answeredShare >= ctx.thresholds.concernAnsweredShare;
    const evidence: Evidence[] = [
      countEvidence(say('sigConcernsEarlyRaisedEarly', early, concerns.length), early),
      countEvidence(say('sigConcernsEarlyAnswered', answered, concerns.length), answered),
      countEvidence(say('sigConcernsEarlyByPm', byPm), byPm),
      ...firstN(concerns).map((c) => concernEvidence(ctx, c)),
    ];
    const summary = sayCount(concerns.length, 'sigConcernsEarlySummaryOne', 'sigConcernsEarlySummaryOther', early, pct(earlyShare), answered, pct(answeredShare));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, concerns.length, need),
      figure: Math.min(earlyShare, answeredShare),
    });
  },
});
