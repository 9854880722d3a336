// Every threshold every signal uses, in one place, with the reason for its default. The options page
// shows THRESHOLD_INFO and lets the user override values; resolveThresholds keeps overrides sane.
// docs/heuristics.md explains each signal's use of these in more depth.

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
  label: string;
  unit: 'share' | 'count' | 'days' | 'hours' | 'ratio' | 'points' | 'factor';
  /** Why this default, in one sentence. */
  basis: string;
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

const share = (label: string, basis: string): ThresholdInfo => ({ label, unit: 'share', basis, min: 0, max: 1 });
const count = (label: string, basis: string): ThresholdInfo => ({
  label,
  unit: 'count',
  basis,
  min: 1,
  max: 10_000,
  integer: true,
});
const days = (label: string, basis: string): ThresholdInfo => ({ label, unit: 'days', basis, min: 1, max: 3650 });

export const THRESHOLD_INFO: Readonly<Record<ThresholdKey, ThresholdInfo>> = {
  routineShare: share(
    'Share of routine actions that means one person leads them',
    'CHAOSS “contributor absence factor”: one person accounting for 50 % or more of a kind of contribution is a risk.',
  ),
  minRoutineActions: count(
    'Routine actions needed for a verdict',
    'Below about ten actions a single busy day decides the share; ten keeps one action under 10 % of the total.',
  ),
  sharedMinRoles: count(
    'Roles that must take part for routines to count as shared',
    'Sharing needs at least a second role (EM or engineers) besides the PM.',
  ),
  sharedMinRoleShare: share(
    'Smallest share for a role to count as taking part',
    'A role doing under about one action in seven is a bystander, not an owner.',
  ),
  minItems: count(
    'Items needed for a backlog verdict',
    'With fewer than five items one odd item swings a share by 20 % or more.',
  ),
  minComments: count('Comments needed for a verdict on conversations', 'Fewer comments say more about one day than about a habit.'),
  itemScale: {
    label: 'Share of a backlog minimum that is enough on one item',
    unit: 'factor',
    basis: 'A single issue has fewer observations; we accept a third of the bar and lower the confidence instead.',
    min: 0.05,
    max: 1,
  },
  itemConfidence: {
    label: 'Confidence factor on a single item',
    unit: 'factor',
    basis: 'One item is a small sample of how the team works.',
    min: 0.05,
    max: 1,
  },
  inferredConfidence: {
    label: 'Confidence factor when roles are inferred',
    unit: 'factor',
    basis: 'Inferred roles are guesses (people who close work are taken for engineers); the roster is fact.',
    min: 0.05,
    max: 1,
  },
  valueStatementShare: share(
    'Share of items that must state their value',
    'Quality User Story framework / INVEST “Valuable”: most stories should say why and for whom; half is a lenient floor.',
  ),
  impactShare: share(
    'Share of prioritised items that must state impact',
    'A priority without a stated impact cannot be checked; at least half should say who benefits.',
  ),
  wontDoShare: share(
    'Share of closures as won’t-do below which nothing is declined',
    'Our starting point: a backlog that declines under one item in twenty says yes to nearly everything.',
  ),
  staleAgeDays: days('Age after which an open item is stale', 'Half a year: beyond two quarterly plannings without being picked up.'),
  staleShare: share('Share of stale open items that counts as piling up', 'When three in ten open items are stale, the backlog keeps what it will not do.'),
  backlogGrowthRatio: {
    label: 'Items created per item resolved that counts as growth',
    unit: 'ratio',
    basis: 'Little’s law: when arrivals outpace departures for long, work in progress and waiting time grow without bound.',
    min: 1,
    max: 100,
  },
  recentDays: days('Window for “closed recently” and growth', 'A month covers two two-week sprints.'),
  unscheduledShare: share(
    'Share of open items with no date, sprint, milestone or version',
    'When most open work has no target, value arrives at an unknown date.',
  ),
  unscheduledAgeDays: days('Age before an unscheduled item counts', 'New items have not been planned yet; a month gives them one planning cycle.'),
  epicOpenDays: days('Age of an epic that counts as long-open', 'A quarter: epics planned for a quarter should show done children by then.'),
  epicDoneShare: share('Share of an epic’s children done, below which it delivers little', 'A quarter-old epic under a quarter done is not shipping in slices.'),
  solutionShare: share(
    'Share of your texts that prescribe the solution',
    'Quality User Story framework “problem-oriented”: a story states the problem; some technical notes are normal, four in ten is a habit.',
  ),
  minAuthoredTexts: count('Texts by you needed for a verdict', 'Five texts keep one technical note from deciding.'),
  soleDocumenterShare: share('Your share of documentation that makes you the only writer', 'Nine in ten: nearly nobody else writes or edits.'),
  minDocContributions: count('Descriptions written or edited needed for a verdict', 'Five contributions at least.'),
  ownershipShare: share(
    'Engineers’ share of backlog work that shows ownership',
    'One in four items, edits, actions or comments from engineers shows they take part in the day-to-day.',
  ),
  engineerCreatedShare: share('Engineers’ share of created items below which they only execute', 'Under one in ten items proposed by engineers.'),
  engineerVoiceShare: share(
    'Share of engineers’ comments that raise a concern or propose a decision',
    'Under one in ten comments pushing back or proposing reads as executing orders.',
  ),
  deferenceShare: share(
    'Share of engineers’ comments that hand the decision away',
    'Our starting point: one in ten comments saying “your call”, “just tell me what to build” or “we were told to” is a pattern, not a mood.',
  ),
  emAssignmentsMin: count('Assignments from the EM to you that form a pattern', 'Once is a favour; twice is a habit.'),
  emInteractionShare: share(
    'Share of your addressed comments that go to the EM',
    'When under one in five of the comments you address to the team go to its manager, while the EM is in those threads, you are avoiding them.',
  ),
  minInteractions: count('Comments you addressed to the team needed for a verdict', 'Five at least.'),
  requestWindowHours: {
    label: 'Hours after an engineer’s comment in which a priority change follows it',
    unit: 'hours',
    basis: 'Three days covers a request made before a weekend.',
    min: 1,
    max: 24 * 60,
  },
  engineerDrivenShare: share(
    'Share of priority changes that follow an engineer with no stated impact',
    'When half of the priority changes follow an engineer without a word on impact, opinion is leading.',
  ),
  minPriorityChanges: count('Priority or rank changes needed for a verdict', 'Three at least.'),
  earlyLifeShare: share('Part of an item’s life that counts as early', 'The first quarter of the time from creation to close (or now).'),
  earlyConcernShare: share('Share of concerns raised early', 'Most concerns (half or more) should come in the first quarter of the work.'),
  concernAnsweredShare: share('Share of concerns someone answers', 'Half or more of the concerns raised should get a reply from someone else.'),
  minConcerns: count('Concerns needed for a verdict', 'Three at least.'),
  atomicShare: share(
    'Share of items with a single feature',
    'INVEST “Small” and the Quality User Story framework’s “atomic”: seven in ten items should carry one feature.',
  ),
  maxMedianCloseDays: days(
    'Median days from creation to close for small scopes',
    'Flow metrics (cycle time): a small item closes within a two-week sprint.',
  ),
  maxMedianEstimate: {
    label: 'Median estimate for small scopes',
    unit: 'points',
    basis: 'Story points: five or fewer on a Fibonacci scale fits a sprint comfortably.',
    min: 0,
    max: 1000,
  },
  maxClosureGapDays: days(
    'Longest stretch without a closed item, for iterative wins',
    'Our starting point: at least one win per two-week sprint (Scrum’s common sprint length), measured as the longest gap between closures.',
  ),
  cadenceWindowDays: days('Window in which the closing cadence is read', 'The last twelve weeks: the same span the trends show.'),
  maxMedianChecklist: {
    label: 'Median checklist length for small scopes',
    unit: 'count',
    basis: 'Our starting point: a story that needs more than eight checks is usually several stories (INVEST “Small”).',
    min: 1,
    max: 100,
  },
  minClosed: count('Closed items needed for closing-time measures', 'Three at least for a median.'),
  pivotReasonShare: share('Share of declined items that carry a reason', 'Half or more of won’t-do closures should say why.'),
  reasonWindowHours: {
    label: 'Hours around a closure in which a comment is its reason',
    unit: 'hours',
    basis: 'Two days either side: people close first and explain after, or the other way round.',
    min: 1,
    max: 24 * 30,
  },
  decisionShare: share('Share of discussions that end with a recorded decision', 'Three in ten discussions ending in “decided … because …”.'),
  discussionMinComments: count('Comments that make a discussion', 'Three comments: a question, an answer and a follow-up.'),
  minDiscussions: count('Discussions needed for a verdict', 'Three at least.'),
  artifactShare: share(
    'Share of items with acceptance criteria, checklists or linked specs',
    'Half or more items with criteria; INVEST “Testable”.',
  ),
  directShare: share(
    'Share of the team’s addressed comments that go to each other rather than to you',
    'Half or more of the EM’s and engineers’ comments to the team addressing each other directly.',
  ),
  minRelayThreads: count('Threads where you talk with both sides that make a relay', 'Two threads: once is coincidence.'),
  negativeToneShare: share('Share of your comments with a negative tone', 'Three in ten comments, not one bad day.'),
  frustrationSpanDays: days('Days across which negative comments must spread', 'Two weeks: “regularly”, not a single bad day.'),
  agreementMatchShare: share('Share of routine actions that follow the agreement', 'Seven in ten actions by the agreed owner means the agreement is lived.'),
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
