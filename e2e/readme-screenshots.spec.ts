// The README's screenshots come from the running extension: every demo page's panel must finish
// reading, in light and dark, or this test fails. A plain run writes them to test-results/ so that
// `npm test` leaves the work tree as it found it, and names each one that differs from the committed
// copy in docs/screenshots/ (the world's clock is fixed, so only a change of the UI or the demo pages
// makes them differ); `TANDEM_UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes docs/screenshots/.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEMO_PAGES, takeScreenshots } from './screenshots';
import { expect, ROOT, test } from './harness';

test('the README’s screenshots are taken from the running extension', async ({ context, world, extensionId }) => {
  test.setTimeout(120_000);
  mkdirSync(join(ROOT, 'test-results/screenshots'), { recursive: true });
  const written = await takeScreenshots(context, world, extensionId, join(ROOT, process.env.TANDEM_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots'), { pages: DEMO_PAGES, strict: true });
  // Per theme: collapsed and expanded for each page, the popup and the options page.
  expect(written).toHaveLength(2 * (DEMO_PAGES.length * 2 + 2));
  for (const file of written) expect(statSync(file).size, file).toBeGreaterThan(5_000);
  // Not a failure (a font update may move a pixel): a note in the report that the README is behind.
  const committed = (file: string) => join(ROOT, 'docs/screenshots', basename(file));
  const stale = written.filter((file) => !existsSync(committed(file)) || !readFileSync(file).equals(readFileSync(committed(file))));
  if (process.env.TANDEM_UPDATE_SCREENSHOTS !== '1' && stale.length)
    test.info().annotations.push({ type: 'README screenshots to refresh', description: stale.map((f) => basename(f)).join(', ') });
});
