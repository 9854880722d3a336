// Every word the UI shows comes from _locales/<lang>/messages.json through browser.i18n; keys are
// typed from the English file so a missing string is a type error, not a blank button.
import browser from 'webextension-polyfill';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing translation: show the key rather than nothing.
  return text || key;
}
