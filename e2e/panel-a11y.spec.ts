// Accessibility of the panel: axe-core finds no violation with the panel collapsed or expanded (with
// a signal's details, a setup picker, People and trends open), on GitHub and Jira, light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from './demo-world';
import { expect, signalRow, test } from './harness';

const PAGES = [
  { name: 'GitHub issue', url: `https://github.com/${GITHUB_REPO}/issues/42` },
  { name: 'GitHub issue list', url: `https://github.com/${GITHUB_REPO}/issues` },
  { name: 'Jira issue', url: `${JIRA_SITE}/browse/SHOP-12` },
];

async function violations(page: Page) {
  // Only our panel: the fixture pages imitate the trackers and are not ours to fix.
  const result = await new AxeBuilder({ page }).include('[data-tandem-root]').analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary) }));
}

for (const theme of ['light', 'dark'] as const) {
  for (const { name, url } of PAGES) {
    test(`axe finds nothing on the panel, collapsed and expanded: ${name}, ${theme}`, async ({ page, world }) => {
      serveDemo(world, { colorMode: theme });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(url);
      const panel = page.locator('[data-tandem-root] .tandem');
      await expect(panel).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
      await expect(panel).toHaveAttribute('data-theme', theme);
      expect(await violations(page)).toEqual([]);

      await page.locator('[data-tandem-root] button.badge').click();
      // The first-run step and the setup row's picker are both on screen: their ids must stay unique.
      await expect(page.locator('[data-tandem-root] .welcome')).toBeVisible();
      // Open what a user would: a signal's details, the folded checks, the signals waiting for
      // setup, the people and their editors.
      await page.locator('[data-tandem-root] .signal button.row').first().click();
      for (const opener of await page.locator('[data-tandem-root] button[aria-controls="tandem-folded"], [data-tandem-root] button[aria-controls="tandem-setup-signals"]').all())
        await opener.click();
      await page.locator('[data-tandem-root] button[aria-controls="tandem-people"]').click();
      await expect(page.locator('[data-tandem-root] .person').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('the panel follows the page switching from light to dark', async ({ page, world }) => {
  serveDemo(world);
  await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
  const panel = page.locator('[data-tandem-root] .tandem');
  await expect(panel).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => document.documentElement.setAttribute('data-color-mode', 'dark'));
  await expect(panel).toHaveAttribute('data-theme', 'dark');
  // "auto" follows the system.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.documentElement.setAttribute('data-color-mode', 'auto'));
  await expect(panel).toHaveAttribute('data-theme', 'light');
  await expect(signalRow(page, 'avoids-em')).toBeAttached();
});
