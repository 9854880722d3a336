// Makes `say` (src/core/words.ts) read browser.i18n. Every entry that shows or makes words imports
// this first (the background, the popup, the options page and the panel's two entries), so the engine,
// the site adapters, the settings and the UI speak the browser's language; the CLI installs English
// the same way at its start (src/core/english.ts).
import browser from 'webextension-polyfill';
import { useLanguage, useWords } from '../core/words';

useWords((key, substitutions) => browser.i18n.getMessage(key, substitutions));
useLanguage(browser.i18n.getUILanguage());
