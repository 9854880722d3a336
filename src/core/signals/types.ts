// What every signal returns, and what it gets to work with.
import type { SignalId, SignalKind } from '../guide';
import type { TrackerData, Item } from '../model';
import type { TextFeatures } from '../text/types';
import type { Thresholds } from '../thresholds';
import type { RoleBook } from '../roles';
import type { Role, WorkingAgreement } from '../roster';

export type SignalStatus = 'present' | 'absent' | 'insufficient-data' | 'needs-setup' | 'self-check';

/** One thing that was counted, linking back to where it is. */
export interface Evidence {
  /** Plain words: "PROJ-12: Priority raised by Ann after Bob asked for it". */
  label: string;
  url?: string;
  itemKey?: string;
  /** Person id the evidence is about, when one is. */
  person?: string;
  at?: string;
  /** For aggregated evidence ("14 of 20 transitions by you"). */
  count?: number;
  /** An exception to the working agreement: someone did a routine the agreement gives to someone else. */
  exception?: boolean;
}

/** What a `needs-setup` result asks for, so the UI can offer a one-click fix. */
export interface SetupNeed {
  what: 'em' | 'engineers' | 'pm' | 'teams' | 'agreement' | 'me';
  /** Plain words: "Set who the EM is". */
  label: string;
}

export interface SignalResult {
  id: SignalId;
  kind: SignalKind;
  status: SignalStatus;
  /** 0–1: how sure we are of the status. 0 for self-check / needs-setup. */
  confidence: number;
  /** One line, plain words. */
  summary: string;
  evidence: Evidence[];
  /** For insufficient-data: how many observations we have and need. */
  observations?: { have: number; need: number; of: string };
  setup?: SetupNeed;
  /** Headline figure for trends (e.g. PM share of routine actions), 0–1 where a share. */
  figure?: number;
}

/** Everything a signal may read. Built once per evaluation by the engine. */
export interface SignalContext {
  /** The backlog items (pull requests set apart in `pullRequests`). */
  data: TrackerData;
  /** Pull requests from the same answers: counted for routines and roles, not as backlog items. */
  pullRequests?: Item[];
  roles: RoleBook;
  thresholds: Thresholds;
  agreement: WorkingAgreement | null;
  /** Cached classifier output for an item's title+description and for each comment. */
  textOf(item: Item): TextFeatures;
  textOfComment(commentId: string, text: string): TextFeatures;
  /** Who reads the texts (the models through the shared cache, or a classifier a caller passed): facts
   * built from the texts' verdicts are kept per model and per reader (src/core/context.ts). */
  reader?: object;
  /** False when the facts worked out for this evaluation are not kept for the next one (the engine keeps
   * them from a model's second evaluation on: src/core/engine.ts). */
  keeps?: boolean;
  /** Evaluation time (ISO), so results are reproducible in tests. */
  now: string;
  roleOf(personId: string | null | undefined): Role | null;
}

/** Which signal a result is from: what the result helpers need to label it. */
export interface SignalRef {
  readonly id: SignalId;
  readonly kind: SignalKind;
}

export interface Signal {
  id: SignalId;
  evaluate(ctx: SignalContext): SignalResult;
}
