// The engine: tracker data in, one result per guide item out, in the shape the CLI prints
// (docs/contracts.md, "The command line"). Pure: runs in the panel and in Node alike.
import { say } from './words';
import { GUIDE_BY_ID, type SignalId, type SignalKind } from './guide';
import type { Item, Sprint, Tracker, TrackerData } from './model';
import { personIn, unifyPeople } from './people';
import { buildRoles, sightingsOf, type RoleSource, type Sightings } from './roles';
import type { Role, Roster, WorkingAgreement } from './roster';
import { forgetModel } from './context';
import { SIGNALS } from './signals';
import type { Signal, SignalContext, SignalResult } from './signals/types';
import { sprintInView } from './sprints';
import { routineActions, routineTallies } from './routines';
import type { TextToRead } from './text';
import { sharedTextCache, textKey } from './text/cache';
import type { ClassifyOptions, TextFeatures } from './text/types';
import { resolveThresholds, type Thresholds } from './thresholds';

export interface AnalysisPerson {
  id: string;
  name: string;
  role: Role;
  source: RoleSource;
  reason?: string;
  team?: string;
  /** The person's other identifiers in the data (user name, key, e-mail, earlier login, `id:123`). */
  aliases?: string[];
  /** Sightings were merged into this person only because the display names match: a guess. */
  matchedByName?: true;
  /** The tracker showed only a display name for this person. */
  nameOnly?: true;
}

/** A signal's result as the analysis lists it: the same type the signals return. */
export type AnalysisSignal = SignalResult;

export interface AnalysisStats {
  /** Backlog items (issues, stories, tasks…), pull requests not included. */
  issues: number;
  /** Pull requests in the answers (GitHub lists them with issues). */
  pullRequests?: number;
  comments: number;
  events: number;
  /** Routine actions per person id. */
  routineActions: Record<string, number>;
  /** Routine actions per kind (status, planning, priority, …), then per person id. */
  routineActionsByKind?: Record<string, Record<string, number>>;
}

export interface Analysis {
  scope: {
    kind: 'item' | 'backlog';
    tracker: Tracker;
    site: string;
    project: string | null;
    items: number;
    /** The board's sprint in view (Jira): the one given alone, else the active one. */
    sprint?: { name: string; state: Sprint['state']; start: string | null; end: string | null; goal?: string };
  };
  people: AnalysisPerson[];
  signals: AnalysisSignal[];
  stats: AnalysisStats;
}

export type Classifier = (text: string, options?: ClassifyOptions) => TextFeatures;

export interface AnalyzeOptions {
  roster?: Roster | null;
  thresholds?: Partial<Thresholds>;
  agreement?: WorkingAgreement | null;
  /** Evaluation time (ISO); defaults to the clock. Tests pass one for reproducible ages. */
  now?: string;
  /** Guess engineers from activity where the roster is silent (default true). */
  inferRoles?: boolean;
  /** Text classifier; defaults to src/core/text. Tests may pass a stand-in. */
  classify?: Classifier;
  /** The signals to run; defaults to all 26 in guide order. */
  signals?: readonly Signal[];
}

/** What the engine makes of an input before the signals read it: the same for every evaluation of it. */
interface Prepared {
  /** The input as it was when prepared, field by field (see `stampOf`). */
  readonly stamp: readonly unknown[];
  /** One person per human; pull requests included. */
  readonly all: TrackerData;
  /** The backlog the signals see: pull requests set apart. */
  readonly data: TrackerData;
  readonly pullRequests: Item[];
  sightings?: Sightings;
  /** The texts' verdicts, per reader (see `Reading`). */
  readings?: WeakMap<object, Reading>;
  /** How many times this input was evaluated as it is. */
  evaluations: number;
}

/** How an evaluation reads texts, and what it has read: descriptions by item key, any text by its key. */
interface Reading {
  read(text: string, how?: ClassifyOptions): TextFeatures;
  readonly itemTexts: Map<string, TextFeatures>;
}

function readingOf(items: readonly Item[], classify: Classifier | undefined): Reading {
  const itemTexts = new Map<string, TextFeatures>();
  // The same words said twice (a template, "LGTM", a pasted checklist) are read once: keyed by the text
  // and its options, so each distinct text runs the models once per model.
  const byText = new Map<string, TextFeatures>();
  const read = classify
    ? (text: string, how?: ClassifyOptions): TextFeatures => {
        const key = textKey(text, how);
        let f = byText.get(key);
        if (!f) byText.set(key, (f = classify(text, how)));
        return f;
      }
    : readingAll(items, byText);
  return { read, itemTexts };
}

// Per input object: a settings change re-evaluates the same model, and its people, its split into
// backlog and pull requests, and the facts kept per model (src/core/context.ts, memoizeModel) are the
// same as last time. Weak, so it dies with the model.
const prepared = new WeakMap<TrackerData, Prepared>();

