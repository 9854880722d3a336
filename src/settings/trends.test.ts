import { describe, expect, it } from 'vitest';
import { analyze } from '../core/engine';
import { item } from '../../test/support/factory';
import type { Analysis } from '../core/engine';
import {
  addPoint,
  emptyTrends,
  keyFigures,
  MAX_BYTES,
  MAX_PROJECTS,
  parseTrends,
  projectTrend,
  recordTrend,
  TREND_DAYS,
  TRENDS_KEY,
  trendKey,
  type TrendArea,
  type TrendStore,
} from './trends';

const at = (day: string, time = '10:00:00') => `${day}T${time}.000Z`;
const dayAfter = (start: string, n: number) => new Date(Date.parse(`${start}T12:00:00Z`) + n * 86_400_000).toISOString();

function memoryArea(): TrendArea & { data: Record<string, unknown>; writes: number } {
  const area = {
    data: {} as Record<string, unknown>,
    writes: 0,
    async get(key: string) {
      return key in area.data ? { [key]: structuredClone(area.data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      area.writes += 1;
      Object.assign(area.data, structuredClone(items));
    },
  };
  return area;
}

describe('addPoint', () => {
  it('keeps one point per day: the day’s latest evaluation replaces the earlier one', () => {
    let store = addPoint(emptyTrends(), 'k', { pmRoutineShare: 0.4 }, at('2026-03-01', '08:00:00'));
    store = addPoint(store, 'k', { pmRoutineShare: 0.6 }, at('2026-03-01', '17:30:00'));
    expect(store.projects.k!.points).toEqual([{ day: '2026-03-01', figures: { pmRoutineShare: 0.6 } }]);
    store = addPoint(store, 'k', { pmRoutineShare: 0.5 }, at('2026-03-02'));
    expect(store.projects.k!.points.map((p) => p.day)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('keeps only the last 12 weeks', () => {
    let store = emptyTrends();
    const days = 120;
    for (let n = 0; n < days; n++) store = addPoint(store, 'k', { valueShare: n / days }, dayAfter('2026-01-01', n));
    const points = store.projects.k!.points;
    expect(points).toHaveLength(TREND_DAYS);
    expect(points[0]!.day).toBe(dayAfter('2026-01-01', days - TREND_DAYS).slice(0, 10));
    expect(points.at(-1)!.day).toBe(dayAfter('2026-01-01', days - 1).slice(0, 10));
  });

  it('evicts the project seen longest ago once there are too many', () => {
    let store = emptyTrends();
    for (let n = 0; n < MAX_PROJECTS; n++) store = addPoint(store, `p${n}`, { wontDoRate: 0.1 }, dayAfter('2026-02-01', n));
    // p0 is visited again, so p1 is now the one seen longest ago.
    store = addPoint(store, 'p0', { wontDoRate: 0.2 }, dayAfter('2026-02-01', MAX_PROJECTS));
    store = addPoint(store, 'new', { wontDoRate: 0.3 }, dayAfter('2026-02-01', MAX_PROJECTS + 1));
    const keys = Object.keys(store.projects);
    expect(keys).toHaveLength(MAX_PROJECTS);
    expect(keys).toContain('new');
    expect(keys).toContain('p0');
    expect(keys).not.toContain('p1');
  });

  it('stays under the byte budget whatever the project names', () => {
    let store = emptyTrends();
    const longName = 'x'.repeat(3000);
    for (let n = 0; n < MAX_PROJECTS; n++)
      store = addPoint(store, `${longName}${n}`, { pmRoutineShare: 0.5, valueShare: 0.5, wontDoRate: 0.5 }, dayAfter('2026-04-01', n));
    const bytes = new TextEncoder().encode(JSON.stringify(store)).length;
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    // The project just written is never the one evicted.
    expect(store.projects[`${longName}${MAX_PROJECTS - 1}`]).toBeDefined();
    expect(Object.keys(store.projects).length).toBeLessThan(MAX_PROJECTS);
  });

  it('records nothing for an evaluation with no settled figure', () => {
    const store = addPoint(emptyTrends(), 'k', {}, at('2026-03-01'));
    expect(store.projects).toEqual({});
  });

  it('does not change the store it was given', () => {
    const before = addPoint(emptyTrends(), 'k', { valueShare: 0.3 }, at('2026-03-01'));
    const copy = structuredClone(before);
    addPoint(before, 'k', { valueShare: 0.9 }, at('2026-03-02'));
    expect(before).toEqual(copy);
  });
});

describe('parseTrends', () => {
  it.each([
    ['nothing stored', undefined],
    ['a string', 'trends'],
    ['another version', { v: 99, projects: { k: { points: [], seen: at('2026-01-01') } } }],
  ])('starts empty from %s', (_what, raw) => {
    expect(parseTrends(raw)).toEqual(emptyTrends());
  });

  it('keeps the good points and projects and drops the malformed ones', () => {
    const raw = {
      v: 1,
      projects: {
        good: {
          seen: at('2026-01-02'),
          points: [
            { day: '2026-01-01', figures: { valueShare: 0.5 } },
            { day: 'yesterday', figures: { valueShare: 0.5 } },
            { day: '2026-01-02', figures: { valueShare: 'half' } },
            { day: '2026-01-02', figures: { mystery: 1 } },
          ],
        },
        noSeen: { points: [] },
        notAnObject: 7,
      },
    };
    expect(parseTrends(raw)).toEqual({
      v: 1,
      projects: { good: { seen: at('2026-01-02'), points: [{ day: '2026-01-01', figures: { valueShare: 0.5 } }] } },
    });
  });
});

describe('recordTrend and projectTrend', () => {
  it('two backlog visits on different days give two points; the same day gives one', async () => {
    const area = memoryArea();
    await recordTrend(area, 'github.com', 'acme/roadmap', { pmRoutineShare: 0.7 }, at('2026-05-10'));
    await recordTrend(area, 'github.com', 'acme/roadmap', { pmRoutineShare: 0.65 }, at('2026-05-10', '15:00:00'));
    await recordTrend(area, 'github.com', 'acme/roadmap', { pmRoutineShare: 0.5 }, at('2026-05-11'));
    const points = await projectTrend(area, 'GitHub.com', 'acme/roadmap', at('2026-05-11'));
    expect(points).toEqual([
      { day: '2026-05-10', figures: { pmRoutineShare: 0.65 } },
      { day: '2026-05-11', figures: { pmRoutineShare: 0.5 } },
    ]);
    // Projects are apart: another project has its own line.
    expect(await projectTrend(area, 'github.com', 'acme/other', at('2026-05-11'))).toEqual([]);
    expect(Object.keys((area.data[TRENDS_KEY] as TrendStore).projects)).toEqual([trendKey('github.com', 'acme/roadmap')]);
  });

  it('reading leaves out points older than 12 weeks even before the next write', async () => {
    const area = memoryArea();
    await recordTrend(area, 'h', 'P', { valueShare: 0.2 }, at('2026-01-01'));
    expect(await projectTrend(area, 'h', 'P', dayAfter('2026-01-01', TREND_DAYS - 1))).toHaveLength(1);
    expect(await projectTrend(area, 'h', 'P', dayAfter('2026-01-01', TREND_DAYS))).toHaveLength(0);
  });

  it('a corrupted store is replaced rather than breaking the write', async () => {
    const area = memoryArea();
    area.data[TRENDS_KEY] = { v: 1, projects: 'broken' };
    const points = await recordTrend(area, 'h', null, { wontDoRate: 0.25 }, at('2026-06-01'));
    expect(points).toEqual([{ day: '2026-06-01', figures: { wontDoRate: 0.25 } }]);
  });
});

describe('keyFigures', () => {
  const signal = (id: string, status: string, figure?: number) =>
    ({ id, kind: 'warning', status, confidence: 1, summary: '', evidence: [], ...(figure === undefined ? {} : { figure }) }) as Analysis['signals'][number];
  const analysisOf = (signals: Analysis['signals']): Analysis => ({
    scope: { kind: 'backlog', tracker: 'jira', site: 'h', project: 'P', items: 0 },
    people: [],
    signals,
    stats: { issues: 0, comments: 0, events: 0, routineActions: {} },
  });

  it.each([
    ['settled figures are taken', [signal('leads-routines', 'present', 0.75), signal('unclear-value', 'absent', 0.25)], { pmRoutineShare: 0.75, valueShare: 0.75 }],
    ['unsettled signals give no figure', [signal('leads-routines', 'needs-setup'), signal('unclear-value', 'insufficient-data', 0)], {}],
  ])('%s', (_what, signals, expected) => {
    expect(keyFigures(analysisOf(signals), [])).toEqual(expected);
  });

  it('the won’t-do rate counts won’t-do and not-planned among closed items, once pivots could judge', () => {
    const items = [
      item('P-1', { state: 'done', resolution: 'wont-do' }),
      item('P-2', { state: 'done', resolution: 'done' }),
      item('P-3', { state: 'done', resolution: 'not-planned' }),
      item('P-4', { state: 'done', resolution: 'duplicate' }),
      item('P-5', { state: 'open' }),
    ];
    expect(keyFigures(analysisOf([signal('pivots', 'absent', 0)]), items)).toEqual({ wontDoRate: 0.5 });
    expect(keyFigures(analysisOf([signal('pivots', 'insufficient-data')]), items)).toEqual({});
  });

  it('works on a real evaluation of a backlog', () => {
    const items = Array.from({ length: 6 }, (_, n) =>
      item(`P-${n}`, { state: 'done', resolution: n < 2 ? 'wont-do' : 'done', description: { text: 'So that buyers can pay faster.', format: 'plain' } }),
    );
    const analysis = analyze({ tracker: 'jira', site: 'h', project: 'P', scope: 'backlog', items, people: {}, me: null }, { now: '2026-07-01T00:00:00Z' });
    const figures = keyFigures(analysis, items);
    expect(figures.wontDoRate).toBeCloseTo(2 / 6, 3);
    const value = analysis.signals.find((s) => s.id === 'unclear-value')!;
    expect(figures.valueShare).toBeCloseTo(1 - value.figure!, 3);
  });
});
