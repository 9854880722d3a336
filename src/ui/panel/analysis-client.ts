// The panel's side of the background analysis (src/background/analysis.ts).
import browser from 'webextension-polyfill';
import type { Analysis } from '../../core/engine';
import { say } from '../../core/words';
import type { TrackerData } from '../../core/model';
import type { AnalyzeAnswer, AnalyzeKeptRequest, AnalyzeRequest, ReadAheadRequest } from '../../background/analysis';

// The name the background keeps each loaded data under. A re-evaluation of the same data (a role set
// inline, a threshold changed) names it instead of sending the backlog again.
const keptAs = new WeakMap<TrackerData, string>();

export async function analyzeInBackground(data: TrackerData, options: AnalyzeRequest['options']): Promise<Analysis> {
  const name = keptAs.get(data);
  if (name) {
    const request: AnalyzeKeptRequest = { type: 'analyze-kept', ref: name, options };
    const answer = (await browser.runtime.sendMessage(request)) as AnalyzeAnswer | undefined;
    // Gone (the worker restarted, or other tabs' data took its place): send the data again below.
    if (!answer || answer.ok || !answer.gone) return analysisOf(answer);
  }
  const keep = freshName();
  keptAs.set(data, keep);
  const request: AnalyzeRequest = { type: 'analyze', data, options, keep };
  return analysisOf((await browser.runtime.sendMessage(request)) as AnalyzeAnswer | undefined);
}

function analysisOf(answer: AnalyzeAnswer | undefined): Analysis {
  if (!answer) throw new Error(say('analysisFailedNoAnswer'));
  if (!answer.ok) throw new Error(answer.message);
  return answer.analysis;
}

/** Unguessable, so one tab's panel cannot name another tab's data. */
function freshName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hands a board's items to the background before their history comes (its texts are read
 * meanwhile); no answer is awaited, and a failure only loses that head start. */
export function readAheadInBackground(data: TrackerData): void {
  const request: ReadAheadRequest = { type: 'read-ahead', data };
  browser.runtime.sendMessage(request).catch(() => undefined);
}
