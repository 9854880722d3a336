// The popup fits a real popup (about 600 px, no scrolling at first): this tab's findings and the site
// switch first, the guide one click away and searchable, settings a link. A signal switched off for a
// site in the options is left out of that site's panel and the popup's guide says so.
import type { Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openOptions, openPanel, openPopup, signalRow, test } from './harness';

const ISSUES = `https://github.com/${GITHUB_REPO}/issues`;

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
}

test.beforeEach(({ world }) => {
  serveDemo(world);
});

test('the popup’s first view fits in 600 px with this tab’s findings and the site switch; the guide is one click away and searchable', async ({ context, extensionId, page }) => {
  await ready(page, ISSUES);
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 420, height: 600 });
  await expect(popup.getByTestId('on-this-page')).toBeVisible();
  await expect(popup.locator('[data-fired]').first()).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Tandem on github.com' })).toBeVisible();
  await popup.screenshot({ path: 'test-results/popup-first-view.png', fullPage: true });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(600);
  // Everything of the first view is inside those 600 px: the switch, the findings, the guide's opener.
  for (const locator of [popup.getByRole('switch'), popup.locator('[data-fired]').last(), popup.getByText(/^The guide: 26 items/)]) {
    const box = await locator.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
  }
  await expect(popup.getByRole('link', { name: 'Settings' })).toBeVisible();

  await popup.getByText(/^The guide: 26 items/).click();
  await expect(popup.locator('[data-guide-item]').first()).toBeVisible();
  await popup.getByLabel('Filter the guide').fill('routines');
  await expect(popup.locator('[data-guide-item]')).toHaveCount(2);
});

test('a signal switched off for a site in the options leaves that site’s panel and its counts, and the popup’s guide says so', async ({ context, extensionId, page }) => {
  await ready(page, ISSUES);
  await expect(signalRow(page, 'leads-routines')).toHaveAttribute('data-status', 'present');
  await openPanel(page);
  const counts = page.locator('[data-tandem-root] .head .counts');
  // The header's counts are read, not assumed: the analysis decides them; switching one warning off
  // must take exactly one away.
  const SEEN = /^Seen here: (\d+) warning signs? · (\d+) healthy behaviors?$/;
  await expect(counts).toHaveText(SEEN);
  const [warnings = 0, healthy = 0] = SEEN.exec((await counts.textContent()) ?? '')!.slice(1).map(Number);
  expect(warnings).toBeGreaterThanOrEqual(1);
  const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

  const options = await openOptions(context, extensionId);
  await options.getByRole('link', { name: 'Signals' }).click();
  await expect(options.getByLabel('Site', { exact: true })).toHaveValue('github.com');
  const toggle = options.getByRole('switch', { name: 'You lead most developer routines on github.com' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(options.locator('#signals-heading ~ p[role="status"]')).toHaveText('Saved for github.com.');
  await options.close();

  await ready(page, ISSUES);
  await openPanel(page);
  await expect(signalRow(page, 'leads-routines')).toHaveCount(0);
  await expect(page.locator('[data-tandem-root] [data-signal]')).toHaveCount(25);
  await expect(counts).toHaveText(
    `Seen here: ${plural(warnings - 1, 'warning sign', 'warning signs')} · ${plural(healthy, 'healthy behavior', 'healthy behaviors')}`,
  );
  await expect(page.locator('[data-tandem-root] .body')).toContainText('1 signal is switched off for this site in the settings.');

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-fired="leads-routines"]')).toHaveCount(0);
  await popup.getByText(/^The guide: 26 items/).click();
  await expect(popup.locator('[data-guide-item="leads-routines"] .off-note')).toHaveText('Switched off on github.com in the settings: left out of its panel.');
  await expect(popup.locator('[data-guide-item="avoids-em"] .off-note')).toHaveCount(0);
});
