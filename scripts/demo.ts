// `npm run demo`: Chromium with the built extension on the bundled demo pages (a GitHub issue and
// issue list, a Jira issue, backlog and board, made to look like the sites: e2e/pages.ts), served by
// request interception from test/fixtures — nothing goes to the real sites. The extension's clock is
// the world's fixed day (e2e/world.ts), so the demo says the same thing on any date. With a display, a browser window opens and stays until you close it.
// Without one (or with --headless), it takes screenshots into demo-output/ and exits.
// `--firefox`: the same in Firefox ESR with the Firefox build (screenshots named firefox-…).
// `--docs` writes the README's screenshots (docs/screenshots/) instead, as the end-to-end run does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openWorld, ROOT, serviceWorkerOf } from '../e2e/harness';
import { serveDemo } from '../e2e/demo-world';
import { DEMO_PAGES, takeScreenshots } from '../e2e/screenshots';
import { Firefox } from '../e2e/firefox/harness';
import { World } from '../e2e/world';

const args = new Set(process.argv.slice(2));
const docs = args.has('--docs');
const headless = docs || args.has('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, docs ? 'docs/screenshots' : 'demo-output');



/** The demo in Firefox: tabs on the demo pages and the popup, or screenshots in light and dark. */
async function firefoxDemo(): Promise<void> {
  if (!headless) {
    const firefox = await Firefox.launch(serveDemo(new World()), { headless: false });
    for (const { url } of DEMO_PAGES) await firefox.navigate(await firefox.newPage(), url);
    await firefox.openExtensionPage('src/entries/popup.html');
    console.log('demo: Firefox is open with Tandem on the demo pages. Close the window to finish.');
    await new Promise<void>((resolve) => firefox.browser.on('disconnected', () => resolve()));
    return;
  }
  const written: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    // Firefox's own setting for the colour scheme pages see (0 dark, 1 light).
    const prefs = { 'layout.css.prefers-color-scheme.content-override': theme === 'dark' ? 0 : 1 };
    const firefox = await Firefox.launch(serveDemo(new World(), { colorMode: theme }), { prefs });
    const tab = await firefox.newPage();
    for (const { name, url } of DEMO_PAGES) {
      await firefox.navigate(tab, url);
      await tab
        .waitForFunction(() => /ready|error/.test(document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('.tandem')?.getAttribute('data-phase') ?? ''), { timeout: 15_000 })
        .catch(() => console.log(`demo: ${name}: the panel did not finish reading in 15 s; screenshot taken as it is`));
      await (await tab.$('[data-tandem-root] >>> button.badge'))?.click();
      await (await tab.$('[data-tandem-root] >>> [data-kind="warning"][data-status="present"] button.row'))?.click();
      const file = join(outDir, `firefox-panel-${name}-expanded-${theme}.png`);
      await tab.screenshot({ path: file });
      written.push(file);
    }
    const popup = await firefox.openExtensionPage('src/entries/popup.html');
    await popup.setViewport({ width: 400, height: 900 });
    const file = join(outDir, `firefox-popup-${theme}.png`);
    await popup.screenshot({ path: file });
    written.push(file);
    await firefox.close();
  }
  console.log(`demo: no display, so Tandem ran headless in Firefox. ${written.length} screenshots in ${outDir}/:`);
  for (const file of written) console.log(`  ${file.slice(ROOT.length + 1)}`);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  if (args.has('--firefox')) return firefoxDemo();
  const context = await launchWithExtension({ headless });
  const world = await openWorld(context);
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;

  if (!headless) {
    serveDemo(world);
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(DEMO_PAGES[0]!.url);
    for (const { url } of DEMO_PAGES.slice(1)) await (await context.newPage()).goto(url);
    await (await context.newPage()).goto(`chrome-extension://${extensionId}/src/entries/popup.html`);
    console.log('demo: Chromium is open with Tandem on the demo pages. Close the window to finish.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }

  const written = await takeScreenshots(context, world, extensionId, outDir, { pages: DEMO_PAGES, strict: docs });
  await context.close();
  console.log(`demo: no display, so Tandem ran headless. ${written.length} screenshots in ${outDir}/:`);
  for (const file of written) console.log(`  ${file.slice(ROOT.length + 1)}`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
