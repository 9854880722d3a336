// How a signal is declared: one file per signal calls `defineSignal` once with everything that is
// its own (id, kind, the thresholds it alone uses with their defaults and where each default comes
// from, whether only the person can judge it, and how it reads the data). The registry
// (./index.ts) collects the definitions in guide order; the guide, the `SignalId` type and the
// thresholds table are derived from it, so nothing about a signal is written twice.
import type { MessageKey } from '../words';
import type { SignalContext, SignalResult } from './types';

export type SignalKind = 'healthy' | 'warning';

export type ThresholdUnit = 'share' | 'count' | 'days' | 'hours' | 'ratio' | 'points' | 'factor';

/** One threshold as its owner declares it. Its name and reason shown to people are messages named after its key. */
export interface ThresholdDeclaration {
  readonly default: number;
  readonly unit: ThresholdUnit;
  /** The range an override must fall in (resolveThresholds ignores the rest). */
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** Where the default comes from, for the people who maintain it (the user reads limit<Key>Basis). */
  readonly from: string;
}

export type ThresholdDeclarations<K extends string = string> = { readonly [P in K]: ThresholdDeclaration };

/** A share of something, 0–1. */
export const share = (value: number, from: string): ThresholdDeclaration => ({ default: value, unit: 'share', min: 0, max: 1, from });
/** A whole number of things, at least one. */
export const count = (value: number, from: string): ThresholdDeclaration => ({ default: value, unit: 'count', min: 1, max: 10_000, integer: true, from });
/** A number of days, up to ten years. */
export const days = (value: number, from: string): ThresholdDeclaration => ({ default: value, unit: 'days', min: 1, max: 3650, from });
/** A factor that scales a bar or a confidence down, never to nothing. */
export const factor = (value: number, from: string): ThresholdDeclaration => ({ default: value, unit: 'factor', min: 0.05, max: 1, from });
/** Anything else: the unit and range spelled out. */
export const limit = (value: number, unit: ThresholdUnit, min: number, max: number, from: string): ThresholdDeclaration => ({ default: value, unit, min, max, from });

/** What a signal's file writes. `evaluate` gets the signal's own id and kind, so the file names them once. */
export interface SignalDeclaration<Id extends string, K extends string> {
  readonly id: Id;
  readonly kind: SignalKind;
  /** True when only the person can judge it; Tandem asks instead of guessing. */
  readonly selfCheck?: true;
  readonly thresholds?: ThresholdDeclarations<K>;
  // Write the return type (`evaluate(ctx, signal): SignalResult`): the SignalId and Thresholds types are
  // derived from the definitions, so TypeScript cannot infer it from the body without going round in
  // a circle (it says "implicitly has type 'any' … referenced directly or indirectly").
  evaluate(ctx: SignalContext, signal: { readonly id: Id; readonly kind: SignalKind }): SignalResult;
}

/** A declared signal, as the registry and the engine use it. */
export interface SignalDefinition<Id extends string = string, K extends string = string> {
  readonly id: Id;
  readonly kind: SignalKind;
  readonly selfCheck?: true;
  readonly thresholds: ThresholdDeclarations<K>;
  evaluate(ctx: SignalContext): SignalResult;
}

export function defineSignal<const Id extends string, K extends string = never>(
  declaration: SignalDeclaration<Id, K>,
): SignalDefinition<Id, K> {
  const { id, kind, selfCheck, evaluate } = declaration;
  const thresholds = Object.freeze({ ...declaration.thresholds }) as ThresholdDeclarations<K>;
  // The results a signal builds carry its id and kind from here, not from the guide (which is derived
  // from the registry, which imports this signal: a cycle).
  const signal = Object.freeze({ id, kind });
  return Object.freeze({ id, kind, ...(selfCheck ? { selfCheck } : {}), thresholds, evaluate: (ctx: SignalContext) => evaluate(ctx, signal) });
}

/** A threshold in the registry: its declaration and the signal that owns it (null for shared ones). */
export interface RegisteredThreshold {
  readonly key: string;
  readonly owner: string | null;
  readonly declaration: ThresholdDeclaration;
}

export interface Registry<D extends SignalDefinition = SignalDefinition> {
  /** The definitions in guide order. */
  readonly signals: readonly D[];
  /** Every threshold: the shared ones first, then each signal's own, in guide order. */
  readonly thresholds: readonly RegisteredThreshold[];
}

/**
 * Collects definitions (in guide order) and the thresholds several signals share. Refuses a second
 * signal with the same id and a threshold declared twice, naming both places, so a copy-paste
 * mistake fails when the module loads (and in the registry's test) instead of quietly shadowing.
 */
export function createRegistry<D extends SignalDefinition>(signals: readonly D[], shared: ThresholdDeclarations): Registry<D> {
  const ids = new Set<string>();
  for (const s of signals) {
    if (ids.has(s.id)) throw new Error(`Signal ${s.id} is defined twice`);
    ids.add(s.id);
  }
  const owners = new Map<string, string>();
  const thresholds: RegisteredThreshold[] = [];
  const add = (owner: string | null, declarations: ThresholdDeclarations) => {
    for (const [key, declaration] of Object.entries(declarations)) {
      const before = owners.get(key);
      if (before !== undefined) throw new Error(`Threshold ${key} is declared by ${before} and again by ${owner ?? 'the shared thresholds'}`);
      owners.set(key, owner ?? 'the shared thresholds');
      thresholds.push({ key, owner, declaration });
    }
  };
  add(null, shared);
  for (const s of signals) add(s.id, s.thresholds);
  return { signals, thresholds };
}

/**
 * What the settings, the popup and the options page need of the registry: each signal's id, kind and
 * self-check flag, and each threshold's default and range. Data only, so it can be written to a file
 * (catalog.ts) that those pages import instead of the signals' code, the text models and the cue lists.
 */
export interface Catalog {
  readonly signals: readonly { readonly id: string; readonly kind: SignalKind; readonly selfCheck?: true }[];
  readonly thresholds: readonly { readonly key: string; readonly declaration: Omit<ThresholdDeclaration, 'from'> }[];
}

export function catalogOf(registry: Registry): Catalog {
  return {
    signals: registry.signals.map(({ id, kind, selfCheck }) => (selfCheck ? { id, kind, selfCheck } : { id, kind })),
    thresholds: registry.thresholds.map(({ key, declaration: { from: _from, ...declaration } }) => ({ key, declaration })),
  };
}

/** 'engineer-opinion-priority' → 'EngineerOpinionPriority', as message keys spell an id. */
export type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

export function pascal<S extends string>(id: S): Pascal<S> {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('') as Pascal<S>;
}

/** The message keys derived from a name are checked against the catalogue by callers' types; this is the runtime half. */
export const messageKey = (key: string): MessageKey => key as MessageKey;
