// Helpers every signal shares: routine actions, who addresses whom, shares, confidence and evidence.
// Written once here so the 26 signals stay short and count the same things the same way.
import type { Comment, EventKind, Item, TrackerEvent } from '../model';
import { personIn } from '../people';
import type { Role } from '../roster';
import { formatPercent, say, type MessageKey } from '../words';
import type { Evidence, SetupNeed, SignalContext, SignalRef, SignalResult, SignalStatus } from './types';

/** Longest evidence list a signal returns; counts in summaries and aggregates stay exact. */
export const EVIDENCE_CAP = 20;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Time and numbers

// Signals read the same dates many times (72,000 reads on a 1,000-issue backlog). A cache of parsed
// strings stopped helping past its size (a 10,000-issue backlog has 260,000 distinct times) and cost
// a hash look-up per read; reading the digits of the usual ISO forms directly is faster than either
// and needs no memory. Anything else goes to Date.parse, so every answer is Date.parse's.
const DAY_MS = 86_400_000;

/** Two digits at `i` as a number, or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysIn(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12): the civil-calendar formula. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * `YYYY-MM-DDTHH:MM:SS` with no fraction or three digits of one, then `Z`, `±HH:MM` or `±HHMM`:
 * what the converters and both trackers write. NaN means "not this form" (the caller asks Date.parse).
 */
