// The panel's first screen is what matters now: the findings (warning signs seen, surest first, then
// healthy behaviors seen) with counts in the header that match them; everything waiting for setup in
// one row with one picker; the checks that are not findings folded under a count. The first-run step
// asks who the EM is once per site. At 1024×640 and at 200 % zoom the first finding is fully visible.
import type { Page } from '@playwright/test';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from './demo-world';
import { expect, openPanel, panelRoot, signalRow, test } from './harness';

const ISSUES = `https://github.com/${GITHUB_REPO}/issues`;
const ISSUE_42 = `${ISSUES}/42`;
const root = (page: Page, selector: string) => page.locator(`[data-tandem-root] ${selector}`);

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(root(page, '.tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
}

/** The first-run step, skipped the way a user does. */
async function skipWelcome(page: Page) {
  await root(page, '.welcome').getByRole('button', { name: 'Skip for now' }).click();
  await expect(root(page, '.welcome')).toHaveCount(0);
}

test.beforeEach(({ world }) => {
  serveDemo(world);
});

test('findings come first, surest first, and the header counts exactly the rows shown', async ({ page }) => {
  await ready(page, ISSUES);
  await openPanel(page);
  await skipWelcome(page);
  const rows = root(page, 'ul.findings > li.signal');
  const kinds = await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-kind'), el.getAttribute('data-status')]));
  expect(kinds.length).toBeGreaterThan(0);
  // Every finding is seen, and every warning sign comes before every healthy behavior.
  expect(kinds.every(([, status]) => status === 'present')).toBe(true);
  const firstHealthy = kinds.findIndex(([kind]) => kind === 'healthy');
  if (firstHealthy >= 0) expect(kinds.slice(firstHealthy).every(([kind]) => kind === 'healthy')).toBe(true);
  const warnings = kinds.filter(([kind]) => kind === 'warning').length;
  const healthy = kinds.length - warnings;
  const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
  await expect(root(page, '.head .counts')).toHaveText(
    `Seen here: ${plural(warnings, 'warning sign', 'warning signs')} · ${plural(healthy, 'healthy behavior', 'healthy behaviors')}`,
  );
  // Nothing that is not a finding is on the first screen: the rest is folded under its count.
  const folded = root(page, '#tandem-folded');
  await expect(folded).toBeHidden();
  const foldedRows = await folded.locator('li.signal').count();
  await expect(root(page, '.folded button.disclosure')).toContainText(`${foldedRows} more checks:`);
  // Every signal still has its row (the contract), folded or not.
  await expect(root(page, '[data-signal]')).toHaveCount(26);
  await root(page, '.folded button.disclosure').click();
  await expect(folded).toBeVisible();
  // A warning sign that was not seen reads as a check, not an accusation.
  const notSeen = folded.locator('li[data-kind="warning"][data-status="absent"]').first();
  await expect(notSeen.locator('.state')).toHaveText('Checked, not seen');
});

test('everything waiting for setup is one row with one picker of this page’s people; choosing the EM settles those signals', async ({ page, world }) => {
  await ready(page, ISSUE_42);
  await openPanel(page);
  await skipWelcome(page);
  const setup = root(page, 'section.setup');
  await expect(setup).toHaveCount(1);
  const waiting = await root(page, '[data-status="needs-setup"]').count();
  await expect(setup.locator('.setup-line')).toHaveText(/^⚙\d+ signals? waits? for your team: set who your EM is$/);
  const line = (await setup.locator('.setup-line').textContent()) ?? '';
  expect(Number(/(\d+)/.exec(line)?.[1])).toBeLessThanOrEqual(waiting);
  // The signals concerned are one click away; no signal row carries a picker of its own.
  await expect(root(page, 'li.signal form')).toHaveCount(0);
  const picker = setup.getByLabel('Who is the EM?');
  // Guesses are marked as guesses.
  await expect(picker.locator('option', { hasText: 'mrossi' })).toHaveText('mrossi — probably engineer (inferred: authored merged pull requests)');
  await expect(setup.locator('.fix-form .meta')).toHaveText('Roles marked “probably” are Tandem’s guesses from this page.');
  const apiCalls = world.seen('api.github.com').length;
  await picker.selectOption('mrossi');
  await setup.getByRole('button', { name: 'Save' }).click();
  await expect(signalRow(page, 'avoids-em')).not.toHaveAttribute('data-status', 'needs-setup');
  await expect(signalRow(page, 'assigned-like-report')).not.toHaveAttribute('data-status', 'needs-setup');
  await expect(root(page, '.saved')).toHaveText(`Saved to your roster for ${GITHUB_REPO}: the signals are updated.`);
  expect(world.seen('api.github.com')).toHaveLength(apiCalls);
});

test('first run: asked once per site who the EM is; skipped, it is not asked again, and the setup row still offers it', async ({ page }) => {
  await ready(page, ISSUE_42);
  await openPanel(page);
  const welcome = root(page, '.welcome');
  await expect(welcome).toContainText('Nothing leaves your browser');
  await expect(welcome).toContainText('from github.com');
  await expect(welcome.getByLabel('Who is the EM?')).toBeVisible();
  await skipWelcome(page);
  await page.reload();
  await expect(root(page, '.tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  await openPanel(page);
  await expect(root(page, '.welcome')).toHaveCount(0);
  await expect(root(page, 'section.setup').getByLabel('Who is the EM?')).toBeVisible();
  // Another site asks its own first-run question.
  await ready(page, `${JIRA_SITE}/browse/SHOP-12`);
  await openPanel(page);
  await expect(root(page, '.welcome')).toContainText('from acme.atlassian.net');
});

test('first run: the EM chosen in the first step is saved and the step is done', async ({ page }) => {
  await ready(page, ISSUE_42);
  await openPanel(page);
  const welcome = root(page, '.welcome');
  await welcome.getByLabel('Who is the EM?').selectOption('mrossi');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome).toHaveCount(0);
  await expect(signalRow(page, 'avoids-em')).not.toHaveAttribute('data-status', 'needs-setup');
  await page.reload();
  await expect(root(page, '.tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  await openPanel(page);
  await expect(root(page, '.welcome')).toHaveCount(0);
});

for (const { name, width, height } of [
  { name: '1024×640', width: 1024, height: 640 },
  // 200 % zoom halves the CSS viewport: what a 1024×640 window shows at 200 %.
  { name: '200 % zoom', width: 512, height: 320 },
]) {
  test(`at ${name} the header and the first finding are fully visible without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await ready(page, ISSUES);
    await openPanel(page);
    await skipWelcome(page);
    const first = root(page, 'ul.findings > li.signal').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    const body = await root(page, '.card .body').boundingBox();
    expect(box && body).toBeTruthy();
    // Inside the window and inside the panel's scroll area, with nothing scrolled.
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    expect(box!.y + box!.height).toBeLessThanOrEqual(body!.y + body!.height);
    expect(await root(page, '.card .body').evaluate((el) => el.scrollTop)).toBe(0);
    await page.screenshot({ path: `test-results/panel-glance-${width}x${height}.png` });
    await expect(panelRoot(page)).toBeAttached();
  });
}
