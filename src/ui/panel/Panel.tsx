// The overlay: a quiet badge in a corner that opens into the signals, warning signs first, each with
// its evidence. Everything shown comes from page data as text (never as HTML).
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DISPLAY_ORDER, GUIDE_BY_ID } from '../../core/guide';
import type { SignalResult, SignalStatus } from '../../core/signals/types';
import type { LoadProgress, Notice, PageMatch } from '../../sites/types';
import { pageKey } from '../../sites/detect';
import { CORNERS, type Corner, type Prefs, type SiteSettings } from '../../settings/schema';
import { t, type MessageKey } from '../i18n';
import type { Theme } from '../shared/theme';
import { readPage, type Reading } from './reading';
import { safeUrl } from '../shared/links';

export type ReadingState =
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'ready'; reading: Reading }
  | { phase: 'error'; message: string };

export interface PanelProps {
  match: PageMatch;
  site: SiteSettings;
  prefs: Prefs;
  theme: Theme;
  settingsNotice: string | null;
  /** Persist a change of corner or collapsed state for this site. */
  onChange(change: Partial<SiteSettings>): void;
  /** Tells the lifecycle what the panel shows (for the popup's "on this page"). */
  onState(state: ReadingState): void;
  /** Lets the keyboard shortcut open/close the panel. */
  toggleRef: { current: (() => void) | null };
}

const STATUS_LABEL: Record<SignalStatus, MessageKey> = {
  present: 'statusPresent',
  absent: 'statusAbsent',
  'insufficient-data': 'statusInsufficient',
  'needs-setup': 'statusNeedsSetup',
  'self-check': 'statusSelfCheck',
};

// Shapes as well as colours, so the status reads without colour vision.
const MARK: Record<SignalStatus, string> = {
  present: '●',
  absent: '○',
  'insufficient-data': '◌',
  'needs-setup': '⚙',
  'self-check': '?',
};

export function Panel(props: PanelProps) {
  const { match, site, prefs, theme, onChange, onState, toggleRef } = props;
  const [state, setState] = useState<ReadingState>({ phase: 'loading', progress: null });
  const badgeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const collapsed = site.collapsed;
  const key = pageKey(match);

  // Read the page again when what's in view changes, or the roster/agreement/thresholds do.
  const inputs = JSON.stringify([key, site.rosters, site.agreements, prefs]);
  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading', progress: null });
    readPage(match, site, prefs, controller.signal, (progress) => {
      if (!controller.signal.aborted) setState({ phase: 'loading', progress });
    })
      .then((reading) => {
        if (!controller.signal.aborted) setState({ phase: 'ready', reading });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [inputs]);

  useEffect(() => onState(state), [state]);

  const setCollapsed = (next: boolean) => {
    onChange({ collapsed: next });
    // Keep focus where the user is: on the heading when opening, on the badge when closing.
    setTimeout(() => (next ? badgeRef.current : headingRef.current)?.focus(), 0);
  };
  toggleRef.current = () => setCollapsed(!collapsed);

  const moveCorner = () => {
    const next = CORNERS[(CORNERS.indexOf(site.corner) + 1) % CORNERS.length] as Corner;
    onChange({ corner: next });
  };

  const signals = state.phase === 'ready' ? state.reading.analysis.signals : [];
  const present = (kind: 'warning' | 'healthy') =>
    signals.filter((s) => s.kind === kind && s.status === 'present').length;

  return (
    <div
      class="tandem"
      data-theme={theme}
      data-corner={site.corner}
      data-phase={state.phase}
      role="region"
      aria-label={t('panelRegion')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed) setCollapsed(true);
      }}
    >
      {collapsed && (
        <button
          ref={badgeRef}
          class="badge"
          aria-expanded="false"
          aria-label={
            state.phase === 'ready' ? t('badgeLabel', present('warning'), present('healthy')) : undefined
          }
          onClick={() => setCollapsed(false)}
        >
          <span class="name">{t('panelName')}</span>
          {state.phase === 'loading' && <span>{t('badgeLoading')}</span>}
          {state.phase === 'error' && <span>{t('badgeError')}</span>}
          {state.phase === 'ready' && (
            <>
              <span class="count warn">▲ {present('warning')}</span>
              <span class="count good">● {present('healthy')}</span>
            </>
          )}
        </button>
      )}
      <div class="card" hidden={collapsed}>
        <div class="head">
          <div class="grow">
            <h2 ref={headingRef} tabIndex={-1}>
              {t('panelName')}
            </h2>
            <div class="scope">{scopeLine(match, state)}</div>
          </div>
          <button class="icon-button" aria-label={t('moveCorner')} title={t('moveCorner')} onClick={moveCorner}>
            ⇱
          </button>
          <button
            class="icon-button"
            aria-label={t('collapse')}
            title={t('collapse')}
            aria-expanded="true"
            onClick={() => setCollapsed(true)}
          >
            ✕
          </button>
        </div>
        <div class="body">
          {props.settingsNotice && <p class="notice warning">{props.settingsNotice}</p>}
          {state.phase === 'loading' && <Progress progress={state.progress} />}
          {state.phase === 'error' && <p class="notice error">{t('errorGeneric', state.message)}</p>}
          {state.phase === 'ready' && (
            <>
              {state.reading.notices.map((notice, i) => (
                <NoticeLine key={i} notice={notice} />
              ))}
              {state.reading.partial && <p class="notice warning">{t('partialEvidence')}</p>}
            </>
          )}
          <SignalList signals={signals} />
        </div>
        <div class="foot">
          <button class="link-button" onClick={() => void browser.runtime.sendMessage({ type: 'open-options' })}>
            {t('openSettings')}
          </button>
        </div>
      </div>
    </div>
  );
}

