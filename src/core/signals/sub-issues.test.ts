// GitHub sub-issues as evidence: a breakdown is a clear artifact (GitHub's successor to the task
// list), and a long-open parent is judged by its sub-issue summary when the children are not in hand.
import { describe, expect, it } from 'vitest';
import type { Item } from '../model';
import { day, item, run, times, tracker } from '../../../test/support/factory';
import { clearArtifacts } from './documents/clear-artifacts';
import { valueSomeday } from './backlog/value-someday';

const plain = (key: string, over: Partial<Item> = {}) => item(key, { created: day(10), updated: day(10), ...over });

describe('clear-artifacts counts a breakdown into sub-issues', () => {
  it('parents broken into sub-issues have an artifact; the same items without them do not', () => {
    const broken = times(5, (i) => plain(`P-${i}`, { type: 'epic', subItems: { total: 3, done: 1 } }));
    const bare = times(5, (i) => plain(`P-${i}`, { type: 'epic' }));
    const withBreakdown = run(clearArtifacts, tracker(broken));
    expect(withBreakdown.status).toBe('present');
    expect(withBreakdown.evidence.filter((e) => e.label.endsWith('broken into 3 sub-issues'))).toHaveLength(5);
    expect(run(clearArtifacts, tracker(bare)).status).toBe('absent');
  });
});

describe('value-someday reads a parent’s sub-issue summary', () => {
  const parent = (done: number, total: number) => plain('P-1', { type: 'epic', created: day(10), subItems: { total, done } });
  const others = times(5, (i) => plain(`O-${i}`, { milestone: 'Q3' }));
  const epicLine = (items: Item[]) => run(valueSomeday, tracker(items)).evidence.find((e) => e.itemKey === 'P-1' && /sub-issues/.test(e.label))?.label;

  it('a quarter-old parent with 1 of 8 sub-issues done is shown, with the real counts', () => {
    expect(epicLine([parent(1, 8), ...others])).toMatch(/1 of 8 sub-issues done$/);
  });
  it('one with 6 of 8 done is not', () => {
    expect(epicLine([parent(6, 8), ...others])).toBeUndefined();
  });
});

describe('one sub-issue is not a breakdown', () => {
  it('five parents of one sub-issue each have no artifact', () => {
    const single = times(5, (i) => plain(`P-${i}`, { type: 'epic', subItems: { total: 1, done: 1 } }));
    expect(run(clearArtifacts, tracker(single)).status).toBe('absent');
  });
});
