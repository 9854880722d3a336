// Every word the UI shows comes from _locales/<lang>/messages.json through browser.i18n; keys are
// typed from the English file so a missing string is a type error, not a blank button. `t` is the
// core's `say`, so the UI and the code it shares with Node read the same catalogue, which the entry
// points install (src/ui/browser-words.ts).
export type { MessageKey } from '../core/words';
export { say as t } from '../core/words';
