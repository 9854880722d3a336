// The keyboard command that shows or hides the panel. Only extension pages and the background see
// `browser.commands`; a content script asks the background with SHORTCUT_REQUEST, answered here.
import browser from 'webextension-polyfill';

export const TOGGLE_COMMAND = 'toggle-panel';

/** The message a content script sends, since only extension pages and the background see `commands`. */
export const SHORTCUT_REQUEST = { type: 'shortcut' } as const;

export function isShortcutRequest(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === SHORTCUT_REQUEST.type;
}

/**
 * The toggle's key as the browser has it now ("Alt+Shift+T"), '' when none is set: people change it
 * (or clear it) in the browser's shortcut settings, so the words must not assume the manifest's default.
 */
export async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
}
