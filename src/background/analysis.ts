// The engine runs in the background, not on the tracker's page: classifying a 200-item backlog's
// texts would otherwise be main-thread work on the user's page (budget: no task over 50 ms caused by
// us), and the engine with its lexicons is most of the extension's code (budget: the panel loads
// ≤ 60 KB gzip). The panel sends the page's tracker data; the answer is the analysis.
import { analyze, type Analysis, type AnalyzeOptions } from '../core/engine';
import type { TrackerData } from '../core/model';

export interface AnalyzeRequest {
  type: 'analyze';
  data: TrackerData;
  options: Pick<AnalyzeOptions, 'roster' | 'agreement' | 'thresholds' | 'now'>;
}

export type AnalyzeAnswer = { ok: true; analysis: Analysis } | { ok: false; message: string };

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  const m = message as Partial<AnalyzeRequest> | null;
  return !!m && m.type === 'analyze' && typeof m.data === 'object' && m.data !== null && Array.isArray(m.data.items);
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
 * The analysis of these provisional items is thrown away; it is the engine's own way through the
 * cache, so the texts are read exactly as the real analysis will read them.
 */
export function readAhead(request: ReadAheadRequest): void {
  try {
    analyze(request.data, { now: new Date(0).toISOString() });
  } catch {
    // Only a head start is lost; the real analysis reads whatever is not in the cache.
  }
}

/** The analysis of the request's data, judged at the request's `now` if it names one, else at `now`
 * (the background's clock: src/settings/clock.ts). */
export function answerAnalyze(request: AnalyzeRequest, now?: Date): AnalyzeAnswer {
  try {
    const at = request.options.now ?? now?.toISOString();
    return { ok: true, analysis: analyze(request.data, { ...request.options, ...(at ? { now: at } : {}) }) };
  } catch (error) {
    // Only a bug of ours lands here; its own text is the detail the panel shows inside `errorGeneric`.
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
