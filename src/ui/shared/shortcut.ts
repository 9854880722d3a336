// The key that shows or hides the panel, as the browser has it now: people change it (or clear it) in
// the browser's shortcut settings, so the words must not assume the manifest's default.
import browser from 'webextension-polyfill';

export const TOGGLE_COMMAND = 'toggle-panel';

/** The message a content script sends, since only extension pages and the background see `commands`. */
export const SHORTCUT_REQUEST = { type: 'shortcut' } as const;

export function isShortcutRequest(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === SHORTCUT_REQUEST.type;
}

/** The toggle's key ("Alt+Shift+T"), '' when none is set. */
export async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
}

/** The same from anywhere: directly on extension pages, through the background in a content script. */
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
