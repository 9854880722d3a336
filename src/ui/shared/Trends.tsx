// Trends of one project's key figures over the last 12 weeks, one sparkline each. Self-contained:
// give it the site and project and it reads local storage itself, and redraws when a new point is
// recorded (in this tab or another), so the panel and the popup can both just place it.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { FIGURE_KEYS, projectTrend, TRENDS_KEY, type FigureKey, type TrendPoint } from '../../settings/trends';
import { say, type MessageKey } from '../../core/words';
import { asPercent, Sparkline, type SparkPoint } from './Sparkline';

export interface TrendsProps {
  /** Site host, "github.com" or "acme.atlassian.net". */
  host: string;
  /** "owner/repo" or the Jira project key; null for a site-wide backlog. */
  project: string | null;
  /** Heading level for the title (default 3), so it fits the outline of the page it is placed in. */
  level?: 2 | 3 | 4;
}

export const FIGURE_WORDS: Record<FigureKey, MessageKey> = {
  pmRoutineShare: 'figurePmRoutineShare',
  valueShare: 'figureValueShare',
  wontDoRate: 'figureWontDoRate',
};

export function seriesOf(points: readonly TrendPoint[], key: FigureKey): SparkPoint[] {
  return points.flatMap((p) => (typeof p.figures[key] === 'number' ? [{ day: p.day, value: p.figures[key] }] : []));
}

export function Trends({ host, project, level = 3 }: TrendsProps) {
  const [points, setPoints] = useState<TrendPoint[] | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      void projectTrend(browser.storage.local, host, project, new Date().toISOString()).then((got) => {
        if (live) setPoints(got);
      });
    read();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TRENDS_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [host, project]);

  const Heading = `h${level}` as 'h3';
  return (
    <section class="trends" data-trend-points={points?.length ?? 0} aria-label={say('trendsHeading')}>
      <Heading>{say('trendsHeading')}</Heading>
      {points !== null && points.length === 0 && <p class="trends-empty">{say('trendsEmpty')}</p>}
      {points !== null && points.length > 0 && <p class="trends-empty">{say('trendsIntro')}</p>}
      {points !== null && points.length > 0 && (
        <ul class="trend-list" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {FIGURE_KEYS.map((key) => {
            const series = seriesOf(points, key);
            const latest = series.at(-1);
            return (
              <li
                key={key}
                class="trend"
                data-figure={key}
                style={{ display: 'flex', alignItems: 'center', gap: '8px', justifyContent: 'space-between', padding: '3px 0' }}
              >
                <span class="trend-name" style={{ flex: 1, minWidth: 0 }}>
                  {say(FIGURE_WORDS[key])}
                </span>
                <Sparkline label={say(FIGURE_WORDS[key])} points={series} />
                <span
                  class="trend-latest"
                  aria-hidden="true"
                  title={latest ? say('trendLatest', asPercent(latest.value)) : undefined}
                  style={{ width: '4.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
                >
                  {latest ? asPercent(latest.value) : '–'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
