// The overlay: a quiet badge in a corner that opens into the signals, warning signs first, each with
// its evidence. The page's tracker data is loaded once per page and kept; the engine re-runs on it
// alone when the roster, agreement or thresholds change, so a role set inline shows at once
// (usePanelAnalysis). Everything shown comes from page data as text (never as HTML).
import { useMemo } from 'preact/hooks';
import type { Analysis } from '../../core/engine';
import { formatDaySpan, say, sayCount } from '../../core/words';
import type { PageMatch } from '../../sites/types';
import type { Prefs, SiteSettings } from '../../settings/schema';
import type { Theme } from '../shared/theme';
import { Trends } from '../shared/Trends';
import { Badge } from './Badge';
import { People } from './People';
import { PanelFooter } from './PanelFooter';
import { ReadingNotices } from './ReadingNotices';
import { groupSignals, SignalList } from './Signals';
import { usePanelAnalysis, type ReadingState } from './usePanelAnalysis';
import { usePanelToggle } from './usePanelToggle';
import { useRosterEditor, type PanelRoster } from './useRosterEditor';
import { Welcome } from './Welcome';

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

export function Panel(props: PanelProps) {
  const { match, site, prefs, theme, onChange, toggleRef } = props;
  const { state, project, retry } = usePanelAnalysis(match, site, prefs, props.onState);
  const collapsed = site.collapsed;
  const toggle = usePanelToggle(collapsed, onChange, toggleRef);
  const roster = useRosterEditor(site, project, onChange);

  const reading = state.phase === 'ready' ? state.reading : null;
  // Signals switched off on this site are left out everywhere: rows, counts and the badge.
  const off = useMemo(() => new Set<string>(site.off), [site.off.join(',')]);
  const findings = groupSignals(reading?.analysis ?? null, off).findings;
  const seen = (kind: 'warning' | 'healthy') => findings.filter((s) => s.result?.kind === kind).length;
  const scope = scopeLine(match, state);
  // Nothing was read (a missing backlog, no access): the notices say why; 26 empty rows would not.
  const empty = reading !== null && reading.analysis.scope.items === 0;

  if (toggle.hidden) return null;

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
          toggle.setCollapsed(true);
        }
      }}
    >
      {collapsed && (
        <Badge phase={state.phase} warnings={seen('warning')} healthy={seen('healthy')} badgeRef={toggle.badgeRef} onOpen={() => toggle.setCollapsed(false)} />
      )}
      <div class="card" id="tandem-card" hidden={collapsed}>
        <div class="head">
          <div class="grow">
            <h2 ref={toggle.headingRef} tabIndex={-1}>
              {say('panelName')}
            </h2>
            <div class="scope">{scope}</div>
            {reading && !empty && <div class="counts">{seenCounts(seen('warning'), seen('healthy'))}</div>}
          </div>
          <button class="icon-button" aria-label={say('collapse')} title={say('collapse')} aria-expanded="true" aria-controls="tandem-card" onClick={() => toggle.setCollapsed(true)}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <div class="body">
          <ReadingNotices state={state} settingsNotice={props.settingsNotice} retry={retry} />
          <p class="saved" role="status">
            {roster.saved ?? ''}
          </p>
          {reading && !empty && !site.welcomed && (
            <Welcome host={match.host} people={reading.analysis.people} editor={roster.editorWith({ welcomed: true })} onSkip={() => onChange({ welcomed: true })} />
          )}
          {empty ? <p class="notice">{say('nothingRead')}</p> : <SignalList analysis={reading?.analysis ?? null} editor={reading ? roster.editor : null} off={off} />}
          {reading && !empty && <PeopleSection people={reading.analysis.people} roster={roster} />}
          {reading?.analysis.scope.kind === 'backlog' && (
            <div class="pad">
              <Trends host={match.host} project={project} />
            </div>
          )}
          <p class="hint pad">{shortcutHint(toggle.shortcut)}</p>
        </div>
        <PanelFooter reading={reading} scope={scope} corner={site.corner} onChange={onChange} onHide={toggle.hide} />
      </div>
    </div>
  );
}

const seenCounts = (warnings: number, healthy: number) =>
  say('panelSeenCounts', sayCount(warnings, 'countWarningsOne', 'countWarningsOther'), sayCount(healthy, 'countHealthyOne', 'countHealthyOther'));

const shortcutHint = (shortcut: string | null) =>
  shortcut === null ? say('shortcutHintEscOnly') : shortcut ? say('shortcutHint', shortcut) : say('shortcutHintNone');

function PeopleSection({ people, roster }: { people: Analysis['people']; roster: PanelRoster }) {
  const { peopleOpen, setPeopleOpen, peopleRef, editor } = roster;
  return (
    <section class="people-section">
      <h3>
        <button ref={peopleRef} class="disclosure" aria-expanded={peopleOpen} aria-controls="tandem-people" onClick={() => setPeopleOpen(!peopleOpen)}>
          <span aria-hidden="true">{peopleOpen ? '▾' : '▸'}</span> {say('peopleToggle', people.length)}
        </button>
      </h3>
      <div id="tandem-people" hidden={!peopleOpen}>
        {peopleOpen && <People people={people} editor={editor} />}
      </div>
    </section>
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
  const sprint = sprintWords(state.reading.analysis.scope.sprint);
  return sprint ? `${what} · ${sprint} · ${source}` : `${what} · ${source}`;
}

/** The board's sprint in view, so a grooming session sees which sprint the verdicts speak of. */
function sprintWords(sprint: Analysis['scope']['sprint']): string | null {
  if (!sprint) return null;
  const days = formatDaySpan(sprint.start, sprint.end);
  return days ? say('scopeSprintDays', sprint.name, days) : sprint.name;
}
