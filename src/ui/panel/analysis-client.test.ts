// The panel names data the background already keeps instead of sending it again, and sends it again
// when the background no longer has it. Messages go through a structured copy, as between a content
// script and the service worker, to the background's real answers.
import { describe, expect, it, vi } from 'vitest';
import { day, item, tracker } from '../../../test/support/factory';

const sent: { type: string; keep?: string; ref?: string; hasData: boolean }[] = [];
vi.mock('webextension-polyfill', async () => {
  const background = await import('../../background/analysis');
  return {
    default: {
      runtime: {
        sendMessage: async (message: unknown) => {
          const copy = structuredClone(message) as { type: string; keep?: string; ref?: string; data?: unknown };
          sent.push({ type: copy.type, keep: copy.keep, ref: copy.ref, hasData: copy.data !== undefined });
          if (background.isAnalyzeRequest(copy)) return structuredClone(background.answerAnalyze(copy));
          if (background.isAnalyzeKeptRequest(copy)) return structuredClone(background.answerAnalyzeKept(copy));
          return undefined;
        },
      },
    },
  };
});

const { analyzeInBackground } = await import('./analysis-client');
const { answerAnalyze } = await import('../../background/analysis');

const items = [...Array.from({ length: 5 }, (_, i) => item(`V-${i}`, { created: day(10), updated: day(10), milestone: 'Q3' })), item('C-1', { created: day(95), state: 'done', resolution: 'done', resolved: day(100) })];
const options = (recentDays?: number) => ({ roster: null, agreement: null, thresholds: recentDays ? { recentDays } : {}, now: day(200) });

describe('analyzeInBackground', () => {
  it('sends a page’s data once and then names it, with answers equal to sending it each time', async () => {
    sent.length = 0;
    const data = tracker(items);
    const first = await analyzeInBackground(data, options());
    const second = await analyzeInBackground(data, options(365));
    expect(sent.map((m) => [m.type, m.hasData])).toEqual([['analyze', true], ['analyze-kept', false]]);
    expect(sent[1]?.ref).toBe(sent[0]?.keep);
    expect(sent[0]?.keep).toMatch(/^[0-9a-f]{32}$/);
    const fresh = (recentDays?: number) => {
      const answer = answerAnalyze({ type: 'analyze', data: tracker(structuredClone(items)), options: options(recentDays) });
      return answer.ok ? answer.analysis : null;
    };
    expect(first).toEqual(fresh());
    expect(second).toEqual(fresh(365));
    expect(second).not.toEqual(first);
  });

  it('sends the data again when the background no longer keeps it, and other pages’ data has other names', async () => {
    sent.length = 0;
    const data = tracker(items);
    await analyzeInBackground(data, options());
    // Three other pages' data push this page's out of the background's few.
    for (let i = 0; i < 3; i++) await analyzeInBackground(tracker(items), options());
    const again = await analyzeInBackground(data, options(365));
    expect(new Set(sent.filter((m) => m.keep).map((m) => m.keep)).size).toBe(5);
    expect(sent.slice(-2).map((m) => [m.type, m.hasData])).toEqual([['analyze-kept', false], ['analyze', true]]);
    const fresh = answerAnalyze({ type: 'analyze', data: tracker(structuredClone(items)), options: options(365) });
    expect(fresh.ok && again).toEqual(fresh.ok && fresh.analysis);
  });
});
