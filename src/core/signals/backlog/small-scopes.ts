// small-scopes: single-feature items (classifier `atomic`), small estimates and short time to close.
// Each indicator counts only when it can be measured; the signal is present when more than half of the
// measured indicators pass. Precision first: an item is a bundle only when the model is sure it is not
// atomic; items it is unsure about are left out of the atomic share.
import { defineSignal, days, limit, share } from '../define';
import type { Item } from '../../model';
import type { Evidence, SignalContext, SignalResult } from '../types';
import { formatDays, say } from '../../words';
import { judge } from '../../text';
import { sprintBar, sprintLengthDays } from '../../sprints';
import { daysBetween } from '../../dates';
import { closedAt } from '../../items';
import { firstAfter, median, ratio } from '../../numbers';
import { memoizeReading } from '../../context';
import { countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, isItemScope, minFor, minItemsFor, result } from '../verdicts';
import { pct, findingsSentence } from '../wording';

// Declared apart so the sprint bars below can read the defaults they scale.
const OWN = {
  atomicShare: share(0.7, 'INVEST "Small", Quality User Story framework "atomic"'),
  maxMedianCloseDays: days(14, 'flow metrics: cycle time within a two-week sprint'),
  maxMedianEstimate: limit(5, 'points', 0, 1000, 'story points: our starting point'),
  maxClosureGapDays: days(14, 'a win at least every two-week sprint: our starting point'),
  cadenceWindowDays: days(84, 'twelve weeks: six two-week sprints'),
  maxMedianChecklist: limit(8, 'count', 1, 100, 'a longer checklist is usually several stories: our starting point'),
};

