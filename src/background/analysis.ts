// The engine runs in the background, not on the tracker's page: classifying a 200-item backlog's
// texts would otherwise be main-thread work on the user's page (budget: no task over 50 ms caused by
// us), and the engine with its lexicons is most of the extension's code (budget: the panel loads
// ≤ 60 KB gzip). The panel sends the page's tracker data; the answer is the analysis.
import { analyze, readTexts, type Analysis, type AnalyzeOptions } from '../core/engine';
import type { TrackerData } from '../core/model';

export interface AnalyzeRequest {
  type: 'analyze';
  data: TrackerData;
  options: Pick<AnalyzeOptions, 'roster' | 'agreement' | 'thresholds' | 'now'>;
  /** Keep the data under this name, so a later `analyze-kept` can re-evaluate it without sending it again. */
  keep?: string;
}

/** Re-evaluates data an earlier `analyze` kept (a role set inline, a threshold changed). */
export interface AnalyzeKeptRequest {
  type: 'analyze-kept';
  ref: string;
  options: AnalyzeRequest['options'];
}

/** `gone`: the background no longer holds the data (it restarted, or kept newer data since); send it again. */
export type AnalyzeAnswer = { ok: true; analysis: Analysis } | { ok: false; message: string; gone?: true };

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  const m = message as Partial<AnalyzeRequest> | null;
  return !!m && m.type === 'analyze' && typeof m.data === 'object' && m.data !== null && Array.isArray(m.data.items);
}

export function isAnalyzeKeptRequest(message: unknown): message is AnalyzeKeptRequest {
  const m = message as Partial<AnalyzeKeptRequest> | null;
  return !!m && m.type === 'analyze-kept' && typeof m.ref === 'string' && typeof m.options === 'object' && m.options !== null;
}

// The data of the last few analyses, newest last. Re-evaluating the same data object, rather than a
// fresh copy of it per message, saves sending and copying the backlog again (1.3 MB for a 200-item
// Jira board) and lets the engine reuse what it worked out about that data the first time (its facts
// are kept per data object). A few, for a few open tabs; the service worker's end frees them all.
const KEPT_AT_MOST = 3;
const kept = new Map<string, TrackerData>();

function keep(name: string, data: TrackerData): void {
  kept.delete(name);
  kept.set(name, data);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_AT_MOST) break;
    kept.delete(oldest);
  }
}

/** The analysis of kept data with new options, or `gone` when that data is no longer held. */
export function answerAnalyzeKept(request: AnalyzeKeptRequest, now?: Date): AnalyzeAnswer {
  const data = kept.get(request.ref);
  if (!data) return { ok: false, message: 'gone', gone: true };
  keep(request.ref, data);
  return answerAnalyze({ type: 'analyze', data, options: request.options }, now);
}

/** How many data sets the background holds (for tests and the bench). */
export function keptCount(): number {
  return kept.size;
}

/** A board's items before their history has come (src/sites/types.ts, `onItemsBeforeHistory`). */
export interface ReadAheadRequest {
  type: 'read-ahead';
  data: TrackerData;
}

export function isReadAheadRequest(message: unknown): message is ReadAheadRequest {
  const m = message as Partial<ReadAheadRequest> | null;
  return !!m && m.type === 'read-ahead' && typeof m.data === 'object' && m.data !== null && Array.isArray(m.data.items);
}

/**
 * Reads the items' texts while the page waits for their history: the models' answers stay in the
 * engine's text cache, so the analysis after the last answer finds them and only runs the signals.
 * Only the texts are read (`readTexts`, the engine's own reader), not the signals on provisional items.
 */
export function readAhead(request: ReadAheadRequest): void {
  try {
    readTexts(request.data);
  } catch {
    // Only a head start is lost; the real analysis reads whatever is not in the cache.
  }
}

/** The analysis of the request's data, judged at the request's `now` if it names one, else at `now`
 * (the background's clock: src/settings/clock.ts). */
export function answerAnalyze(request: AnalyzeRequest, now?: Date): AnalyzeAnswer {
  if (typeof request.keep === 'string') keep(request.keep, request.data);
  try {
    const at = request.options.now ?? now?.toISOString();
    return { ok: true, analysis: analyze(request.data, { ...request.options, ...(at ? { now: at } : {}) }) };
  } catch (error) {
    // Only a bug of ours lands here; its own text is the detail the panel shows inside `errorGeneric`.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