/**
 * What an evaluation's preparation read of the input, in a flat list compared value by value: the
 * input's own fields, and each item's identity, type, title, description, state, resolution, people and
 * creation time, and its lists
 * (identity and length). A model is read as a set of records: replacing, adding or removing an item,
 * comment or event shows here and the input is prepared afresh; editing a field of an existing comment
 * or event in place does not (nothing in Tandem does; the extension sends a fresh copy each time).
 */
function stampOf(input: TrackerData): unknown[] {
  const items = input.items;
  const out: unknown[] = [items, items.length, input.people, input.me, input.pullRequestAuthors, input.tracker, input.site, input.project, input.scope, input.sprints, input.source, input.partial];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out.push(item, item.type, item.title, item.description, item.state, item.resolved, item.resolution, item.creator, item.reporter, item.created, item.descriptionAuthor, item.assignees, item.assignees.length, item.descriptionEdits, item.descriptionEdits.length, item.comments, item.comments.length, item.events, item.events.length);
  }
  return out;
}

function sameStamp(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function prepare(input: TrackerData): Prepared {
  const stamp = stampOf(input);
  const known = prepared.get(input);
  if (known && sameStamp(known.stamp, stamp)) return known;
  // One person per human, whichever path built the data (converters unify already; pages may not).
  const all = unifyPeople(input);
  // Pull requests count for roles and routines; the signals about backlog items see only the backlog.
  const pullRequests = all.items.filter((i) => i.type === 'pull-request');
  const data = pullRequests.length ? { ...all, items: all.items.filter((i) => i.type !== 'pull-request') } : all;
  // What was known of an earlier state of this input is stale.
  forgetModel(all);
  forgetModel(data);
  const fresh: Prepared = { stamp, all, data, pullRequests, evaluations: 0 };
  // Kept only when the items are the input's own: when people had to be merged, the items are copies
  // that would not follow a later change to the input's fields.
  if (all.items === input.items) prepared.set(input, fresh);
  else prepared.delete(input);
  return fresh;
}

/** The context signals read. Every text they read is classified once, in one batch up front. */
export function createContext(input: TrackerData, options: AnalyzeOptions = {}): SignalContext {
  const ready = prepare(input);
  const { all, data, pullRequests } = ready;
  // A model evaluated once (the extension's background gets a fresh copy with each request) keeps
  // nothing: what it works out dies young, as it did before facts were kept. From its second
  // evaluation on (a settings change on a model that stays), its facts are kept for the next.
  const keeps = ready.evaluations++ > 0;
  const sightings = keeps ? (ready.sightings ??= sightingsOf(all)) : sightingsOf(all);
  const roles = buildRoles(all, options.roster ?? null, { infer: options.inferRoles !== false }, sightings);
  const classify = options.classify;
  const reader = classify ?? DEFAULT_READER;
  // The texts' verdicts of this model from its last evaluation with the same reader, else read now.
  const readings = keeps ? (ready.readings ??= new WeakMap()) : null;
  let reading = readings?.get(reader);
  if (!reading) {
    reading = readingOf(data.items, classify);
    readings?.set(reader, reading);
  }
  const { read, itemTexts } = reading;
  return {
    data,
    pullRequests,
    roles,
    thresholds: resolveThresholds(options.thresholds),
    agreement: options.agreement ?? null,
    now: options.now ?? new Date().toISOString(),
    roleOf: (id) => roles.roleOf(id),
    // The models through the shared cache, or the caller's classifier: what the texts' verdicts come from.
    reader,
    keeps,
    textOf(item: Item): TextFeatures {
      let f = itemTexts.get(item.key);
      if (!f) {
        const { text, options: how } = descriptionOf(item);
        f = read(text, how);
        itemTexts.set(item.key, f);
      }
      return f;
    },
    // A comment's features depend on its words alone: the look-up by text is the only one (a second
    // table by comment id cost a look-up in a table as large as the discussion, for nothing).
    textOfComment(_commentId: string, text: string): TextFeatures {
      return read(text);
    },
  };
}

/** An item's description as the models read it: with its markup and its title. */
function descriptionOf(item: Item): TextToRead {
  const body = item.description;
  return { text: body?.text ?? '', options: { format: body?.format ?? 'plain', title: item.title } };
}

/**
 * The default reader: every description and comment of `items` classified up front in one batch
 * (`classifyEach`: one model at a time across many texts, faster than text by text), through the
 * background's bounded cache of texts already read (`sharedTextCache`), so a re-evaluation of the same
 * backlog runs no model at all. The answers go into `byText`; a text not found there (one a signal
 * reads from elsewhere) is read on demand the same way.
 */
function readingAll(items: readonly Item[], byText: Map<string, TextFeatures>): (text: string, how?: ClassifyOptions) => TextFeatures {
  const batch: TextToRead[] = [];
  const keys: string[] = [];
  const want = (entry: TextToRead, key: string): void => {
    if (byText.has(key)) return;
    byText.set(key, PENDING);
    batch.push(entry);
    keys.push(key);
  };
  for (const item of items) {
    const description = descriptionOf(item);
    want(description, textKey(description.text, description.options));
    // Malformed comments are left to the signals, which fail one by one instead of the whole analysis.
    for (const c of Array.isArray(item.comments) ? item.comments : []) {
      const text = c?.body?.text;
      if (typeof text === 'string') want({ text }, text);
    }
  }
  const answers = sharedTextCache.readAll(batch, keys);
  for (let i = 0; i < keys.length; i++) byText.set(keys[i]!, answers[i]!);
  return (text, how) => {
    const key = textKey(text, how);
    let f = byText.get(key);
    if (!f) byText.set(key, (f = sharedTextCache.readAll([{ text, options: how }], [key])[0]!));
    return f;
  };
}

/**
 * Reads the texts of `input`'s backlog items into the background's text cache, as the default reader
 * of an analysis of the same items would, and nothing else: no signal runs. For a board whose items
 * have come but whose history has not (src/background/analysis.ts, `readAhead`).
 */
export function readTexts(input: TrackerData): void {
  readingAll(input.items.filter((i) => i.type !== 'pull-request'), new Map());
}

/** The default reader's identity, for facts kept per model and reader (src/core/context.ts). */
const DEFAULT_READER = Object.freeze({});

/** A place held in `byText` while the batch is read (never seen by a signal). */
const PENDING = Object.freeze({}) as TextFeatures;

function failed(signal: Signal, error: unknown): SignalResult {
  const why = error instanceof Error && error.message ? error.message.slice(0, 120) : '';
  return {
    id: signal.id,
    kind: kindOf(signal.id),
    status: 'insufficient-data',
    confidence: 0,
    summary: why ? say('engineFailedSummaryWhy', why) : say('engineFailedSummary'),
    evidence: [],
    observations: { have: 0, need: 1, of: say('engineFailedOf') },
  };
}

function kindOf(id: SignalId): SignalKind {
  return GUIDE_BY_ID[id]?.kind ?? 'warning';
}

export function analyze(data: TrackerData, options: AnalyzeOptions = {}): Analysis {
  const ctx = createContext(data, options);
  const signals: AnalysisSignal[] = (options.signals ?? SIGNALS).map((signal) => {
    try {
      return signal.evaluate(ctx);
    } catch (error) {
      // One broken signal must not take the panel down with it.
      return failed(signal, error);
    }
  });

  let comments = 0;
  let events = 0;
  const pullRequests = ctx.pullRequests ?? [];
  for (const item of [...ctx.data.items, ...pullRequests]) {
    comments += item.comments.length;
    events += item.events.length;
  }
  let tallies: ReturnType<typeof routineTallies>;
  try {
    tallies = routineTallies(routineActions(ctx));
  } catch {
    tallies = { byPerson: Object.create(null), byKind: Object.create(null) };
  }

  const people: AnalysisPerson[] = [];
  for (const e of ctx.roles.entries()) {
    const known = personIn(ctx.data.people, e.id);
    // Bots and GitHub's ghost act in the data but are not people of the team (unless the user says so).
    if ((known?.bot || known?.placeholder) && e.source !== 'roster' && e.source !== 'me') continue;
    const p: AnalysisPerson = { id: e.id, name: known?.name || e.id, role: e.role, source: e.source };
    if (e.reason) p.reason = e.reason;
    if (e.team) p.team = e.team;
    // GitHub's numeric ids (`id:123`) only serve matching; the names people know are shown.
    const aliases = (known?.aliases ?? []).filter((a) => !a.startsWith('id:'));
    if (aliases.length) p.aliases = aliases;
    if (known?.matchedByName) p.matchedByName = true;
    if (known?.nameOnly) p.nameOnly = true;
    people.push(p);
  }

  const stats: AnalysisStats = {
    issues: ctx.data.items.length,
    comments,
    events,
    routineActions: tallies.byPerson,
    routineActionsByKind: tallies.byKind,
  };
  if (pullRequests.length) stats.pullRequests = pullRequests.length;
  const scoped = ctx.data;
  const scope: Analysis['scope'] = { kind: scoped.scope, tracker: scoped.tracker, site: scoped.site, project: scoped.project, items: scoped.items.length };
  const sprint = sprintInView(scoped);
  if (sprint) scope.sprint = { name: sprint.name, state: sprint.state, start: sprint.start, end: sprint.end, ...(sprint.goal ? { goal: sprint.goal } : {}) };
  return {
    scope,
    people,
    signals,
    stats,
  };
}
