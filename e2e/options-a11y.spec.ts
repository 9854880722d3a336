// Accessibility of the options and popup pages: axe-core finds no violations in light and dark, with
// every section filled in (roster, agreement, added site, token, an error shown); and the options
// page works from the keyboard alone, its menu included: one section at a time, each short.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openOptions, openPopup, test } from './harness';
import { goToSection, openAgreement, openThresholdGroup, setStorage } from './options-world';

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const FILLED = {
  'site:github.com': {
    v: 1,
    enabled: true,
    corner: 'bottom-right',
    collapsed: true,
    rosters: { '*': { people: [{ id: 'mrossi', role: 'em', team: 'checkout', name: 'Marco Rossi' }, { id: 'lkowalski', role: 'engineer' }] } },
    agreements: { '*': { owners: { triage: 'em', estimation: 'engineering' }, updated: '2026-11-01T00:00:00.000Z' } },
  },
  prefs: { v: 1, thresholds: { routineShare: 0.6 }, jiraItemCap: 200, githubItemCap: 100 },
  customSites: [{ origin: 'https://jira.corp.example', kind: 'jira' }],
};

for (const scheme of ['light', 'dark'] as const) {
  test(`options page: no axe violations in any section (${scheme})`, async ({ context, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme: scheme });
    await setStorage(options, 'sync', FILLED);
    await setStorage(options, 'local', { githubToken: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz' });
    await options.reload();
    // Errors on show too: a wrong address, a wrong threshold, a refused import.
    await options.getByLabel('Add a Jira site (its address)').fill('nope');
    await options.getByLabel('Add a Jira site (its address)').press('Enter');
    await expect(options.getByRole('alert')).toBeVisible();
    expect(await violations(options), 'sites').toEqual([]);

    await goToSection(options, 'team');
    await expect(options.getByTestId('roster').locator('[data-person="mrossi"]')).toBeVisible();
    expect(await violations(options), 'team').toEqual([]);

    await goToSection(options, 'thresholds');
    expect(await violations(options), 'thresholds, folded').toEqual([]);
    for (const summary of await options.locator('details.threshold-group > summary').all()) await summary.click();
    await options.getByRole('textbox', { name: /^Share of routine actions that means one person leads them/ }).fill('150');
    await options.getByRole('textbox', { name: /^Share of routine actions that means one person leads them/ }).press('Tab');
    expect(await violations(options), 'thresholds, open').toEqual([]);

    await goToSection(options, 'transfer');
    await options.getByLabel('Import settings from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect(options.getByTestId('transfer-error')).toContainText('Nothing was changed');
    expect(await violations(options), 'transfer').toEqual([]);

    for (const section of ['signals', 'token', 'shortcut', 'privacy'] as const) {
      await goToSection(options, section);
      expect(await violations(options), section).toEqual([]);
    }
  });

  test(`popup: no axe violations, self-check open with history (${scheme})`, async ({ context, extensionId, page, world }) => {
    serveDemo(world);
    await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
    await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
    const popup = await openPopup(context, extensionId);
    await popup.emulateMedia({ colorScheme: scheme });
    await setStorage(popup, 'local', {
      checkins: [
        { week: '2026-W46', date: '2026-11-10T09:00:00.000Z', answers: { frustrated: 2, 'org-values': 1 } },
        { week: '2026-W47', date: '2026-11-17T09:00:00.000Z', answers: { frustrated: 1, 'lost-in-tech': 0 } },
      ],
    });
    await popup.reload();
    await expect(popup.locator('[data-fired]').first()).toBeVisible();
    await popup.getByTestId('self-check').getByText('Weekly self-check').click();
    await expect(popup.getByTestId('check-history')).toBeVisible();
    expect(await violations(popup)).toEqual([]);
  });
}

test('the options page works from the keyboard: add a person, give a routine an owner, change a threshold', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'team');
  const add = options.getByRole('group', { name: 'Add a person' });
  await add.getByLabel('Tracker id').focus();
  await options.keyboard.type('mrossi');
  await options.keyboard.press('Tab'); // name
  await options.keyboard.type('Marco Rossi');
  await options.keyboard.press('Enter'); // submits the form
  await expect(options.getByTestId('roster').locator('[data-person="mrossi"]')).toBeVisible();

  await openAgreement(options);
  const triage = options.getByTestId('agreement').getByRole('combobox', { name: 'Triage' });
  await triage.focus();
  await triage.selectOption('em'); // a focused <select> is changed from the keyboard by the browser itself
  await expect(options.getByRole('status').filter({ hasText: 'Working agreement saved' })).toBeVisible();

  await goToSection(options, 'thresholds');
  await openThresholdGroup(options, 'Routines, ownership and documentation');
  const share = options.getByRole('textbox', { name: /^Share of routine actions that means one person leads them/ });
  await share.focus();
  await options.keyboard.press('Control+A');
  await options.keyboard.type('60');
  await options.keyboard.press('Tab');
  await expect(options.getByRole('status').filter({ hasText: 'Saved: “Share of routine actions' })).toBeVisible();
  // The reset button that appeared (after focus had moved on) sits right after the input.
  await options.keyboard.press('Shift+Tab');
  await expect(options.getByRole('button', { name: /Reset “Share of routine actions/ })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(share).toHaveValue('50');

  // Removing a person from the keyboard: focus lands on adding one, not on the top of the page.
  await goToSection(options, 'team');
  await options.getByRole('button', { name: 'Remove mrossi from the roster' }).focus();
  await options.keyboard.press('Enter');
  await expect(options.getByText('Nobody in this roster yet.')).toBeVisible();
  await expect(add.getByLabel('Tracker id')).toBeFocused();
});

test('the menu shows one section at a time, named by the address, marked as current; back and forward and the keyboard work; each first view is short', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.setViewportSize({ width: 1280, height: 800 });
  const menu = options.getByRole('navigation', { name: 'Settings sections' });
  const current = menu.locator('a[aria-current="page"]');
  // No hash: the first section.
  await expect(options.locator('main h2')).toHaveText(['Sites']);
  await expect(current).toHaveText('Sites');

  // From the keyboard: Tab into the menu, Enter on a link; focus lands on the section's heading.
  await menu.getByRole('link', { name: 'Thresholds' }).focus();
  await options.keyboard.press('Enter');
  await expect(options).toHaveURL(/options\.html#thresholds$/);
  await expect(options.locator('main h2')).toHaveText(['Thresholds']);
  await expect(options.getByRole('heading', { name: 'Thresholds', level: 2 })).toBeFocused();
  await expect(current).toHaveText('Thresholds');
  await expect(options.getByTestId('roster')).toHaveCount(0);

  await goToSection(options, 'token');
  await expect(options.locator('main h2')).toHaveText(['GitHub token']);
  await options.goBack();
  await expect(current).toHaveText('Thresholds');
  await expect(options.locator('main h2')).toHaveText(['Thresholds']);
  await options.goForward();
  await expect(current).toHaveText('GitHub token');
  // An old in-page link (#team-heading) still lands on its section.
  await options.goto(options.url().replace(/#.*$/, '#team-heading'));
  await expect(current).toHaveText('Team roster and working agreement');

  // Each section's first view fits in 800 px at 1280 wide (the thresholds with their groups folded).
  const heights: Record<string, number> = {};
  for (const section of ['sites', 'team', 'signals', 'thresholds', 'token', 'shortcut', 'transfer', 'privacy'] as const) {
    await goToSection(options, section);
    heights[section] = await options.evaluate(() => document.documentElement.scrollHeight);
  }
  expect(Object.entries(heights).filter(([, height]) => height > 800), JSON.stringify(heights)).toEqual([]);
});
