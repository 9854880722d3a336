// engineer-opinion-priority: priority and rank changes made within requestWindowHours after an engineer
// commented on the item, on items whose text states no impact (classifier `valueStatement` on the item
// and on comments before the change).
import { defineSignal, count, limit, share } from '../define';
import type { Comment, Item, TrackerEvent } from '../../model';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { isBot, memoizeModel, memoizeReading } from '../../context';
import { flagsOf, personCodes } from '../../compact';
import { time } from '../../dates';
import { datedComments } from '../../items';
import { firstAfter, ratio } from '../../numbers';
import { countEvidence, EVIDENCE_CAP, eventEvidence } from '../evidence';
import { nameOf } from '../people';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_ENGINEERS } from '../verdicts';
import { pct } from '../wording';

/** An item's priority and rank changes by people (not bots), with their times: read once per model. */
interface Changes {
  item: Item;
  changes: { ev: TrackerEvent; at: number }[];
}

function priorityChanges(ctx: SignalContext): readonly Changes[] {
  return memoizeModel(ctx, 'priorityChanges', () => {
    const out: Changes[] = [];
    for (const item of ctx.data.items) {
      const changes = item.events.filter((e) => (e.kind === 'priority' || e.kind === 'rank') && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ ev, at: time(ev.at) }));
      if (changes.length) out.push({ item, changes });
    }
    return out;
  });
}

/**
 * When a comment first argued impact in an item's discussion (Infinity when none did): the comments in
 * time order until the first that argues it, classified only as far as needed; kept per model and reader.
 */
function impactArguedBy(ctx: SignalContext, item: Item): number {
  const known = memoizeReading(ctx, 'impactArguedBy', () => new Map<Item, number>());
  let at = known.get(item);
  if (at === undefined) {
    const dated = datedComments(item.comments, ctx);
    const first = dated.list.findIndex((c) => commentFeatures(ctx, c).valueStatement);
    known.set(item, (at = first >= 0 ? dated.times[first]! : Infinity));
  }
  return at;
}

/** An item's comments with a readable date, in time order, with their times and authors' person codes:
 * kept per model, so each evaluation reads two typed arrays instead of the item's comments. */
interface DatedAuthors {
  readonly list: readonly Comment[];
  readonly times: Float64Array;
  readonly authors: Int32Array;
}

/** The dated authors of each item with priority changes, in the order of `priorityChanges`. */
function datedAuthorsOf(ctx: SignalContext): readonly DatedAuthors[] {
  return memoizeModel(ctx, 'datedAuthors', () => {
    const codes = personCodes(ctx);
    return priorityChanges(ctx).map(({ item }) => {
      const dated = datedComments(item.comments, ctx);
      return { list: dated.list, times: Float64Array.from(dated.times), authors: Int32Array.from(dated.list, (c) => codes.code(c.author)) };
    });
  });
}

/**
 * The first engineer's comment in the `windowMs` before a time, for each of an item's changes: the
 * engineers' comments are picked once per item (looking through every comment again for each change
 * was quadratic on an item with a long history).
 */
function requestsIn(dated: DatedAuthors, engineer: Uint8Array): (at: number, windowMs: number) => Comment | undefined {
  const requests: number[] = [];
  const requestTimes: number[] = [];
  for (let i = 0; i < dated.authors.length; i++) {
    if (engineer[dated.authors[i]!]) {
      requests.push(i);
      requestTimes.push(dated.times[i]!);
    }
  }
  return (at, windowMs) => {
    const first = firstAfter(requestTimes, at - windowMs, true);
    return first < requests.length && requestTimes[first]! <= at ? dated.list[requests[first]!] : undefined;
  };
}

export const engineerOpinionPriority = defineSignal({
  id: 'engineer-opinion-priority',
  kind: 'warning',
  thresholds: {
    requestWindowHours: limit(72, 'hours', 1, 24 * 60, 'a request made before a weekend'),
    engineerDrivenShare: share(0.5, 'half of the priority changes following an engineer with no word on impact'),
    minPriorityChanges: count(3, 'three at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    if (ctx.roles.engineers.length === 0) return needsSetup(signal, ...SETUP_ENGINEERS, say('sigCommonEngineersUnknown'));
    const windowMs = ctx.thresholds.requestWindowHours * 3_600_000;
    const byItem = priorityChanges(ctx);
    let count = 0;
    for (const { changes } of byItem) count += changes.length;
    const need = minFor(ctx, ctx.thresholds.minPriorityChanges);
    if (count < need) {
      return insufficient(signal, count, need, say('sigEngineerOpinionPriorityOf'), sayCount(count, 'sigEngineerOpinionPriorityTooFewOne', 'sigEngineerOpinionPriorityTooFewOther', need));
    }
    const evidence: Evidence[] = [];
    let driven = 0;
    // Built before the flags, so every comment author has a code to flag.
    const authors = datedAuthorsOf(ctx);
    const engineer = flagsOf(personCodes(ctx), (id) => ctx.roleOf(id) === 'engineer');
    for (let n = 0; n < byItem.length; n++) {
      const { item, changes } = byItem[n]!;
      const requestBefore = requestsIn(authors[n]!, engineer);
      for (const { ev, at } of changes) {
        const request = requestBefore(at, windowMs);
        if (!request) continue;
        // Impact may also be argued in the discussion before the change.
        const impact = ctx.textOf(item).valueStatement || impactArguedBy(ctx, item) <= at;
        if (impact) continue;
        driven++;
        if (evidence.length < EVIDENCE_CAP) evidence.push(eventEvidence(item, ev, say(ev.kind === 'rank' ? 'sigEngineerOpinionPriorityRankChanged' : 'sigEngineerOpinionPriorityPriorityChanged', nameOf(ctx, ev.actor), nameOf(ctx, request.author))));
      }
    }
    const share = ratio(driven, count);
    const present = share >= ctx.thresholds.engineerDrivenShare;
    evidence.unshift(countEvidence(say('sigEngineerOpinionPriorityCount', driven, count), driven));
    return result(signal, present ? 'present' : 'absent', say('sigEngineerOpinionPrioritySummary', driven, count, pct(share)), evidence, {
      confidence: confidenceFor(ctx, count, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
