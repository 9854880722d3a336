// The panel a PM uses: set a role inline and see the signals change with no new request; corner and
// collapsed state survive a reload; keyboard operation and the shortcut; copy as Markdown; hide for
// now; trends recorded from backlog visits.
import type { Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, panelRoot, serviceWorkerOf, signalRow, test } from './harness';

const ISSUE_42 = `https://github.com/${GITHUB_REPO}/issues/42`;
const ISSUES = `https://github.com/${GITHUB_REPO}/issues`;

const panel = (page: Page) => page.locator('[data-tandem-root] .tandem');
const badge = (page: Page) => page.locator('[data-tandem-root] button.badge');
const card = (page: Page) => page.locator('[data-tandem-root] .card');
const heading = (page: Page) => page.locator('[data-tandem-root] .card h2');

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(panel(page)).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
}

/** Which element of the panel has focus, as "tag.class" (null when focus is outside the panel). */
/** The extension APIs the service worker offers, typed just enough for these tests. */
interface Ext {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
type TrendsStored = { trends: { projects: Record<string, { points: { day: string }[] }> } };
const panelFocus = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-tandem-root]');
    if (document.activeElement !== host) return null;
    const el = host?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${el.className}` : null;
  });

/**
 * Does what the background's command handler does for `toggle-panel` (Alt+Shift+T): find the active
 * tab of the current window and send it the message. (Playwright can't press browser-level shortcuts.)
 */
async function pressShortcut(page: Page) {
  const worker = await serviceWorkerOf(page.context());
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Ext }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'toggle-panel' });
  });
}

test.beforeEach(({ world }) => {
  serveDemo(world);
});

test('setting the EM in the setup row takes avoids-em out of needs-setup at once, with no new request, and it is saved', async ({ page, world }) => {
  await ready(page, ISSUE_42);
  await expect(signalRow(page, 'avoids-em')).toHaveAttribute('data-status', 'needs-setup');
  await badge(page).click();
  await page.locator('[data-tandem-root] .welcome').getByRole('button', { name: 'Skip for now' }).click();
  const apiCalls = world.seen('api.github.com').length;

  const setup = page.locator('[data-tandem-root] section.setup');
  const picker = setup.getByLabel('Who is the EM?');
  // The choices are the people of this page, each with what Tandem knows of them.
  await expect(picker.locator('option', { hasText: 'mrossi' })).toHaveText('mrossi — probably engineer (inferred: authored merged pull requests)');
  await expect(setup.getByRole('button', { name: 'Save' })).toBeDisabled();
  await picker.selectOption('mrossi');
  await setup.getByRole('button', { name: 'Save' }).click();

  await expect(signalRow(page, 'avoids-em')).not.toHaveAttribute('data-status', 'needs-setup');
  await expect(signalRow(page, 'assigned-like-report')).not.toHaveAttribute('data-status', 'needs-setup');
  await expect(page.locator('[data-tandem-root] .saved')).toHaveText(`Saved to your roster for ${GITHUB_REPO}: the signals are updated.`);
  // Focus is not lost to the page when the picker goes away: it is on the panel's heading.
  await expect(heading(page)).toBeFocused();
  expect(world.seen('api.github.com')).toHaveLength(apiCalls);

  // The People section now says the EM role came from the roster; after a reload too.
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  await expect(signalRow(page, 'avoids-em')).not.toHaveAttribute('data-status', 'needs-setup');
  await page.locator('[data-tandem-root] button[aria-controls="tandem-people"]').click();
  await expect(page.locator('[data-tandem-root] [data-person="mrossi"] .person-role')).toHaveText('EM (from your roster)');
});

test('People: guesses are labelled as guesses, and a role or team set there re-evaluates at once', async ({ page, world }) => {
  await ready(page, ISSUE_42);
  await badge(page).click();
  await page.getByRole('button', { name: /^People \(\d+\)$/ }).click();
  const person = (id: string) => page.locator(`[data-tandem-root] [data-person="${id}"]`);
  await expect(person('pnair').locator('.person-role')).toHaveText('PM (you)');
  await expect(person('sokafor').locator('.person-role')).toHaveText('probably engineer (inferred: authored merged pull requests)');
  await expect(person('lkowalski').locator('.person-role')).toHaveText('role not known');
  const apiCalls = world.seen('api.github.com').length;

  await expect(signalRow(page, 'avoids-em')).toHaveAttribute('data-status', 'needs-setup');
  await page.getByLabel('Role of mrossi').selectOption('em');
  await expect(person('mrossi').locator('.person-role')).toHaveText('EM (from your roster)');
  await expect(signalRow(page, 'avoids-em')).not.toHaveAttribute('data-status', 'needs-setup');

  await expect(signalRow(page, 'intermediary')).toHaveAttribute('data-status', 'needs-setup');
  await page.getByLabel('Team of lkowalski').fill('payments');
  await page.getByLabel('Team of lkowalski').press('Enter');
  // Someone with no role yet joins the roster as "other" with their team, stated as the user's.
  await expect(person('lkowalski').locator('.person-role')).toHaveText('other (from your roster)');
  await expect(page.getByLabel('Team of lkowalski')).toHaveValue('payments');

  // Clearing a role gives the guess back.
  await page.getByLabel('Role of mrossi').selectOption('');
  await expect(person('mrossi').locator('.person-role')).toHaveText('probably engineer (inferred: authored merged pull requests)');
  await expect(signalRow(page, 'avoids-em')).toHaveAttribute('data-status', 'needs-setup');
  expect(world.seen('api.github.com')).toHaveLength(apiCalls);
});

test('the corner and the collapsed state are remembered for the site across reloads', async ({ page }) => {
  await ready(page, ISSUE_42);
  await expect(panel(page)).toHaveAttribute('data-corner', 'bottom-right');
  await badge(page).click();
  await page.getByLabel('Panel corner').selectOption('top-left');
  await expect(panel(page)).toHaveAttribute('data-corner', 'top-left');
  const box = await card(page).boundingBox();
  expect(box!.x).toBeLessThan(100);

  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  await expect(panel(page)).toHaveAttribute('data-corner', 'top-left');
  await expect(card(page)).toBeVisible();
  await expect(badge(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Hide details' }).click();
  await expect(badge(page)).toBeVisible();
  // Another page of the same site keeps both.
  await ready(page, ISSUES);
  await expect(panel(page)).toHaveAttribute('data-corner', 'top-left');
  await expect(badge(page)).toBeVisible();
  await expect(card(page)).toBeHidden();
});

test('keyboard: Tab reaches the badge, Enter opens with focus on the panel, Escape closes and focus returns', async ({ page }) => {
  await ready(page, ISSUE_42);
  await expect(badge(page)).toHaveAttribute('aria-label', /^Tandem\. Seen here: warning signs \d+, healthy behaviors \d+\. Show details\.$/);
  // The first-run step is done once; this test is about the panel's keyboard use after it.
  await badge(page).click();
  await page.locator('[data-tandem-root] .welcome').getByRole('button', { name: 'Skip for now' }).click();
  // Skipping hands focus to the panel's heading, so the keyboard stays in the panel.
  await expect(page.locator('[data-tandem-root] .welcome')).toHaveCount(0);
  await expect.poll(() => panelFocus(page)).toMatch(/^h2\./);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await panelFocus(page)) === 'button.badge';
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  // The next Tab stop is inside the panel, in reading order.
  await page.keyboard.press('Tab');
  await expect.poll(() => panelFocus(page)).toBe('button.icon-button');
  await page.keyboard.press('Tab');
  await expect.poll(() => panelFocus(page)).toBe('button.row');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-tandem-root] .signal').first().locator('button.row')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(badge(page)).toBeFocused();
});

test('the shortcut opens and closes the panel, and gives focus back to where it was on the page', async ({ page }) => {
  await ready(page, ISSUE_42);
  const link = page.getByRole('link', { name: 'Issues' }).first();
  await link.focus();
  await pressShortcut(page);
  await expect(card(page)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  await pressShortcut(page);
  await expect(card(page)).toBeHidden();
  await expect(link).toBeFocused();
});

test('“Hide on this page” takes the panel away until the shortcut brings it back', async ({ page }) => {
  await ready(page, ISSUE_42);
  await badge(page).click();
  await page.getByRole('button', { name: 'Hide on this page' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(panelRoot(page)).toHaveCount(1);
  await pressShortcut(page);
  await expect(card(page)).toBeVisible();
  await expect(heading(page)).toBeFocused();
});

test('copy as Markdown puts the findings with their evidence links on the clipboard and says so', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://github.com' });
  await ready(page, ISSUE_42);
  await badge(page).click();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('[data-tandem-root] .copy-status')).toHaveText('Copied to the clipboard.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`## Tandem findings: Issue ${GITHUB_REPO}\\#42 · from the GitHub API`);
  expect(text).toContain(`Read from <${ISSUE_42}> on ${new Date().toISOString().slice(0, 10)}.`);
  expect(text).toMatch(/Seen here: warning signs \d+ · healthy behaviors \d+\./);
  // The routines signal fired on #42 with a linked action.
  expect(text).toContain('**You lead most developer routines**: Seen (Confidence');
  expect(text).toMatch(/\]\(https:\/\/github\.com\/acme\/roadmap\/issues\/42[^)]*\)/);
  expect(text).toContain('- pnair: PM (you)');
});

