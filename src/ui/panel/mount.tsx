// Puts the panel on the page: a host element carrying `data-tandem-root`, a shadow root that keeps
// styles apart both ways, and the Preact tree inside. Loaded on demand by the content script only
// once it has decided the page needs a panel.
import { render } from 'preact';
import type { PageMatch } from '../../sites/types';
import type { PanelHandle } from '../../content/lifecycle';
import type { PageStatus } from '../../content/page-status';
import { loadPrefs, loadSite, onSiteChange, saveSite } from '../../settings/store';
import type { SiteSettings } from '../../settings/schema';
import { hostTheme, watchTheme } from '../shared/theme';
import { Panel } from './Panel';
import type { ReadingState } from './usePanelAnalysis';
import css from './panel.css?inline';

export async function mountPanel(first: PageMatch): Promise<PanelHandle> {
  const doc = document;
  const host = doc.createElement('div');
  host.setAttribute('data-tandem-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Outside <body>: GitHub's Turbo swaps the whole body on navigation; <html> stays.
  doc.documentElement.append(host);
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) doc.documentElement.append(host);
  });
  keepAttached.observe(doc.documentElement, { childList: true });

  const [siteParsed, prefsParsed] = await Promise.all([loadSite(location.host), loadPrefs()]);
  let site = siteParsed.value;
  const prefs = prefsParsed.value;
  const settingsNotice = siteParsed.notice ?? prefsParsed.notice;
  let match = first;
  let theme = hostTheme(doc);
  let latest: ReadingState = { phase: 'loading', progress: null };
  const toggleRef: { current: (() => void) | null } = { current: null };

  const draw = () =>
    render(
      <Panel
        match={match}
        site={site}
        prefs={prefs}
        theme={theme}
        settingsNotice={settingsNotice}
        toggleRef={toggleRef}
        onState={(state) => (latest = state)}
        onChange={(change: Partial<SiteSettings>) => {
          site = { ...site, ...change };
          draw();
          void saveSite(location.host, change);
        }}
      />,
      container,
    );

  const stopTheme = watchTheme(doc, (next) => {
    theme = next;
    draw();
  });
  // Corner, collapsed state, roster or agreement changed elsewhere (options page, another tab).
  const stopSite = onSiteChange(location.host, (next) => {
    site = next.value;
    draw();
  });

  return {
    show(next) {
      match = next;
      draw();
    },
    toggle() {
      toggleRef.current?.();
    },
    status(): PageStatus['analysis'] {
      if (latest.phase === 'ready')
        return {
          state: 'ready',
          signals: latest.reading.analysis.signals.map(({ id, kind, status, summary }) => ({ id, kind, status, summary })),
          scope: latest.reading.analysis.scope.kind,
          project: latest.reading.analysis.scope.project ?? match.project,
        };
      return { state: latest.phase, signals: [], ...(latest.phase === 'error' ? { message: latest.message } : {}) };
    },
    destroy() {
      stopTheme();
      stopSite();
      keepAttached.disconnect();
      render(null, container);
      host.remove();
    },
  };
}