function scopeLine(match: PageMatch, state: ReadingState): string {
  const tracker = match.site === 'jira' ? 'Jira' : 'GitHub';
  const what =
    state.phase === 'ready' && state.reading.analysis.scope.kind === 'backlog'
      ? t('scopeBacklog', state.reading.analysis.scope.items)
      : match.key
        ? t('scopeItem', match.key)
        : (match.project ?? match.host);
  if (state.phase !== 'ready') return what;
  const source = state.reading.source === 'api' ? t('sourceApi', tracker) : t('sourcePage');
  return `${what} · ${source}`;
}

function Progress({ progress }: { progress: LoadProgress | null }) {
  if (!progress || progress.total === null)
    return <p class="progress" role="status">{progress?.label ?? t('loading', 'this page')}</p>;
  return (
    <div class="progress" role="status">
      <span>{t('loadingProgress', progress.done, progress.total)}</span>
      <progress max={progress.total} value={progress.done} aria-label={progress.label} />
    </div>
  );
}

function NoticeLine({ notice }: { notice: Notice }) {
  return (
    <p class={`notice ${notice.level}`} role={notice.level === 'error' ? 'alert' : undefined}>
      {notice.message}
    </p>
  );
}

function SignalList({ signals }: { signals: SignalResult[] }) {
  const byId = new Map(signals.map((s) => [s.id, s]));
  const section = (kind: 'warning' | 'healthy') => (
    <>
      <h3>{t(kind === 'warning' ? 'sectionWarnings' : 'sectionHealthy')}</h3>
      <ul class="signals">
        {DISPLAY_ORDER.filter((g) => g.kind === kind).map((g) => (
          <SignalRow key={g.id} id={g.id} result={byId.get(g.id) ?? null} />
        ))}
      </ul>
    </>
  );
  return (
    <>
      {section('warning')}
      {section('healthy')}
    </>
  );
}

function SignalRow({ id, result }: { id: SignalResult['id']; result: SignalResult | null }) {
  const [open, setOpen] = useState(false);
  const guide = GUIDE_BY_ID[id];
  // Until the page is read, feeling-only items are already known to be self-checks.
  const status: SignalStatus | 'pending' = result?.status ?? (guide.selfCheck ? 'self-check' : 'pending');
  const detailsId = `tandem-details-${id}`;
  return (
    <li class="signal" data-signal={id} data-status={status} data-kind={guide.kind}>
      <button class="row" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="mark" aria-hidden="true">
          {status === 'pending' ? '·' : MARK[status]}
        </span>
        <span class="words">{guide.words}</span>
        {status !== 'pending' && <span class="state">{t(STATUS_LABEL[status])}</span>}
      </button>
      {result && <p class="summary">{result.summary}</p>}
      {open && (
        <div class="details" id={detailsId}>
          {result && result.status !== 'self-check' && result.status !== 'needs-setup' && (
            <p class="meta">{t('confidence', Math.round(result.confidence * 100))}</p>
          )}
          {result?.observations && (
            <p class="meta">
              {t('observations', result.observations.have, result.observations.need, result.observations.of)}
            </p>
          )}
          {result?.setup && (
            <button class="fix" onClick={() => void browser.runtime.sendMessage({ type: 'open-options' })}>
              {t('setupFix', result.setup.label)}
            </button>
          )}
          {status === 'self-check' && <p class="meta">{t('selfCheckHint')}</p>}
          {result && result.evidence.length > 0 && (
            <>
              <h4>{t('evidence')}</h4>
              <ul>
                {result.evidence.map((e, i) => (
                  <li key={i}>
                    {safeUrl(e.url) ? (
                      <a href={safeUrl(e.url)} target="_blank" rel="noopener noreferrer">
                        {e.label}
                      </a>
                    ) : (
                      e.label
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('howDetected')}</h4>
          <p>{guide.detection}</p>
          <h4>{t('whatToTry')}</h4>
          <p>{guide.advice}</p>
        </div>
      )}
    </li>
  );
}
