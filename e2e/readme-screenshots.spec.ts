// The README's screenshots come from this run, so they always show the extension as it is:
// every demo page's panel must finish reading, in light and dark, or this test fails.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, takeScreenshots } from './screenshots';
import { expect, ROOT, test } from './harness';

test('the README’s screenshots are taken from the running extension', async ({ context, world, extensionId }) => {
  test.setTimeout(120_000);
  const written = await takeScreenshots(context, world, extensionId, join(ROOT, 'docs/screenshots'), { pages: DEMO_PAGES, strict: true });
  // Per theme: collapsed and expanded for each page, the popup and the options page.
  expect(written).toHaveLength(2 * (DEMO_PAGES.length * 2 + 2));
  for (const file of written) expect(statSync(file).size, file).toBeGreaterThan(5_000);
});
