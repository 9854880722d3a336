// The panel's side of the background analysis (src/background/analysis.ts).
import browser from 'webextension-polyfill';
import type { Analysis } from '../../core/engine';
import { say } from '../../core/words';
import type { TrackerData } from '../../core/model';
import type { AnalyzeAnswer, AnalyzeRequest, ReadAheadRequest } from '../../background/analysis';

export async function analyzeInBackground(data: TrackerData, options: AnalyzeRequest['options']): Promise<Analysis> {
  const request: AnalyzeRequest = { type: 'analyze', data, options };
  const answer = (await browser.runtime.sendMessage(request)) as AnalyzeAnswer | undefined;
  if (!answer) throw new Error(say('analysisFailedNoAnswer'));
  if (!answer.ok) throw new Error(answer.message);
  return answer.analysis;
}

/** Hands a board's items to the background before their history comes (its texts are read
 * meanwhile); no answer is awaited, and a failure only loses that head start. */
export function readAheadInBackground(data: TrackerData): void {
  const request: ReadAheadRequest = { type: 'read-ahead', data };
  browser.runtime.sendMessage(request).catch(() => undefined);
}
