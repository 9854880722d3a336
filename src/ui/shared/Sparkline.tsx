// A tiny line of one figure over time. It is an image to assistive technology, with the numbers in
// its text alternative (first, latest, lowest, highest), since the line alone says nothing to a
// screen reader. Days without a point leave a gap in x, so the spacing tells time honestly.
import { formatPercent, say } from '../../core/words';

export interface SparkPoint {
  /** UTC day, "2026-11-24". */
  day: string;
  /** 0–1. */
  value: number;
}

export interface SparklineProps {
  /** What the figure is, in words ("PM share of routine actions"). */
  label: string;
  /** Oldest first. */
  points: readonly SparkPoint[];
  /** How many days the x axis spans, ending at the last point (default 84: 12 weeks). */
  days?: number;
  width?: number;
  height?: number;
  /** How a value reads aloud; default a percentage. */
  format?: (value: number) => string;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export const asPercent = (value: number) => say('percent', formatPercent(value));

/** The text alternative: the numbers the line shows. */
export function sparklineText(label: string, points: readonly SparkPoint[], format: (v: number) => string = asPercent): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return say('sparklineNone', label);
  if (points.length === 1) return say('sparklineOne', label, format(first.value), first.day);
  const values = points.map((p) => p.value);
  return say(
    'sparklineMany',
    label,
    points.length,
    first.day,
    last.day,
    format(first.value),
    format(last.value),
    format(Math.min(...values)),
    format(Math.max(...values)),
  );
}

export function Sparkline({ label, points, days = 84, width = 120, height = 28, format = asPercent }: SparklineProps) {
  const pad = 3;
  const last = points.at(-1);
  const end = last ? dayNumber(last.day) : 0;
  const x = (p: SparkPoint) => pad + ((days - 1 - (end - dayNumber(p.day))) / Math.max(1, days - 1)) * (width - 2 * pad);
  // Shares are drawn on a fixed 0–100 % scale, so two sparklines can be compared at a glance.
  const y = (p: SparkPoint) => pad + (1 - Math.min(1, Math.max(0, p.value))) * (height - 2 * pad);
  const line = points.map((p) => `${x(p).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  return (
    <svg
      class="sparkline"
      role="img"
      aria-label={sparklineText(label, points, format)}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ display: 'block', overflow: 'visible' }}
    >
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="currentColor" stroke-opacity="0.25" stroke-width="1" />
      {points.length > 1 && <polyline points={line} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />}
      {last && <circle cx={x(last)} cy={y(last)} r="2.5" fill="currentColor" />}
    </svg>
  );
}
