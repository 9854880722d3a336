// Screenshots of the running extension on the demo world: the panel collapsed and expanded on each
// page, the popup and the options page, in light and dark. `npm run demo` uses it for demo-output/,
// and the end-to-end run (readme-screenshots.spec.ts) for the README's docs/screenshots/, so the
// README always shows the extension as it is.
import type { BrowserContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from './demo-world';
import type { World } from './harness';

export interface DemoPage {
  name: string;
  url: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { name: 'github-issue', url: `https://github.com/${GITHUB_REPO}/issues/42` },
  { name: 'github-issue-list', url: `https://github.com/${GITHUB_REPO}/issues` },
  { name: 'jira-issue', url: `${JIRA_SITE}/browse/SHOP-12` },
  { name: 'jira-backlog', url: `${JIRA_SITE}/jira/software/projects/CART/boards/7/backlog` },
  { name: 'jira-board', url: `${JIRA_SITE}/jira/software/projects/CART/boards/7` },
];

async function ready(page: Page): Promise<void> {
  await page.locator('[data-tandem-root] .tandem[data-phase="ready"], [data-tandem-root] .tandem[data-phase="error"]').waitFor({ timeout: 15_000 });
}

async function expand(page: Page): Promise<void> {
  const badge = page.locator('[data-tandem-root] button.badge');
  if (await badge.isVisible()) await badge.click();
  // The first-run step is shown once per site and has its own tests; the README shows the findings.
  const skip = page.locator('[data-tandem-root] .welcome').getByRole('button', { name: 'Skip for now' });
  if (await skip.isVisible()) await skip.click();
  // Open the first warning sign that was seen, so the shot shows its evidence and advice.
  const seen = page.locator('[data-tandem-root] [data-kind="warning"][data-status="present"] button.row').first();
  if (await seen.count()) await seen.click();
}

async function shoot(context: BrowserContext, theme: 'light' | 'dark', pages: DemoPage[], outDir: string, strict: boolean): Promise<string[]> {
  const written: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: theme });
  for (const { name, url } of pages) {
    await page.goto(url);
    try {
      await ready(page);
    } catch {
      // For the README only what works; the demo shows what there is, to help find out why.
      if (strict) throw new Error(`${name}: the panel did not finish reading in 15 s`);
      console.log(`demo: ${name}: the panel did not finish reading in 15 s; screenshot taken as it is`);
    }
    const collapsed = join(outDir, `panel-${name}-collapsed-${theme}.png`);
    await page.screenshot({ path: collapsed });
    await expand(page);
    const expanded = join(outDir, `panel-${name}-expanded-${theme}.png`);
    await page.screenshot({ path: expanded });
    written.push(collapsed, expanded);
    // Collapse again so the next page starts as a user's would.
    await page.locator('[data-tandem-root] button[aria-label="Hide details"]').click().catch(() => undefined);
  }
  return written;
}

/** Writes the screenshots into outDir; with `strict`, a page whose panel doesn't finish reading is an error. */
export async function takeScreenshots(
  context: BrowserContext,
  world: World,
  extensionId: string,
  outDir: string,
  options: { pages: DemoPage[]; strict: boolean },
): Promise<string[]> {
  const written: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    world.requests.length = 0;
    serveDemo(world, { colorMode: theme });
    written.push(...(await shoot(context, theme, options.pages, outDir, options.strict)));
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: theme });
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/src/entries/popup.html`);
    await popup.waitForTimeout(500);
    const popupShot = join(outDir, `popup-${theme}.png`);
    await popup.screenshot({ path: popupShot, fullPage: true });
    await popup.goto(`chrome-extension://${extensionId}/src/entries/options.html`);
    await popup.setViewportSize({ width: 1000, height: 800 });
    await popup.waitForTimeout(300);
    const optionsShot = join(outDir, `options-${theme}.png`);
    await popup.screenshot({ path: optionsShot, fullPage: true });
    await popup.close();
    written.push(popupShot, optionsShot);
  }
  return written;
}
