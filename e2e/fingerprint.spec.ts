// Other sites can't tell Tandem is installed (issue #12, finding 5). A page on an origin Tandem doesn't
// cover tries what a fingerprinting script would: fetch our files at their fixed address, and load
// one as a script; both must fail. Not yet true in Chrome: `assets/*` is web-accessible to every
// origin at a fixed address, for added sites' panels (docs/decisions.md says why `use_dynamic_url`
// didn't do, and what would). Firefox's moz-extension address is random per install.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './harness';

const STRANGER = 'https://stranger.example/';

test.fixme('a page on an uncovered origin cannot reach our files at their fixed address', async ({ page, world, extensionId }) => {
  await world.serveOrigin('https://stranger.example');
  world.on(STRANGER, { body: '<!DOCTYPE html><title>A stranger</title><p>Nothing to see</p>' });
  const files = readdirSync(join(EXTENSION_DIR, 'assets')).filter((f) => f.startsWith('mount-') || f.startsWith('load-'));
  expect(files.length).toBeGreaterThan(0);
  await page.goto(STRANGER);
  const probes = await page.evaluate(
    async (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const fetched = await fetch(url).then(
            (r) => `fetched ${r.status}`,
            () => 'refused',
          );
          const loaded = await new Promise<string>((resolve) => {
            const s = document.createElement('script');
            s.type = 'module';
            s.src = url;
            s.onload = () => (s.remove(), resolve('loaded'));
            s.onerror = () => (s.remove(), resolve('refused'));
            document.head.append(s);
          });
          return `${fetched}, ${loaded}`;
        }),
      ),
    files.map((f) => `chrome-extension://${extensionId}/assets/${f}`),
  );
  expect(probes).toEqual(files.map(() => 'refused, refused'));
  // And nothing of ours is in the page: no panel, no element pointing at the extension.
  await expect(page.locator('[data-tandem-root]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);
});
