import { describe, expect, it } from 'vitest';
import { addCheckIn, type CheckIn, isoWeek, makeCheckIn, MAX_CHECKINS, parseCheckIns, seriesOf } from './checkins';

describe('isoWeek', () => {
  it.each([
    ['2026-11-24T06:00:00Z', '2026-W48'],
    ['2026-11-23T00:00:00Z', '2026-W48'], // Monday starts the week
    ['2026-11-22T23:59:59Z', '2026-W47'], // Sunday ends the previous one
    ['2021-01-03T12:00:00Z', '2020-W53'], // early January can belong to last year's final week
    ['2024-12-30T12:00:00Z', '2025-W01'], // late December can belong to next year's first week
    ['2026-01-01T12:00:00Z', '2026-W01'],
  ])('%s is %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });
});

const entry = (date: string, answers: CheckIn['answers']): CheckIn => makeCheckIn(answers, new Date(date));

describe('check-in history', () => {
  it('keeps one entry per week: a second check-in the same week replaces the first', () => {
    let history = addCheckIn([], entry('2026-11-23T09:00:00Z', { 'lost-in-tech': 2 }));
    history = addCheckIn(history, entry('2026-11-27T09:00:00Z', { 'lost-in-tech': 0, frustrated: 1 }));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ week: '2026-W48', answers: { 'lost-in-tech': 0, frustrated: 1 } });
  });

  it('sorts by week whatever the order of answering', () => {
    let history = addCheckIn([], entry('2026-11-24T09:00:00Z', { 'knows-tech': 2 }));
    history = addCheckIn(history, entry('2026-11-10T09:00:00Z', { 'knows-tech': 1 }));
    expect(history.map((c) => c.week)).toEqual(['2026-W46', '2026-W48']);
  });

  it('keeps at most a year of weeks, dropping the oldest', () => {
    let history: CheckIn[] = [];
    const start = Date.UTC(2025, 0, 6);
    for (let i = 0; i < MAX_CHECKINS + 10; i++) history = addCheckIn(history, makeCheckIn({ 'org-values': 1 }, new Date(start + i * 7 * 86_400_000)));
    expect(history).toHaveLength(MAX_CHECKINS);
    expect(history[0]?.week).toBe(isoWeek(new Date(start + 10 * 7 * 86_400_000)));
  });

  it('keeps only real answers to known signs', () => {
    const made = makeCheckIn({ 'lost-in-tech': null, 'org-values': 2, ...({ juggling: 1 } as object) }, new Date('2026-11-24T00:00:00Z'));
    expect(made.answers).toEqual({ 'org-values': 2 });
  });

  it('reads stored history, skipping what cannot be read', () => {
    const stored = [
      { week: '2026-W47', date: '2026-11-17T00:00:00.000Z', answers: { 'lost-in-tech': 1, 'knows-tech': 7, juggling: 2 } },
      { week: 'last week', date: '2026-11-17T00:00:00.000Z', answers: {} },
      { week: '2026-W46', date: 'yesterday', answers: {} },
      null,
      'x',
      { week: '2026-W45', date: '2026-11-03T00:00:00.000Z', answers: { frustrated: 2 } },
    ];
    expect(parseCheckIns(stored)).toEqual([
      { week: '2026-W45', date: '2026-11-03T00:00:00.000Z', answers: { frustrated: 2 } },
      { week: '2026-W47', date: '2026-11-17T00:00:00.000Z', answers: { 'lost-in-tech': 1 } },
    ]);
    expect(parseCheckIns(undefined)).toEqual([]);
    expect(parseCheckIns({})).toEqual([]);
  });

  it('gives one sign’s series over the last weeks, with gaps where it was skipped', () => {
    let history: CheckIn[] = [];
    history = addCheckIn(history, entry('2026-11-03T00:00:00Z', { frustrated: 2 }));
    history = addCheckIn(history, entry('2026-11-10T00:00:00Z', {}));
    history = addCheckIn(history, entry('2026-11-17T00:00:00Z', { frustrated: 1 }));
    history = addCheckIn(history, entry('2026-11-24T00:00:00Z', { frustrated: 0 }));
    expect(seriesOf(history, 'frustrated', 3)).toEqual([null, 1, 0]);
    expect(seriesOf(history, 'frustrated', 10)).toEqual([2, null, 1, 0]);
  });
});