export const smallScopes = defineSignal({
  id: 'small-scopes',
  kind: 'healthy',
  thresholds: OWN,
  evaluate(ctx, signal): SignalResult {
    const th = ctx.thresholds;
    // Epics are meant to be large; they are judged by their children.
    const items = smallScopeFacts(ctx).items;
    const evidence: Evidence[] = [];
    let measured = 0;
    let passed = 0;
    const findings: string[] = [];
    // A Jira board's own sprints replace the two weeks the default bars assume.
    const sprintDays = sprintLengthDays(ctx.data.sprints);
    const maxCloseDays = sprintBar(th.maxMedianCloseDays, OWN.maxMedianCloseDays.default, sprintDays);
    const maxGapDays = sprintBar(th.maxClosureGapDays, OWN.maxClosureGapDays.default, sprintDays);
    if (sprintDays !== null) evidence.push({ label: say('sigSmallScopesSprintLength', formatDays(sprintDays)) });

    const facts = smallScopeFacts(ctx);
    if (facts.scoped >= minItemsFor(ctx)) {
      const share = ratio(facts.atomic, facts.scoped);
      measured++;
      if (share >= th.atomicShare) passed++;
      findings.push(say('sigSmallScopesAtomicFinding', facts.atomic, facts.scoped, pct(share)));
      evidence.push(countEvidence(say('sigSmallScopesAtomic', facts.atomic, facts.scoped), facts.atomic));
      for (const i of facts.bundles) evidence.push(itemEvidence(i, say('sigSmallScopesBundles')));
    }

    if (facts.closeDays >= minFor(ctx, th.minClosed)) {
      const m = facts.closeMedian;
      measured++;
      if (m <= maxCloseDays) passed++;
      findings.push(say('sigSmallScopesCloseFinding', formatDays(Math.round(m))));
      evidence.push(countEvidence(say('sigSmallScopesClose', Math.round(m), facts.closeDays), facts.closeDays));
    }

    if (facts.estimates >= minFor(ctx, th.minClosed)) {
      const m = facts.estimateMedian;
      measured++;
      if (m <= th.maxMedianEstimate) passed++;
      findings.push(say('sigSmallScopesEstimateFinding', m));
      evidence.push(countEvidence(say('sigSmallScopesEstimate', m, facts.estimates), facts.estimates));
    }

    // Iterative wins: closures keep coming. The longest gap between closures (and since the last one)
    // in the recent window; backlogs only, one item has no cadence.
    const cadence = isItemScope(ctx) ? null : longestClosureGap(facts.closures, ctx.now, th.cadenceWindowDays, th.minClosed);
    if (cadence) {
      measured++;
      if (cadence.gap <= maxGapDays) passed++;
      const weeks = Math.round(th.cadenceWindowDays / 7);
      findings.push(say('sigSmallScopesGapFinding', weeks, formatDays(Math.round(cadence.gap))));
      evidence.push(countEvidence(say('sigSmallScopesClosures', weeks, cadence.closures, formatDays(Math.round(cadence.gap))), cadence.closures));
    }

    // Checklists: a story with a long list of checks carries several.
    const checklists = facts.checklists;
    if (checklists.length >= minFor(ctx, th.minClosed)) {
      const m = facts.checklistMedian;
      measured++;
      if (m <= th.maxMedianChecklist) passed++;
      findings.push(say('sigSmallScopesChecklistFinding', m));
      evidence.push(countEvidence(say('sigSmallScopesChecklist', m, checklists.length), checklists.length));
      for (const c of checklists) if (c.length > th.maxMedianChecklist) evidence.push(itemEvidence(c.item, say('sigSmallScopesLongChecklist', c.length)));
    }

    if (measured === 0) {
      return insufficient(signal, items.length, minItemsFor(ctx), say('sigSmallScopesOf'), say('sigSmallScopesTooFew'));
    }
    const present = passed * 2 > measured;
    const summary = findingsSentence(findings);
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, items.length, minItemsFor(ctx)) * Math.min(1, measured / 3),
      figure: ratio(passed, measured),
    });
  },
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** What small-scopes reads of the backlog, worked out once per model and reader (the data and the
 * texts' verdicts decide it; the thresholds only weigh it): counts, medians, the closures' times in
 * order and the checklists, so an evaluation after a settings change reads these instead of every item. */
interface SmallScopeFacts {
  /** The items judged: epics are meant to be large and are judged by their children. */
  readonly items: readonly Item[];
  /** Items the atomic model is sure about, of them atomic, and the bundles (in backlog order). */
  readonly scoped: number;
  readonly atomic: number;
  readonly bundles: readonly Item[];
  /** Done items (not dropped) with a readable time to close, and its median in days. */
  readonly closeDays: number;
  readonly closeMedian: number;
  readonly estimates: number;
  readonly estimateMedian: number;
  /** The done items' close times that read, ascending. */
  readonly closures: Float64Array;
  readonly checklists: readonly { item: Item; length: number }[];
  readonly checklistMedian: number;
}

function smallScopeFacts(ctx: SignalContext): SmallScopeFacts {
  return memoizeReading(ctx, 'smallScopes', () => {
    const items = ctx.data.items.filter((i) => i.type !== 'epic');
    let scoped = 0;
    let atomic = 0;
    const bundles: Item[] = [];
    for (const i of items) {
      const says = judge(ctx.textOf(i), 'atomic', 'yes');
      if (says === 'unsure') continue;
      scoped++;
      if (says === 'for') atomic++;
      else bundles.push(i);
    }
    const closed = items.filter((i) => i.state === 'done' && i.resolution !== 'wont-do' && i.resolution !== 'not-planned' && i.resolution !== 'duplicate');
    const closeDays = closed.map((i) => daysBetween(i.created, closedAt(i))).filter((d) => Number.isFinite(d) && d >= 0);
    const estimates = items.map((i) => i.estimate).filter((e): e is number => typeof e === 'number' && Number.isFinite(e));
    const closures = Float64Array.from(closed.map((i) => Date.parse(closedAt(i) ?? '')).filter((t) => Number.isFinite(t))).sort();
    const checklists = items.map((i) => ({ item: i, length: checklistLength(i.description?.text ?? '') })).filter((c) => c.length > 0);
    return {
      items,
      scoped,
      atomic,
      bundles,
      closeDays: closeDays.length,
      closeMedian: median(closeDays),
      estimates: estimates.length,
      estimateMedian: median(estimates),
      closures,
      checklists,
      checklistMedian: median(checklists.map((c) => c.length)),
    };
  });
}

/**
 * The longest gap, in days, between closures (and since the last one) within the last `windowDays`;
 * null with fewer than `minClosed` closures there. `closures`: close times, ascending.
 */
function longestClosureGap(closures: Float64Array, now: string, windowDays: number, minClosed: number): { gap: number; closures: number } | null {
  const nowMs = Date.parse(now);
  const windowStart = nowMs - windowDays * DAY_MS;
  const from = firstAfter(closures, windowStart, true);
  const to = firstAfter(closures, nowMs, false);
  const count = to - from;
  if (count < minClosed) return null;
  let gap = (nowMs - closures[to - 1]!) / DAY_MS;
  for (let k = from + 1; k < to; k++) gap = Math.max(gap, (closures[k]! - closures[k - 1]!) / DAY_MS);
  return { gap, closures: count };
}
// Task-list lines as the converters write them for Markdown, wiki markup and ADF alike.
const CHECKLIST_LINE = /^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]/;

export function checklistLength(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (CHECKLIST_LINE.test(line)) n++;
  return n;
}
