// The thresholds, grouped by what they judge, so the options page can fold over fifty numbers into a
// few themes a PM recognises. Every threshold is in exactly one group (threshold-groups.test.ts).
import type { ThresholdKey } from '../../core/thresholds';
import type { MessageKey } from '../../core/words';

export interface ThresholdGroup {
  id: string;
  title: MessageKey;
  keys: readonly ThresholdKey[];
}

export const THRESHOLD_GROUPS: readonly ThresholdGroup[] = [
  { id: 'evidence', title: 'thresholdGroupEvidence', keys: ['minItems', 'minComments', 'itemScale', 'itemConfidence', 'inferredConfidence'] },
  {
    id: 'routines',
    title: 'thresholdGroupRoutines',
    keys: ['routineShare', 'minRoutineActions', 'sharedMinRoles', 'sharedMinRoleShare', 'ownershipShare', 'engineerCreatedShare', 'soleDocumenterShare', 'minDocContributions', 'agreementMatchShare'],
  },
  {
    id: 'backlog',
    title: 'thresholdGroupBacklog',
    keys: [
      'valueStatementShare', 'impactShare', 'wontDoShare', 'staleAgeDays', 'staleShare', 'backlogGrowthRatio', 'recentDays', 'unscheduledShare', 'unscheduledAgeDays',
      'epicOpenDays', 'epicDoneShare', 'engineerDrivenShare', 'minPriorityChanges', 'requestWindowHours',
    ],
  },
  {
    id: 'delivery',
    title: 'thresholdGroupDelivery',
    keys: ['atomicShare', 'maxMedianCloseDays', 'maxMedianEstimate', 'maxClosureGapDays', 'cadenceWindowDays', 'maxMedianChecklist', 'minClosed', 'pivotReasonShare', 'reasonWindowHours', 'artifactShare'],
  },
  {
    id: 'voices',
    title: 'thresholdGroupVoices',
    keys: [
      'solutionShare', 'minAuthoredTexts', 'engineerVoiceShare', 'deferenceShare', 'emAssignmentsMin', 'emInteractionShare', 'minInteractions', 'earlyLifeShare', 'earlyConcernShare',
      'concernAnsweredShare', 'minConcerns', 'decisionShare', 'discussionMinComments', 'minDiscussions', 'directShare', 'minRelayThreads', 'negativeToneShare', 'frustrationSpanDays',
    ],
  },
];
