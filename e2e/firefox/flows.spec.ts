// Firefox: what people do besides reading the panel — move around the tracker in-app, switch a site
// off from the popup or the options page, add a self-hosted site, save and check a GitHub token;
// and what the extension must survive: garbage in its storage. The words for the keyboard shortcut
// follow the key Firefox has.
import type { Page } from 'puppeteer-core';
import { DC_TEAM, FakeJira, makeBacklog } from '../../test/fixtures/jira/load-fake-jira';
import { GITHUB_REPO, serveDemo } from '../demo-world';
import { TOKEN_DB, TOKEN_STORE } from '../../src/settings/tokens';
import { serveTokenCheck } from '../github-world';
import { readTokensInPage } from '../options-world';
import { jiraPage, serveSelfHosted } from '../jira-world';
import { forgetProbeRefusals, ourFiles, probeInPage } from '../fingerprint-probe';
import { EXTENSION_UUID, expect, FIREFOX_EXTENSION_DIR, goToSection, test, type Firefox } from './harness';
import { openPanel, panelCount, panelStatuses, panelText, waitPanelText, waitReady } from './panel';

const ISSUE_42 = `https://github.com/${GITHUB_REPO}/issues/42`;
const SWITCH = '[role=switch][aria-label="Show Tandem on github.com"]';
const WAIT = { timeout: 15_000 };

/** The extension's own storage, read or written from one of its pages (where `browser` is). */
type Storage = Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>>; set(values: object): Promise<void> }>;
const storageOf = (page: Page, area: 'sync' | 'local') =>
  page.evaluate((a) => (globalThis as unknown as { browser: { storage: Storage } }).browser.storage[a].get(null), area);

const tokensOf = (page: Page) => page.evaluate(readTokensInPage, [TOKEN_DB, TOKEN_STORE] as const);

const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

/** Waits until no panel is on the page, then a little longer to be sure none comes back. */
async function expectNoPanel(tab: Page): Promise<void> {
  await tab.waitForFunction(() => !document.querySelector('[data-tandem-root]'), WAIT);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await panelCount(tab)).toBe(0);
}

async function switchedOffStaysOff(firefox: Firefox, tab: Page, settings: Page): Promise<void> {
  expect(await settings.$eval(SWITCH, (e) => e.getAttribute('aria-checked'))).toBe('true');
  await settings.click(SWITCH);
  await settings.waitForSelector(`${SWITCH}[aria-checked="false"]`);
  await expectNoPanel(tab);
  await firefox.navigate(tab, ISSUE_42);
  await expectNoPanel(tab);
}

