// The guide the product is built around. `words` are the user's own words, exactly as written in the
// guide (curly quotes included); everything else is ours: a short explanation, how Tandem looks for it
// in tracker data, and what to try. All four are messages (guide<Id>Words, …About, …Detect, …Try), so
// they can be translated. Ids are stable: settings, tests and the CLI rely on them.
import { say, type MessageKey } from './words';

export type SignalKind = 'healthy' | 'warning';

export type SignalId =
  | 'shared-routines'
  | 'working-agreement'
  | 'engineering-ownership'
  | 'concerns-early'
  | 'impact-priority'
  | 'small-scopes'
  | 'pivots'
  | 'knows-tech'
  | 'clear-decisions'
  | 'clear-artifacts'
  | 'team-accountability'
  | 'org-values'
  | 'avoids-em'
  | 'assigned-like-report'
  | 'leads-routines'
  | 'sole-documenter'
  | 'following-orders'
  | 'engineer-opinion-priority'
  | 'value-someday'
  | 'unclear-value'
  | 'lost-in-tech'
  | 'engineer-to-be-heard'
  | 'solutioning'
  | 'cant-say-no'
  | 'intermediary'
  | 'frustrated';

/** The messages that hold an item's text. */
export interface GuideMessages {
  /** The guide's words, as written. */
  words: MessageKey;
  /** One or two plain sentences: what this means in a PM/EM partnership. */
  explanation: MessageKey;
  /** How Tandem looks for it, in a sentence. */
  detection: MessageKey;
  /** Something concrete to try, tied to the item. */
  advice: MessageKey;
}

interface GuideEntry {
  id: SignalId;
  kind: SignalKind;
  messages: GuideMessages;
  /** True when only the person can judge it; Tandem asks instead of guessing. */
  selfCheck?: boolean;
}

/** A guide item with its text, in the language of the running program's catalogue. */
export interface GuideItem extends GuideEntry {
  readonly words: string;
  readonly explanation: string;
  readonly detection: string;
  readonly advice: string;
}

