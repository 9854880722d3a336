// cant-say-no: three indicators, each counted only when measurable — the share of closures that are
// won't-do / not-planned, items created versus resolved within recentDays, and the share of open items
// older than staleAgeDays with no update since. Present when more than half of the measured ones fire.
import { defineSignal, days, limit, share } from '../define';
import type { Item } from '../../model';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { formatDays, say } from '../../words';
import { daysBetween, daysFrom, time } from '../../dates';
import { isDeclined, isOpen, itemTimes } from '../../items';
import { ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, isItemScope, minFor, result } from '../verdicts';
import { pct, findingsSentence } from '../wording';

function isStale(ctx: SignalContext, item: Item): boolean {
  const last = item.updated ?? item.created;
  return isOpen(item) && daysBetween(item.created, ctx.now) >= ctx.thresholds.staleAgeDays && daysBetween(last, ctx.now) >= ctx.thresholds.staleAgeDays;
}

export const cantSayNo = defineSignal({
  id: 'cant-say-no',
  kind: 'warning',
  thresholds: {
    wontDoShare: share(0.05, 'our starting point: declining under one in twenty'),
    staleAgeDays: days(180, 'two quarterly plannings'),
    staleShare: share(0.3, 'our starting point: three in ten open items untouched that long'),
    backlogGrowthRatio: limit(1.5, 'ratio', 1, 100, 'Little\'s law: arrivals outpacing departures grow the queue and its waiting time'),
  },
  evaluate(ctx, signal): SignalResult {
    const th = ctx.thresholds;
    const items = ctx.data.items;

    if (isItemScope(ctx)) {
      const item = items[0];
      if (item && isStale(ctx, item)) {
        const age = Math.floor(daysBetween(item.created, ctx.now));
        return result(signal, 'present', say('sigCantSayNoItemStale', formatDays(age)), [itemEvidence(item, say('sigCantSayNoUntouched', formatDays(age)))], {
          confidence: confidenceFor(ctx, 1, 1) * 0.5,
        });
      }
      return insufficient(signal, items.length, th.minItems, say('sigCommonOfItems'), say('sigCantSayNoOneItem'));
    }

    const evidence: Evidence[] = [];
    const findings: string[] = [];
    let measured = 0;
    let fires = 0;

    const closed = items.filter((i) => i.state === 'done');
    if (closed.length >= minFor(ctx, th.minClosed)) {
      const declined = closed.filter(isDeclined).length;
      const share = ratio(declined, closed.length);
      measured++;
      if (share < th.wontDoShare) fires++;
      findings.push(say('sigCantSayNoDeclinedFinding', declined, closed.length, pct(share)));
      evidence.push(countEvidence(say('sigCantSayNoDeclined', declined, closed.length), declined));
    }

    // Ages from the items' times read once per model (src/core/items.ts, itemTimes).
    const times = itemTimes(ctx);
    const now = time(ctx.now);
    let created = 0;
    let resolved = 0;
    for (let k = 0; k < items.length; k++) {
      if (daysFrom(times.created[k]!, now) <= th.recentDays) created++;
      if (daysFrom(times.closed[k]!, now) <= th.recentDays) resolved++;
    }
    if (created + resolved >= th.minItems) {
      measured++;
      const growth = resolved === 0 ? Infinity : created / resolved;
      if (growth >= th.backlogGrowthRatio) fires++;
      findings.push(say('sigCantSayNoGrowthFinding', created, resolved, formatDays(th.recentDays)));
      evidence.push(countEvidence(say('sigCantSayNoCreated', formatDays(th.recentDays), created), created), countEvidence(say('sigCantSayNoResolved', formatDays(th.recentDays), resolved), resolved));
    }

    const open = items.filter(isOpen);
    const stale = open.filter((i) => isStale(ctx, i));
    if (open.length >= th.minItems) {
      measured++;
      const share = ratio(stale.length, open.length);
      if (share >= th.staleShare) fires++;
      findings.push(say('sigCantSayNoStaleFinding', stale.length, open.length, formatDays(th.staleAgeDays), pct(share)));
      evidence.push(countEvidence(say('sigCantSayNoStale', formatDays(th.staleAgeDays), stale.length, open.length), stale.length));
      evidence.push(...firstN(stale).map((i) => itemEvidence(i, say('sigCantSayNoUntouched', formatDays(Math.floor(daysBetween(i.created, ctx.now)))))));
    }

    if (measured === 0) {
      return insufficient(signal, Math.max(open.length, closed.length), th.minItems, say('sigCantSayNoOf'), say('sigCantSayNoTooFew'));
    }
    const present = fires * 2 > measured;
    const summary = findingsSentence(findings);
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, items.length, th.minItems) * (measured / 3),
      figure: ratio(fires, measured),
    });
  },
});
