// The toolbar popup, sized to fit a real popup (about 600 px) with no scrolling at first: the site
// switch and what fired on this tab come first; the guide (with a filter), the weekly self-check and
// the trends are one click away each; settings are a link.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { GUIDE } from '../../core/guide';
import { filterGuide } from './filter';
import type { PageStatus } from '../../content/page-status';

type PageSignal = NonNullable<PageStatus['analysis']>['signals'][number];
import { loadSite, saveSite } from '../../settings/store';
import { say } from '../../core/words';
import { pageStatus, targetTab } from '../shared/activeTab';
import { Field } from '../shared/Field';
import { Switch } from '../shared/Switch';
import { Trends } from '../shared/Trends';
import { SelfCheck } from './SelfCheck';
import './popup.css';

/** `now`: the popup's clock (src/settings/clock.ts), read once when it opens. */
export function Popup(props: { now?: () => Date } = {}) {
  const [status, setStatus] = useState<PageStatus | null | 'unknown'>('unknown');
  const [tabId, setTabId] = useState<number | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');

  const refresh = async (id: number) => {
    const answer = await pageStatus(id);
    setStatus(answer);
    if (!answer) return;
    const site = (await loadSite(answer.host)).value;
    setEnabled(site.enabled);
    setOff(new Set(site.off));
  };

  useEffect(() => {
    void targetTab().then((tab) => {
      if (tab?.id === undefined) return setStatus(null);
      setTabId(tab.id);
      void refresh(tab.id);
    });
  }, []);

  // While the page is still being read, ask again shortly.
  useEffect(() => {
    if (tabId === null || status === 'unknown' || status?.analysis?.state !== 'loading') return;
    const timer = setTimeout(() => void refresh(tabId), 700);
    return () => clearTimeout(timer);
  }, [status, tabId]);

  const toggle = async (next: boolean) => {
    if (!status || status === 'unknown') return;
    setEnabled(next);
    await saveSite(status.host, { enabled: next });
    if (tabId !== null) setTimeout(() => void refresh(tabId), 400);
  };

  const host = status && status !== 'unknown' ? status.host : null;
  return (
    <main class="popup">
      <div class="row">
        <h1>{say('popupTitle')}</h1>
        <a
          href="#"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {say('optionsLink')}
        </a>
      </div>
      <p class="muted intro">{say('popupIntro')}</p>
      <SiteSection status={status} enabled={enabled} onToggle={toggle} off={off} />
      <details class="fold" data-testid="guide">
        <summary>
          <h2>{say('popupGuideSummary', GUIDE.length)}</h2>
        </summary>
        <Field id="guide-filter" type="search" labelClass="muted" label={say('filterLabel')} placeholder={say('filterPlaceholder')} value={query} onValue={setQuery} style="width: 100%" />
        <GuideList query={query} off={off} host={host} />
      </details>
      <SelfCheck now={props.now} />
    </main>
  );
}

function SiteSection(props: { status: PageStatus | null | 'unknown'; enabled: boolean | null; onToggle(next: boolean): void; off: ReadonlySet<string> }) {
  const { status, enabled } = props;
  if (status === 'unknown') return null;
  if (!status) return <p class="notice" data-testid="site-not-covered">{say('siteNotCovered')}</p>;
  const analysis = status.analysis;
  // Signals switched off on this site are left out here as in the panel.
  const fired = analysis?.signals.filter((s) => s.status === 'present' && !props.off.has(s.id)) ?? [];
  return (
    <section aria-labelledby="on-this-page">
      <div class="row">
        <label for="site-switch">{say('siteSwitchLabel', status.host)}</label>
        {enabled !== null && (
          <Switch id="site-switch" checked={enabled} label={say('siteSwitchLabel', status.host)} onChange={props.onToggle} />
        )}
      </div>
      <h2 id="on-this-page">{say('onThisPage')}</h2>
      {!analysis && <p class="muted">{say('onThisPageNone')}</p>}
      {analysis?.state === 'loading' && <p class="muted">{say('onThisPageLoading')}</p>}
      {analysis?.state === 'error' && <p class="notice">{analysis.message}</p>}
      {analysis?.state === 'ready' && (
        <>
          <p data-testid="on-this-page">
            {say(
              'onThisPageCounts',
              fired.filter((s) => s.kind === 'warning').length,
              fired.filter((s) => s.kind === 'healthy').length,
            )}
          </p>
          <div class="fired-box" tabIndex={0} role="group" aria-labelledby="on-this-page">
            <FiredList kind="warning" fired={fired} />
            <FiredList kind="healthy" fired={fired} />
          </div>
        </>
      )}
      {status.match && (
        <details class="fold">
          <summary>{say('popupTrends')}</summary>
          <Trends host={status.host} project={status.match.project} level={3} />
        </details>
      )}
    </section>
  );
}

/** What fired here, by kind, each with the guide's words and this page's one-line summary. */
function FiredList({ kind, fired }: { kind: 'warning' | 'healthy'; fired: PageSignal[] }) {
  const items = fired.filter((s) => s.kind === kind);
  if (!items.length) return null;
  const words = new Map(GUIDE.map((g) => [g.id, g.words]));
  return (
    <>
      <h3 class="fired-heading">{say(kind === 'warning' ? 'sectionWarnings' : 'sectionHealthy')}</h3>
      <ul class={`fired ${kind}`} data-testid={`fired-${kind}`}>
        {items.map((s) => (
          <li key={s.id} data-fired={s.id}>
            <span class="mark" aria-hidden="true">
              {kind === 'warning' ? '▲' : '●'}
            </span>
            <span>
              <span class="words">{words.get(s.id) ?? s.id}</span>
              <span class="summary">{s.summary}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function GuideList({ query, off, host }: { query: string; off: ReadonlySet<string>; host: string | null }) {
  const shown = filterGuide(GUIDE, query);
  const section = (kind: 'healthy' | 'warning') => {
    const items = shown.filter((g) => g.kind === kind);
    if (!items.length) return null;
    return (
      <>
        <h2>{say(kind === 'healthy' ? 'guideHealthy' : 'guideWarnings')}</h2>
        <ul class="guide">
          {items.map((g) => (
            <li key={g.id} data-guide-item={g.id}>
              <div class="words">{g.words}</div>
              <p class="explain">{g.explanation}</p>
              {host && off.has(g.id) && (
                <p class="off-note" data-off="">
                  {say('guideSwitchedOff', host)}
                </p>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  };
  return (
    <div aria-live="polite">
      {section('healthy')}
      {section('warning')}
      {!shown.length && <p class="muted">{say('filterNone', query)}</p>}
    </div>
  );
}
