// Firefox: accessibility of the panel, the popup and the options page, as e2e/panel-a11y.spec.ts and
// e2e/options-a11y.spec.ts check in Chromium. axe-core's own script is evaluated in the page and run
// over our part of it: the panel's host element (axe walks into its open shadow root) on the fixture
// trackers, the whole document on our own pages. Light and dark: the panel follows the host page's
// theme; the extension pages follow prefers-color-scheme, which Puppeteer can only emulate over CDP,
// so for them Firefox itself is started with its content colour-scheme override set (a pref).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from '../demo-world';
import { expect, Firefox, goToSection, test } from './harness';
import { openPanel, waitReady } from './panel';

const AXE_SOURCE = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');
const WAIT = { timeout: 15_000 };
const IN = '[data-tandem-root] >>> ';

type AxeNode = { target: unknown[]; failureSummary?: string };
type AxeResult = { violations: { id: string; nodes: AxeNode[] }[]; passes: { nodes: AxeNode[] }[] };

/** axe's violations in `tab`, within `include` (a selector) or the whole document. */
async function violations(tab: Page, include?: string): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in globalThis))) await tab.evaluate(AXE_SOURCE);
  const result = await tab.evaluate(
    (selector) =>
      (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } }).axe.run(selector ? { include: [[selector]] } : document, {
        resultTypes: ['violations'],
      }),
    include ?? '',
  ) as AxeResult;
  // A target inside a shadow root is a path of selectors: if none is, axe never saw the panel.
  if (include) expect(result.passes.some((rule) => rule.nodes.some((n) => Array.isArray(n.target[0]))), 'axe checked inside the panel').toBe(true);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

/** Clicks every button in the panel matching `selector` (an opener of a folded list, say). */
const clickAll = (tab: Page, selector: string) =>
  tab.evaluate((s) => {
    for (const b of document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelectorAll<HTMLButtonElement>(s) ?? []) b.click();
  }, selector);

/** The panel on `url`, collapsed, then opened as a user would: a signal's details, the folded checks, the signals waiting for setup, the people. */
async function checkPanel(firefox: Firefox, tab: Page, url: string, theme: string): Promise<void> {
  await firefox.navigate(tab, url);
  await waitReady(tab);
  expect(await tab.$eval(`${IN}.tandem`, (e) => e.getAttribute('data-theme'))).toBe(theme);
  expect(await violations(tab, '[data-tandem-root]'), `${url}, collapsed`).toEqual([]);
  await openPanel(tab);
  await tab.waitForSelector(`${IN}.welcome`, WAIT);
  await tab.locator(`${IN}.signal button.row`).click();
  await clickAll(tab, 'button[aria-controls="tandem-folded"], button[aria-controls="tandem-setup-signals"], button[aria-controls="tandem-people"]');
  await tab.waitForSelector(`${IN}.person`, WAIT);
  expect(await violations(tab, '[data-tandem-root]'), `${url}, expanded`).toEqual([]);
}

// One browser per theme (starting Firefox is the slow part): both trackers' panels, then the popup
// and the options page.
for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the panel (GitHub, Jira; collapsed and expanded), the popup and the options page: ${theme}`, async ({ world }) => {
    test.setTimeout(90_000);
    serveDemo(world, { colorMode: theme });
    // 0 is dark, 1 is light: what pages see as prefers-color-scheme.
    const firefox = await Firefox.launch(world, { prefs: { 'layout.css.prefers-color-scheme.content-override': theme === 'dark' ? 0 : 1 } });
    try {
      const tab = await firefox.newPage();
      await checkPanel(firefox, tab, `https://github.com/${GITHUB_REPO}/issues/42`, theme);
      await checkPanel(firefox, tab, `${JIRA_SITE}/browse/SHOP-12`, theme);

      const popup = await firefox.openExtensionPage('src/entries/popup.html');
      await popup.waitForSelector('[data-fired]', WAIT);
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
      await popup.click('[data-testid="self-check"] summary');
      await popup.click('[data-testid="guide"] summary');
      expect(await violations(popup), 'popup').toEqual([]);

      const options = await firefox.openExtensionPage('src/entries/options.html');
      await options.waitForSelector('[data-testid="site-list"]', WAIT);
      // An error on show: a wrong address for a Jira site.
      const jiraField = await options.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent === 'Add a Jira site (its address)')?.htmlFor ?? '');
      expect(jiraField).not.toBe('');
      await options.type(`#${jiraField}`, 'nope');
      await options.keyboard.press('Enter');
      await options.waitForSelector(`#${jiraField}-error[role="alert"]`, WAIT);
      expect(await violations(options), 'options: sites').toEqual([]);
      // Every other section, the thresholds with their groups unfolded and the agreement's routines too.
      for (const section of ['team', 'signals', 'thresholds', 'token', 'shortcut', 'transfer', 'privacy'] as const) {
        await goToSection(options, section);
        await options.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.threshold-group, details.agreement').forEach((d) => (d.open = true)));
        expect(await violations(options), `options: ${section}`).toEqual([]);
      }
    } finally {
      await firefox.close();
    }
    expect(firefox.errors, 'uncaught errors in pages').toEqual([]);
  });
}

test('the options menu shows one section at a time, named by the address and marked as current; back returns to the one before', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('src/entries/options.html#thresholds');
  await options.waitForSelector('main[data-section="thresholds"] details.threshold-group', WAIT);
  const current = () => options.$eval('nav a[aria-current="page"]', (a) => a.getAttribute('href'));
  const headings = () => options.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
  expect(await current()).toBe('#thresholds');
  expect(await headings()).toEqual(['Thresholds']);
  await goToSection(options, 'token');
  expect(await current()).toBe('#token');
  expect(await headings()).toEqual(['GitHub token']);
  // The menu's link took focus to the section's heading.
  expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('GitHub token');
  await options.evaluate(() => history.back());
  await options.waitForSelector('main[data-section="thresholds"]', WAIT);
  expect(await current()).toBe('#thresholds');
});