test.describe('on the demo world', () => {
  test.beforeEach(({ world }) => {
    serveDemo(world);
  });

  test('moving between two issues in-app keeps exactly one panel, showing the right issue, in one document', async ({ firefox, tab }) => {
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    expect(await panelText(tab, '.scope')).toContain(`${GITHUB_REPO}#42`);
    await tab.click('a[data-soft-nav][href$="/issues/43"]');
    await waitPanelText(tab, '.scope', `${GITHUB_REPO}#43`);
    expect(tab.url()).toBe(`https://github.com/${GITHUB_REPO}/issues/43`);
    expect(await panelCount(tab)).toBe(1);
    await tab.click('a[data-soft-nav][href$="/issues/42"]');
    await waitPanelText(tab, '.scope', `${GITHUB_REPO}#42`);
    expect(await panelCount(tab)).toBe(1);
    expect(await tab.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  test('a role set in the setup row re-evaluates at once, with no new request to GitHub', async ({ firefox, tab, world }) => {
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    expect((await panelStatuses(tab))['avoids-em']).toBe('needs-setup');
    await openPanel(tab);
    await (await tab.waitForSelector('[data-tandem-root] >>> .welcome ::-p-text(Skip for now)', WAIT))?.click();
    const apiCalls = world.seen('api.github.com').length;
    await tab.waitForSelector('[data-tandem-root] >>> section.setup select', WAIT);
    await tab.select('[data-tandem-root] >>> section.setup select', 'mrossi');
    await (await tab.$('[data-tandem-root] >>> section.setup form button'))?.click();
    // The background re-evaluates the data it kept from the first reading (src/background/analysis.ts).
    await tab.waitForFunction(
      () => document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('[data-signal="avoids-em"]')?.getAttribute('data-status') !== 'needs-setup',
      WAIT,
    );
    expect((await panelStatuses(tab))['assigned-like-report']).not.toBe('needs-setup');
    expect(world.seen('api.github.com')).toHaveLength(apiCalls);
  });

  test('no panel on a page Tandem does not cover, until in-app navigation reaches an issue', async ({ firefox, tab }) => {
    await firefox.navigate(tab, `https://github.com/${GITHUB_REPO}`);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await panelCount(tab)).toBe(0);
    await tab.click('a[data-soft-nav]');
    await waitReady(tab);
  });

  test('switching the site off in the popup removes the panel from the open tab, and it stays off after a reload', async ({ firefox, tab }) => {
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    const popup = await firefox.openExtensionPage('src/entries/popup.html');
    await popup.waitForSelector('[data-guide-item]');
    expect(await popup.$$eval('[data-guide-item]', (items) => items.length)).toBe(26);
    await switchedOffStaysOff(firefox, tab, popup);
    // and back on, without a reload
    await popup.click(SWITCH);
    await tab.waitForSelector('[data-tandem-root]', WAIT);
  });

  test('the options page’s switch does the same, and remembers it', async ({ firefox, tab }) => {
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    const options = await firefox.openExtensionPage('src/entries/options.html');
    await options.waitForSelector(SWITCH);
    await switchedOffStaysOff(firefox, tab, options);
    await firefox.navigate(options, firefox.extensionUrl('src/entries/options.html'));
    await options.waitForSelector(`${SWITCH}[aria-checked="false"]`);
    expect((await storageOf(options, 'sync'))['site:github.com']).toMatchObject({ enabled: false });
  });

  test('garbage in storage: the panel still comes, says what was reset, and keeps what was readable', async ({ firefox, tab }) => {
    const options = await firefox.openExtensionPage('src/entries/options.html');
    await options.evaluate(() =>
      (globalThis as unknown as { browser: { storage: Storage } }).browser.storage.sync.set({
        // A readable corner, an unreadable collapsed state, and preferences that are not even an object.
        'site:github.com': { v: 1, corner: 'top-left', collapsed: 'yes please' },
        prefs: 'garbage',
        customSites: 42,
      }),
    );
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    expect(await tab.evaluate(() => document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('.tandem')?.getAttribute('data-corner'))).toBe('top-left');
    await openPanel(tab);
    const warning = await panelText(tab, '.notice.warning');
    expect(warning).toContain('couldn');
    expect(warning).toContain('reset to their defaults');
  });

  test('the shortcut’s words follow the key Firefox has: the suggested one, a changed one, none', async ({ firefox, tab }) => {
    const options = await firefox.openExtensionPage('src/entries/options.html#shortcut');
    // Firefox grants the manifest's suggestion.
    await options.waitForSelector('[data-testid="shortcut-current"]');
    expect(await text(options, '[data-testid="shortcut-current"]')).toBe('Show or hide the panel: Alt+Shift+T');
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    await openPanel(tab);
    await waitPanelText(tab, '.card p.hint:last-of-type', 'Alt+Shift+T shows or hides this panel; Esc closes it.');

    // What about:addons → Manage Extension Shortcuts does, through the API that page's changes land in.
    const setShortcut = (shortcut: string) =>
      options.evaluate(
        (s) => (globalThis as unknown as { browser: { commands: { update(d: { name: string; shortcut: string }): Promise<void> } } }).browser.commands.update({ name: 'toggle-panel', shortcut: s }),
        shortcut,
      );
    await setShortcut('Ctrl+Shift+Y');
    // Loaded afresh (a change of hash alone would not reload), then to its section by the menu.
    await firefox.navigate(options, firefox.extensionUrl('src/entries/options.html'));
    await goToSection(options, 'shortcut');
    await options.waitForFunction(() => document.querySelector('[data-testid="shortcut-current"]')?.textContent === 'Show or hide the panel: Ctrl+Shift+Y', WAIT);
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    await openPanel(tab);
    await waitPanelText(tab, '.card p.hint:last-of-type', 'Ctrl+Shift+Y shows or hides this panel; Esc closes it.');

    await setShortcut('');
    await firefox.navigate(tab, ISSUE_42);
    await waitReady(tab);
    await openPanel(tab);
    await waitPanelText(tab, '.card p.hint:last-of-type', 'No key is set to show or hide this panel');
  });
});

test('the GitHub token is saved outside browser.storage, for github.com, shown masked, checked against GitHub, and removed', async ({ firefox, world }) => {
  const token = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
  serveTokenCheck(world, token);
  world.tokenBelongsTo('github.com', token);
  const options = await firefox.openExtensionPage('src/entries/options.html#token');
  await options.waitForSelector('#token-input');
  expect(await options.$eval('#token-input', (e) => e.getAttribute('type'))).toBe('password');
  await options.type('#token-input', token);
  await options.click('form:has(#token-input) button[type=submit]');
  await options.waitForFunction(() => document.querySelector('[data-testid="token-saved"]')?.textContent === 'Saved token: github_pat_11AB…wxyz', WAIT);
  expect(await tokensOf(options)).toEqual({ 'github.com': token });
  expect(JSON.stringify([await storageOf(options, 'local'), await storageOf(options, 'sync')])).not.toContain(token);
  expect(await text(options, 'body')).not.toContain(token);

  await options.click('::-p-text(Check)');
  await options.waitForFunction(() => document.querySelector('[data-testid="token-check"]')?.textContent?.includes('This token belongs to pnair. 4987 of 5000 requests left this hour.'), WAIT);
  expect(world.seen('api.github.com/user').map((r) => r.headers.authorization)).toEqual([`Bearer ${token}`]);

  await options.click('::-p-text(Remove token)');
  await options.waitForFunction(() => document.querySelector('[data-testid="token-saved"]')?.textContent === 'No token saved.', WAIT);
  expect(await tokensOf(options)).toEqual({});
});

test('adding a Jira Data Center site: Firefox gives that one origin, the content script comes, and the panel appears there', async ({ firefox, tab, world }) => {
  const origin = 'https://jira.corp.example';
  const [issue] = makeBacklog({ project: 'OPS', count: 1, team: DC_TEAM, deployment: 'data-center', historiesPerIssue: 6, commentsPerIssue: 2 });
  issue!.key = 'OPS-7';
  const me = DC_TEAM[0]!;
  const seen = await serveSelfHosted(world, new FakeJira({ deployment: 'data-center', base: `${origin}/jira`, users: DC_TEAM, issues: [issue!] }), {
    '/jira/browse/OPS-7': jiraPage('dc-issue', { KEY: 'OPS-7', SUMMARY: issue!.summary, USER: me.id, USER_NAME: me.name }),
  });
  await firefox.navigate(tab, `${origin}/jira/browse/OPS-7`);
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(await panelCount(tab)).toBe(0);

  const options = await firefox.openExtensionPage('src/entries/options.html');
  await options.waitForSelector('#add-jira');
  await options.type('#add-jira', 'jira.corp.example/secure/Dashboard.jspa?x=1');
  // A real click: Firefox only asks for a permission from a user's action.
  await options.click('button[aria-label="Add this Jira site"]');
  await options.waitForSelector(`[data-added-site="${origin}"]`, WAIT);
  expect((await storageOf(options, 'sync')).customSites).toEqual([{ origin, kind: 'jira', added: expect.any(String) }]);
  expect(await options.evaluate((o) => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: [o] }), `${origin}/*`)).toBe(true);

  // The tab already open on the site gets the content script as soon as the origin is granted, and
  // its panel reads the issue; only the requests of the page loaded after that are counted.
  await waitReady(tab);
  expect(await panelText(tab, '.scope')).toContain('OPS-7');
  const before = seen.length;
  await firefox.navigate(tab, `${origin}/jira/browse/OPS-7`);
  await waitReady(tab);
  expect(await panelText(tab, '.scope')).toContain('OPS-7');
  expect(seen.slice(before).filter((s) => s.includes('/rest/'))).toEqual(['GET /jira/rest/api/2/issue/OPS-7']);

  // The panel's code was injected, not loaded from a web-accessible file: the site's page can't
  // fetch or load any of ours (issue #12, finding 5).
  const files = ourFiles(FIREFOX_EXTENSION_DIR);
  const urls = files.map((f) => `moz-extension://${EXTENSION_UUID}/${f}`);
  const probes = await tab.evaluate(probeInPage, urls);
  expect(probes).toEqual(files.map(() => 'refused, refused'));
  forgetProbeRefusals(firefox.errors, urls);
});
