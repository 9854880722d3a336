// Shared by the page benchmarks.
// Runs in the page before anything else: records long tasks and when the panel appears and fills.
// A string, not a function: tsx's helpers wouldn't exist in the page.
export const PROBE = `(() => {
  const probe = (window.__probe = { longTasks: [], taskStarts: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push(entry.duration);
        probe.taskStarts.push(entry.startTime);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const watch = () => {
    const host = document.querySelector('[data-tandem-root]');
    if (host && probe.skeleton === undefined) probe.skeleton = performance.now();
    const card = host && host.shadowRoot && host.shadowRoot.querySelector('.tandem');
    if (card && card.getAttribute('data-phase') === 'ready') {
      probe.filled = performance.timeOrigin + performance.now();
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;
