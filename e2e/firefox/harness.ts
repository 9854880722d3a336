// The Firefox end-to-end harness: Debian's Firefox ESR driven headless over WebDriver BiDi by
// Puppeteer, with the built extension (dist/firefox) installed as a temporary add-on, and the same
// fixture worlds as the Chromium suite (e2e/world.ts) served through Puppeteer's request
// interception. Playwright Test stays the runner; only the driver differs (docs/decisions.md says
// why). Each test gets its own browser and profile, so settings never leak between tests.
import { test as base, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { TOKEN_DB, TOKEN_STORE } from '../../src/settings/tokens';
import { saveTokenInPage, type OptionsSection } from '../options-world';
import { FIXED_NOW_KEY } from '../../src/settings/clock';
import { cutShort } from '../cut-short';
import { RESET, World, WORLD_NOW } from '../world';
import { startWorldProxy, type WorldProxy } from './proxy';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, 'dist/firefox');
/** The add-on's internal UUID, fixed by a pref so extension pages have a known address. */
export const EXTENSION_UUID = '7a3c3d1e-5b8f-4c21-9d4e-2f6a0b1c8e55';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/** The little of Puppeteer's BiDi connection we use where its own API falls short. */
interface BidiConnection {
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'complete' }): Promise<unknown>;
}

/** One Firefox with the extension; pages it opens are served by the world and watched for errors. */
export class Firefox {
  /** Uncaught errors and unhandled rejections on any page (content scripts' included). */
  readonly errors: string[] = [];

  private constructor(
    readonly browser: Browser,
    readonly world: World,
    private readonly proxy: WorldProxy,
  ) {}

  static async launch(world: World, options: { headless?: boolean; prefs?: Record<string, unknown> } = {}): Promise<Firefox> {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
    const proxy = await startWorldProxy(world);
    const browser = await puppeteer.launch({
      // The proxy's certificate is a throwaway one (e2e/firefox/proxy.ts).
      acceptInsecureCerts: true,
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: options.headless ?? true,
      // Lets BiDi reach privileged (moz-extension:) pages: the popup and the options page.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 860 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: EXTENSION_UUID }),
        // The permission prompt for an added site is browser UI no test can click: with this pref
        // Firefox grants an optional permission asked for from a click without showing it.
        'extensions.webextOptionalPermissionPrompts': false,
        // The background's requests, which interception doesn't see, go to the world's proxy.
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        ...options.prefs,
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const firefox = new Firefox(browser, world, proxy);
    world.saveTokensWith((site, token) => firefox.saveToken(site, token));
    await firefox.fixClock();
    return firefox;
  }

  /** Saves a token for a site the way the options page does: in the extension's own IndexedDB. */
  private async saveToken(site: string, token: string): Promise<void> {
    const page = await this.openExtensionPage('src/entries/options.html');
    await page.evaluate(saveTokenInPage, [TOKEN_DB, TOKEN_STORE, site, token] as const);
    await page.close();
  }

  /** Stores the world's time as the extension's clock (src/settings/clock.ts), before any page is read. */
  private async fixClock(): Promise<void> {
    const page = await this.openExtensionPage('src/entries/options.html');
    await page.evaluate(
      ([key, at]) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ [key!]: at }),
      [FIXED_NOW_KEY, WORLD_NOW] as const,
    );
    await page.close();
  }

  extensionUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path}`;
  }

  /** A new tab whose tracker requests the world answers. */
  async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    this.watch(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.serve(request));
    return page;
  }

  /** Opens one of the extension's pages (e.g. 'src/entries/options.html') in a new tab. */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.newPage();
    await this.navigate(page, this.extensionUrl(path));
    return page;
  }

  /**
   * Loads `url` in the tab, extension pages included (Puppeteer's goto never resolves on those). The
   * tab comes to the front first, as a tab someone opens a page in does: Firefox slows the timers
   * of background tabs, which made a panel there take seconds.
   */
  async navigate(page: Page, url: string): Promise<void> {
    await page.bringToFront();
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url);
      return;
    }
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    await connection.send('browsingContext.navigate', { context: (page.mainFrame() as unknown as { _id: string })._id, url, wait: 'complete' });
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.proxy.close();
  }

  private watch(page: Page): void {
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
  }

  private async serve(request: HTTPRequest): Promise<void> {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return request.continue();
    }
    if (!this.world.serves(url)) return request.continue();
    // Over BiDi a request's body is fetched on demand.
    const postData = request.hasPostData() ? ((await request.fetchPostData()) ?? null) : null;
    const reply = await this.world.answer({ method: request.method(), url: url.href, headers: request.headers(), postData });
    if (!reply) return; // never answered: the extension's timeout decides
    if (reply === RESET) return request.abort('connectionreset').catch(() => undefined);
    // Respond can't break a body half-way: the request goes on to the world's proxy, which can.
    if (cutShort(reply)) return request.continue();
    await request.respond({ status: reply.status, headers: reply.headers, contentType: reply.contentType, body: reply.body ?? '' }).catch(() => undefined);
  }
}

/** Goes to one section of the options page as a user does, by its link in the menu (e2e/options-world.ts for Chromium). */
export async function goToSection(options: Page, section: OptionsSection): Promise<void> {
  // Waited for rather than clicked at once: just after a load, a handle from the page before can linger.
  const link = await options.waitForSelector(`nav a[href="#${section}"]`);
  await link!.click();
  await options.waitForSelector(`main[data-section="${section}"]`);
}

type Fixtures = { world: World; firefox: Firefox; tab: Page };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  world: async ({}, use) => {
    const world = new World();
    await use(world);
    // On every request the world served: a token only ever goes to its own site's API.
    expect(world.tokenLeaks(), 'Authorization only on the saved token’s own API origin').toEqual([]);
  },
  // Every test, whatever it does: no page sees an uncaught error or rejection from us or the page.
  firefox: async ({ world }, use) => {
    const firefox = await Firefox.launch(world);
    await use(firefox);
    await firefox.close();
    expect(firefox.errors, 'uncaught errors in pages').toEqual([]);
  },
  tab: async ({ firefox }, use) => {
    await use(await firefox.newPage());
  },
});

export { expect };
