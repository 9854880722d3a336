// A Jira board's sprints as evidence: the team's own sprint length for small scopes, and open items
// left behind in a finished sprint for value-someday.
import { describe, expect, it } from 'vitest';
import type { Item, Sprint } from '../model';
import { day, item, run, times, tracker } from '../../../test/support/factory';
import { smallScopes } from './backlog/small-scopes';
import { finishedSprintNames, leftInFinishedSprint, sprintBar, sprintInView, sprintLengthDays } from '../sprints';
import { valueSomeday } from './backlog/value-someday';

const sprint = (name: string, state: Sprint['state'], startDay: number | null, length: number | null, extra: Partial<Sprint> = {}): Sprint => ({
  id: null,
  name,
  state,
  start: startDay === null ? null : day(startDay),
  end: startDay === null || length === null ? null : day(startDay + length),
  completed: null,
  goal: null,
  board: '7',
  ...extra,
});

describe('sprintLengthDays', () => {
  it('is the median planned length of the started sprints', () => {
    expect(sprintLengthDays([sprint('S1', 'closed', 0, 7), sprint('S2', 'closed', 7, 7), sprint('S3', 'active', 14, 10), sprint('S4', 'future', null, null)])).toBe(7);
  });
  it('leaves out sprints that are not a cadence: not started, no dates, or a day or two months long', () => {
    expect(sprintLengthDays([sprint('S1', 'future', 30, 14), sprint('S2', 'closed', 0, 1), sprint('S3', 'closed', 0, 60), sprint('S4', 'closed', null, null)])).toBeNull();
    expect(sprintLengthDays(undefined)).toBeNull();
    expect(sprintLengthDays([])).toBeNull();
  });
  it('a user’s own bar wins over the board’s sprint length', () => {
    expect(sprintBar(14, 14, 7)).toBe(7);
    expect(sprintBar(21, 14, 7)).toBe(21);
    expect(sprintBar(14, 14, null)).toBe(14);
  });
});

describe('sprints in view and sprints finished', () => {
  it('the view’s sprint is the only one known, else the active one', () => {
    expect(sprintInView(tracker([], { sprints: [sprint('S9', 'closed', 0, 7)] }))?.name).toBe('S9');
    expect(sprintInView(tracker([], { sprints: [sprint('S1', 'closed', 0, 7), sprint('S2', 'active', 7, 7), sprint('S3', 'future', null, null)] }))?.name).toBe('S2');
    expect(sprintInView(tracker([], { sprints: [sprint('S1', 'closed', 0, 7), sprint('S3', 'future', null, null)] }))).toBeNull();
    expect(sprintInView(tracker([]))).toBeNull();
  });
  it('a name is finished only when no running or planned sprint has it', () => {
    const data = tracker([], { sprints: [sprint('S1', 'closed', 0, 7), sprint('Next', 'closed', 7, 7), sprint('Next', 'future', null, null)] });
    expect([...finishedSprintNames(data)]).toEqual(['S1']);
  });
  it('an open item is left behind only when the finished sprint is all that dates it', () => {
    const finished = new Set(['S1']);
    expect(leftInFinishedSprint(item('A-1', { sprint: 'S1' }), finished)).toBe(true);
    expect(leftInFinishedSprint(item('A-2', { sprint: 'S1', fixVersions: ['2.0'] }), finished)).toBe(false);
    expect(leftInFinishedSprint(item('A-3', { sprint: 'S1', state: 'done', resolution: 'done' }), finished)).toBe(false);
    expect(leftInFinishedSprint(item('A-4', { sprint: 'S2' }), finished)).toBe(false);
  });
});

describe('value-someday reads finished sprints', () => {
  const open = (key: string, over: Partial<Item> = {}) => item(key, { created: day(10), updated: day(10), ...over });

  it('items left in a finished sprint are open with no date, and say which sprint', () => {
    const items = times(5, (i) => open(`V-${i}`, { sprint: 'Sprint 4' }));
    expect(run(valueSomeday, tracker(items)).status).toBe('absent'); // without the board's sprints: "in a sprint"
    const r = run(valueSomeday, tracker(items, { sprints: [sprint('Sprint 4', 'closed', 100, 14)] }));
    expect(r.status).toBe('present');
    expect(r.evidence[0]?.count).toBe(5);
    expect(r.evidence.filter((e) => e.label.includes('left in Sprint 4, which has finished'))).toHaveLength(5);
  });

  it('items in the running sprint stay scheduled', () => {
    const items = times(5, (i) => open(`V-${i}`, { sprint: 'Sprint 5' }));
    const r = run(valueSomeday, tracker(items, { sprints: [sprint('Sprint 4', 'closed', 100, 14), sprint('Sprint 5', 'active', 114, 14)] }));
    expect(r.evidence[0]?.count).toBe(0);
  });

  it('one item left in a finished sprint says so on its own page', () => {
    const r = run(valueSomeday, tracker([open('V-1', { sprint: 'Sprint 4' })], { scope: 'item', sprints: [sprint('Sprint 4', 'closed', 100, 14)] }));
    expect(r.status).toBe('present');
    expect(r.summary).toMatch(/its sprint, Sprint 4, has finished/);
  });
});

describe('small-scopes holds items to the board’s own sprint length', () => {
  // Five items, each closed ten days after it was filed, the last two weeks apart at most.
  const closedIn10 = times(5, (i) => item(`S-${i}`, { created: day(150 + i * 8), state: 'done', resolution: 'done', resolved: day(160 + i * 8) }));
  const closeFinding = (r: ReturnType<typeof run>) => r.evidence.find((e) => /Median days from creation to close/.test(e.label));

  it('ten days to close passes two weeks, fails a one-week sprint', () => {
    const twoWeeks = run(smallScopes, tracker(closedIn10));
    const weekly = run(smallScopes, tracker(closedIn10, { sprints: [sprint('S1', 'closed', 100, 7), sprint('S2', 'closed', 107, 7)] }));
    expect(closeFinding(twoWeeks)).toBeDefined();
    expect(weekly.evidence[0]?.label).toBe('Your board’s sprints last 7 days: time to close and gaps between closures are held to that instead of two weeks');
    // Same items, same measurements; the bar moved from 14 to 7 days.
    expect(twoWeeks.figure).toBeGreaterThan(weekly.figure ?? 1);
  });

  it('a bar the user set stays theirs', () => {
    const sprints = [sprint('S1', 'closed', 100, 7)];
    const own = run(smallScopes, tracker(closedIn10, { sprints }), { thresholds: { maxMedianCloseDays: 21, maxClosureGapDays: 21 } });
    const plain = run(smallScopes, tracker(closedIn10), { thresholds: { maxMedianCloseDays: 21, maxClosureGapDays: 21 } });
    expect(own.figure).toBe(plain.figure);
  });
});
