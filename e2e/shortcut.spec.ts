// The panel's keyboard shortcut as people change it: the words follow the key the browser has now,
// in the panel and on the options page, and the options page leads to the browser's shortcut settings.
import type { BrowserContext, Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openOptions, test } from './harness';

const ISSUE_42 = `https://github.com/${GITHUB_REPO}/issues/42`;
const hint = (page: Page) => page.locator('[data-tandem-root] .card p.hint').last();

/** What a person does on chrome://extensions/shortcuts: sets (or clears, with '') the toggle's key. */
async function setShortcut(context: BrowserContext, extensionId: string, keybinding: string) {
  const page = await context.newPage();
  await page.goto('chrome://extensions/shortcuts');
  await page.evaluate(
    ([id, key]) =>
      (globalThis as unknown as {
        chrome: { developerPrivate: { updateExtensionCommand(u: { extensionId: string; commandName: string; keybinding: string }): Promise<void> } };
      }).chrome.developerPrivate.updateExtensionCommand({ extensionId: id!, commandName: 'toggle-panel', keybinding: key! }),
    [extensionId, keybinding],
  );
  await page.close();
}

test.beforeEach(({ world }) => {
  serveDemo(world);
});

// Headless Chromium doesn't grant manifest's suggested key to an extension loaded from the command
// line (commands.getAll says ''), so each test sets the key first, as a person would.
test('the panel names the shortcut the browser has now: a key, a changed key, or none', async ({ context, extensionId, page }) => {
  await setShortcut(context, extensionId, 'Alt+Shift+T');
  await page.goto(ISSUE_42);
  const badge = page.locator('[data-tandem-root] button.badge');
  await badge.click();
  await expect(hint(page)).toHaveText('Alt+Shift+T shows or hides this panel; Esc closes it.');

  await setShortcut(context, extensionId, 'Ctrl+Shift+Y');
  await page.keyboard.press('Escape');
  await badge.click();
  await expect(hint(page)).toHaveText('Ctrl+Shift+Y shows or hides this panel; Esc closes it.');

  await setShortcut(context, extensionId, '');
  await page.keyboard.press('Escape');
  await badge.click();
  await expect(hint(page)).toHaveText(/^No key is set to show or hide this panel/);
});

test('the options page shows the current shortcut and opens the browser’s shortcut settings', async ({ context, extensionId }) => {
  await setShortcut(context, extensionId, 'Alt+Shift+T');
  const options = await openOptions(context, extensionId, 'shortcut');
  await expect(options.getByTestId('shortcut-current')).toHaveText('Show or hide the panel: Alt+Shift+T');

  await setShortcut(context, extensionId, 'Ctrl+Shift+Y');
  await options.bringToFront();
  await options.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(options.getByTestId('shortcut-current')).toHaveText('Show or hide the panel: Ctrl+Shift+Y');

  const opened = context.waitForEvent('page');
  await options.getByRole('button', { name: 'Change it in the browser’s shortcut settings' }).click();
  const settings = await opened;
  await expect.poll(() => settings.url()).toBe('chrome://extensions/shortcuts');
});