test('each backlog visit leaves one trend point a day; two days give two points and a sparkline', async ({ page, context }) => {
  await ready(page, ISSUES);
  await badge(page).click();
  const trends = page.locator('[data-tandem-root] .trends');
  await expect(trends).toHaveAttribute('data-trend-points', '1');
  // A second visit the same day replaces the point rather than adding one.
  await ready(page, ISSUES);
  await expect(trends).toHaveAttribute('data-trend-points', '1');

  // Make the stored point yesterday's, as if the first visit had been a day earlier.
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Ext }).chrome;
    const { trends: store } = (await chrome.storage.local.get('trends')) as TrendsStored;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (const project of Object.values(store.projects)) for (const p of project.points) p.day = yesterday;
    await chrome.storage.local.set({ trends: store });
  });
  await ready(page, ISSUES);
  await expect(trends).toHaveAttribute('data-trend-points', '2');
  const line = trends.locator('[data-figure="pmRoutineShare"] svg[role="img"]');
  await expect(line).toHaveAttribute('aria-label', /^PM share of routine actions: 2 points from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}; first \d+%, latest \d+%, lowest \d+%, highest \d+%\.$/);

  // An issue page is not a backlog: it records nothing.
  await ready(page, ISSUE_42);
  const stored = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Ext }).chrome;
    const { trends: store } = (await chrome.storage.local.get('trends')) as TrendsStored;
    return Object.fromEntries(Object.entries(store.projects).map(([k, v]) => [k, v.points.length]));
  });
  expect(stored).toEqual({ [`github.com|${GITHUB_REPO}`]: 2 });
});
