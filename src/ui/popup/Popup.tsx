// The toolbar popup: this tab's switch and what fired here, the weekly self-check, then the whole
// guide with a filter.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { GUIDE } from '../../core/guide';
import { filterGuide } from './filter';
import type { PageStatus } from '../../page/messages';

type PageSignal = NonNullable<PageStatus['analysis']>['signals'][number];
import { loadSite, saveSite } from '../../settings/store';
import { t } from '../i18n';
import { pageStatus, targetTab } from '../shared/activeTab';
import { Switch } from '../shared/Switch';
import { Trends } from '../shared/Trends';
import { SelfCheck } from './SelfCheck';
import './popup.css';

/** `now`: the popup's clock (src/settings/clock.ts), read once when it opens. */
export function Popup(props: { now?: () => Date } = {}) {
  const [status, setStatus] = useState<PageStatus | null | 'unknown'>('unknown');
  const [tabId, setTabId] = useState<number | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [query, setQuery] = useState('');

  const refresh = async (id: number) => {
    const answer = await pageStatus(id);
    setStatus(answer);
    if (answer) setEnabled((await loadSite(answer.host)).value.enabled);
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

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p class="muted">{t('popupIntro')}</p>
      <SiteSection status={status} enabled={enabled} onToggle={toggle} />
      <p>
        <a
          href="#"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('optionsLink')}
        </a>
      </p>
      <SelfCheck now={props.now} />
      <label for="guide-filter" class="muted">
        {t('filterLabel')}
      </label>
      <input
        id="guide-filter"
        type="search"
        placeholder={t('filterPlaceholder')}
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        style="width: 100%"
      />
      <GuideList query={query} />
    </main>
  );
}

function SiteSection(props: { status: PageStatus | null | 'unknown'; enabled: boolean | null; onToggle(next: boolean): void }) {
  const { status, enabled } = props;
  if (status === 'unknown') return null;
  if (!status) return <p class="notice" data-testid="site-not-covered">{t('siteNotCovered')}</p>;
  const analysis = status.analysis;
  const fired = analysis?.signals.filter((s) => s.status === 'present') ?? [];
  return (
    <section aria-labelledby="on-this-page">
      <div class="row">
        <label for="site-switch">{t('siteSwitchLabel', status.host)}</label>
        {enabled !== null && (
          <Switch id="site-switch" checked={enabled} label={t('siteSwitchLabel', status.host)} onChange={props.onToggle} />
        )}
      </div>
      <h2 id="on-this-page">{t('onThisPage')}</h2>
      {!analysis && <p class="muted">{t('onThisPageNone')}</p>}
      {analysis?.state === 'loading' && <p class="muted">{t('onThisPageLoading')}</p>}
      {analysis?.state === 'error' && <p class="notice">{analysis.message}</p>}
      {analysis?.state === 'ready' && (
        <>
          <p data-testid="on-this-page">
            {t(
              'onThisPageCounts',
              fired.filter((s) => s.kind === 'warning').length,
              fired.filter((s) => s.kind === 'healthy').length,
            )}
          </p>
          <FiredList kind="warning" fired={fired} />
          <FiredList kind="healthy" fired={fired} />
        </>
      )}
      {status.match && <Trends host={status.host} project={status.match.project} level={3} />}
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
      <h3 class="fired-heading">{t(kind === 'warning' ? 'sectionWarnings' : 'sectionHealthy')}</h3>
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

function GuideList({ query }: { query: string }) {
  const shown = filterGuide(GUIDE, query);
  const section = (kind: 'healthy' | 'warning') => {
    const items = shown.filter((g) => g.kind === kind);
    if (!items.length) return null;
    return (
      <>
        <h2>{t(kind === 'healthy' ? 'guideHealthy' : 'guideWarnings')}</h2>
        <ul class="guide">
          {items.map((g) => (
            <li key={g.id} data-guide-item={g.id}>
              <div class="words">{g.words}</div>
              <p class="explain">{g.explanation}</p>
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
      {!shown.length && <p class="muted">{t('filterNone', query)}</p>}
    </div>
  );
}
