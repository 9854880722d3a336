// Content script for sites the user added, injected by the background when the loader asks (see
// src/background/added-site.ts). Bundled whole by scripts/build.mjs: it imports nothing at run time, and
// asks the background for the panel's code only once the page needs a panel.
import { LOAD_ADDED_SITE_PANEL, PANEL_GLOBAL } from '../background/added-site';
import { sendMessage } from '../content/ext';
import { startLifecycle, type PanelHandle } from '../content/lifecycle';
import type { PageMatch } from '../sites/types';

type Mount = (match: PageMatch) => Promise<PanelHandle>;

startLifecycle(window, async (match) => {
  const here = globalThis as unknown as Record<string, Mount | undefined>;
  if (!here[PANEL_GLOBAL]) {
    const loaded = await sendMessage({ type: LOAD_ADDED_SITE_PANEL });
    if (loaded !== true || !here[PANEL_GLOBAL]) throw new Error(LOAD_ADDED_SITE_PANEL); // for the console only: the step that failed
  }
  return here[PANEL_GLOBAL](match);
});
