// small-scopes: single-feature items (classifier `atomic`), small estimates and short time to close.
// Each indicator counts only when it can be measured; the signal is present when more than half of the
// measured indicators pass. Precision first: an item is a bundle only when the model is sure it is not
// atomic; items it is unsure about are left out of the atomic share.
import { defineSignal, days, limit, share } from '../define';
import type { Item } from '../../model';
import type { Evidence, SignalResult } from '../types';
import { formatDays, say } from '../../words';
import { judge } from '../../text';
import { sprintBar, sprintLengthDays } from '../../sprints';
import { daysBetween } from '../../dates';
import { closedAt } from '../../items';
import { median, ratio } from '../../numbers';
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
    const items = ctx.data.items.filter((i) => i.type !== 'epic');
    const evidence: Evidence[] = [];
    let measured = 0;
    let passed = 0;
    const findings: string[] = [];
    // A Jira board's own sprints replace the two weeks the default bars assume.
    const sprintDays = sprintLengthDays(ctx.data.sprints);
    const maxCloseDays = sprintBar(th.maxMedianCloseDays, OWN.maxMedianCloseDays.default, sprintDays);
    const maxGapDays = sprintBar(th.maxClosureGapDays, OWN.maxClosureGapDays.default, sprintDays);
    if (sprintDays !== null) evidence.push({ label: say('sigSmallScopesSprintLength', formatDays(sprintDays)) });

    const scoped = items.map((i) => ({ i, says: judge(ctx.textOf(i), 'atomic', 'yes') })).filter((j) => j.says !== 'unsure');
    if (scoped.length >= minItemsFor(ctx)) {
      const atomic = scoped.filter((j) => j.says === 'for');
      const share = ratio(atomic.length, scoped.length);
      measured++;
      if (share >= th.atomicShare) passed++;
      findings.push(say('sigSmallScopesAtomicFinding', atomic.length, scoped.length, pct(share)));
      evidence.push(countEvidence(say('sigSmallScopesAtomic', atomic.length, scoped.length), atomic.length));
      for (const j of scoped) if (j.says === 'against') evidence.push(itemEvidence(j.i, say('sigSmallScopesBundles')));
    }

    const closed = items.filter((i) => i.state === 'done' && i.resolution !== 'wont-do' && i.resolution !== 'not-planned' && i.resolution !== 'duplicate');
    const closeDays = closed.map((i) => daysBetween(i.created, closedAt(i))).filter((d) => Number.isFinite(d) && d >= 0);
    if (closeDays.length >= minFor(ctx, th.minClosed)) {
      const m = median(closeDays);
      measured++;
      if (m <= maxCloseDays) passed++;
      findings.push(say('sigSmallScopesCloseFinding', formatDays(Math.round(m))));
      evidence.push(countEvidence(say('sigSmallScopesClose', Math.round(m), closeDays.length), closeDays.length));
    }

    const estimates = items.map((i) => i.estimate).filter((e): e is number => typeof e === 'number' && Number.isFinite(e));
    if (estimates.length >= minFor(ctx, th.minClosed)) {
      const m = median(estimates);
      measured++;
      if (m <= th.maxMedianEstimate) passed++;
      findings.push(say('sigSmallScopesEstimateFinding', m));
      evidence.push(countEvidence(say('sigSmallScopesEstimate', m, estimates.length), estimates.length));
    }

    // Iterative wins: closures keep coming. The longest gap between closures (and since the last one)
    // in the recent window; backlogs only, one item has no cadence.
    const cadence = isItemScope(ctx) ? null : longestClosureGap(closed, ctx.now, th.cadenceWindowDays, th.minClosed);
    if (cadence) {
      measured++;
      if (cadence.gap <= maxGapDays) passed++;
      const weeks = Math.round(th.cadenceWindowDays / 7);
      findings.push(say('sigSmallScopesGapFinding', weeks, formatDays(Math.round(cadence.gap))));
      evidence.push(countEvidence(say('sigSmallScopesClosures', weeks, cadence.closures, formatDays(Math.round(cadence.gap))), cadence.closures));
    }

    // Checklists: a story with a long list of checks carries several.
    const checklists = items.map((i) => ({ item: i, length: checklistLength(i.description?.text ?? '') })).filter((c) => c.length > 0);
    if (checklists.length >= minFor(ctx, th.minClosed)) {
      const m = median(checklists.map((c) => c.length));
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

/**
 * The longest gap, in days, between closures (and since the last one) within the last `windowDays`;
 * null with fewer than `minClosed` closures there.
 */
function longestClosureGap(closed: readonly Item[], now: string, windowDays: number, minClosed: number): { gap: number; closures: number } | null {
  const nowMs = Date.parse(now);
  const windowStart = nowMs - windowDays * DAY_MS;
  const closures = closed
    .map((i) => Date.parse(closedAt(i) ?? ''))
    .filter((t) => Number.isFinite(t) && t >= windowStart && t <= nowMs)
    .sort((a, b) => a - b);
  if (closures.length < minClosed) return null;
  let gap = (nowMs - closures[closures.length - 1]!) / DAY_MS;
  for (let k = 1; k < closures.length; k++) gap = Math.max(gap, (closures[k]! - closures[k - 1]!) / DAY_MS);
  return { gap, closures: closures.length };
}
// Task-list lines as the converters write them for Markdown, wiki markup and ADF alike.
const CHECKLIST_LINE = /^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]/;

export function checklistLength(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (CHECKLIST_LINE.test(line)) n++;
  return n;
}
