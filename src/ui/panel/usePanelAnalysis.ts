// The panel's reading of the page in view: the tracker data loaded once per page (and on "Try
// again"), then evaluated again, with no request, whenever what the engine reads from the settings
// changes. A backlog's reading also leaves a dated point for the trends.
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { pageKey } from '../../sites/detect';
import type { LoadProgress, PageMatch } from '../../sites/types';
import type { Prefs, SiteSettings } from '../../settings/schema';
import { keyFigures, recordTrend } from '../../settings/trends';
import { evaluate, loadReading, projectOf, type Loaded, type Reading } from './reading';
import { agreementFor, rosterFor } from './roster-edit';

/** What the panel shows: still reading (with progress when known), the reading, or why it failed. */
export type ReadingState =
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'ready'; reading: Reading }
  | { phase: 'error'; message: string };

type LoadState =
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'ready'; loaded: Loaded }
  | { phase: 'error'; message: string };

export interface PanelAnalysis {
  state: ReadingState;
  /** The project the page's roster, agreement and trends are kept under. */
  project: string | null;
  /** Load the page again ("Try again"). */
  retry(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function usePanelAnalysis(match: PageMatch, site: SiteSettings, prefs: Prefs, onState: (state: ReadingState) => void): PanelAnalysis {
  const [load, setLoad] = useState<LoadState>({ phase: 'loading', progress: null });
  const [attempt, setAttempt] = useState(0);
  const key = pageKey(match);

  // Load once per page in view (and on "Try again"); never because a setting changed.
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ phase: 'loading', progress: null });
    loadReading(match, prefs, controller.signal, (progress) => {
      if (!controller.signal.aborted) setLoad({ phase: 'loading', progress });
    })
      .then((loaded) => {
        if (!controller.signal.aborted) setLoad({ phase: 'ready', loaded });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ phase: 'error', message: messageOf(error) });
      });
    return () => controller.abort();
  }, [key, attempt]);

  // Evaluate again, with no request, whenever what the engine reads from the settings changes. The
  // last result stays on screen meanwhile, so a role change updates in place without a flash.
  const loaded = load.phase === 'ready' ? load.loaded : null;
  const project = loaded ? projectOf(loaded, match) : match.project;
  const inputs = JSON.stringify([rosterFor(site, project), agreementFor(site, project), prefs.thresholds]);
  const [evaluated, setEvaluated] = useState<{ of: Loaded; reading?: Reading; error?: string } | null>(null);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    evaluate(loaded, match, site, prefs).then(
      (reading) => live && setEvaluated({ of: loaded, reading }),
      (error: unknown) => live && setEvaluated({ of: loaded, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [loaded, inputs]);
  const state = useMemo<ReadingState>(() => {
    if (load.phase !== 'ready') return load;
    // Only a result for the data in view counts: never the previous page's.
    if (!evaluated || evaluated.of !== load.loaded) return { phase: 'loading', progress: null };
    if (evaluated.reading) return { phase: 'ready', reading: evaluated.reading };
    return { phase: 'error', message: evaluated.error ?? '' };
  }, [load, evaluated]);

  useEffect(() => onState(state), [state]);

  // Backlogs leave a dated summary for the trends (one point a day; the day's latest wins).
  useEffect(() => {
    if (state.phase !== 'ready' || state.reading.analysis.scope.kind !== 'backlog') return;
    const { analysis, data } = state.reading;
    void recordTrend(browser.storage.local, match.host, project, keyFigures(analysis, data.items), new Date().toISOString()).catch(
      () => undefined,
    );
  }, [state]);

  return { state, project, retry: () => setAttempt(attempt + 1) };
}
