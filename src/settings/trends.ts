// Trends: each backlog evaluation leaves a small dated summary per site and project in local storage,
// so the panel and the popup can show how a few key figures moved over the last 12 weeks. Bounded on
// every axis: one point per day (the day's latest evaluation wins), 12 weeks kept, a fixed number of
// projects (the one seen longest ago is evicted first) and a byte budget checked on every write.
// No browser API here: storage is passed in, so the rules run in Node tests.
import type { Analysis } from '../core/engine';
import type { Item } from '../core/model';
import { isDeclined } from '../core/items';

export const TRENDS_KEY = 'trends';
export const TREND_VERSION = 1;
/** 12 weeks. */
export const TREND_DAYS = 84;
export const MAX_PROJECTS = 24;
/** Well under storage.local's quota (10 MB in Chrome and Firefox); about 1 KB per project in practice. */
export const MAX_BYTES = 64_000;

/** The figures a PM follows over time; each is a share from 0 to 1. */
export const FIGURE_KEYS = ['pmRoutineShare', 'valueShare', 'wontDoRate'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Partial<Record<FigureKey, number>>;

export interface TrendPoint {
  /** UTC day, "2026-11-24". */
  day: string;
  figures: Figures;
}

export interface ProjectTrend {
  points: TrendPoint[];
  /** When this project was last recorded (ISO); the oldest is evicted first. */
  seen: string;
}

export interface TrendStore {
  v: typeof TREND_VERSION;
  projects: Record<string, ProjectTrend>;
}

/** The minimal storage area trends need (browser.storage.local has this shape). */
export interface TrendArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const emptyTrends = (): TrendStore => ({ v: TREND_VERSION, projects: {} });

export const trendKey = (host: string, project: string | null): string => `${host.toLowerCase()}|${project ?? '*'}`;

export const dayOf = (iso: string): string => new Date(iso).toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

const settled = (s: Analysis['signals'][number] | undefined): s is Analysis['signals'][number] & { figure: number } =>
  !!s && (s.status === 'present' || s.status === 'absent') && typeof s.figure === 'number' && Number.isFinite(s.figure);

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The key figures of one evaluation. Only figures the engine could settle are kept: a signal that
 * lacked data or setup gives no point rather than a misleading zero.
 */
export function keyFigures(analysis: Analysis, items: readonly Item[]): Figures {
  const byId = new Map(analysis.signals.map((s) => [s.id, s]));
  const out: Figures = {};
  const routines = byId.get('leads-routines');
  if (settled(routines)) out.pmRoutineShare = round3(routines.figure);
  // unclear-value's figure is the share WITHOUT a value statement.
  const value = byId.get('unclear-value');
  if (settled(value)) out.valueShare = round3(1 - value.figure);
  // The won't-do rate uses the pivots signal's own definition of a drop, and only once pivots had
  // enough closed items to judge.
  const pivots = byId.get('pivots');
  if (pivots && (pivots.status === 'present' || pivots.status === 'absent')) {
    const closed = items.filter((i) => i.state === 'done');
    if (closed.length > 0) out.wontDoRate = round3(closed.filter(isDeclined).length / closed.length);
  }
  return out;
}

function isFigures(raw: unknown): raw is Figures {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return Object.entries(raw).every(
    ([k, v]) => (FIGURE_KEYS as readonly string[]).includes(k) && typeof v === 'number' && Number.isFinite(v),
  );
}

/** Reads what was stored, keeping every well-formed project and point; anything else is dropped. */
export function parseTrends(raw: unknown): TrendStore {
  const store = emptyTrends();
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== TREND_VERSION) return store;
  const projects = (raw as { projects?: unknown }).projects;
  if (typeof projects !== 'object' || projects === null) return store;
  for (const [key, value] of Object.entries(projects)) {
    const { points, seen } = (value ?? {}) as { points?: unknown; seen?: unknown };
    if (!Array.isArray(points) || typeof seen !== 'string' || Number.isNaN(Date.parse(seen))) continue;
    const good = points.filter(
      (p): p is TrendPoint =>
        typeof p === 'object' && p !== null && /^\d{4}-\d{2}-\d{2}$/.test(String(p.day)) && isFigures(p.figures),
    );
    store.projects[key] = { points: good.map((p) => ({ day: p.day, figures: { ...p.figures } })), seen };
  }
  return store;
}

const sizeOf = (store: TrendStore): number => new TextEncoder().encode(JSON.stringify(store)).length;

/** Points of the last 12 weeks up to `now`, oldest first. */
export function recentPoints(points: readonly TrendPoint[], now: string): TrendPoint[] {
  const today = dayNumber(dayOf(now));
  return points
    .filter((p) => today - dayNumber(p.day) < TREND_DAYS && dayNumber(p.day) <= today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * Adds one evaluation's figures (pure: returns a new store). Replaces the same day's point, drops
 * points older than 12 weeks, evicts the projects seen longest ago beyond MAX_PROJECTS, and keeps
 * the whole store under MAX_BYTES.
 */
export function addPoint(store: TrendStore, key: string, figures: Figures, now: string): TrendStore {
  const projects: Record<string, ProjectTrend> = { ...store.projects };
  const day = dayOf(now);
  if (Object.keys(figures).length > 0) {
    const before = projects[key]?.points ?? [];
    const points = recentPoints([...before.filter((p) => p.day !== day), { day, figures: { ...figures } }], now);
    projects[key] = { points, seen: now };
  }
  const next: TrendStore = { v: TREND_VERSION, projects };
  const byAge = () =>
    Object.entries(next.projects)
      .filter(([k]) => k !== key)
      .sort(([, a], [, b]) => (a.seen < b.seen ? -1 : a.seen > b.seen ? 1 : 0));
  while (Object.keys(next.projects).length > MAX_PROJECTS || sizeOf(next) > MAX_BYTES) {
    const oldest = byAge()[0];
    if (oldest) {
      delete next.projects[oldest[0]];
      continue;
    }
    // Only this project is left and it is still too big: shed its oldest points.
    const own = next.projects[key];
    if (!own || own.points.length <= 1) break;
    next.projects[key] = { ...own, points: own.points.slice(1) };
  }
  return next;
}

export async function readTrends(area: TrendArea): Promise<TrendStore> {
  try {
    return parseTrends((await area.get(TRENDS_KEY))[TRENDS_KEY]);
  } catch {
    return emptyTrends();
  }
}

/** Records one evaluation; returns the stored trend of that project. */
export async function recordTrend(
  area: TrendArea,
  host: string,
  project: string | null,
  figures: Figures,
  now: string,
): Promise<TrendPoint[]> {
  const key = trendKey(host, project);
  const next = addPoint(await readTrends(area), key, figures, now);
  await area.set({ [TRENDS_KEY]: next });
  return next.projects[key]?.points ?? [];
}

/** The last 12 weeks of one project, oldest first. */
export async function projectTrend(area: TrendArea, host: string, project: string | null, now: string): Promise<TrendPoint[]> {
  const store = await readTrends(area);
  return recentPoints(store.projects[trendKey(host, project)]?.points ?? [], now);
}
