// assigned-like-report: assignment events whose actor is the EM and whose new assignee is the PM.
import { personIn } from '../../people';
import { defineSignal, count } from '../define';
import type { SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { isBot, memoize } from '../../context';
import { firstN, countEvidence, eventEvidence } from '../evidence';
import { nameOf, pmSet, pmIsYou } from '../people';
import { confidenceFor, insufficient, minFor, needsSetup, pmUnknown, result, SETUP_EM } from '../verdicts';

/** The person an assignment went to: the model gives ids, but a page may only show a name. */
function assigneeOf(ctx: SignalContext, to: string | null | undefined): string | null {
  if (!to) return null;
  if (personIn(ctx.data.people, to) || ctx.roles.entry(to)) return to;
  return idsByName(ctx).get(to) ?? to;
}

/** Each name's first person, built once: looking through everyone for each assignment was quadratic. */
function idsByName(ctx: SignalContext): Map<string, string> {
  return memoize(ctx, 'idsByName', () => {
    const ids = new Map<string, string>();
    for (const p of Object.values(ctx.data.people)) if (!ids.has(p.name)) ids.set(p.name, p.id);
    return ids;
  });
}

export const assignedLikeReport = defineSignal({
  id: 'assigned-like-report',
  kind: 'warning',
  thresholds: {
    emAssignmentsMin: count(2, 'once is a favour, twice is a habit'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    if (!ctx.roles.emKnown) return needsSetup(signal, ...SETUP_EM, say('sigCommonEmUnknown'));
    const em = new Set(ctx.roles.em);
    const assignments = ctx.data.items.flatMap((item) =>
      item.events.filter((e) => e.kind === 'assignment' && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ item, ev })),
    );
    if (assignments.length === 0) {
      return insufficient(signal, 0, 1, say('sigAssignedLikeReportOf'), say('sigAssignedLikeReportNone'));
    }
    const byEm = assignments.filter(({ ev }) => em.has(ev.actor!) && pms.has(assigneeOf(ctx, ev.to) ?? ''));
    const need = minFor(ctx, ctx.thresholds.emAssignmentsMin);
    const present = byEm.length >= need;
    // "you" for the signed-in PM; "the PM" otherwise, even for several PMs.
    const whom = say(pmIsYou(ctx) ? 'sigCommonYouObject' : 'sigCommonThePmObject');
    const evidence = [
      countEvidence(say('sigAssignedLikeReportByEm', byEm.length, assignments.length), byEm.length),
      ...firstN(byEm).map(({ item, ev }) => eventEvidence(item, ev, say('sigAssignedLikeReportAssigned', nameOf(ctx, assigneeOf(ctx, ev.to)), nameOf(ctx, ev.actor)))),
    ];
    const counted = sayCount(assignments.length, 'sigAssignedLikeReportAssignmentsOne', 'sigAssignedLikeReportAssignmentsOther');
    const summary = byEm.length === 0
      ? say('sigAssignedLikeReportSummaryNone', whom, counted)
      : sayCount(byEm.length, 'sigAssignedLikeReportSummaryOne', 'sigAssignedLikeReportSummaryOther', whom, counted);
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, assignments.length, need),
      figure: byEm.length,
    });
  },
});
