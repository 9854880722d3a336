// The extension's foundation, end to end: the panel mounts where it should and only there, follows
// in-app navigation without duplicating, the popup holds the whole guide, and the per-site switch
// (popup and options) takes effect on the open tab and survives a reload.
import { useEnglish } from '../src/core/english';
import { GUIDE } from '../src/core/guide';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from './demo-world';
import { expect, openOptions, openPopup, panelRoot, serviceWorkerOf, signalRow, signalRows, test } from './harness';

// The guide's words, as the English messages give them (what the popup shows in an English browser).
useEnglish();

const ISSUE_42 = `https://github.com/${GITHUB_REPO}/issues/42`;
const SELF_CHECKS = ['lost-in-tech', 'engineer-to-be-heard', 'knows-tech', 'org-values'];

test.beforeEach(({ world }) => {
  serveDemo(world);
});

test('the panel appears on a GitHub issue page with all 26 signals', async ({ page }) => {
  await page.goto(ISSUE_42);
  await expect(panelRoot(page)).toHaveCount(1);
  await expect(signalRows(page)).toHaveCount(26);
  for (const id of SELF_CHECKS) await expect(signalRow(page, id)).toHaveAttribute('data-status', 'self-check');
  // Once the issue is read, every signal has one of the five statuses.
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  const statuses = await signalRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  expect(new Set(statuses).size).toBeGreaterThan(1);
  for (const s of statuses) expect(['present', 'absent', 'insufficient-data', 'needs-setup', 'self-check']).toContain(s);
});

test('the panel appears on a Jira issue page', async ({ page }) => {
  await page.goto(`${JIRA_SITE}/browse/SHOP-12`);
  await expect(panelRoot(page)).toHaveCount(1);
  await expect(signalRows(page)).toHaveCount(26);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  await expect(page.locator('[data-tandem-root] .scope')).toContainText('SHOP-12');
});

test('no panel on a GitHub page Tandem does not cover, until in-app navigation reaches an issue', async ({ page }) => {
  await page.goto(`https://github.com/${GITHUB_REPO}`);
  await page.waitForTimeout(1200);
  await expect(panelRoot(page)).toHaveCount(0);
  // The content script is there and listening: navigating in-app to an issue brings the panel.
  await page.getByRole('link', { name: 'Issue 42' }).click();
  await expect(page).toHaveURL(ISSUE_42);
  await expect(panelRoot(page)).toHaveCount(1);
});

test('moving between two issues in-app keeps exactly one panel, showing the right issue', async ({ page }) => {
  await page.goto(ISSUE_42);
  const scope = page.locator('[data-tandem-root] .scope');
  await expect(scope).toContainText(`${GITHUB_REPO}#42`);
  const navigations = page.evaluate(() => performance.getEntriesByType('navigation').length);
  await page.getByRole('link', { name: /^#43/ }).click();
  await expect(page).toHaveURL(`https://github.com/${GITHUB_REPO}/issues/43`);
  await expect(scope).toContainText(`${GITHUB_REPO}#43`);
  await expect(panelRoot(page)).toHaveCount(1);
  // and back again, still one panel, now on #42
  await page.getByRole('link', { name: /^#42/ }).click();
  await expect(scope).toContainText(`${GITHUB_REPO}#42`);
  await expect(panelRoot(page)).toHaveCount(1);
  // It was one document all along: no reload happened.
  expect(await navigations).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('the popup shows all 26 guide items in the guide’s own words, and filters them', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  // The guide is one click away.
  await popup.getByText(/^The guide: 26 items/).click();
  const items = popup.locator('[data-guide-item]');
  await expect(items).toHaveCount(26);
  for (const item of GUIDE) await expect(popup.locator(`[data-guide-item="${item.id}"] .words`)).toHaveText(item.words);
  await popup.getByLabel('Filter the guide').fill('routines');
  await expect(items).toHaveCount(2);
  await popup.getByLabel('Filter the guide').fill('zzzz');
  await expect(items).toHaveCount(0);
  await expect(popup.getByText('Nothing in the guide matches')).toBeVisible();
});

test('switching the site off in the popup removes the panel from the open tab, and it stays off after a reload', async ({ context, extensionId, page }) => {
  await page.goto(ISSUE_42);
  await expect(panelRoot(page)).toHaveCount(1);
  const popup = await openPopup(context, extensionId);
  const toggle = popup.getByRole('switch', { name: 'Show Tandem on github.com' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(panelRoot(page)).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(1200);
  await expect(panelRoot(page)).toHaveCount(0);
  // and back on, again without a reload
  await popup.reload();
  await popup.getByRole('switch', { name: 'Show Tandem on github.com' }).click();
  await expect(panelRoot(page)).toHaveCount(1);
});

test('the options page’s switch does the same', async ({ context, extensionId, page }) => {
  await page.goto(ISSUE_42);
  await expect(panelRoot(page)).toHaveCount(1);
  const options = await openOptions(context, extensionId);
  const toggle = options.getByRole('switch', { name: 'Show Tandem on github.com' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(panelRoot(page)).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(1200);
  await expect(panelRoot(page)).toHaveCount(0);
  await options.reload();
  await expect(options.getByRole('switch', { name: 'Show Tandem on github.com' })).toHaveAttribute('aria-checked', 'false');
});

test('the popup says so on a page Tandem does not run on', async ({ context, extensionId, page }) => {
  await page.goto(`https://github.com/${GITHUB_REPO}/pulls`);
  const popup = await openPopup(context, extensionId);
  // The content script runs on github.com but shows no panel here: the switch is still offered.
  await expect(popup.getByRole('switch', { name: 'Show Tandem on github.com' })).toBeVisible();
  await expect(popup.getByText('Tandem isn’t showing a panel on this page.')).toBeVisible();
});

test('garbage in storage: the panel still comes, says what was reset, and keeps what was readable', async ({ context, page }) => {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync;
    // A readable corner, an unreadable collapsed state, and preferences that are not even an object.
    await sync.set({ 'site:github.com': { v: 1, corner: 'top-left', collapsed: 'yes please' }, prefs: 'garbage', customSites: 42 });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(ISSUE_42);
  await expect(panelRoot(page)).toHaveCount(1);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-corner', 'top-left');
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  await page.locator('[data-tandem-root] button.badge').click();
  await expect(page.locator('[data-tandem-root] .notice.warning').first()).toContainText('couldn');
  await expect(page.locator('[data-tandem-root] .notice.warning').first()).toContainText('reset to their defaults');
  expect(errors).toEqual([]);
});
