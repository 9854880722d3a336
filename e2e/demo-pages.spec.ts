// The demo pages look like the sites and agree with the panel, in light and dark (e2e/demo-pages.ts
// says what that means); and the extension judges them at the world's clock, which a stored time
// moves (src/settings/clock.ts), as the adapter and the engine in Node predict.
import { FIXED_NOW_KEY } from '../src/settings/clock';
import { CART_BACKLOG, cartJira, serveDemo } from './demo-world';
import { countInScope, pageFacts } from './demo-pages';
import { DEMO_PAGES } from './screenshots';
import { expectedAnalysis } from './jira-world';
import { expect, panelStatuses, serviceWorkerOf, test, WORLD_NOW } from './harness';

const TAGS = { 'ajs-cloud-id': '7d1f9c6e-0000-4a1b-9c2d-000000000001', 'ajs-atlassian-account-id': cartJira().users[0]!.id, 'ajs-context-path': '' };
// Mid-backlog: half the items are not yet written, so a signal that needs settled items lacks data.
const EARLIER = '2026-10-01T12:00:00.000Z';
const ready = (page: import('@playwright/test').Page) => expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 20_000 });

for (const theme of ['light', 'dark'] as const) {
  test(`the demo pages are rendered, readable and agree with the panel (${theme})`, async ({ page, world }) => {
    test.setTimeout(90_000);
    serveDemo(world, { colorMode: theme });
    await page.emulateMedia({ colorScheme: theme });
    for (const { name, url } of DEMO_PAGES) {
      await page.goto(url);
      await ready(page);
      const facts = await page.evaluate(pageFacts);
      expect(facts.raw, `${name}: unrendered text`).toEqual([]);
      expect(facts.dark, `${name}: the page's background follows the ${theme} mode`).toBe(theme === 'dark');
      expect(facts.lowestContrast, `${name}: text and links readable on the page's background`).toBeGreaterThanOrEqual(4.5);
      if (name === 'jira-backlog') expect(facts.cards).toBe(countInScope(await page.locator('[data-tandem-root] .scope').innerText()));
    }
  });
}

test('the panel judges at the world’s clock, and a stored time moves it', async ({ context, page, world }) => {
  test.setTimeout(90_000);
  serveDemo(world);
  const atWorld = (await expectedAnalysis(CART_BACKLOG, TAGS, cartJira(), WORLD_NOW)).analysis;
  const atEarlier = (await expectedAnalysis(CART_BACKLOG, TAGS, cartJira(), EARLIER)).analysis;
  const statuses = (a: typeof atWorld) => Object.fromEntries(a.signals.map((s) => [s.id, s.status]));
  // The guard that makes this test able to fail: the two times conclude differently.
  expect(statuses(atEarlier)).not.toEqual(statuses(atWorld));

  await page.goto(CART_BACKLOG);
  await ready(page);
  expect(await panelStatuses(page)).toEqual(statuses(atWorld));

  const worker = await serviceWorkerOf(context);
  await worker.evaluate(
    ([key, at]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ [key!]: at }),
    [FIXED_NOW_KEY, EARLIER] as const,
  );
  await page.reload();
  await ready(page);
  expect(await panelStatuses(page)).toEqual(statuses(atEarlier));
});
