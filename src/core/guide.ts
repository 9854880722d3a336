// The guide the product is built around. `words` are the user's own words, exactly as written in the
// guide (curly quotes included); everything else here is ours: a short explanation, how Tandem looks
// for it in tracker data, and what to try. Ids are stable: settings, tests and the CLI rely on them.

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

export interface GuideItem {
  id: SignalId;
  kind: SignalKind;
  /** The guide's words, as written. */
  words: string;
  /** One or two plain sentences: what this means in a PM/EM partnership. */
  explanation: string;
  /** How Tandem looks for it, in a sentence. */
  detection: string;
  /** Something concrete to try, tied to the item. */
  advice: string;
  /** True when only the person can judge it; Tandem asks instead of guessing. */
  selfCheck?: boolean;
}

export const GUIDE: readonly GuideItem[] = [
  {
    id: 'shared-routines',
    kind: 'healthy',
    words: 'Have a partnership with the EM that distributes ownership of routines',
    explanation:
      'Grooming, planning, status and triage are run by whoever is best placed, not by the PM by default.',
    detection: 'Counts routine actions (transitions, sprint and priority changes, assignments, estimates) by role.',
    advice: 'List your team’s routines with your EM and agree who leads each; revisit it every quarter.',
  },
  {
    id: 'working-agreement',
    kind: 'healthy',
    words: 'Defined working agreement with EM that clarifies PMs distinct value',
    explanation:
      'You and your EM have written down who owns which routine, so your time goes to what only a PM does.',
    detection: 'Compares the routine owners in the agreement you record in Tandem with who actually does them.',
    advice: 'Record your agreement in Tandem’s options; where practice drifts from it, talk about it in your 1:1.',
  },
  {
    id: 'engineering-ownership',
    kind: 'healthy',
    words:
      'Encourage engineering ownership of parts of this work (communication, documentation, backlog day-to-day)',
    explanation: 'Engineers create items, write and edit descriptions, and keep the backlog tidy themselves.',
    detection: 'Engineers’ share of items created, descriptions written or edited, backlog actions and comments.',
    advice: 'Hand one routine (say, bug triage or release notes) to an engineer for a month and stay out of it.',
  },
  {
    id: 'concerns-early',
    kind: 'healthy',
    words: 'Raising concerns early (and elevating other’s concerns)',
    explanation: 'Risks and blockers are named near the start of an item’s life, and someone answers them.',
    detection: 'Concern, risk and blocker comments in the first part of an item’s life, and the replies they get.',
    advice: 'Ask “what could stop this?” when an item is created, and reply to every concern within a day.',
  },
  {
    id: 'impact-priority',
    kind: 'healthy',
    words: 'Prioritizing work based on impact',
    explanation: 'Items that move up the backlog say who is affected, how much, and which number should change.',
    detection: 'Share of prioritised or ranked items whose text states impact (users, customers, a metric).',
    advice: 'Before you re-rank an item, add one line: who benefits and how you would know.',
  },
  {
    id: 'small-scopes',
    kind: 'healthy',
    words: 'Designing small scopes with iterative wins',
    explanation: 'Work is cut into small, single-purpose items that close often.',
    detection: 'One feature per story, small estimates, short time to close and a steady closing cadence.',
    advice: 'Split any story with “and” in its title; aim for something closed every few days.',
  },
  {
    id: 'pivots',
    kind: 'healthy',
    words: 'Pivoting when value is elsewhere',
    explanation: 'Items are closed as won’t-do or re-scoped, with a reason, when the value turns out to be elsewhere.',
    detection: 'Won’t-do or not-planned closures that carry a reason, and re-scoping of open items.',
    advice: 'When you drop something, write one sentence on why; it makes the next pivot easier for everyone.',
  },
  {
    id: 'knows-tech',
    kind: 'healthy',
    words: 'You know the technology well enough to strategize',
    explanation: 'You understand the system well enough to weigh options, without needing to design it.',
    detection: 'Only you can judge this: answer it in the popup’s weekly check-in.',
    advice: 'Ask an engineer to walk you through the architecture for thirty minutes, once per quarter.',
    selfCheck: true,
  },
  {
    id: 'clear-decisions',
    kind: 'healthy',
    words: 'You make decisions easier to understand',
    explanation: 'Decisions are written down where the work is, with the reason behind them.',
    detection: 'Comments and descriptions that record a decision together with its reason.',
    advice: 'End a discussion thread with “Decision: … because …” so latecomers can follow it.',
  },
  {
    id: 'clear-artifacts',
    kind: 'healthy',
    words: 'Cutting through ambiguity with clear artifacts',
    explanation: 'Items carry acceptance criteria, checklists or links to specs and designs.',
    detection: 'Acceptance criteria, Given/When/Then, checklists, definitions of done and linked specs.',
    advice: 'Add three acceptance criteria to the next item you groom before it goes into a sprint.',
  },
  {
    id: 'team-accountability',
    kind: 'healthy',
    words: 'You hold teams accountable to effectively working together',
    explanation: 'The EM and engineers talk to each other directly instead of going through you.',
    detection: 'Replies and mentions between the EM and engineers that do not pass through the PM.',
    advice: 'When someone asks you to pass a message on, invite both people into the same thread.',
  },
  {
    id: 'org-values',
    kind: 'healthy',
    words: 'Upholding organizational values',
    explanation: 'How you work with engineering reflects what your organisation says it values.',
    detection: 'Only you can judge this: answer it in the popup’s weekly check-in.',
    advice: 'Pick one of your organisation’s values and name, in your next retro, where the team lived it.',
    selfCheck: true,
  },
  {
    id: 'avoids-em',
    kind: 'warning',
    words: 'You avoid interacting with the EM',
    explanation: 'You talk with engineers but rarely with their manager, even in threads the EM is part of.',
    detection: 'Your replies to and mentions of the EM compared with those of engineers, in threads the EM joins.',
    advice: 'Book a recurring 1:1 with your EM and reply to their comments first.',
  },
  {
    id: 'assigned-like-report',
    kind: 'warning',
    words: 'You’re being assigned work like you report to the EM',
    explanation: 'The EM hands you tasks the way they would hand them to someone on their team.',
    detection: 'Assignment events where the EM assigns an item to you.',
    advice: 'Agree with your EM how work reaches you: requests in a conversation, not assignments.',
  },
  {
    id: 'leads-routines',
    kind: 'warning',
    words: 'You lead most developer routines',
    explanation: 'You move the tickets, run the sprints and set the estimates: the team’s routines depend on you.',
    detection: 'Your share of routine actions; one person with half or more of a kind of action is a risk (CHAOSS).',
    advice: 'Pick the routine you do most and hand it to the EM or an engineer, with a date.',
  },
  {
    id: 'sole-documenter',
    kind: 'warning',
    words: "You are the only one who writes documentation about what you're building",
    explanation: 'Every description and spec comes from you; engineers never write or edit them.',
    detection: 'Who wrote and who edited item descriptions and documentation-labelled items.',
    advice: 'Ask engineers to write the technical notes of the next epic; review rather than write.',
  },
  {
    id: 'following-orders',
    kind: 'warning',
    words: 'You or our engineering partners feel powerless and "just following orders"',
    explanation: 'Engineers only execute what is handed to them and rarely propose or push back.',
    detection: 'Engineers’ share of items created and proposals, and deferring phrases in their comments.',
    advice: 'Bring a problem, not a ticket, to the next planning and let engineers propose the work.',
  },
  {
    id: 'engineer-opinion-priority',
    kind: 'warning',
    words: "You prioritize work based primarily on engineer's opinions",
    explanation: 'Priorities move because an engineer asked, without a word on the impact for users.',
    detection: 'Priority or rank changes right after an engineer’s request, on items that state no impact.',
    advice: 'Welcome engineers’ input, and write down the user impact before you change a priority.',
  },
  {
    id: 'value-someday',
    kind: 'warning',
    words: 'Your product won’t be valuable until sometime an unknown future date',
    explanation: 'Open work has no sprint, milestone, version or date, and little of it reaches users.',
    detection: 'Open items with no due date, sprint, milestone or version; long-open epics; nothing closed lately.',
    advice: 'Find the smallest slice that helps a user this month and give it a date.',
  },
  {
    id: 'unclear-value',
    kind: 'warning',
    words: 'Your product does not know how it provides value',
    explanation: 'Items say what to build but not why, for whom, or what outcome they should bring.',
    detection: 'Descriptions with no value statement: no why, no user, no outcome or metric.',
    advice: 'Start each story with “So that …” and name the person it helps.',
  },
  {
    id: 'lost-in-tech',
    kind: 'warning',
    words: 'You feel lost in the technology',
    explanation: 'Technical discussions go past you and you cannot tell which options matter.',
    detection: 'Only you can judge this: answer it in the popup’s weekly check-in.',
    advice: 'Keep a list of terms you did not follow and go through it with an engineer each week.',
    selfCheck: true,
  },
  {
    id: 'engineer-to-be-heard',
    kind: 'warning',
    words: 'You feel like you need to be an engineer in the room to be heard',
    explanation: 'Your input counts only when you argue in technical terms.',
    detection: 'Only you can judge this: answer it in the popup’s weekly check-in.',
    advice: 'Bring customer evidence to the next debate, and ask your EM to make room for it.',
    selfCheck: true,
  },
  {
    id: 'solutioning',
    kind: 'warning',
    words: 'You are solutioning more than strategizing on a product',
    explanation: 'Your items prescribe how to build things instead of describing the problem and the outcome.',
    detection: 'Your descriptions and comments that name technologies, data stores, widgets or code.',
    advice: 'Rewrite one story as a problem statement and let the engineers propose the solution.',
  },
  {
    id: 'cant-say-no',
    kind: 'warning',
    words: 'Your product doesn’t know when to say “no” to a good idea',
    explanation: 'Everything is accepted into the backlog, nothing is declined, and old items pile up.',
    detection: 'Items created versus resolved, the share closed as won’t-do, and the age of open items.',
    advice: 'Close the ten oldest untouched items as won’t-do, each with a one-line reason.',
  },
  {
    id: 'intermediary',
    kind: 'warning',
    words: 'You are the intermediary between teams who won’t talk to each other',
    explanation: 'People from different teams talk to you, and you relay, but they never address each other.',
    detection: 'Threads where you reply to people of two teams who never mention or reply to each other.',
    advice: 'Introduce the two people in the thread and step back; follow up only if it stalls.',
  },
  {
    id: 'frustrated',
    kind: 'warning',
    words: 'You feel frustrated, disconnected, or unmotivated regularly',
    explanation: 'The work has been wearing on you for a while, not only on a bad day.',
    detection: 'The tone of your own comments over time, and your answer in the weekly check-in.',
    advice: 'Tell your manager or EM what drains you most; one change a month is a good pace.',
  },
];

export const GUIDE_BY_ID: Readonly<Record<SignalId, GuideItem>> = Object.fromEntries(
  GUIDE.map((item) => [item.id, item]),
) as Record<SignalId, GuideItem>;

export const SIGNAL_IDS: readonly SignalId[] = GUIDE.map((item) => item.id);

/** Warning signs first (what people scan for), then healthy behaviours; guide order within each. */
export const DISPLAY_ORDER: readonly GuideItem[] = [
  ...GUIDE.filter((g) => g.kind === 'warning'),
  ...GUIDE.filter((g) => g.kind === 'healthy'),
];
