// Firefox: the glance flows of the Chromium suite (e2e/panel-glance.spec.ts, e2e/popup-glance.spec.ts)
// in Firefox ESR: the first-run step, the one setup row and its picker, the popup that fits, and a
// signal switched off for a site.
import type { Page } from 'puppeteer-core';
import { GITHUB_REPO, serveDemo } from '../demo-world';
import { expect, test } from './harness';
import { openPanel, panelStatuses, panelText, waitReady } from './panel';

const ISSUES = `https://github.com/${GITHUB_REPO}/issues`;
const ISSUE_42 = `${ISSUES}/42`;
const WAIT = { timeout: 15_000 };
const IN = '[data-tandem-root] >>> ';

/** Chooses a person in one of the panel's pickers the way a user does (the change event Preact hears). */
const choose = (tab: Page, selectId: string, value: string) =>
  tab.evaluate(
    (id, v) => {
      const select = document.querySelector('[data-tandem-root]')?.shadowRoot?.getElementById(id) as HTMLSelectElement;
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selectId,
    value,
  );

const statusOf = async (tab: Page, id: string) => (await panelStatuses(tab))[id];

test.beforeEach(({ world }) => {
  serveDemo(world);
});

test('first run: one step asks who the EM is and says nothing leaves the browser; skipped, it is not asked again', async ({ firefox, tab }) => {
  await firefox.navigate(tab, ISSUE_42);
  await waitReady(tab);
  await openPanel(tab);
  await tab.waitForSelector(`${IN}.welcome`, WAIT);
  expect(await panelText(tab, '.welcome')).toContain('Nothing leaves your browser');
  expect(await panelText(tab, '.welcome label')).toBe('Who is the EM?');
  await tab.locator(`${IN}.welcome ::-p-text(Skip for now)`).click();
  await tab.waitForFunction(() => !document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('.welcome'), WAIT);
  // Another page of the same site. (A second visit of the same page is answered 304 in the fixture
  // world, which the Firefox proxy does not pass on; the Chromium suite covers the reload.)
  await firefox.navigate(tab, ISSUES);
  await waitReady(tab);
  await openPanel(tab);
  await tab.waitForSelector(`${IN}section.setup`, WAIT);
  expect(await tab.$(`${IN}.welcome`)).toBeNull();
});

test('the setup row: one picker of this page’s people, guesses marked; choosing the EM settles the signals waiting for it', async ({ firefox, tab }) => {
  await firefox.navigate(tab, ISSUE_42);
  await waitReady(tab);
  await openPanel(tab);
  await tab.locator(`${IN}.welcome ::-p-text(Skip for now)`).click();
  expect(await panelText(tab, '.setup-line')).toMatch(/\d+ signals? waits? for your team: set who your EM is$/);
  expect(await panelText(tab, '#tandem-fix-em option[value="mrossi"]')).toBe('mrossi — probably engineer (inferred: authored merged pull requests)');
  expect(await statusOf(tab, 'avoids-em')).toBe('needs-setup');
  await choose(tab, 'tandem-fix-em', 'mrossi');
  await tab.locator(`${IN}section.setup button.primary`).click();
  await tab.waitForFunction(
    () => document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('[data-signal="avoids-em"]')?.getAttribute('data-status') !== 'needs-setup',
    WAIT,
  );
  expect(await statusOf(tab, 'assigned-like-report')).not.toBe('needs-setup');
});

test('the popup’s first view fits in 600 px, and the guide is one click away and searchable', async ({ firefox, tab }) => {
  await firefox.navigate(tab, ISSUES);
  await waitReady(tab);
  const popup = await firefox.openExtensionPage('src/entries/popup.html');
  await popup.setViewport({ width: 420, height: 600 });
  await popup.waitForSelector('[data-fired]', WAIT);
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  expect(await popup.$eval('[data-testid="guide"]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
  await popup.click('[data-testid="guide"] summary');
  await popup.type('#guide-filter', 'routines');
  await popup.waitForFunction(() => document.querySelectorAll('[data-guide-item]').length === 2, WAIT);
});

test('a signal switched off for a site leaves its panel, and the popup’s guide says so', async ({ firefox, tab }) => {
  await firefox.navigate(tab, ISSUES);
  await waitReady(tab);
  expect(await statusOf(tab, 'leads-routines')).toBe('present');
  const options = await firefox.openExtensionPage('src/entries/options.html#signals');
  const toggle = '[role=switch][aria-label="You lead most developer routines on github.com"]';
  await options.waitForSelector(`${toggle}[aria-checked="true"]`, WAIT);
  await options.click(toggle);
  await options.waitForSelector(`${toggle}[aria-checked="false"]`, WAIT);
  // Another page of the same site (see the first test on why not the same page again).
  await firefox.navigate(tab, ISSUE_42);
  await waitReady(tab);
  const statuses = await panelStatuses(tab);
  expect(statuses['leads-routines']).toBeUndefined();
  expect(Object.keys(statuses)).toHaveLength(25);
  const popup = await firefox.openExtensionPage('src/entries/popup.html');
  await popup.waitForSelector('[data-guide-item="leads-routines"] .off-note', WAIT);
  expect(await popup.$eval('[data-guide-item="leads-routines"] .off-note', (e) => e.textContent)).toBe(
    'Switched off on github.com in the settings: left out of its panel.',
  );
});
