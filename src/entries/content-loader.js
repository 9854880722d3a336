// The content script's first step, put in place of the bundler's loader by scripts/build.mjs. It
// marks when our work began, then imports the real content script once the page has loaded: an
// import still fetching from the extension holds back the page's load event, and the budget for
// that is 5 % (PRODUCT.md). On a page slow to load it waits at most FIRST_WAIT_MS, so the panel's
// skeleton still comes within 100 ms of this start. Plain JavaScript: it is copied, not compiled.
/* global chrome */
(() => {
  const FIRST_WAIT_MS = 60;
  performance.mark('tandem:start');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('load', afterLoad);
    import(chrome.runtime.getURL('__CONTENT_MODULE__')).catch((error) => {
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
