// Decides, for the page in view, whether the panel should be there and for which issue or backlog,
// and keeps exactly one panel: it follows in-app navigation, the per-site switch and added sites.
import { detectPage } from '../sites/detect';
import type { PageMatch } from '../sites/types';
import { firstVisitRecord, quickAddedSites, quickEnabled, siteKey as siteKeyOf } from '../settings/quick';
import type { AddedSite } from '../sites/detect';
import { watchNavigation } from './navigation';
import { STATUS_REQUEST, type PageStatus } from './page-status';
import { onMessage, onSyncChange, syncGet, syncSet } from './ext';

export interface PanelHandle {
  /** Show another page of the same site (in-app navigation) without a new panel. */
  show(match: PageMatch): void;
  toggle(): void;
  status(): PageStatus['analysis'];
  destroy(): void;
}

type MountPanel = (match: PageMatch) => Promise<PanelHandle>;

const MARK = '__tandemLifecycle';

export function startLifecycle(win: Window, mountPanel: MountPanel): void {
  // A content script can be injected twice (manifest + dynamic registration on an added site):
  // the isolated world is shared, so the second copy sees the mark and stays out.
  const global = win as unknown as Record<string, unknown>;
  if (global[MARK]) return;
  global[MARK] = true;
  // For the page benchmark (scripts/bench-page.ts): when our work on this page began. The built
  // extension's loader (src/entries/content-loader.js) marks it first; the dev build's doesn't.
  if (performance.getEntriesByName('tandem:start').length === 0) performance.mark('tandem:start');

  const host = win.location.host;
  const siteKey = siteKeyOf(host);
  let customSites: AddedSite[] = [];
  let enabled = false;
  let match: PageMatch | null = null;
  let panel: PanelHandle | null = null;
  let mounting: Promise<PanelHandle> | null = null;
  let remembered = false;

  const unmount = () => {
    panel?.destroy();
    panel = null;
  };

  const sync = async () => {
    match = detectPage(new URL(win.location.href), win.document, customSites);
    if (match && !remembered) {
      remembered = true;
      rememberFirstVisit(siteKey);
    }
    if (!enabled || !match) return unmount();
    if (!panel) {
      mounting ??= mountPanel(match).then((mounted) => {
        panel = mounted;
        mounting = null;
        return mounted;
      });
      await mounting;
      // The switch or the page may have changed while the panel's code loaded: look again.
      if (!enabled || !match) return unmount();
    }
    panel?.show(match);
  };

  const safeSync = () => {
    sync().catch((error: unknown) => {
      // The host page must never see our errors; the console is where a developer would look.
      console.warn('Tandem:', error instanceof Error ? error.message : error);
    });
  };

  Promise.all([syncGet([siteKey, 'customSites']), pageLoaded(win, FIRST_MOUNT_WAIT_MS - sinceStart())])
    .then(([got]) => {
      customSites = quickAddedSites(got.customSites);
      enabled = quickEnabled(got[siteKey]);
      safeSync();
    })
    .catch(() => undefined);

  watchNavigation(safeSync, win);
  onSyncChange((changes) => {
    if ('customSites' in changes) customSites = quickAddedSites(changes.customSites?.newValue);
    const next = siteKey in changes ? quickEnabled(changes[siteKey]?.newValue) : enabled;
    if (next === enabled && !('customSites' in changes)) return;
    enabled = next;
    safeSync();
  });
  onMessage((message) => {
    if (message.type === STATUS_REQUEST.type) {
      return Promise.resolve<PageStatus>({
        host,
        match,
        enabled,
        analysis: panel?.status() ?? null,
      });
    }
    if (message.type === 'toggle-panel') panel?.toggle();
    return undefined;
  });
}

/** On a site's first visit, stores its defaults so the options page lists the site. */
function rememberFirstVisit(siteKey: string): void {
  void syncGet([siteKey])
    .then((got) => (got[siteKey] === undefined ? syncSet({ [siteKey]: firstVisitRecord() }) : undefined))
    .catch(() => undefined);
}

/**
 * The panel's code is fetched from the extension, and a fetch still running delays the page's load
 * event; so the first panel waits for the page to finish loading, but never longer than this after
 * our start (the loader's wait counts), to keep the skeleton within its 100 ms budget on pages that
 * load slowly.
 */
const FIRST_MOUNT_WAIT_MS = 60;

/** Milliseconds since our work on this page began (the loader's mark, when there is one). */
function sinceStart(): number {
  const mark = performance.getEntriesByName('tandem:start')[0];
  return mark ? performance.now() - mark.startTime : 0;
}

export function pageLoaded(win: Window, atMostMs: number): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.removeEventListener('load', done);
      resolve();
    };
    win.addEventListener('load', done);
    win.setTimeout(done, atMostMs);
  });
}
