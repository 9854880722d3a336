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
  if (document.readyState === 'complete') return start();
  // Out of the load event's own dispatch, which the page's load time includes.
  const afterLoad = () => setTimeout(start, 0);
  addEventListener('load', afterLoad);
  setTimeout(start, FIRST_WAIT_MS);
})();
