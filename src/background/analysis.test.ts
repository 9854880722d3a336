// The background judges at its clock's time unless the request names one (src/settings/clock.ts).
import { describe, expect, it } from 'vitest';
import { comment, day, item, tracker } from '../../test/support/factory';
import { sharedTextCache } from '../core/text/cache';
import { answerAnalyze, answerAnalyzeKept, isAnalyzeKeptRequest, isReadAheadRequest, keptCount, readAhead, type AnalyzeRequest } from './analysis';

// Five open items with a milestone and one closed on day 100: "nothing closed in a month" is seen at
// day 200 and not at day 110.
const items = [...Array.from({ length: 5 }, (_, i) => item(`V-${i}`, { created: day(10), updated: day(10), milestone: 'Q3' })), item('C-1', { created: day(95), state: 'done', resolution: 'done', resolved: day(100) })];
const request = (now?: string): AnalyzeRequest => ({ type: 'analyze', data: tracker(items), options: { roster: null, agreement: null, thresholds: {}, ...(now ? { now } : {}) } });
const status = (answer: ReturnType<typeof answerAnalyze>) => (answer.ok ? answer.analysis.signals.find((s) => s.id === 'value-someday')?.status : answer.message);

describe('answerAnalyze', () => {
  it('judges at the clock’s time', () => {
    expect(status(answerAnalyze(request(), new Date(day(200))))).toBe('present');
    expect(status(answerAnalyze(request(), new Date(day(110))))).toBe('absent');
  });

  it('judges at the request’s own time when it names one', () => {
    expect(status(answerAnalyze(request(day(110)), new Date(day(200))))).toBe('absent');
  });
});

describe('readAhead', () => {
  // A board's items as handed over before their history (texts, no changes), then in full.
  const board = Array.from({ length: 6 }, (_, i) =>
    item(`R-${i}`, {
      created: day(10),
      description: { text: `As a buyer I want receipt ${i} by mail so that I can file it.`, format: 'plain' },
      comments: [comment('ann', `Could we ship receipt ${i} in this sprint?`, day(11)), comment('bob', `I think ${i} needs a spike first.`, day(12))],
    }),
  );
  const full = (): AnalyzeRequest => ({ type: 'analyze', data: tracker(structuredClone(board)), options: { roster: null, agreement: null, thresholds: {}, now: day(200) } });
  const early = tracker(structuredClone(board).map((i) => ({ ...i, events: i.events.filter((e) => e.kind === 'created') })));

  it('reads the texts into the engine’s cache, and the analysis after it is the one without it', () => {
    sharedTextCache.clear();
    const without = answerAnalyze(full());
    const textsOfBoard = sharedTextCache.size;
    expect(textsOfBoard).toBe(6 * 3);

    sharedTextCache.clear();
    readAhead({ type: 'read-ahead', data: early });
    expect(sharedTextCache.size).toBe(textsOfBoard);
    expect(answerAnalyze(full())).toEqual(without);
    expect(sharedTextCache.size).toBe(textsOfBoard);
  });

  it('takes only requests with items, and never throws on broken ones', () => {
    expect(isReadAheadRequest({ type: 'read-ahead', data: early })).toBe(true);
    expect(isReadAheadRequest({ type: 'read-ahead', data: { items: 'no' } })).toBe(false);
    expect(isReadAheadRequest({ type: 'analyze', data: early })).toBe(false);
    expect(isReadAheadRequest(null)).toBe(false);
    expect(() => readAhead({ type: 'read-ahead', data: { ...early, items: [null, 7] } as never })).not.toThrow();
  });
});

describe('answerAnalyzeKept', () => {
  const options = (thresholds: AnalyzeRequest['options']['thresholds']): AnalyzeRequest['options'] => ({ roster: null, agreement: null, thresholds, now: day(200) });

  it('re-evaluates the kept data with new options exactly as a fresh analysis of the same data', () => {
    answerAnalyze({ type: 'analyze', data: tracker(structuredClone(items)), options: options({}), keep: 'k-same' });
    const strict = options({ recentDays: 365 });
    const again = answerAnalyzeKept({ type: 'analyze-kept', ref: 'k-same', options: strict });
    const fresh = answerAnalyze({ type: 'analyze', data: tracker(structuredClone(items)), options: strict });
    expect(again).toEqual(fresh);
    expect(status(again)).not.toBe(status(answerAnalyzeKept({ type: 'analyze-kept', ref: 'k-same', options: options({}) })));
  });

  it('says the data is gone when it was never kept or newer data took its place, and holds at most three', () => {
    expect(answerAnalyzeKept({ type: 'analyze-kept', ref: 'never', options: options({}) })).toEqual({ ok: false, message: 'gone', gone: true });
    for (const name of ['k-1', 'k-2', 'k-3', 'k-4']) answerAnalyze({ type: 'analyze', data: tracker(structuredClone(items)), options: options({}), keep: name });
    expect(keptCount()).toBe(3);
    expect(answerAnalyzeKept({ type: 'analyze-kept', ref: 'k-1', options: options({}) })).toMatchObject({ ok: false, gone: true });
    expect(answerAnalyzeKept({ type: 'analyze-kept', ref: 'k-4', options: options({}) }).ok).toBe(true);
  });

  it('refuses what is not a kept-analysis request', () => {
    expect(isAnalyzeKeptRequest({ type: 'analyze-kept', ref: 7, options: {} })).toBe(false);
    expect(isAnalyzeKeptRequest({ type: 'analyze-kept', ref: 'x' })).toBe(false);
    expect(isAnalyzeKeptRequest({ type: 'analyze-kept', ref: 'x', options: {} })).toBe(true);
  });
});
