// The panel's code for sites the user added, bundled whole by scripts/build.mjs and injected by the
// background into our isolated world (the page's scripts can't see its globals); the added site's
// content script (added-site-content.ts) then calls the mount function it leaves there.
import './browser-words';
import { PANEL_GLOBAL } from '../background/added-site';
import { mountPanel } from '../ui/panel/mount';

(globalThis as unknown as Record<string, typeof mountPanel>)[PANEL_GLOBAL] = mountPanel;
