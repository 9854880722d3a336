// Content script: runs on every matching page, so it only decides; the panel's code (./panel.ts) is
// loaded when the page is one Tandem covers and the site is switched on.
import { startLifecycle } from '../content/lifecycle';

startLifecycle(window, async (match) => {
  const { mountPanel } = await import('./panel');
  return mountPanel(match);
});
