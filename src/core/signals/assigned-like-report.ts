// assigned-like-report: assignment events whose actor is the EM and whose new assignee is the PM.
// Threshold basis: emAssignmentsMin = 2 — once is a favour, twice is a habit (one on a single item).
import type { Signal, SignalContext } from './types';
import {
  firstN,
  confidenceFor,
  countEvidence,
  eventEvidence,
  insufficient,
  isBot,
  minFor,
  nameOf,
  needsSetup,
  plural,
  pmSet,
  result,
  SETUP_EM,
  setupPm,
  youLabel,
} from './util';

/** The person an assignment went to: the model gives ids, but a page may only show a name. */
function assigneeOf(ctx: SignalContext, to: string | null | undefined): string | null {
  if (!to) return null;
  if (ctx.data.people[to] || ctx.roles.entry(to)) return to;
  const byName = Object.values(ctx.data.people).find((p) => p.name === to);
  return byName?.id ?? to;
}

export const assignedLikeReport: Signal = {
  id: 'assigned-like-report',
  evaluate(ctx) {
    const id = 'assigned-like-report';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    if (!ctx.roles.emKnown) return needsSetup(id, ...SETUP_EM, 'Tandem doesn’t know who the EM is yet.');
    const em = new Set(ctx.roles.em);
    const assignments = ctx.data.items.flatMap((item) =>
      item.events.filter((e) => e.kind === 'assignment' && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ item, ev })),
    );
    if (assignments.length === 0) {
      return insufficient(id, 0, 1, 'assignment events', 'No assignments are recorded here.');
    }
    const byEm = assignments.filter(({ ev }) => em.has(ev.actor!) && pms.has(assigneeOf(ctx, ev.to) ?? ''));
    const need = minFor(ctx, ctx.thresholds.emAssignmentsMin);
    const present = byEm.length >= need;
    const you = youLabel(ctx);
    const evidence = [
      countEvidence(`Assignments by the EM to the PM: ${byEm.length} of ${assignments.length} assignments`, byEm.length),
      ...firstN(byEm).map(({ item, ev }) => eventEvidence(item, ev, `assigned to ${nameOf(ctx, assigneeOf(ctx, ev.to))} by ${nameOf(ctx, ev.actor)}`)),
    ];
    const summary = byEm.length === 0
      ? `The EM assigned no work to ${you === 'You' ? 'you' : 'the PM'} in ${plural(assignments.length, 'assignment')}.`
      : `The EM assigned work to ${you === 'You' ? 'you' : 'the PM'} ${byEm.length === 1 ? 'once' : `${byEm.length} times`} (of ${plural(assignments.length, 'assignment')}).`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, assignments.length, need),
      figure: byEm.length,
    });
  },
};
