// The panel's code, loaded by the content script (./content.ts) only once the page needs a panel:
// the browser's words first, then the panel.
import './browser-words';

export { mountPanel } from '../ui/panel/mount';
