// Firefox: the demo pages are rendered, readable and agree with the panel in light and dark, and the
// extension judges them at the world's clock, which a stored time moves — as e2e/demo-pages.spec.ts
// checks in Chromium, on the same world and the same page facts (e2e/demo-pages.ts).
import { FIXED_NOW_KEY } from '../../src/settings/clock';
import { CART_BACKLOG, cartJira, serveDemo } from '../demo-world';
import { countInScope, pageFacts } from '../demo-pages';
import { expectedAnalysis } from '../jira-world';
import { DEMO_PAGES } from '../screenshots';
import { WORLD_NOW } from '../world';
import { expect, test } from './harness';
import { panelStatuses, panelText, waitReady } from './panel';

const TAGS = { 'ajs-cloud-id': '7d1f9c6e-0000-4a1b-9c2d-000000000001', 'ajs-atlassian-account-id': cartJira().users[0]!.id, 'ajs-context-path': '' };
// Mid-backlog: half the items are not yet written, so a signal that needs settled items lacks data.
const EARLIER = '2026-10-01T12:00:00.000Z';

test('the demo pages are rendered, readable and agree with the panel, light and dark', async ({ firefox, tab, world }) => {
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    serveDemo(world, { colorMode: theme });
    for (const { name, url } of DEMO_PAGES) {
      await firefox.navigate(tab, url);
      await waitReady(tab);
      const facts = await tab.evaluate(pageFacts);
      expect(facts.raw, `${name} (${theme}): unrendered text`).toEqual([]);
      expect(facts.dark, `${name}: the page's background follows the ${theme} mode`).toBe(theme === 'dark');
      expect(facts.lowestContrast, `${name} (${theme}): text and links readable on the page's background`).toBeGreaterThanOrEqual(4.5);
      if (name === 'jira-backlog') expect(facts.cards).toBe(countInScope(await panelText(tab, '.scope')));
    }
  }
});

test('the panel judges at the world’s clock, and a stored time moves it', async ({ firefox, tab, world }) => {
  test.setTimeout(90_000);
  serveDemo(world);
  const statuses = async (now: string) => Object.fromEntries((await expectedAnalysis(CART_BACKLOG, TAGS, cartJira(), now)).analysis.signals.map((s) => [s.id, s.status]));
  const atWorld = await statuses(WORLD_NOW);
  const atEarlier = await statuses(EARLIER);
  // The guard that makes this test able to fail: the two times conclude differently.
  expect(atEarlier).not.toEqual(atWorld);

  await firefox.navigate(tab, CART_BACKLOG);
  await waitReady(tab);
  expect(await panelStatuses(tab)).toEqual(atWorld);

  const options = await firefox.openExtensionPage('src/entries/options.html');
  await options.evaluate(
    ([key, at]) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ [key!]: at }),
    [FIXED_NOW_KEY, EARLIER] as const,
  );
  await options.close();
  await firefox.navigate(tab, CART_BACKLOG);
  await waitReady(tab);
  expect(await panelStatuses(tab)).toEqual(atEarlier);
});
