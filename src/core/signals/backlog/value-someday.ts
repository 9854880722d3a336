// value-someday: open items with no due date, sprint, milestone or version (once past
// unscheduledAgeDays; a sprint that has finished no longer counts as a date), and nothing closed within
// recentDays; long-open epics with few children done are shown as evidence.
import { defineSignal, days, share } from '../define';
import type { Item } from '../../model';
import type { Evidence, SignalResult } from '../types';
import { formatDays, say, sayCount } from '../../words';
import { finishedSprintNames, leftInFinishedSprint } from '../../sprints';
import { daysBetween, daysFrom, time } from '../../dates';
import { isOpen, isScheduled, itemTimes, itemsByKey } from '../../items';
import { ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, isItemScope, minItemsFor, result } from '../verdicts';
import { pct, findingsSentence } from '../wording';

export const valueSomeday = defineSignal({
  id: 'value-someday',
  kind: 'warning',
  thresholds: {
    unscheduledShare: share(0.6, 'when most open work has no target, value arrives on an unknown date'),
    unscheduledAgeDays: days(30, 'one planning cycle'),
    epicOpenDays: days(90, 'a quarter'),
    epicDoneShare: share(0.25, 'a quarter-old epic under a quarter done'),
  },
  evaluate(ctx, signal): SignalResult {
    const th = ctx.thresholds;
    const open = ctx.data.items.filter(isOpen);
    // A sprint that has finished no longer dates the open items still in it (Jira boards' sprints).
    const finished = finishedSprintNames(ctx.data);
    const leftBehind = (i: Item) => leftInFinishedSprint(i, finished);
    const scheduled = (i: Item) => isScheduled(i) && !leftBehind(i);
    const unscheduledLabel = (i: Item, age: number) =>
      leftBehind(i) ? say('sigValueSomedayLeftInSprint', formatDays(age), i.sprint ?? '') : say('sigValueSomedayOpenUnscheduled', formatDays(age));
    // Ages from the items' times read once per model (src/core/items.ts, itemTimes).
    const times = itemTimes(ctx);
    const now = time(ctx.now);
    const settled: Item[] = [];
    for (let k = 0; k < ctx.data.items.length; k++) {
      const item = ctx.data.items[k]!;
      if (isOpen(item) && daysFrom(times.created[k]!, now) >= th.unscheduledAgeDays) settled.push(item);
    }

    if (isItemScope(ctx)) {
      const item = ctx.data.items[0];
      if (!item) return insufficient(signal, 0, 1, say('sigCommonOfItems'), say('sigValueSomedayNoItem'));
      if (!isOpen(item)) return result(signal, 'absent', say('sigValueSomedayItemClosed'), [itemEvidence(item, say('sigValueSomedayClosed'))], { confidence: confidenceFor(ctx, 1, 1) });
      if (scheduled(item)) return result(signal, 'absent', say('sigValueSomedayItemScheduled'), [itemEvidence(item, say('sigValueSomedayScheduled'))], { confidence: confidenceFor(ctx, 1, 1) });
      const age = Math.max(0, Math.floor(daysBetween(item.created, ctx.now)) || 0);
      if (age < th.unscheduledAgeDays) {
        return insufficient(signal, age, th.unscheduledAgeDays, say('sigValueSomedayOfDays'), say('sigValueSomedayItemNew', formatDays(age)));
      }
      const summary = leftBehind(item) ? say('sigValueSomedayItemLeftInSprint', formatDays(age), item.sprint ?? '') : say('sigValueSomedayItemUnscheduled', formatDays(age));
      return result(signal, 'present', summary, [itemEvidence(item, unscheduledLabel(item, age))], {
        confidence: confidenceFor(ctx, 1, 1),
      });
    }

    const need = minItemsFor(ctx);
    if (settled.length < need) {
      return insufficient(signal, settled.length, need, say('sigValueSomedayOfOpen', formatDays(th.unscheduledAgeDays)), sayCount(settled.length, 'sigValueSomedayTooFewOne', 'sigValueSomedayTooFewOther', formatDays(th.unscheduledAgeDays), need));
    }
    const unscheduled = settled.filter((i) => !scheduled(i));
    const share = ratio(unscheduled.length, settled.length);
    const evidence: Evidence[] = [countEvidence(say('sigValueSomedayUnscheduled', unscheduled.length, settled.length), unscheduled.length)];
    const findings = [say('sigValueSomedayUnscheduledFinding', unscheduled.length, settled.length, pct(share))];
    let fires = share >= th.unscheduledShare;

    // "Nothing closed lately" only means something when the data includes closed items at all.
    if (times.closedCount > 0) {
      let recent = 0;
      for (let k = 0; k < times.closed.length; k++) if (daysFrom(times.closed[k]!, now) <= th.recentDays) recent++;
      evidence.push(countEvidence(say('sigValueSomedayRecent', formatDays(th.recentDays), recent), recent));
      if (recent === 0) {
        fires = true;
        findings.push(say('sigValueSomedayNothingClosed', formatDays(th.recentDays)));
      }
    }

    const byKey = itemsByKey(ctx);
    for (const epic of open.filter((i) => i.type === 'epic' && daysBetween(i.created, ctx.now) >= th.epicOpenDays)) {
      const kids = epic.children.map((k) => byKey.get(k)).filter((k) => k !== undefined);
      // GitHub's sub-issue summary counts the children that are not in hand too.
      const summary = epic.subItems && epic.subItems.total > kids.length ? epic.subItems : null;
      const total = summary ? summary.total : kids.length;
      const done = summary ? summary.done : kids.filter((k) => !isOpen(k)).length;
      if (total === 0 || ratio(done, total) < th.epicDoneShare) {
        const age = formatDays(Math.floor(daysBetween(epic.created, ctx.now)));
        evidence.push(itemEvidence(epic, summary ? say('sigValueSomedayParent', age, done, total) : say('sigValueSomedayEpic', age, done, total)));
      }
    }
    evidence.push(...firstN(unscheduled).map((i) => itemEvidence(i, unscheduledLabel(i, Math.floor(daysBetween(i.created, ctx.now))))));
    const summary = findingsSentence(findings);
    return result(signal, fires ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, settled.length, need), figure: share });
  },
});
