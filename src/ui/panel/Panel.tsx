// The overlay: a quiet badge in a corner that opens into the signals, warning signs first, each with
// its evidence. The page's tracker data is loaded once per page and kept; the engine re-runs on it
// alone when the roster, agreement or thresholds change, so a role set inline shows at once.
// Everything shown comes from page data as text (never as HTML).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Roster } from '../../core/roster';
import type { LoadProgress, Notice, PageMatch } from '../../sites/types';
import { pageKey } from '../../sites/detect';
import { CORNERS, type Corner, type Prefs, type SiteSettings } from '../../settings/schema';
import { keyFigures, recordTrend } from '../../settings/trends';
import type { Theme } from '../shared/theme';
import { readShortcut } from '../shared/shortcut';
import { Trends } from '../shared/Trends';
import { CopyReport } from './CopyReport';
import { People } from './People';
import { evaluate, loadReading, projectOf, type Loaded, type Reading } from './reading';
import { reportMarkdown } from './report';
import { agreementFor, rosterChange, rosterFor } from './roster-edit';
import { groupSignals, SignalList, type RosterEditor } from './Signals';
import { Welcome } from './Welcome';
import { say, sayCount, type MessageKey } from '../../core/words';

export type ReadingState =
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'ready'; reading: Reading }
  | { phase: 'error'; message: string };

type LoadState =
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'ready'; loaded: Loaded }
  | { phase: 'error'; message: string };

export interface PanelProps {
  match: PageMatch;
  site: SiteSettings;
  prefs: Prefs;
  theme: Theme;
  settingsNotice: string | null;
  /** Persist a change of this site's settings (corner, collapsed state, roster). */
  onChange(change: Partial<SiteSettings>): void;
  /** Tells the lifecycle what the panel shows (for the popup's "on this page"). */
  onState(state: ReadingState): void;
  /** Lets the keyboard shortcut open/close the panel. */
  toggleRef: { current: (() => void) | null };
}

const CORNER_WORDS: Record<Corner, MessageKey> = {
  'bottom-right': 'cornerBottomRight',
  'bottom-left': 'cornerBottomLeft',
  'top-right': 'cornerTopRight',
  'top-left': 'cornerTopLeft',
};

const openSettings = () => void browser.runtime.sendMessage({ type: 'open-options' });

