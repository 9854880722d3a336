// The engine: tracker data in, one result per guide item out, in the shape the CLI prints
// (PRODUCT.md, "Contracts"). Pure: runs in the panel and in Node alike.
import { say } from './words';
import { GUIDE_BY_ID, type SignalId, type SignalKind } from './guide';
import type { Item, Sprint, Tracker, TrackerData } from './model';
import { personIn, unifyPeople } from './people';
import { buildRoles, type RoleSource } from './roles';
import type { Role, Roster, WorkingAgreement } from './roster';
import { SIGNALS } from './signals';
import type { Signal, SignalContext, SignalResult } from './signals/types';
import { sprintInView } from './sprints';
import { routineActions, routineTallies } from './routines';
import { readingOf, type Reading } from './text';
import { proseOf, reuseProse } from './text/prose';
import { reuseTokens, tokens, type Tokens } from './text/tokens';
import type { ClassifyOptions, ModelTask, TextFeatures, Tone } from './text/types';
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

/**
 * The default classifier: the same answers as `classify` from src/core/text (a test checks this), but
 * each feature is computed only when a signal reads it, then remembered with the text's normalised
 * form and its hashed features (one `Reading` per text). Most comments are only asked whether they
 * raise a concern, so this keeps a 1,000-issue backlog within the engine's time budget.
 * A class rather than closures: one small object per text. `toJSON` gives the plain features.
 */
class LazyFeatures implements TextFeatures {
  #value?: boolean;
  #criteria?: boolean;
  #solution?: boolean;
  #atomic?: boolean;
  #concern?: boolean;
  #decision?: boolean;
  #tone?: Tone;
  readonly #reading: Reading;
  // The rules share one lower-cased pass and one prose pass per text, but remember only the last
  // text, and signals ask about every text in turn: this text's passes are kept here instead.
  #tokens?: Tokens;
  #prose?: string;
  #probability?: Record<ModelTask, number>;
  constructor(text: string, options: ClassifyOptions | undefined) {
    this.#reading = readingOf(text, options);
  }
  #shareTokens(): void {
    if (this.#tokens === undefined) this.#tokens = tokens(this.#reading.text);
    else reuseTokens(this.#tokens);
  }
  #shareProse(): void {
    if (this.#prose === undefined) this.#prose = proseOf(this.#reading.text);
    else reuseProse(this.#reading.text, this.#prose);
  }
  get valueStatement(): boolean {
    if (this.#value === undefined) {
      this.#shareTokens();
      this.#value = this.#reading.says('valueStatement');
    }
    return this.#value;
  }
  get acceptanceCriteria(): boolean {
    if (this.#criteria === undefined) {
      this.#shareTokens();
      this.#criteria = this.#reading.says('acceptanceCriteria');
    }
    return this.#criteria;
  }
  get solutionOriented(): boolean {
    if (this.#solution === undefined) {
      this.#shareTokens();
      this.#solution = this.#reading.says('solutionOriented');
    }
    return this.#solution;
  }
  get atomic(): boolean {
    if (this.#atomic === undefined) {
      this.#shareTokens();
      this.#atomic = this.#reading.says('atomic');
    }
    return this.#atomic;
  }
  get concern(): boolean {
    if (this.#concern === undefined) {
      this.#shareProse();
      this.#concern = this.#reading.says('concern');
    }
    return this.#concern;
  }
  get decision(): boolean {
    if (this.#decision === undefined) {
      this.#shareProse();
      this.#decision = this.#reading.says('decision');
    }
    return this.#decision;
  }
  get tone(): Tone {
    if (this.#tone === undefined) {
      this.#shareProse();
      this.#tone = this.#reading.tone();
    }
    return this.#tone;
  }
  /** Each model's calibrated probability, read on first use of each (see TextFeatures.probability). */
  get probability(): Readonly<Record<ModelTask, number>> {
    if (this.#probability === undefined) {
      const reading = this.#reading;
      const lazy = Object.create(null) as Record<ModelTask, number>;
      const share = (task: ModelTask): void => (task === 'tone' || task === 'concern' || task === 'decision' ? this.#shareProse() : this.#shareTokens());
      for (const task of MODEL_TASKS) {
        Object.defineProperty(lazy, task, {
          enumerable: true,
          get: () => {
            share(task);
            return reading.probability(task);
          },
        });
      }
      this.#probability = lazy;
    }
    return this.#probability;
  }
  toJSON(): TextFeatures {
    const { valueStatement, acceptanceCriteria, solutionOriented, atomic, concern, decision, tone } = this;
    return { valueStatement, acceptanceCriteria, solutionOriented, atomic, concern, decision, tone };
  }
}

const MODEL_TASKS: readonly ModelTask[] = ['tone', 'solutionOriented', 'atomic', 'valueStatement', 'acceptanceCriteria', 'concern', 'decision'];

export function lazyClassify(text: string, options?: ClassifyOptions): TextFeatures {
  return new LazyFeatures(text, options);
}

/** The context signals read. Texts are classified lazily and once each. */
export function createContext(input: TrackerData, options: AnalyzeOptions = {}): SignalContext {
  const classify = options.classify ?? lazyClassify;
  // One person per human, whichever path built the data (converters unify already; pages may not).
  const all = unifyPeople(input);
  // Pull requests count for roles and routines; the signals about backlog items see only the backlog.
  const pullRequests = all.items.filter((i) => i.type === 'pull-request');
  const data = pullRequests.length ? { ...all, items: all.items.filter((i) => i.type !== 'pull-request') } : all;
  const roles = buildRoles(all, options.roster ?? null, { infer: options.inferRoles !== false });
  const itemTexts = new Map<string, TextFeatures>();
  // The same words said twice (a template, "LGTM", a pasted checklist) are read once: keyed by the text
  // and its options, so each distinct text runs the models once per analysis.
  const byText = new Map<string, TextFeatures>();
  const read = (text: string, options?: ClassifyOptions): TextFeatures => {
    const key = options ? `${options.format ?? ''}\u0000${options.title ?? ''}\u0000${text}` : text;
    let f = byText.get(key);
    if (!f) {
      f = classify(text, options);
      byText.set(key, f);
    }
    return f;
  };
  return {
    data,
    pullRequests,
    roles,
    thresholds: resolveThresholds(options.thresholds),
    agreement: options.agreement ?? null,
    now: options.now ?? new Date().toISOString(),
    roleOf: (id) => roles.roleOf(id),
    textOf(item: Item): TextFeatures {
      let f = itemTexts.get(item.key);
      if (!f) {
        const body = item.description;
        f = read(body?.text ?? '', { format: body?.format ?? 'plain', title: item.title });
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