function isoFast(s: string): number {
  const n = s.length;
  if (n < 20 || n > 29 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const century = twoDigits(s, 0);
  const year = twoDigits(s, 2);
  const mo = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  const h = twoDigits(s, 11);
  const mi = twoDigits(s, 14);
  const sec = twoDigits(s, 17);
  // Only real calendar dates and times: Date.parse rolls Feb 30 over, takes 24:00, and so on.
  if (century < 0 || year < 0 || mo < 1 || mo > 12 || d < 1 || (d > 28 && d > daysIn(century * 100 + year, mo)) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  let at = 19;
  let ms = 0;
  if (s.charCodeAt(19) === 46) {
    const tens = twoDigits(s, 20);
    const units = s.charCodeAt(22) - 48;
    if (tens < 0 || units < 0 || units > 9) return NaN;
    ms = tens * 10 + units;
    at = 23;
  }
  let offset = 0;
  const sign = s.charCodeAt(at);
  if (sign === 90) {
    if (n !== at + 1) return NaN;
  } else if (sign === 43 || sign === 45) {
    const colon = n === at + 6 && s.charCodeAt(at + 3) === 58;
    if (!colon && n !== at + 5) return NaN;
    const oh = twoDigits(s, at + 1);
    const om = twoDigits(s, colon ? at + 4 : at + 3);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 60_000;
  } else return NaN;
  return daysFromCivil(century * 100 + year, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + ms - offset;
}

export function time(iso: string | null | undefined): number {
  if (!iso) return NaN;
  const fast = isoFast(iso);
  return Number.isNaN(fast) ? Date.parse(iso) : fast;
}

export function daysBetween(from: string | null | undefined, to: string | null | undefined): number {
  return (time(to) - time(from)) / DAY;
}

export function hoursBetween(from: string | null | undefined, to: string | null | undefined): number {
  return (time(to) - time(from)) / HOUR;
}

export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** "70%" in English: how the panel writes a share, in the UI language's percent format. */
export function pct(share: number): string {
  return say('sigCommonShare', formatPercent(share));
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  let head = parts[0]!;
  for (let i = 1; i < parts.length - 1; i++) head = say('sigCommonListMore', head, parts[i]!);
  return say('sigCommonListTwo', head, parts[parts.length - 1]!);
}

/** Several findings as one sentence: "Findings one; two; three." */
export function findingsSentence(findings: string[]): string {
  const joined = findings.reduce((head, next) => say('sigCommonFindingsMore', head, next));
  return say('sigCommonFindings', joined).replace(/^./, (c) => c.toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Scope, bars and confidence

export function isItemScope(ctx: SignalContext): boolean {
  return ctx.data.scope === 'item';
}

/** A count minimum for the current scope: the backlog bar, or a fraction of it on a single item. */
export function minFor(ctx: SignalContext, backlogMin: number): number {
  if (!isItemScope(ctx)) return backlogMin;
  return Math.max(1, Math.ceil(backlogMin * ctx.thresholds.itemScale));
}

/** Items needed for a verdict: the backlog bar, or the one item in view. */
export function minItemsFor(ctx: SignalContext): number {
  return isItemScope(ctx) ? 1 : ctx.thresholds.minItems;
}

/**
 * Confidence grows with observations (0.5 at the bar, towards 0.95 well above it), and is cut when the
 * verdict rests on inferred roles or on a single item.
 */
export function confidenceFor(ctx: SignalContext, have: number, need: number, inferred = false): number {
  const n = Math.max(1, need);
  if (have <= 0) return 0;
  let c = have < n ? 0.5 * (have / n) : 0.5 + 0.45 * (1 - n / have);
  if (isItemScope(ctx)) c *= ctx.thresholds.itemConfidence;
  if (inferred) c *= ctx.thresholds.inferredConfidence;
  return round2(Math.min(0.95, Math.max(0.05, c)));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Results

export interface ResultExtra {
  confidence?: number;
  figure?: number;
  observations?: SignalResult['observations'];
  setup?: SetupNeed;
}

export function result(
  signal: SignalRef,
  status: SignalStatus,
  summary: string,
  evidence: Evidence[] = [],
  extra: ResultExtra = {},
): SignalResult {
  const out: SignalResult = {
    id: signal.id,
    kind: signal.kind,
    status,
    confidence: extra.confidence ?? 0,
    summary,
    evidence: capEvidence(evidence),
  };
  out.confidence = Math.min(1, Math.max(0, round2(out.confidence)));
  if (extra.observations) out.observations = extra.observations;
  if (extra.setup) out.setup = extra.setup;
  if (extra.figure !== undefined && Number.isFinite(extra.figure)) out.figure = round2(extra.figure);
  return out;
}

export function insufficient(
  signal: SignalRef,
  have: number,
  need: number,
  of: string,
  summary: string,
  evidence: Evidence[] = [],
): SignalResult {
  // Observations are counts: never negative or NaN, whatever odd dates came in.
  const h = Number.isFinite(have) ? Math.max(0, have) : 0;
  const n = Number.isFinite(need) ? Math.max(0, need) : 0;
  return result(signal, 'insufficient-data', summary, evidence, {
    confidence: round2(0.3 * Math.min(1, ratio(h, n))),
    observations: { have: h, need: n, of },
  });
}

/** A `needs-setup` result; `label` is the message of the one-click fix ("Set who the EM is"). */
export function needsSetup(signal: SignalRef, what: SetupNeed['what'], label: MessageKey, summary: string): SignalResult {
  return result(signal, 'needs-setup', summary, [], { setup: { what, label: say(label) } });
}

export const SETUP_EM: [SetupNeed['what'], MessageKey] = ['em', 'sigCommonSetupEm'];
export const SETUP_ENGINEERS: [SetupNeed['what'], MessageKey] = ['engineers', 'sigCommonSetupEngineers'];
/** Who to ask for when no PM is known: the signed-in user when we don't know them, else the PM. */
export function setupPm(ctx: SignalContext): [SetupNeed['what'], MessageKey] {
  return ctx.data.me ? ['pm', 'sigCommonSetupPm'] : ['me', 'sigCommonSetupMe'];
}
export const SETUP_TEAMS: [SetupNeed['what'], MessageKey] = ['teams', 'sigCommonSetupTeams'];

export function selfCheck(signal: SignalRef, summary?: string): SignalResult {
  return result(signal, 'self-check', summary ?? say('sigCommonSelfCheck'));
}

/** The first entries of a list that can still make it into the evidence; saves building the rest. */
export function firstN<T>(list: T[], n = EVIDENCE_CAP): T[] {
  return list.length > n ? list.slice(0, n) : list;
}

export function capEvidence(list: Evidence[]): Evidence[] {
  return list.length > EVIDENCE_CAP ? list.slice(0, EVIDENCE_CAP) : list;
}

// ---------------------------------------------------------------------------------------------
// People

export function nameOf(ctx: SignalContext, id: string | null | undefined): string {
  if (!id) return say('sigCommonSomeone');
  return personIn(ctx.data.people, id)?.name || id;
}

/** The PM side: the signed-in user when a PM, plus any PMs the roster names. */
export function pmSet(ctx: SignalContext): Set<string> {
  return new Set(ctx.roles.pms);
}

/** True when the PM side is just the signed-in user: then the panel says "you". */
export function pmIsYou(ctx: SignalContext): boolean {
  const pms = ctx.roles.pms;
  return pms.length === 1 && pms[0] === ctx.data.me;
}

/** Who the PM side is: the signed-in user alone, one PM, or several. */
function pmSide(ctx: SignalContext): 'you' | 'pm' | 'pms' {
  return pmIsYou(ctx) ? 'you' : ctx.roles.pms.length > 1 ? 'pms' : 'pm';
}

/** "You" when the PM side is just the signed-in user; "The PM" otherwise. */
export function youLabel(ctx: SignalContext): string {
  return say(({ you: 'sigCommonYou', pm: 'sigCommonThePm', pms: 'sigCommonThePms' } as const)[pmSide(ctx)]);
}

/** The same, as an object: "you", "the PM", "the PMs". */
export function youObject(ctx: SignalContext): string {
  return say(({ you: 'sigCommonYouObject', pm: 'sigCommonThePmObject', pms: 'sigCommonThePmsObject' } as const)[pmSide(ctx)]);
}

/** Bots, and placeholders such as GitHub's `ghost`, are marked by the converters; their actions are
 * nobody's routine. */
export function isBot(ctx: SignalContext, id: string | null | undefined): boolean {
  const p = personIn(ctx.data.people, id);
  return !!p && (p.bot === true || p.placeholder === true);
}

/** Team roles (EM or engineer): people on the engineering side. */
export function isEngineering(role: Role | null): boolean {
  return role === 'em' || role === 'engineer';
}

// ---------------------------------------------------------------------------------------------
// Evidence builders

export function itemEvidence(item: Item, label: string, extra: Partial<Evidence> = {}): Evidence {
  return { label: say('sigCommonOnItem', item.key, label), url: item.url, itemKey: item.key, ...extra };
}

export function eventEvidence(item: Item, ev: TrackerEvent, label: string): Evidence {
  const e: Evidence = { label: say('sigCommonOnItem', item.key, label), url: ev.url ?? item.url, itemKey: item.key, at: ev.at };
  if (ev.actor) e.person = ev.actor;
  return e;
}

export function commentEvidence(item: Item, c: Comment, label: string): Evidence {
  const e: Evidence = { label: say('sigCommonOnItem', item.key, label), url: c.url ?? item.url, itemKey: item.key, at: c.created };
  if (c.author) e.person = c.author;
  return e;
}

export function countEvidence(label: string, count: number, person?: string): Evidence {
  return person ? { label, count, person } : { label, count };
}

// ---------------------------------------------------------------------------------------------
// Memo per evaluation: signals share derived indexes without recomputing them 26 times.

const memo = new WeakMap<object, Map<string, unknown>>();

export function memoize<T>(ctx: SignalContext, key: string, build: () => T): T {
  let byKey = memo.get(ctx);
  if (!byKey) {
    byKey = new Map();
    memo.set(ctx, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, build());
  return byKey.get(key) as T;
}

// ---------------------------------------------------------------------------------------------
// Routine actions

export type RoutineKind = 'status' | 'planning' | 'priority' | 'assignment' | 'estimate' | 'label' | 'creation';

export const ROUTINE_KINDS: readonly RoutineKind[] = [
  'status',
  'planning',
  'priority',
  'assignment',
  'estimate',
  'label',
  'creation',
];

/** What each kind of routine action is called, counted ("status changes: 3 of 5 by you"). */
export const ROUTINE_LABEL: Record<RoutineKind, MessageKey> = {
  status: 'routineKindStatus',
  planning: 'routineKindPlanning',
  priority: 'routineKindPriority',
  assignment: 'routineKindAssignment',
  estimate: 'routineKindEstimate',
  label: 'routineKindLabel',
  creation: 'routineKindCreation',
};

/** One routine action and who made it ("status change by Ann"). */
const ROUTINE_BY: Record<RoutineKind, MessageKey> = {
  status: 'routineByStatus',
  planning: 'routineByPlanning',
  priority: 'routineByPriority',
  assignment: 'routineByAssignment',
  estimate: 'routineByEstimate',
  label: 'routineByLabel',
  creation: 'routineByCreation',
};

const ROUTINE_OF_EVENT: Partial<Record<EventKind, RoutineKind>> = {
  status: 'status',
  resolved: 'status',
  reopened: 'status',
  sprint: 'planning',
  milestone: 'planning',
  'fix-version': 'planning',
  rank: 'priority',
  priority: 'priority',
  assignment: 'assignment',
  estimate: 'estimate',
  label: 'label',
  created: 'creation',
};

export interface RoutineAction {
  kind: RoutineKind;
  eventKind: EventKind;
  actor: string;
  at: string;
  item: Item;
  /** The event behind it; absent for creation taken from the item itself. */
  event?: TrackerEvent;
}

/**
 * Every routine action in the data, attributed to a person. Bots and unattributed automation are left
 * out (they are nobody's routine). A Jira resolution set in the same transition as a status change is
 * one action, not two; creation comes from the `created` event when there is one, else the item.
 */
export function routineActions(ctx: SignalContext): RoutineAction[] {
  return memoize(ctx, 'routineActions', () => {
    const out: RoutineAction[] = [];
    // Pull requests are work too: their labels, assignments and milestones are routine actions.
    for (const item of [...ctx.data.items, ...(ctx.pullRequests ?? [])]) {
      let hasCreated = false;
      let transitions: StatusChanges | undefined;
      for (const ev of item.events) {
        const kind = ROUTINE_OF_EVENT[ev.kind];
        if (!kind) continue;
        if (ev.kind === 'created') hasCreated = true;
        if (!ev.actor || isBot(ctx, ev.actor)) continue;
        if ((ev.kind === 'resolved' || ev.kind === 'reopened') && (transitions ??= statusChanges(item)).near(ev.actor, time(ev.at))) continue;
        out.push({ kind, eventKind: ev.kind, actor: ev.actor, at: ev.at, item, event: ev });
      }
      if (!hasCreated && item.creator && !isBot(ctx, item.creator)) {
        out.push({ kind: 'creation', eventKind: 'created', actor: item.creator, at: item.created, item });
      }
    }
    return out;
  });
}

interface StatusChanges {
  /** Whether `actor` changed the status within a minute of `at`: the same transition. */
  near(actor: string, at: number): boolean;
}

/**
 * An item's status changes by person, in time order, so each resolution asks in log time whether it
 * was part of a status change (scanning every event for each one was quadratic on a long history).
 */
function statusChanges(item: Item): StatusChanges {
  const byActor = new Map<string, number[]>();
  for (const o of item.events) {
    if (o.kind !== 'status' || !o.actor) continue;
    const t = time(o.at);
    if (Number.isNaN(t)) continue;
    const list = byActor.get(o.actor);
    if (list) list.push(t);
    else byActor.set(o.actor, [t]);
  }
  for (const list of byActor.values()) list.sort((a, b) => a - b);
  return {
    near(actor, at) {
      const list = byActor.get(actor);
      if (!list || Number.isNaN(at)) return false;
      // The first change from a minute before `at`: near when it is not more than a minute after.
      const first = firstAfter(list, at - 60_000, true);
      return first < list.length && list[first]! <= at + 60_000;
    },
  };
}

/** Routine actions per person, and per kind per person. */
export function routineTallies(actions: RoutineAction[]): {
  byPerson: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
} {
  // Keyed by person ids from the data: records without a prototype ("constructor" is a login).
  const byPerson: Record<string, number> = Object.create(null);
  const byKind: Record<string, Record<string, number>> = Object.create(null);
  const bump = (counts: Record<string, number>, id: string) => {
    counts[id] = (Object.prototype.hasOwnProperty.call(counts, id) ? (counts[id] as number) : 0) + 1;
  };
  for (const a of actions) {
    bump(byPerson, a.actor);
    if (!Object.prototype.hasOwnProperty.call(byKind, a.kind)) byKind[a.kind] = Object.create(null);
    bump(byKind[a.kind] as Record<string, number>, a.actor);
  }
  return { byPerson, byKind };
}

export function routineEvidence(a: RoutineAction, ctx: SignalContext): Evidence {
  const label = say(ROUTINE_BY[a.kind], nameOf(ctx, a.actor));
  if (a.event) return eventEvidence(a.item, a.event, label);
  return itemEvidence(a.item, label, { person: a.actor, at: a.at });
}

// ---------------------------------------------------------------------------------------------
// Conversations: who addresses whom

export interface Addressing {
  from: string;
  to: string;
  item: Item;
  comment: Comment;
}

/**
 * Who each comment addresses: the people it mentions and the author it replies to; with neither, the
 * author of the comment before it (trackers without threads show replies as the next comment).
 */
export function addressings(ctx: SignalContext): Addressing[] {
  return memoize(ctx, 'addressings', () => {
    const out: Addressing[] = [];
    for (const item of ctx.data.items) {
      const byId = new Map(item.comments.map((c) => [c.id, c]));
      const ordered = sortedComments(item);
      let prev: Comment | null = null;
      for (const c of ordered) {
        const from = c.author;
        if (from && !isBot(ctx, from)) {
          const targets = new Set<string>();
          for (const m of c.mentions) if (m && m !== from) targets.add(m);
          const parent = c.replyTo ? byId.get(c.replyTo) : undefined;
          if (parent?.author && parent.author !== from) targets.add(parent.author);
          if (targets.size === 0 && !c.replyTo && prev?.author && prev.author !== from) targets.add(prev.author);
          for (const to of targets) if (!isBot(ctx, to)) out.push({ from, to, item, comment: c });
        }
        prev = c;
      }
    }
    return out;
  });
}

export function sortedComments(item: Item): Comment[] {
  const list = item.comments;
  for (let i = 1; i < list.length; i++) {
    if (time(list[i]!.created) < time(list[i - 1]!.created)) {
      return [...list].sort((a, b) => time(a.created) - time(b.created));
    }
  }
  return list;
}

/** The comments with a readable date, in time order (ties keep their order): for searches by time. */
export function datedComments(comments: readonly Comment[]): Comment[] {
  const list = comments.filter((c) => !Number.isNaN(time(c.created)));
  for (let i = 1; i < list.length; i++) {
    if (time(list[i]!.created) < time(list[i - 1]!.created)) return list.sort((a, b) => time(a.created) - time(b.created));
  }
  return list;
}

/**
 * In ascending `sorted`, the index of the first value above `at` (or at least `at`, with `orEqual`);
 * `sorted.length` when there is none. Signals find "the first comment after" this way instead of
 * scanning every comment again for each event, which was quadratic on a long discussion.
 */
export function firstAfter(sorted: readonly number[], at: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > at || (orEqual && sorted[mid] === at)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function commentFeatures(ctx: SignalContext, c: Comment) {
  return ctx.textOfComment(c.id, c.body.text);
}

// ---------------------------------------------------------------------------------------------
// Items

/** When an item closed: its resolution date, else its last `resolved` event. */
export function closedAt(item: Item): string | null {
  if (item.resolved) return item.resolved;
  for (let i = item.events.length - 1; i >= 0; i--) {
    const ev = item.events[i]!;
    if (ev.kind === 'resolved') return ev.at;
  }
  return null;
}

export function isOpen(item: Item): boolean {
  return item.state !== 'done';
}

export function isDeclined(item: Item): boolean {
  return item.state === 'done' && (item.resolution === 'wont-do' || item.resolution === 'not-planned');
}

export function isScheduled(item: Item): boolean {
  return !!(item.due || item.sprint || item.milestone || item.fixVersions.length > 0);
}

/** Items whose value is argued in the text: story-like work, not bugs or sub-tasks. */
export function isValueBearing(item: Item): boolean {
  return item.type !== 'bug' && item.type !== 'sub-task';
}
