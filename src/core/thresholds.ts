// Every threshold every signal uses, in one place, with the reason for its default. The options page
// shows THRESHOLD_INFO and lets the user override values; resolveThresholds keeps overrides sane.
// Names and reasons are messages (limit<Key>Label, limit<Key>Basis); the options page says them.
// docs/heuristics.md explains each signal's use of these in more depth.
import type { MessageKey } from './words';

export interface Thresholds {
  /** leads-routines / shared-routines: one person's share of routine actions that counts as leading. */
  routineShare: number;
  minRoutineActions: number;
  sharedMinRoles: number;
  sharedMinRoleShare: number;
  /** Items needed before a backlog-wide verdict. */
  minItems: number;
  minComments: number;
  /** Fraction of a backlog minimum that is enough on a single item (lower bar, lower confidence). */
  itemScale: number;
  itemConfidence: number;
  inferredConfidence: number;
  valueStatementShare: number;
  impactShare: number;
  wontDoShare: number;
  staleAgeDays: number;
  staleShare: number;
  backlogGrowthRatio: number;
  recentDays: number;
  unscheduledShare: number;
  unscheduledAgeDays: number;
  epicOpenDays: number;
  epicDoneShare: number;
  solutionShare: number;
  minAuthoredTexts: number;
  soleDocumenterShare: number;
  minDocContributions: number;
  ownershipShare: number;
  engineerCreatedShare: number;
  engineerVoiceShare: number;
  deferenceShare: number;
  emAssignmentsMin: number;
  emInteractionShare: number;
  minInteractions: number;
  requestWindowHours: number;
  engineerDrivenShare: number;
  minPriorityChanges: number;
  earlyLifeShare: number;
  earlyConcernShare: number;
  concernAnsweredShare: number;
  minConcerns: number;
  atomicShare: number;
  maxMedianCloseDays: number;
  maxMedianEstimate: number;
  maxClosureGapDays: number;
  cadenceWindowDays: number;
  maxMedianChecklist: number;
  minClosed: number;
  pivotReasonShare: number;
  reasonWindowHours: number;
  decisionShare: number;
  discussionMinComments: number;
  minDiscussions: number;
  artifactShare: number;
  directShare: number;
  minRelayThreads: number;
  negativeToneShare: number;
  frustrationSpanDays: number;
  agreementMatchShare: number;
}

export type ThresholdKey = keyof Thresholds;

export interface ThresholdInfo {
  /** The message naming the threshold (limit<Key>Label). */
  label: MessageKey;
  unit: 'share' | 'count' | 'days' | 'hours' | 'ratio' | 'points' | 'factor';
  /** The message saying why this default, in one sentence (limit<Key>Basis). */
  basis: MessageKey;
  min: number;
  max: number;
  integer?: boolean;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  routineShare: 0.5,
  minRoutineActions: 10,
  sharedMinRoles: 2,
  sharedMinRoleShare: 0.15,
  minItems: 5,
  minComments: 5,
  itemScale: 0.3,
  itemConfidence: 0.6,
  inferredConfidence: 0.7,
  valueStatementShare: 0.5,
  impactShare: 0.5,
  wontDoShare: 0.05,
  staleAgeDays: 180,
  staleShare: 0.3,
  backlogGrowthRatio: 1.5,
  recentDays: 30,
  unscheduledShare: 0.6,
  unscheduledAgeDays: 30,
  epicOpenDays: 90,
  epicDoneShare: 0.25,
  solutionShare: 0.4,
  minAuthoredTexts: 5,
  soleDocumenterShare: 0.9,
  minDocContributions: 5,
  ownershipShare: 0.25,
  engineerCreatedShare: 0.1,
  engineerVoiceShare: 0.1,
  deferenceShare: 0.1,
  emAssignmentsMin: 2,
  emInteractionShare: 0.2,
  minInteractions: 5,
  requestWindowHours: 72,
  engineerDrivenShare: 0.5,
  minPriorityChanges: 3,
  earlyLifeShare: 0.25,
  earlyConcernShare: 0.5,
  concernAnsweredShare: 0.5,
  minConcerns: 3,
  atomicShare: 0.7,
  maxMedianCloseDays: 14,
  maxMedianEstimate: 5,
  maxClosureGapDays: 14,
  cadenceWindowDays: 84,
  maxMedianChecklist: 8,
  minClosed: 3,
  pivotReasonShare: 0.5,
  reasonWindowHours: 48,
  decisionShare: 0.3,
  discussionMinComments: 3,
  minDiscussions: 3,
  artifactShare: 0.5,
  directShare: 0.5,
  minRelayThreads: 2,
  negativeToneShare: 0.3,
  frustrationSpanDays: 14,
  agreementMatchShare: 0.7,
});

