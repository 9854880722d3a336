// The Chromium end-to-end harness: a fresh Chromium profile with the built extension loaded, and a
// "world" (e2e/world.ts) of routed pages and API answers for github.com and *.atlassian.net.
// Each test gets its own browser profile, so settings never leak between tests.
import { test as base, chromium, expect, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_DB, TOKEN_STORE } from '../src/settings/tokens';
import { saveTokenInPage, type OptionsSection } from './options-world';
import { FIXED_NOW_KEY } from '../src/settings/clock';
import { cutShort, cutShortServer } from './cut-short';
import { FIXTURES, RESET, World, WORLD_NOW } from './world';

export const ROOT = join(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, 'dist/chrome');
export { FIXTURES, World, WORLD_NOW };
export type { Answer, Reply, SeenRequest } from './world';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=DialMediaRouteProvider',
  // Only e2e/cut-short.ts's local server has a certificate of its own (a throwaway one); every
  // tracker origin is answered by the world through routes.
  '--ignore-certificate-errors',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('dist/chrome is missing: run `npm run build` first');
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    viewport: { width: 1280, height: 860 },
  });
  // The world's time, before any page is read (src/settings/clock.ts).
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(
    ([key, at]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ [key!]: at }),
    [FIXED_NOW_KEY, WORLD_NOW] as const,
  );
  return context;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Chromium's side of the fixture world (e2e/world.ts): Playwright routes the trackers' origins (and
 * any self-hosted one the world is told to serve) to it. Anything else goes to the network, which the
 * tests never need.
 */
export async function openWorld(context: BrowserContext): Promise<World> {
  const world = new World();
  const handler = async (route: Route) => {
    const request = route.request();
    const reply = await world.answer({ method: request.method(), url: request.url(), headers: await request.allHeaders(), postData: request.postData() });
    if (reply === RESET) await route.abort('connectionreset');
    else if (reply && cutShort(reply)) await route.continue({ url: (await cutShortServer()).urlFor(reply) });
    else if (reply) await route.fulfill(reply);
  };
  for (const pattern of ['https://github.com/**', 'https://api.github.com/**', 'https://*.atlassian.net/**', 'https://avatars.githubusercontent.com/**'])
    await context.route(pattern, handler);
  await world.onOrigin(async (origin) => void (await context.route(`${origin}/**`, handler)));
  world.saveTokensWith((site, token) => saveToken(context, site, token));
  return world;
}

/** Saves a token for a site the way the options page does: in the extension's own IndexedDB. */
async function saveToken(context: BrowserContext, site: string, token: string): Promise<void> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(saveTokenInPage, [TOKEN_DB, TOKEN_STORE, site, token] as const);
}

type Fixtures = { context: BrowserContext; extensionId: string; world: World; page: Page; pageErrors: string[] };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  // Every test, whatever it does (and whichever browser context it brings): no page of ours or of
  // the tracker sees an uncaught error or rejection.
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`));
      await use(errors);
      expect(errors, 'uncaught errors in pages').toEqual([]);
    },
    { auto: true },
  ],
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  world: async ({ context }, use) => {
    const world = await openWorld(context);
    await use(world);
    // On every routed request of every test: a token only ever goes to its own site's API.
    expect(world.tokenLeaks(), 'Authorization only on the saved token’s own API origin').toEqual([]);
  },
  page: async ({ context, world }, use) => {
    void world; // routes must be in place before the first navigation
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The panel's host element and helpers to read it (its shadow root is open; locators pierce it). */
export const panelRoot = (page: Page) => page.locator('[data-tandem-root]');
export const signalRows = (page: Page) => page.locator('[data-tandem-root] [data-signal]');
export const signalRow = (page: Page, id: string) => page.locator(`[data-tandem-root] [data-signal="${id}"]`);

/** Opens the popup as a page; it talks about the tab that was active before it. */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/entries/popup.html`);
  return popup;
}

/** Opens the options page, at one of its sections if given (its address names it: options.html#team). */
export async function openOptions(context: BrowserContext, extensionId: string, section?: OptionsSection): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/entries/options.html${section ? `#${section}` : ''}`);
  return options;
}

/**
 * What a user does on chrome://extensions ("Site access"): allow Tandem on one origin. Chromium's
 * permission prompt is browser UI no test can click; with the access given here first, the
 * extension's own `permissions.request` resolves without a prompt.
 */
export async function allowInExtensionsPage(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) =>
      (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [extensionId, `${origin}/*`],
  );
  await page.close();
}

/** Origins the background has registered the content script on (added sites). */
export async function registeredOrigins(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
  });
}

/** Adds a self-hosted site the way a user does: the options page's "Add a … site", then waits until the
 * content script is registered there. */
export async function addSelfHostedSite(context: BrowserContext, extensionId: string, origin: string, kind: 'jira' | 'github'): Promise<void> {
  await allowInExtensionsPage(context, extensionId, origin);
  const options = await openOptions(context, extensionId, 'sites');
  const label = kind === 'jira' ? 'Add a Jira site (its address)' : 'Add a GitHub Enterprise site (its address)';
  await options.getByLabel(label).fill(origin);
  await options.locator('form.add-site', { has: options.getByLabel(label) }).getByRole('button', { name: 'Add' }).click();
  await options.locator(`[data-added-site="${origin}"]`).waitFor();
  await options.close();
  await expect.poll(() => registeredOrigins(context), { timeout: 15_000 }).toContain(`${origin}/*`);
}

/** Every signal's status in the panel, by id. */
export async function panelStatuses(page: Page): Promise<Record<string, string>> {
  const pairs = await signalRows(page).evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-signal') ?? '', r.getAttribute('data-status') ?? '']));
  return Object.fromEntries(pairs);
}

/** The panel starts collapsed to its badge; open it to read details. */
export async function openPanel(page: Page): Promise<void> {
  const badge = page.locator('[data-tandem-root] button.badge');
  if (await badge.isVisible()) await badge.click();
}

/**
 * Makes a signal's row visible: the panel folds the checks that are not findings, and lists the
 * signals waiting for setup under the setup row; this opens whichever holds the row.
 */
export async function revealSignal(page: Page, id: string): Promise<void> {
  await openPanel(page);
  for (const holder of ['#tandem-folded', '#tandem-setup-signals']) {
    if (!(await page.locator(`[data-tandem-root] ${holder} [data-signal="${id}"]`).count())) continue;
    const opener = page.locator(`[data-tandem-root] button[aria-controls="${holder.slice(1)}"]`);
    if ((await opener.getAttribute('aria-expanded')) === 'false') await opener.click();
  }
}

/** The number of evidence lines the panel lists for a signal (opens its details, and "Show all"). */
export async function evidenceCount(page: Page, id: string): Promise<number> {
  await revealSignal(page, id);
  const row = signalRow(page, id);
  await row.locator('button.row').click();
  const more = row.getByRole('button', { name: /^Show all/ });
  if (await more.isVisible()) await more.click();
  return row.locator('h4:text-is("Evidence") + ul > li').count();
}
