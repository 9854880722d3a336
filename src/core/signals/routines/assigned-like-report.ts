// assigned-like-report: assignment events whose actor is the EM and whose new assignee is the PM.
import { personIn } from '../../people';
import { defineSignal, count } from '../define';
import type { SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { isBot, memoize, memoizeModel } from '../../context';
import { flagsOf, personCodes } from '../../compact';
import type { Item, TrackerEvent } from '../../model';
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

/** The assignments people (not bots) made, with their actor's and new assignee's person codes: the data
 * alone decides them, so they are kept per model. */
function assignmentsOf(ctx: SignalContext): { assignments: readonly { item: Item; ev: TrackerEvent }[]; actor: Int32Array; to: Int32Array } {
  return memoizeModel(ctx, 'assignments', () => {
    const assignments = ctx.data.items.flatMap((item) =>
      item.events.filter((e) => e.kind === 'assignment' && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ item, ev })),
    );
    const codes = personCodes(ctx);
    return {
      assignments,
      actor: Int32Array.from(assignments, ({ ev }) => codes.code(ev.actor)),
      to: Int32Array.from(assignments, ({ ev }) => codes.code(ev.to)),
    };
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
    const { assignments, actor, to } = assignmentsOf(ctx);
    if (assignments.length === 0) {
      return insufficient(signal, 0, 1, say('sigAssignedLikeReportOf'), say('sigAssignedLikeReportNone'));
    }
    // Who is the EM and who a PM asked once per person, then read off the assignments' person codes.
    const codes = personCodes(ctx);
    const byTheEm = flagsOf(codes, (id) => !!id && em.has(id));
    const toAPm = flagsOf(codes, (id) => pms.has(assigneeOf(ctx, id) ?? ''));
    const byEm = assignments.filter((_, i) => byTheEm[actor[i]!] && toAPm[to[i]!]);
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