const share = (label: MessageKey, basis: MessageKey): ThresholdInfo => ({ label, unit: 'share', basis, min: 0, max: 1 });
const count = (label: MessageKey, basis: MessageKey): ThresholdInfo => ({
  label,
  unit: 'count',
  basis,
  min: 1,
  max: 10_000,
  integer: true,
});
const days = (label: MessageKey, basis: MessageKey): ThresholdInfo => ({ label, unit: 'days', basis, min: 1, max: 3650 });

export const THRESHOLD_INFO: Readonly<Record<ThresholdKey, ThresholdInfo>> = {
  routineShare: share('limitRoutineShareLabel', 'limitRoutineShareBasis'),
  minRoutineActions: count('limitMinRoutineActionsLabel', 'limitMinRoutineActionsBasis'),
  sharedMinRoles: count('limitSharedMinRolesLabel', 'limitSharedMinRolesBasis'),
  sharedMinRoleShare: share('limitSharedMinRoleShareLabel', 'limitSharedMinRoleShareBasis'),
  minItems: count('limitMinItemsLabel', 'limitMinItemsBasis'),
  minComments: count('limitMinCommentsLabel', 'limitMinCommentsBasis'),
  itemScale: {
    label: 'limitItemScaleLabel',
    unit: 'factor',
    basis: 'limitItemScaleBasis',
    min: 0.05,
    max: 1,
  },
  itemConfidence: {
    label: 'limitItemConfidenceLabel',
    unit: 'factor',
    basis: 'limitItemConfidenceBasis',
    min: 0.05,
    max: 1,
  },
  inferredConfidence: {
    label: 'limitInferredConfidenceLabel',
    unit: 'factor',
    basis: 'limitInferredConfidenceBasis',
    min: 0.05,
    max: 1,
  },
  valueStatementShare: share('limitValueStatementShareLabel', 'limitValueStatementShareBasis'),
  impactShare: share('limitImpactShareLabel', 'limitImpactShareBasis'),
  wontDoShare: share('limitWontDoShareLabel', 'limitWontDoShareBasis'),
  staleAgeDays: days('limitStaleAgeDaysLabel', 'limitStaleAgeDaysBasis'),
  staleShare: share('limitStaleShareLabel', 'limitStaleShareBasis'),
  backlogGrowthRatio: {
    label: 'limitBacklogGrowthRatioLabel',
    unit: 'ratio',
    basis: 'limitBacklogGrowthRatioBasis',
    min: 1,
    max: 100,
  },
  recentDays: days('limitRecentDaysLabel', 'limitRecentDaysBasis'),
  unscheduledShare: share('limitUnscheduledShareLabel', 'limitUnscheduledShareBasis'),
  unscheduledAgeDays: days('limitUnscheduledAgeDaysLabel', 'limitUnscheduledAgeDaysBasis'),
  epicOpenDays: days('limitEpicOpenDaysLabel', 'limitEpicOpenDaysBasis'),
  epicDoneShare: share('limitEpicDoneShareLabel', 'limitEpicDoneShareBasis'),
  solutionShare: share('limitSolutionShareLabel', 'limitSolutionShareBasis'),
  minAuthoredTexts: count('limitMinAuthoredTextsLabel', 'limitMinAuthoredTextsBasis'),
  soleDocumenterShare: share('limitSoleDocumenterShareLabel', 'limitSoleDocumenterShareBasis'),
  minDocContributions: count('limitMinDocContributionsLabel', 'limitMinDocContributionsBasis'),
  ownershipShare: share('limitOwnershipShareLabel', 'limitOwnershipShareBasis'),
  engineerCreatedShare: share('limitEngineerCreatedShareLabel', 'limitEngineerCreatedShareBasis'),
  engineerVoiceShare: share('limitEngineerVoiceShareLabel', 'limitEngineerVoiceShareBasis'),
  deferenceShare: share('limitDeferenceShareLabel', 'limitDeferenceShareBasis'),
  emAssignmentsMin: count('limitEmAssignmentsMinLabel', 'limitEmAssignmentsMinBasis'),
  emInteractionShare: share('limitEmInteractionShareLabel', 'limitEmInteractionShareBasis'),
  minInteractions: count('limitMinInteractionsLabel', 'limitMinInteractionsBasis'),
  requestWindowHours: {
    label: 'limitRequestWindowHoursLabel',
    unit: 'hours',
    basis: 'limitRequestWindowHoursBasis',
    min: 1,
    max: 24 * 60,
  },
  engineerDrivenShare: share('limitEngineerDrivenShareLabel', 'limitEngineerDrivenShareBasis'),
  minPriorityChanges: count('limitMinPriorityChangesLabel', 'limitMinPriorityChangesBasis'),
  earlyLifeShare: share('limitEarlyLifeShareLabel', 'limitEarlyLifeShareBasis'),
  earlyConcernShare: share('limitEarlyConcernShareLabel', 'limitEarlyConcernShareBasis'),
  concernAnsweredShare: share('limitConcernAnsweredShareLabel', 'limitConcernAnsweredShareBasis'),
  minConcerns: count('limitMinConcernsLabel', 'limitMinConcernsBasis'),
  atomicShare: share('limitAtomicShareLabel', 'limitAtomicShareBasis'),
  maxMedianCloseDays: days('limitMaxMedianCloseDaysLabel', 'limitMaxMedianCloseDaysBasis'),
  maxMedianEstimate: {
    label: 'limitMaxMedianEstimateLabel',
    unit: 'points',
    basis: 'limitMaxMedianEstimateBasis',
    min: 0,
    max: 1000,
  },
  maxClosureGapDays: days('limitMaxClosureGapDaysLabel', 'limitMaxClosureGapDaysBasis'),
  cadenceWindowDays: days('limitCadenceWindowDaysLabel', 'limitCadenceWindowDaysBasis'),
  maxMedianChecklist: {
    label: 'limitMaxMedianChecklistLabel',
    unit: 'count',
    basis: 'limitMaxMedianChecklistBasis',
    min: 1,
    max: 100,
  },
  minClosed: count('limitMinClosedLabel', 'limitMinClosedBasis'),
  pivotReasonShare: share('limitPivotReasonShareLabel', 'limitPivotReasonShareBasis'),
  reasonWindowHours: {
    label: 'limitReasonWindowHoursLabel',
    unit: 'hours',
    basis: 'limitReasonWindowHoursBasis',
    min: 1,
    max: 24 * 30,
  },
  decisionShare: share('limitDecisionShareLabel', 'limitDecisionShareBasis'),
  discussionMinComments: count('limitDiscussionMinCommentsLabel', 'limitDiscussionMinCommentsBasis'),
  minDiscussions: count('limitMinDiscussionsLabel', 'limitMinDiscussionsBasis'),
  artifactShare: share('limitArtifactShareLabel', 'limitArtifactShareBasis'),
  directShare: share('limitDirectShareLabel', 'limitDirectShareBasis'),
  minRelayThreads: count('limitMinRelayThreadsLabel', 'limitMinRelayThreadsBasis'),
  negativeToneShare: share('limitNegativeToneShareLabel', 'limitNegativeToneShareBasis'),
  frustrationSpanDays: days('limitFrustrationSpanDaysLabel', 'limitFrustrationSpanDaysBasis'),
  agreementMatchShare: share('limitAgreementMatchShareLabel', 'limitAgreementMatchShareBasis'),
};

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[];

/** Defaults with the user's overrides applied; unknown keys and out-of-range values are ignored. */
export function resolveThresholds(overrides?: Partial<Thresholds> | null): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!overrides || typeof overrides !== 'object') return out;
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.prototype.hasOwnProperty.call(THRESHOLD_INFO, key)) continue;
    const info = THRESHOLD_INFO[key as ThresholdKey];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < info.min || value > info.max) continue;
    if (info.integer && !Number.isInteger(value)) continue;
    out[key as ThresholdKey] = value;
  }
  return out;
}
