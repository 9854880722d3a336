// The key that shows or hides the panel, for the words of the panel and the options page; the
// command itself and the message a content script asks with are the background's (src/background/shortcut.ts).
import browser from 'webextension-polyfill';
import { currentShortcut, SHORTCUT_REQUEST } from '../../background/shortcut';

/** The toggle's key from anywhere: directly on extension pages, through the background in a content script. */
export async function readShortcut(): Promise<string | null> {
  try {
    // The polyfill's types claim `commands` everywhere; a content script has none.
    const commands = browser.commands as typeof browser.commands | undefined;
    if (commands) return await currentShortcut();
    const answer: unknown = await browser.runtime.sendMessage(SHORTCUT_REQUEST);
    return typeof answer === 'string' ? answer : null;
  } catch {
    return null; // the background is restarting: say nothing rather than something wrong
  }
}

/** Opens the browser's own page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  // Firefox has an API for it (137+); Chrome lets an extension open its shortcuts page in a tab.
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
