// The background judges at its clock's time unless the request names one (src/settings/clock.ts).
import { describe, expect, it } from 'vitest';
import { day, item, tracker } from '../../test/support/factory';
import { answerAnalyze, type AnalyzeRequest } from './analysis';

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
