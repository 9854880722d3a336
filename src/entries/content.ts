// Content script: runs on every matching page, so it only decides; the panel's code is loaded when
// the page is one Tandem covers and the site is switched on.
import { startLifecycle } from '../page/lifecycle';

startLifecycle(window, async (match) => {
  const { mountPanel } = await import('../ui/panel/mount');
  return mountPanel(match);
});
