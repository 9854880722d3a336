// `npm run demo`: Chromium with the built extension on the bundled demo pages (a GitHub issue and
// issue list, a Jira issue and backlog), served by request interception from test/fixtures — nothing
// goes to the real sites. With a display, a browser window opens and stays until you close it.
// Without one (or with --headless), it takes screenshots into demo-output/ and exits.
// `--docs` writes the README's screenshots (docs/screenshots/) instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, ROOT, serviceWorkerOf, World } from '../e2e/harness';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from '../e2e/demo-world';

const args = new Set(process.argv.slice(2));
const docs = args.has('--docs');
const headless = docs || args.has('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, docs ? 'docs/screenshots' : 'demo-output');

const PAGES = [
  { name: 'github-issue', url: `https://github.com/${GITHUB_REPO}/issues/42` },
  { name: 'github-issue-list', url: `https://github.com/${GITHUB_REPO}/issues` },
  { name: 'jira-issue', url: `${JIRA_SITE}/browse/SHOP-12` },
  { name: 'jira-backlog', url: `${JIRA_SITE}/jira/software/projects/CART/boards/7/backlog` },
];

const DOC_PAGES = PAGES;

async function ready(page: Page): Promise<void> {
  await page.locator('[data-tandem-root] .tandem[data-phase="ready"], [data-tandem-root] .tandem[data-phase="error"]').waitFor({ timeout: 15_000 });
}

async function expand(page: Page): Promise<void> {
  const badge = page.locator('[data-tandem-root] button.badge');
  if (await badge.isVisible()) await badge.click();
  // Open the first warning sign that was seen, so the shot shows its evidence and advice.
  const seen = page.locator('[data-tandem-root] [data-kind="warning"][data-status="present"] button.row').first();
  if (await seen.count()) await seen.click();
}

async function shoot(context: BrowserContext, theme: 'light' | 'dark'): Promise<string[]> {
  const written: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: theme });
  for (const { name, url } of docs ? DOC_PAGES : PAGES) {
    await page.goto(url);
    try {
      await ready(page);
    } catch {
      // The README shows only what works; the demo shows what there is, to help find out why.
      if (docs) {
        console.log(`demo: ${name}: the panel did not finish reading in 15 s; no screenshot for the docs`);
        continue;
      }
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

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const context = await launchWithExtension({ headless });
  const world = await World.open(context);
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;

  if (!headless) {
    serveDemo(world);
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(PAGES[0]!.url);
    for (const { url } of PAGES.slice(1)) await (await context.newPage()).goto(url);
    await (await context.newPage()).goto(`chrome-extension://${extensionId}/src/entries/popup.html`);
    console.log('demo: Chromium is open with Tandem on the demo pages. Close the window to finish.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }

  const written: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    world.requests.length = 0;
    serveDemo(world, { colorMode: theme });
    written.push(...(await shoot(context, theme)));
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
  await context.close();
  console.log(`demo: no display, so Tandem ran headless. ${written.length} screenshots in ${outDir}/:`);
  for (const file of written) console.log(`  ${file.slice(ROOT.length + 1)}`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
