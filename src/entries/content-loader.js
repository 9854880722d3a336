// The content script's first step, put in place of the bundler's loader by scripts/build.mjs. It
// marks when our work began, then starts the real content script once the page has loaded: an
// import still fetching from the extension holds back the page's load event, and the budget for
// that is 2 % (docs/performance.md). On a page slow to load it waits at most FIRST_WAIT_MS, so the panel's
// skeleton still comes within 100 ms of this start. Plain JavaScript: it is copied, not compiled.
// On github.com and *.atlassian.net (the manifest's own matches) it imports the content module,
// which only those origins may load, together with every chunk that module imports (the build writes
// the list), so they arrive at once instead of one level after the other. On a site the user added
// it asks the background to inject that site's self-contained content script instead: no file of
// ours is web-accessible to other origins, so no site can probe for Tandem
// (src/background/added-site.ts, docs/decisions.md).
/* global chrome */
(() => {
  const FIRST_WAIT_MS = 60;
  performance.mark('tandem:start');
  const covered = (chrome.runtime.getManifest().content_scripts || []).some((script) =>
    (script.matches || []).some((pattern) => {
      const [, scheme, host] = /^([a-z*]+):\/\/([^/]+)\//.exec(pattern) || [];
      if (!host || (scheme !== '*' && `${scheme}:` !== location.protocol)) return false;
      return host.startsWith('*.') ? location.hostname.endsWith(host.slice(1)) : location.hostname === host;
    }),
  );
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('load', afterLoad);
    const loading = covered
      ? Promise.all([/* __CONTENT_IMPORTS__ */])
      : chrome.runtime.sendMessage({ type: 'load-added-site-content' });
    loading.catch((error) => {
      console.warn('Tandem:', error instanceof Error ? error.message : error);
    });
  };
  // Out of the load event's own dispatch, which the page's load time includes. Declared before the
  // first call of start(), which removes it: Firefox injects after the load, so start() runs at once.
  const afterLoad = () => setTimeout(start, 0);
  if (document.readyState === 'complete') return start();
  addEventListener('load', afterLoad);
  setTimeout(start, FIRST_WAIT_MS);
})();
