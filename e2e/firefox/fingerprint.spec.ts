// Firefox: other sites can't tell Tandem is installed (issue #12, finding 5). Firefox's
// moz-extension address is random per installation (the harness fixes it by a pref only so the test
// knows it); even knowing it, a page on an uncovered origin can't fetch or load any file of ours, and
// nothing of ours enters its DOM. The added site's side is checked at the end of the Data Center flow
// (flows.spec.ts).
import { forgetProbeRefusals, ourFiles, probeInPage } from '../fingerprint-probe';
import { EXTENSION_UUID, expect, FIREFOX_EXTENSION_DIR, test } from './harness';

test('a page on an uncovered origin cannot reach our files, and nothing of ours is in its DOM', async ({ firefox, tab, world }) => {
  await world.serveOrigin('https://stranger.example');
  world.on('https://stranger.example/', { body: '<!DOCTYPE html><title>A stranger</title><p>Nothing to see</p>' });
  const files = ourFiles(FIREFOX_EXTENSION_DIR);
  await firefox.navigate(tab, 'https://stranger.example/');
  const urls = files.map((f) => `moz-extension://${EXTENSION_UUID}/${f}`);
  const probes = await tab.evaluate(probeInPage, urls);
  expect(probes).toEqual(files.map(() => 'refused, refused'));
  forgetProbeRefusals(firefox.errors, urls);
  // Give a content script time to have come, if one wrongly would.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await tab.evaluate(() => document.querySelector('[data-tandem-root]') === null)).toBe(true);
  expect(await tab.evaluate(() => document.documentElement.outerHTML.includes('moz-extension://'))).toBe(false);
});
