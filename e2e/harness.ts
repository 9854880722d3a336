// The end-to-end harness: a fresh Chromium profile with the built extension loaded, and a "world"
// of routed pages and API answers for github.com and *.atlassian.net served from test/fixtures.
// Each test gets its own browser profile, so settings never leak between tests.
import { test as base, chromium, expect, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isApiUrl } from '../src/sites/github/api';
import { TOKEN_DB, TOKEN_STORE } from '../src/settings/tokens';

export const ROOT = join(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, 'dist/chrome');
export const FIXTURES = join(ROOT, 'test/fixtures');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=DialMediaRouteProvider',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('dist/chrome is missing: run `npm run build` first');
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    viewport: { width: 1280, height: 860 },
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A request the extension (or the page) made to a tracker, as the route saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  status: number;
  /** When the answer was handed to the browser (epoch ms), for the page benchmark. */
  at?: number;
}

export type Answer =
  | { file: string; status?: number; headers?: Record<string, string>; contentType?: string }
  | { body: string; status?: number; headers?: Record<string, string>; contentType?: string }
  | { json: unknown; status?: number; headers?: Record<string, string> }
  | ((route: Route, request: SeenRequest) => Promise<Partial<SeenRequest> | void> | Partial<SeenRequest> | void);

/**
 * Serves tracker URLs from fixtures. Rules are tried newest first; the first whose matcher accepts
 * the URL answers. Anything unmatched on a tracker host gets a 404, so a wrong request shows up as a
 * failure rather than a hang or a trip to the internet.
 */
export class World {
  readonly requests: SeenRequest[] = [];
  private rules: { match: (url: URL, method: string) => boolean; answer: Answer }[] = [];
  /** Each token a test saved or typed, with the one site it belongs to. */
  private readonly tokenSites = new Map<string, string>();

  constructor(readonly context: BrowserContext) {}

  static async open(context: BrowserContext): Promise<World> {
    const world = new World(context);
    const handler = (route: Route) => world.handle(route);
    for (const pattern of ['https://github.com/**', 'https://api.github.com/**', 'https://*.atlassian.net/**', 'https://avatars.githubusercontent.com/**'])
      await context.route(pattern, handler);
    return world;
  }

  /** Also serves (and watches) another origin, e.g. a GitHub Enterprise host or a stranger's server. */
  async serveOrigin(origin: string): Promise<this> {
    await this.context.route(`${origin}/**`, (route) => this.handle(route));
    return this;
  }

  /** Says which site a token belongs to (for one a test types into the options page). */
  tokenBelongsTo(site: string, token: string): this {
    this.tokenSites.set(token, site);
    return this;
  }

  /** Saves a token for a site the way the options page does (the extension's own IndexedDB). */
  async saveToken(site: string, token: string): Promise<void> {
    this.tokenBelongsTo(site, token);
    const worker = await serviceWorkerOf(this.context);
    await worker.evaluate(
      ([db, store, key, value]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db!, 1);
          open.onupgradeneeded = () => open.result.createObjectStore(store!);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store!, 'readwrite');
            tx.objectStore(store!).put(value, key!);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      [TOKEN_DB, TOKEN_STORE, site, token],
    );
  }

  /**
   * The invariant every e2e test keeps: a request carrying Authorization goes to the API of the one
   * site its token belongs to. Returns the requests that broke it (a token elsewhere, or a token no
   * test saved).
   */
  tokenLeaks(): string[] {
    const leaks: string[] = [];
    for (const r of this.requests) {
      const auth = r.headers.authorization;
      if (auth === undefined) continue;
      const site = this.tokenSites.get(auth.replace(/^Bearer\s+/i, ''));
      if (site === undefined || !isApiUrl(site, r.url)) leaks.push(`${r.method} ${r.url} carried ${site ? `${site}'s token` : 'an unknown Authorization'}`);
    }
    return leaks;
  }

  /** Adds a rule. `match`: an exact URL, a path+query ending ("/rest/api/3/issue/SHOP-12?…"), a RegExp on the full URL, or a function. */
  on(match: string | RegExp | ((url: URL, method: string) => boolean), answer: Answer): this {
    const test =
      typeof match === 'function'
        ? match
        : match instanceof RegExp
          ? (url: URL) => match.test(url.href)
          : (url: URL) => url.href === match || url.href.startsWith(match);
    this.rules.unshift({ match: test, answer });
    return this;
  }

  /** Requests whose URL matches, e.g. to count API calls. */
  seen(match: string | RegExp): SeenRequest[] {
    return this.requests.filter((r) => (typeof match === 'string' ? r.url.includes(match) : match.test(r.url)));
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const seen: SeenRequest = { method: request.method(), url: url.href, headers: await request.allHeaders(), status: 0 };
    this.requests.push(seen);
    const rule = this.rules.find((r) => r.match(url, seen.method));
    if (!rule) {
      seen.status = 404;
      return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url.href}` });
    }
    const answer = rule.answer;
    if (typeof answer === 'function') {
      const result = await answer(route, seen);
      if (result?.status) seen.status = result.status;
      seen.at = Date.now();
      return;
    }
    seen.at = Date.now();
    seen.status = answer.status ?? 200;
    const headers = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*', ...(answer.headers ?? {}) };
    if ('json' in answer)
      return route.fulfill({ status: seen.status, headers, contentType: 'application/json; charset=utf-8', body: JSON.stringify(answer.json) });
    const body = 'file' in answer ? readFileSync(join(FIXTURES, answer.file)) : answer.body;
    const contentType = answer.contentType ?? ('file' in answer && answer.file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
    return route.fulfill({ status: seen.status, headers, contentType, body });
  }
}

type Fixtures = { context: BrowserContext; extensionId: string; world: World; page: Page };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  world: async ({ context }, use) => {
    const world = await World.open(context);
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

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/entries/options.html`);
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
  const options = await openOptions(context, extensionId);
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

/** The number of evidence lines the panel lists for a signal (opens its details, and "Show all"). */
export async function evidenceCount(page: Page, id: string): Promise<number> {
  await openPanel(page);
  const row = signalRow(page, id);
  await row.locator('button.row').click();
  const more = row.getByRole('button', { name: /^Show all/ });
  if (await more.isVisible()) await more.click();
  return row.locator('h4:text-is("Evidence") + ul > li').count();
}
