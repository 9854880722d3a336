// "Enable Tandem on this site" from the toolbar button's menu. Chromium can't click that menu (it is
// browser UI), so this checks what can be reached honestly: the menu item exists in the background,
// and when the open tab's origin is granted — what the menu's click does: permissions.request for
// that one origin, made here from a click in an extension page, with the prompt answered beforehand
// the way the extensions page does — the background adds the site with the kind its page shows, the
// content script is registered there, and the panel appears, with no visit to the options page.
import { allowInExtensionsPage, expect, panelRoot, registeredOrigins, serviceWorkerOf, test } from './harness';
import { serveDataCenterIssue } from './jira-world';
import { storageOf } from './options-world';

const ORIGIN = 'https://jira.toggle.example';
const ISSUE = `${ORIGIN}/jira/browse/OPS-7`;

test('the toolbar menu has its item, and an origin granted while its Jira page is open becomes an added site with its panel', async ({ context, extensionId, world, page }) => {
  await serveDataCenterIssue(world, ORIGIN);
  const worker = await serviceWorkerOf(context);
  // Updating an item that doesn't exist is refused: this resolves only if the menu item is there.
  const title = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> }; i18n: { getMessage(k: string): string } } }).chrome;
    await c.contextMenus.update('webext-permission-toggle:add-permission', {});
    return c.i18n.getMessage('menuEnableOnSite');
  });
  expect(title).toBe('Enable Tandem on this site');

  await page.goto(ISSUE);
  await page.waitForTimeout(800);
  await expect(panelRoot(page)).toHaveCount(0);

  await allowInExtensionsPage(context, extensionId, ORIGIN);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/entries/popup.html`);
  // The menu's request, from a real click (browsers ask only in answer to one).
  await options.evaluate((origin) => {
    const button = document.createElement('button');
    button.id = 'grant';
    button.textContent = 'grant';
    const c = (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome;
    button.onclick = () => void c.permissions.request({ origins: [`${origin}/*`] });
    document.body.append(button);
  }, ORIGIN);
  await options.click('#grant');
  await expect.poll(async () => (await storageOf(options, 'sync')).customSites, { timeout: 15_000 }).toEqual([
    { origin: ORIGIN, kind: 'jira', added: expect.any(String) },
  ]);
  await expect.poll(() => registeredOrigins(context), { timeout: 15_000 }).toContain(`${ORIGIN}/*`);
  await page.bringToFront();
  await page.reload();
  await expect(panelRoot(page)).toHaveCount(1);
  await expect(page.locator('[data-tandem-root] .scope')).toContainText('OPS-7', { timeout: 15_000 });
});