export function Panel(props: PanelProps) {
  const { match, site, prefs, theme, onChange, onState, toggleRef } = props;
  const [load, setLoad] = useState<LoadState>({ phase: 'loading', progress: null });
  const [attempt, setAttempt] = useState(0);
  const [hidden, setHidden] = useState(false);
  const [peopleOpen, setPeopleOpen] = useState(false);
  // The toggle's key as the browser has it now (null until known): asked again each time the panel opens.
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const peopleRef = useRef<HTMLButtonElement>(null);
  // Where focus was on the page when the shortcut opened the panel, to give it back on close.
  const returnFocus = useRef<HTMLElement | null>(null);
  const collapsed = site.collapsed;
  useEffect(() => {
    if (!collapsed) void readShortcut().then(setShortcut);
  }, [collapsed]);
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
        if (!controller.signal.aborted)
          setLoad({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
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
      (error: unknown) => live && setEvaluated({ of: loaded, error: error instanceof Error ? error.message : String(error) }),
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

  const setCollapsed = (next: boolean) => {
    onChange({ collapsed: next });
    const back = next ? returnFocus.current : null;
    if (next) returnFocus.current = null;
    // Keep focus where the user is: on the heading when opening; when closing, back where the
    // shortcut was pressed, else on the badge.
    setTimeout(() => {
      if (!next) headingRef.current?.focus();
      else if (back?.isConnected) back.focus();
      else badgeRef.current?.focus();
    }, 0);
  };
  toggleRef.current = () => {
    if (hidden) {
      setHidden(false);
      if (!collapsed) return void setTimeout(() => headingRef.current?.focus(), 0);
    }
    if (collapsed) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && !active.closest('[data-tandem-root]') ? active : null;
    }
    setCollapsed(!collapsed);
  };

  // `also` rides along in the same save: two saves at once would each write what the other missed.
  const editorWith = (also: Partial<SiteSettings>): RosterEditor => ({
    ...editor,
    edit(change: (current: Roster | null) => Roster) {
      onChange({ ...rosterChange(site, project, change), ...also });
      setSaved(say('setupSaved', project ?? say('siteWide')));
    },
  });
  const editor: RosterEditor = {
    where: project ?? say('siteWide'),
    edit(change: (current: Roster | null) => Roster) {
      onChange(rosterChange(site, project, change));
      setSaved(say('setupSaved', project ?? say('siteWide')));
    },
    openPeople() {
      setPeopleOpen(true);
      setTimeout(() => peopleRef.current?.scrollIntoView({ block: 'nearest' }), 0);
      setTimeout(() => peopleRef.current?.focus(), 0);
    },
    openSettings,
  };

  const reading = state.phase === 'ready' ? state.reading : null;
  // Signals switched off on this site are left out everywhere: rows, counts and the badge.
  const off = useMemo(() => new Set<string>(site.off), [site.off.join(',')]);
  const findings = groupSignals(reading?.analysis ?? null, off).findings;
  const present = (kind: 'warning' | 'healthy') => findings.filter((s) => s.result?.kind === kind).length;
  const seenCounts = () =>
    say(
      'panelSeenCounts',
      sayCount(present('warning'), 'countWarningsOne', 'countWarningsOther'),
      sayCount(present('healthy'), 'countHealthyOne', 'countHealthyOther'),
    );
  const scope = scopeLine(match, state);
  // Nothing was read (a missing backlog, no access): the notices say why; 26 empty rows would not.
  const empty = reading !== null && reading.analysis.scope.items === 0;

  if (hidden) return null;

  return (
    <div
      class="tandem"
      data-theme={theme}
      data-corner={site.corner}
      data-phase={state.phase}
      role="region"
      aria-label={say('panelRegion')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed) {
          event.stopPropagation();
          setCollapsed(true);
        }
      }}
    >
      {collapsed && (
        <button
          ref={badgeRef}
          class="badge"
          aria-expanded="false"
          aria-controls="tandem-card"
          aria-label={state.phase === 'ready' ? say('badgeLabel', present('warning'), present('healthy')) : undefined}
          onClick={() => setCollapsed(false)}
        >
          <span class="name">{say('panelName')}</span>
          {state.phase === 'loading' && <span class="muted">{say('badgeReading')}</span>}
          {state.phase === 'error' && <span class="muted">{say('badgeCouldNotRead')}</span>}
          {state.phase === 'ready' && (
            <>
              <span class="count warn" title={say('badgeWarnCount', present('warning'))}>
                <span aria-hidden="true">▲</span> {say('badgeWarnShort', present('warning'))}
              </span>
              <span class="count good" title={say('badgeHealthyCount', present('healthy'))}>
                <span aria-hidden="true">●</span> {say('badgeHealthyShort', present('healthy'))}
              </span>
            </>
          )}
        </button>
      )}
      <div class="card" id="tandem-card" hidden={collapsed}>
        <div class="head">
          <div class="grow">
            <h2 ref={headingRef} tabIndex={-1}>
              {say('panelName')}
            </h2>
            <div class="scope">{scope}</div>
            {reading && !empty && <div class="counts">{seenCounts()}</div>}
          </div>
          <button class="icon-button" aria-label={say('collapse')} title={say('collapse')} aria-expanded="true" aria-controls="tandem-card" onClick={() => setCollapsed(true)}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <div class="body">
          {props.settingsNotice && <p class="notice warning">{props.settingsNotice}</p>}
          {state.phase === 'loading' && <Progress progress={state.progress} />}
          {state.phase === 'error' && (
            <div class="notice error" role="alert">
              <p>{say('errorGeneric', state.message)}</p>
              <button class="fix" onClick={() => setAttempt(attempt + 1)}>
                {say('retry')}
              </button>
            </div>
          )}
          {reading && (
            <>
              {reading.notices.map((notice, i) => (
                <NoticeLine key={i} notice={notice} retry={() => setAttempt(attempt + 1)} />
              ))}
              {reading.partial && <p class="notice warning">{say('partialEvidence')}</p>}
            </>
          )}
          <p class="saved" role="status">
            {saved ?? ''}
          </p>
          {reading && !empty && !site.welcomed && (
            <Welcome
              host={match.host}
              people={reading.analysis.people}
              editor={editorWith({ welcomed: true })}
              onSkip={() => onChange({ welcomed: true })}
            />
          )}
          {empty ? (
            <p class="notice">{say('nothingRead')}</p>
          ) : (
            <SignalList analysis={reading?.analysis ?? null} editor={reading ? editor : null} off={off} />
          )}
          {reading && !empty && (
            <section class="people-section">
              <h3>
                <button
                  ref={peopleRef}
                  class="disclosure"
                  aria-expanded={peopleOpen}
                  aria-controls="tandem-people"
                  onClick={() => setPeopleOpen(!peopleOpen)}
                >
                  <span aria-hidden="true">{peopleOpen ? '▾' : '▸'}</span> {say('peopleToggle', reading.analysis.people.length)}
                </button>
              </h3>
              <div id="tandem-people" hidden={!peopleOpen}>
                {peopleOpen && <People people={reading.analysis.people} editor={editor} />}
              </div>
            </section>
          )}
          {reading?.analysis.scope.kind === 'backlog' && (
            <div class="pad">
              <Trends host={match.host} project={project} />
            </div>
          )}
          <p class="hint pad">
            {shortcut === null ? say('shortcutHintEscOnly') : shortcut ? say('shortcutHint', shortcut) : say('shortcutHintNone')}
          </p>
        </div>
        <div class="foot">
          <CopyReport
            disabled={!reading}
            markdown={() =>
              reading
                ? reportMarkdown({ analysis: reading.analysis, pageUrl: location.href, date: new Date().toISOString(), scope }, say)
                : ''
            }
          />
          <div class="foot-row">
            <label class="corner">
              <span>{say('panelCorner')}</span>
              <select
                value={site.corner}
                onChange={(e) => onChange({ corner: (e.currentTarget as HTMLSelectElement).value as Corner })}
              >
                {CORNERS.map((c) => (
                  <option key={c} value={c}>
                    {say(CORNER_WORDS[c])}
                  </option>
                ))}
              </select>
            </label>
            <button class="link-button" title={say('hideForNowHint')} onClick={() => setHidden(true)}>
              {say('hideForNow')}
            </button>
            <button class="link-button" onClick={openSettings}>
              {say('openSettings')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function scopeLine(match: PageMatch, state: ReadingState): string {
  const tracker = match.site === 'jira' ? 'Jira' : 'GitHub';
  const what =
    state.phase === 'ready' && state.reading.analysis.scope.kind === 'backlog'
      ? sayCount(state.reading.analysis.scope.items, 'scopeBacklogOne', 'scopeBacklogOther')
      : match.key
        ? // Jira Cloud's own pages call an issue a "work item" (the API keeps "issue").
          say(match.site === 'jira' && match.deployment === 'cloud' ? 'scopeWorkItem' : 'scopeItem', match.key)
        : (match.project ?? match.host);
  if (state.phase !== 'ready') return what;
  const source = state.reading.source === 'api' ? say('sourceApi', tracker) : say('sourcePage');
  return `${what} · ${source}`;
}

function Progress({ progress }: { progress: LoadProgress | null }) {
  if (!progress || progress.total === null)
    return (
      <p class="progress" role="status">
        {progress?.label || say('loadingPage')}
      </p>
    );
  return (
    <div class="progress" role="status">
      <span>{say('loadingProgress', progress.done, progress.total)}</span>
      <progress max={progress.total} value={progress.done} aria-label={say('loadingProgress', progress.done, progress.total)} />
    </div>
  );
}

function NoticeLine({ notice, retry }: { notice: Notice; retry: () => void }) {
  return (
    <div class={`notice ${notice.level}`} role={notice.level === 'error' ? 'alert' : undefined}>
      <p>{notice.message}</p>
      {notice.action === 'open-options' && (
        <button class="fix" onClick={openSettings}>
          {say('noticeOpenSettings')}
        </button>
      )}
      {notice.action === 'retry' && (
        <button class="fix" onClick={retry}>
          {say('retry')}
        </button>
      )}
    </div>
  );
}
