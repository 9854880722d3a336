// The README's screenshots come from the running extension: every demo page's panel must finish
// reading, in light and dark, or this test fails. A plain run writes them to test-results/ so that
// `npm test` leaves the work tree as it found it (the popup's week and the sample data's age follow
// today's date); `TANDEM_UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes docs/screenshots/.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, takeScreenshots } from './screenshots';
import { expect, ROOT, test } from './harness';

test('the README’s screenshots are taken from the running extension', async ({ context, world, extensionId }) => {
  test.setTimeout(120_000);
  mkdirSync(join(ROOT, 'test-results/screenshots'), { recursive: true });
  const written = await takeScreenshots(context, world, extensionId, join(ROOT, process.env.TANDEM_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots'), { pages: DEMO_PAGES, strict: true });
  // Per theme: collapsed and expanded for each page, the popup and the options page.
  expect(written).toHaveLength(2 * (DEMO_PAGES.length * 2 + 2));
  for (const file of written) expect(statSync(file).size, file).toBeGreaterThan(5_000);
});