const ENTRIES: readonly GuideEntry[] = [
  {
    id: 'shared-routines',
    kind: 'healthy',
    messages: {
      words: 'guideSharedRoutinesWords',
      explanation: 'guideSharedRoutinesAbout',
      detection: 'guideSharedRoutinesDetect',
      advice: 'guideSharedRoutinesTry',
    },
  },
  {
    id: 'working-agreement',
    kind: 'healthy',
    messages: {
      words: 'guideWorkingAgreementWords',
      explanation: 'guideWorkingAgreementAbout',
      detection: 'guideWorkingAgreementDetect',
      advice: 'guideWorkingAgreementTry',
    },
  },
  {
    id: 'engineering-ownership',
    kind: 'healthy',
    messages: {
      words: 'guideEngineeringOwnershipWords',
      explanation: 'guideEngineeringOwnershipAbout',
      detection: 'guideEngineeringOwnershipDetect',
      advice: 'guideEngineeringOwnershipTry',
    },
  },
  {
    id: 'concerns-early',
    kind: 'healthy',
    messages: {
      words: 'guideConcernsEarlyWords',
      explanation: 'guideConcernsEarlyAbout',
      detection: 'guideConcernsEarlyDetect',
      advice: 'guideConcernsEarlyTry',
    },
  },
  {
    id: 'impact-priority',
    kind: 'healthy',
    messages: {
      words: 'guideImpactPriorityWords',
      explanation: 'guideImpactPriorityAbout',
      detection: 'guideImpactPriorityDetect',
      advice: 'guideImpactPriorityTry',
    },
  },
  {
    id: 'small-scopes',
    kind: 'healthy',
    messages: {
      words: 'guideSmallScopesWords',
      explanation: 'guideSmallScopesAbout',
      detection: 'guideSmallScopesDetect',
      advice: 'guideSmallScopesTry',
    },
  },
  {
    id: 'pivots',
    kind: 'healthy',
    messages: {
      words: 'guidePivotsWords',
      explanation: 'guidePivotsAbout',
      detection: 'guidePivotsDetect',
      advice: 'guidePivotsTry',
    },
  },
  {
    id: 'knows-tech',
    kind: 'healthy',
    messages: {
      words: 'guideKnowsTechWords',
      explanation: 'guideKnowsTechAbout',
      detection: 'guideKnowsTechDetect',
      advice: 'guideKnowsTechTry',
    },
    selfCheck: true,
  },
  {
    id: 'clear-decisions',
    kind: 'healthy',
    messages: {
      words: 'guideClearDecisionsWords',
      explanation: 'guideClearDecisionsAbout',
      detection: 'guideClearDecisionsDetect',
      advice: 'guideClearDecisionsTry',
    },
  },
  {
    id: 'clear-artifacts',
    kind: 'healthy',
    messages: {
      words: 'guideClearArtifactsWords',
      explanation: 'guideClearArtifactsAbout',
      detection: 'guideClearArtifactsDetect',
      advice: 'guideClearArtifactsTry',
    },
  },
  {
    id: 'team-accountability',
    kind: 'healthy',
    messages: {
      words: 'guideTeamAccountabilityWords',
      explanation: 'guideTeamAccountabilityAbout',
      detection: 'guideTeamAccountabilityDetect',
      advice: 'guideTeamAccountabilityTry',
    },
  },
  {
    id: 'org-values',
    kind: 'healthy',
    messages: {
      words: 'guideOrgValuesWords',
      explanation: 'guideOrgValuesAbout',
      detection: 'guideOrgValuesDetect',
      advice: 'guideOrgValuesTry',
    },
    selfCheck: true,
  },
  {
    id: 'avoids-em',
    kind: 'warning',
    messages: {
      words: 'guideAvoidsEmWords',
      explanation: 'guideAvoidsEmAbout',
      detection: 'guideAvoidsEmDetect',
      advice: 'guideAvoidsEmTry',
    },
  },
  {
    id: 'assigned-like-report',
    kind: 'warning',
    messages: {
      words: 'guideAssignedLikeReportWords',
      explanation: 'guideAssignedLikeReportAbout',
      detection: 'guideAssignedLikeReportDetect',
      advice: 'guideAssignedLikeReportTry',
    },
  },
  {
    id: 'leads-routines',
    kind: 'warning',
    messages: {
      words: 'guideLeadsRoutinesWords',
      explanation: 'guideLeadsRoutinesAbout',
      detection: 'guideLeadsRoutinesDetect',
      advice: 'guideLeadsRoutinesTry',
    },
  },
  {
    id: 'sole-documenter',
    kind: 'warning',
    messages: {
      words: 'guideSoleDocumenterWords',
      explanation: 'guideSoleDocumenterAbout',
      detection: 'guideSoleDocumenterDetect',
      advice: 'guideSoleDocumenterTry',
    },
  },
  {
    id: 'following-orders',
    kind: 'warning',
    messages: {
      words: 'guideFollowingOrdersWords',
      explanation: 'guideFollowingOrdersAbout',
      detection: 'guideFollowingOrdersDetect',
      advice: 'guideFollowingOrdersTry',
    },
  },
  {
    id: 'engineer-opinion-priority',
    kind: 'warning',
    messages: {
      words: 'guideEngineerOpinionPriorityWords',
      explanation: 'guideEngineerOpinionPriorityAbout',
      detection: 'guideEngineerOpinionPriorityDetect',
      advice: 'guideEngineerOpinionPriorityTry',
    },
  },
  {
    id: 'value-someday',
    kind: 'warning',
    messages: {
      words: 'guideValueSomedayWords',
      explanation: 'guideValueSomedayAbout',
      detection: 'guideValueSomedayDetect',
      advice: 'guideValueSomedayTry',
    },
  },
  {
    id: 'unclear-value',
    kind: 'warning',
    messages: {
      words: 'guideUnclearValueWords',
      explanation: 'guideUnclearValueAbout',
      detection: 'guideUnclearValueDetect',
      advice: 'guideUnclearValueTry',
    },
  },
  {
    id: 'lost-in-tech',
    kind: 'warning',
    messages: {
      words: 'guideLostInTechWords',
      explanation: 'guideLostInTechAbout',
      detection: 'guideLostInTechDetect',
      advice: 'guideLostInTechTry',
    },
    selfCheck: true,
  },
  {
    id: 'engineer-to-be-heard',
    kind: 'warning',
    messages: {
      words: 'guideEngineerToBeHeardWords',
      explanation: 'guideEngineerToBeHeardAbout',
      detection: 'guideEngineerToBeHeardDetect',
      advice: 'guideEngineerToBeHeardTry',
    },
    selfCheck: true,
  },
  {
    id: 'solutioning',
    kind: 'warning',
    messages: {
      words: 'guideSolutioningWords',
      explanation: 'guideSolutioningAbout',
      detection: 'guideSolutioningDetect',
      advice: 'guideSolutioningTry',
    },
  },
  {
    id: 'cant-say-no',
    kind: 'warning',
    messages: {
      words: 'guideCantSayNoWords',
      explanation: 'guideCantSayNoAbout',
      detection: 'guideCantSayNoDetect',
      advice: 'guideCantSayNoTry',
    },
  },
  {
    id: 'intermediary',
    kind: 'warning',
    messages: {
      words: 'guideIntermediaryWords',
      explanation: 'guideIntermediaryAbout',
      detection: 'guideIntermediaryDetect',
      advice: 'guideIntermediaryTry',
    },
  },
  {
    id: 'frustrated',
    kind: 'warning',
    messages: {
      words: 'guideFrustratedWords',
      explanation: 'guideFrustratedAbout',
      detection: 'guideFrustratedDetect',
      advice: 'guideFrustratedTry',
    },
  },
];

// Getters, not values: the text is looked up each time it is read, after the program has installed
// its catalogue, never when this module loads.
const withText = (entry: GuideEntry): GuideItem => ({
  ...entry,
  get words() {
    return say(entry.messages.words);
  },
  get explanation() {
    return say(entry.messages.explanation);
  },
  get detection() {
    return say(entry.messages.detection);
  },
  get advice() {
    return say(entry.messages.advice);
  },
});

export const GUIDE: readonly GuideItem[] = ENTRIES.map(withText);

export const GUIDE_BY_ID: Readonly<Record<SignalId, GuideItem>> = Object.fromEntries(
  GUIDE.map((item) => [item.id, item]),
) as Record<SignalId, GuideItem>;

export const SIGNAL_IDS: readonly SignalId[] = GUIDE.map((item) => item.id);

/** Warning signs first (what people scan for), then healthy behaviors; guide order within each. */
export const DISPLAY_ORDER: readonly GuideItem[] = [
  ...GUIDE.filter((g) => g.kind === 'warning'),
  ...GUIDE.filter((g) => g.kind === 'healthy'),
];
