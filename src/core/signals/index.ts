// The registry: every signal's definition, in the guide's order. This list is the one place the order
// is written (the guide, the engine's run and the CLI's output follow it); the `SignalId` type, the
// guide's entries (src/core/guide.ts) and the thresholds table (src/core/thresholds.ts) are derived
// from it. Adding a signal = one file in the folder of its theme, one line here, `npm run catalog`
// (which writes the ids, kinds and thresholds as data to catalog.ts for the pages, so they never load
// the signals' code or the text models; catalog.test.ts fails until it has run), its messages and its
// tests.
//
// Themes (folders), from what the guide item is about:
// - routines/       who does the team's routine work: shared, agreed, led by the PM, owned by engineers;
//                   being assigned work like a report
// - documents/      what the items say: artifacts, decisions, value, prescribed solutions, who writes them
// - conversations/  how people talk in threads: concerns, who addresses whom, relaying, pushback, tone
// - backlog/        how work is ordered and moves: impact, scope, pivots, someday items, saying no,
//                   priorities that follow engineers' opinions
// - self-check/     what only the person can judge; Tandem asks in the weekly check-in
import { createRegistry } from './define';
import { SHARED_THRESHOLDS } from './shared-thresholds';
import { assignedLikeReport } from './routines/assigned-like-report';
import { engineeringOwnership } from './routines/engineering-ownership';
import { leadsRoutines } from './routines/leads-routines';
import { sharedRoutines } from './routines/shared-routines';
import { workingAgreement } from './routines/working-agreement';
import { clearArtifacts } from './documents/clear-artifacts';
import { clearDecisions } from './documents/clear-decisions';
import { soleDocumenter } from './documents/sole-documenter';
import { solutioning } from './documents/solutioning';
import { unclearValue } from './documents/unclear-value';
import { avoidsEm } from './conversations/avoids-em';
import { concernsEarly } from './conversations/concerns-early';
import { followingOrders } from './conversations/following-orders';
import { frustrated } from './conversations/frustrated';
import { intermediary } from './conversations/intermediary';
import { teamAccountability } from './conversations/team-accountability';
import { cantSayNo } from './backlog/cant-say-no';
import { engineerOpinionPriority } from './backlog/engineer-opinion-priority';
import { impactPriority } from './backlog/impact-priority';
import { pivots } from './backlog/pivots';
import { smallScopes } from './backlog/small-scopes';
import { valueSomeday } from './backlog/value-someday';
import { engineerToBeHeard } from './self-check/engineer-to-be-heard';
import { knowsTech } from './self-check/knows-tech';
import { lostInTech } from './self-check/lost-in-tech';
import { orgValues } from './self-check/org-values';
import type { Signal } from './types';

const IN_GUIDE_ORDER = [
  sharedRoutines,
  workingAgreement,
  engineeringOwnership,
  concernsEarly,
  impactPriority,
  smallScopes,
  pivots,
  knowsTech,
  clearDecisions,
  clearArtifacts,
  teamAccountability,
  orgValues,
  avoidsEm,
  assignedLikeReport,
  leadsRoutines,
  soleDocumenter,
  followingOrders,
  engineerOpinionPriority,
  valueSomeday,
  unclearValue,
  lostInTech,
  engineerToBeHeard,
  solutioning,
  cantSayNo,
  intermediary,
  frustrated,
] as const;

type Definition = (typeof IN_GUIDE_ORDER)[number];

/** A signal's stable id (settings, tests and the CLI rely on them). */
export type SignalId = Definition['id'];

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every threshold's key: the shared ones and each signal's own. */
export type ThresholdKey = keyof typeof SHARED_THRESHOLDS | keyof Intersection<Definition['thresholds']>;

export const REGISTRY = createRegistry<Definition>(IN_GUIDE_ORDER, SHARED_THRESHOLDS);

/** Every signal, in guide order. */
export const SIGNALS: readonly Signal[] = REGISTRY.signals;

export type { Signal, SignalContext, SignalResult, SignalStatus, Evidence, SetupNeed } from './types';
