// working-agreement: compares the owners the user recorded for each routine (Roster WorkingAgreement)
// with who actually performs the matching tracker actions. Event kinds map to routines (first routine
// the agreement names wins): status → status updates / stand-up / grooming; sprint, milestone, version →
// sprint planning / grooming; rank, priority → prioritisation / grooming; estimate → estimation / sprint
// planning; description and title edits → documentation; creation, assignment and labels on bugs →
// triage; other creation and labels → grooming.
import { defineSignal, share } from '../define';
import type { Item, TrackerEvent } from '../../model';
import { ROUTINE_NAME, type Role, type Routine, type RoutineOwner } from '../../roster';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount, type MessageKey } from '../../words';
import { isBot } from '../../context';
import { ratio } from '../../numbers';
import { routineActions } from '../../routines';
import { countEvidence, eventEvidence, itemEvidence, EVIDENCE_CAP } from '../evidence';
import { nameOf } from '../people';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_EM, setupPm } from '../verdicts';
import { pct } from '../wording';

// Owners as the summaries say them (the options page names routines with the same messages).
const OWNER_NAME: Record<RoutineOwner, MessageKey> = {
  pm: 'sigCommonThePmObject',
  em: 'sigCommonTheEmObject',
  engineering: 'ownerEngineering',
  shared: 'ownerShared',
};

const BUG_LABEL = /bug|defect/i;
function isBug(item: Item): boolean {
  return item.type === 'bug' || item.labels.some((l) => BUG_LABEL.test(l));
}

// Routines an action may belong to, most specific first.
const CANDIDATES: Record<string, Routine[]> = {
  status: ['status-updates', 'stand-up', 'backlog-grooming'],
  planning: ['sprint-planning', 'backlog-grooming'],
  priority: ['prioritisation', 'backlog-grooming'],
  estimate: ['estimation', 'sprint-planning'],
  documentation: ['documentation'],
  assignment: ['sprint-planning', 'backlog-grooming'],
  label: ['backlog-grooming'],
  creation: ['backlog-grooming'],
};
const BUG_CANDIDATES: Record<string, Routine[]> = {
  assignment: ['triage', 'sprint-planning', 'backlog-grooming'],
  label: ['triage', 'backlog-grooming'],
  creation: ['triage', 'backlog-grooming'],
};

export function routineCandidates(a: { kind: string; item: Item }): Routine[] {
  return (isBug(a.item) && BUG_CANDIDATES[a.kind]) || CANDIDATES[a.kind] || [];
}

export function ownerMatches(owner: RoutineOwner, role: Role): boolean {
  switch (owner) {
    case 'pm':
      return role === 'pm';
    case 'em':
      return role === 'em';
    case 'engineering':
      return role === 'em' || role === 'engineer';
    case 'shared':
      return role === 'pm' || role === 'em' || role === 'engineer';
  }
}

/** One action that may fall under an agreed routine. */
interface Act {
  kind: string;
  item: Item;
  actor: string;
  at: string;
  event?: TrackerEvent;
}

interface Observed {
  act: Act;
  routine: Routine;
  role: Role;
}

/** Description and title edits: documentation work, taken from events, else from the edit history. */
function documentationActs(ctx: SignalContext): Act[] {
  const out: Act[] = [];
  for (const item of ctx.data.items) {
    const events = item.events.filter((e) => (e.kind === 'description' || e.kind === 'title') && e.actor);
    if (events.length > 0) {
      for (const ev of events) out.push({ kind: 'documentation', actor: ev.actor!, at: ev.at, item, event: ev });
    } else {
      for (const edit of item.descriptionEdits) {
        if (edit.actor) out.push({ kind: 'documentation', actor: edit.actor, at: edit.at, item });
      }
    }
  }
  return out.filter((a) => !isBot(ctx, a.actor));
}

export const workingAgreement = defineSignal({
  id: 'working-agreement',
  kind: 'healthy',
  thresholds: {
    agreementMatchShare: share(0.7, 'seven in ten actions by the agreed owner means the agreement is lived'),
  },
  evaluate(ctx, signal): SignalResult {
    const owners = ctx.agreement?.owners ?? {};
    const agreed = (Object.keys(owners) as Routine[]).filter((r) => owners[r]);
    if (agreed.length === 0) {
      return needsSetup(signal, 'agreement', 'sigWorkingAgreementSetup', say('sigWorkingAgreementNone'));
    }
    if (ctx.roles.pms.length === 0 && agreed.some((r) => owners[r] === 'pm')) {
      return needsSetup(signal, ...setupPm(ctx), say('sigWorkingAgreementPmUnknown'));
    }
    if (!ctx.roles.emKnown && agreed.some((r) => owners[r] === 'em')) {
      return needsSetup(signal, ...SETUP_EM, say('sigWorkingAgreementEmUnknown'));
    }

    const observed: Observed[] = [];
    const acts: Act[] = [...routineActions(ctx), ...documentationActs(ctx)];
    for (const act of acts) {
      const role = ctx.roleOf(act.actor);
      if (!role) continue; // people with no known role can't be matched
      const routine = routineCandidates(act).find((r) => owners[r]);
      if (routine) observed.push({ act, routine, role });
    }

    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (observed.length < need) {
      return insufficient(signal, observed.length, need, say('sigWorkingAgreementOf'), sayCount(observed.length, 'sigWorkingAgreementTooFewOne', 'sigWorkingAgreementTooFewOther', need));
    }

    let matched = 0;
    const perRoutine = new Map<Routine, { total: number; matched: number }>();
    const drift: Evidence[] = [];
    for (const { act, routine, role } of observed) {
      const owner = owners[routine]!;
      const tally = perRoutine.get(routine) ?? { total: 0, matched: 0 };
      tally.total++;
      if (ownerMatches(owner, role)) {
        tally.matched++;
        matched++;
      } else if (drift.length < EVIDENCE_CAP) {
        const label = say('sigWorkingAgreementDrift', say(ROUTINE_NAME[routine]), nameOf(ctx, act.actor), say(OWNER_NAME[owner]));
        // Marked as an exception, so the panel and the report can list them for a retro.
        const where = act.event ? eventEvidence(act.item, act.event, label) : itemEvidence(act.item, label, { person: act.actor, at: act.at });
        drift.push({ ...where, exception: true });
      }
      perRoutine.set(routine, tally);
    }
    const share = ratio(matched, observed.length);
    const evidence: Evidence[] = [];
    for (const [routine, tally] of perRoutine) {
      evidence.push(countEvidence(say('sigWorkingAgreementRoutineLine', say(ROUTINE_NAME[routine]), say(OWNER_NAME[owners[routine]!]), tally.matched, tally.total), tally.matched));
    }
    evidence.push(...drift);
    const present = share >= ctx.thresholds.agreementMatchShare;
    const summary = say(present ? 'sigWorkingAgreementSummaryPresent' : 'sigWorkingAgreementSummary', matched, observed.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, observed.length, need, observed.some((o) => ctx.roles.isInferred(o.act.actor))),
      figure: share,
    });
  },
});
