// A signal's verdict: the bars for the scope in view (a backlog, or one item at a lower bar), how sure
// it is, and the result objects (present/absent, not enough data, needs setup, self-check).
import { say, type MessageKey } from '../words';
import { ratio } from '../numbers';
import { capEvidence } from './evidence';
import type { Evidence, SetupNeed, SignalContext, SignalRef, SignalResult, SignalStatus } from './types';

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
/** The answer of a signal that reads the PM's side when nobody is known as the PM. */
export function pmUnknown(ctx: SignalContext, signal: SignalRef): SignalResult {
  return needsSetup(signal, ...setupPm(ctx), say('sigCommonPmUnknown'));
}
export const SETUP_TEAMS: [SetupNeed['what'], MessageKey] = ['teams', 'sigCommonSetupTeams'];

export function selfCheck(signal: SignalRef, summary?: string): SignalResult {
  return result(signal, 'self-check', summary ?? say('sigCommonSelfCheck'));
}
