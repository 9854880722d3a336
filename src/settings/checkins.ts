// The weekly self-check: the signs only the PM can judge, answered in the popup and kept in local
// storage (personal, so it doesn't sync). Pure: one entry per ISO week — answering again the same
// week replaces that week's answers — and a bounded history. store.ts reads and writes it.

/** The signs the self-check asks about (guide ids); frustrated and following-orders for their felt side. */
export const SELF_CHECK_IDS = ['lost-in-tech', 'engineer-to-be-heard', 'knows-tech', 'org-values', 'frustrated', 'following-orders'] as const;
export type SelfCheckId = (typeof SELF_CHECK_IDS)[number];

/** 0 never, 1 sometimes, 2 often. */
export const ANSWERS = [0, 1, 2] as const;
export type Answer = (typeof ANSWERS)[number];

export interface CheckIn {
  /** ISO week, e.g. "2026-W48". */
  week: string;
  /** When it was answered (ISO time). */
  date: string;
  answers: Partial<Record<SelfCheckId, Answer>>;
}

/** A year of weeks: enough to see a season change, small enough for local storage. */
export const MAX_CHECKINS = 52;

/** ISO 8601 week of a date, in UTC: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

function readCheckIn(raw: unknown): CheckIn | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { week, date, answers } = raw as Record<string, unknown>;
  if (typeof week !== 'string' || !WEEK.test(week)) return null;
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return null;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const kept: CheckIn['answers'] = {};
  for (const id of SELF_CHECK_IDS) {
    const a = (answers as Record<string, unknown>)[id];
    if (a === 0 || a === 1 || a === 2) kept[id] = a;
  }
  return { week, date, answers: kept };
}

/** The stored history, oldest first; unreadable entries are skipped, duplicates keep the latest. */
export function parseCheckIns(raw: unknown): CheckIn[] {
  if (!Array.isArray(raw)) return [];
  let history: CheckIn[] = [];
  for (const entry of raw) {
    const read = readCheckIn(entry);
    if (read) history = addCheckIn(history, read);
  }
  return history;
}

/** The history with this check-in added (replacing the same week's), sorted and bounded. */
export function addCheckIn(history: readonly CheckIn[], entry: CheckIn, max = MAX_CHECKINS): CheckIn[] {
  const others = history.filter((c) => c.week !== entry.week);
  const next = [...others, entry].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  return next.slice(Math.max(0, next.length - max));
}

/** A new check-in for the week of `now`, keeping only the answers given. */
export function makeCheckIn(answers: Partial<Record<SelfCheckId, Answer | null>>, now: Date): CheckIn {
  const kept: CheckIn['answers'] = {};
  for (const id of SELF_CHECK_IDS) {
    const a = answers[id];
    if (a === 0 || a === 1 || a === 2) kept[id] = a;
  }
  return { week: isoWeek(now), date: now.toISOString(), answers: kept };
}

/** One sign's answers over the last `weeks` check-ins, oldest first (null where it wasn't answered). */
export function seriesOf(history: readonly CheckIn[], id: SelfCheckId, weeks: number): (Answer | null)[] {
  return history.slice(-weeks).map((c) => c.answers[id] ?? null);
}
