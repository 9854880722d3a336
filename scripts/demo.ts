// `npm run demo`: Chromium with the built extension on the bundled demo pages (a GitHub issue and
// issue list, a Jira issue and backlog), served by request interception from test/fixtures — nothing
// goes to the real sites. With a display, a browser window opens and stays until you close it.
// Without one (or with --headless), it takes screenshots into demo-output/ and exits.
// `--docs` writes the README's screenshots (docs/screenshots/) instead, as the end-to-end run does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openWorld, ROOT, serviceWorkerOf } from '../e2e/harness';
import { serveDemo } from '../e2e/demo-world';
import { DEMO_PAGES, takeScreenshots } from '../e2e/screenshots';

const args = new Set(process.argv.slice(2));
const docs = args.has('--docs');
const headless = docs || args.has('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, docs ? 'docs/screenshots' : 'demo-output');



async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
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
