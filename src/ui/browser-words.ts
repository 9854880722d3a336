// Makes `say` (src/core/words.ts) read browser.i18n. Every entry point imports this first, so the
// engine, the site adapters and the settings speak the browser's language like the UI does.
import browser from 'webextension-polyfill';
import { useLanguage, useWords } from '../core/words';

useWords((key, substitutions) => browser.i18n.getMessage(key, substitutions));
useLanguage(browser.i18n.getUILanguage());
