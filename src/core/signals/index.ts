// All 26 signals, in guide order (src/core/guide.ts). The engine runs them in this order.
import { GUIDE } from '../guide';
import { assignedLikeReport } from './assigned-like-report';
import { avoidsEm } from './avoids-em';
import { cantSayNo } from './cant-say-no';
import { clearArtifacts } from './clear-artifacts';
import { clearDecisions } from './clear-decisions';
import { concernsEarly } from './concerns-early';
import { engineerOpinionPriority } from './engineer-opinion-priority';
import { engineerToBeHeard } from './engineer-to-be-heard';
import { engineeringOwnership } from './engineering-ownership';
import { followingOrders } from './following-orders';
import { frustrated } from './frustrated';
import { impactPriority } from './impact-priority';
import { intermediary } from './intermediary';
import { knowsTech } from './knows-tech';
import { leadsRoutines } from './leads-routines';
import { lostInTech } from './lost-in-tech';
import { orgValues } from './org-values';
import { pivots } from './pivots';
import { sharedRoutines } from './shared-routines';
import { smallScopes } from './small-scopes';
import { soleDocumenter } from './sole-documenter';
import { solutioning } from './solutioning';
import { teamAccountability } from './team-accountability';
import { unclearValue } from './unclear-value';
import { valueSomeday } from './value-someday';
import { workingAgreement } from './working-agreement';
import type { Signal } from './types';

const ALL: Signal[] = [
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
];

const byId = new Map(ALL.map((s) => [s.id, s]));

/** Every signal, in guide order; built from GUIDE so the order can't drift from it. */
export const SIGNALS: readonly Signal[] = GUIDE.map((g) => {
  const s = byId.get(g.id);
  if (!s) throw new Error(`No signal for guide item ${g.id}`);
  return s;
});

export type { Signal, SignalContext, SignalResult, SignalStatus, Evidence, SetupNeed } from './types';
