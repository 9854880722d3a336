// The team roster and the working agreement, edited in the options page, change what the panel
// concludes on the demo GitHub issue (acme/roadmap#42: pnair is the signed-in PM; mrossi, lkowalski
// and tbrandt act on the issue).
import type { Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openOptions, signalRow, test } from './harness';
import { openAgreement, storageOf } from './options-world';

const ISSUE_42 = `https://github.com/${GITHUB_REPO}/issues/42`;
// Every routine the issue's actions can fall under (creation, labels, milestone, assignment, estimate).
const ROUTINES = ['Backlog grooming', 'Sprint planning', 'Status updates', 'Documentation', 'Estimation', 'Triage', 'Prioritization'];

test.beforeEach(({ world }) => {
  serveDemo(world);
});

async function readIssue(page: Page) {
  await page.goto(ISSUE_42);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  return signalRow(page, 'working-agreement');
}

const OWNER_CODE: Record<string, string | undefined> = { PM: 'pm', EM: 'em', engineering: 'engineering', 'not agreed': undefined };

/** Gives every routine to one owner through the options page, and waits until storage says so. */
async function agree(options: Page, owner: keyof typeof OWNER_CODE) {
  await openAgreement(options);
  const table = options.getByTestId('agreement');
  for (const routine of ROUTINES) await table.getByRole('combobox', { name: routine }).selectOption({ label: owner });
  const code = OWNER_CODE[owner];
  await expect
    .poll(async () => {
      const site = (await syncGet(options))['site:github.com'] as { agreements?: Record<string, { owners: Record<string, string> }> } | undefined;
      return Object.values(site?.agreements?.['*']?.owners ?? {});
    })
    .toEqual(code ? ROUTINES.map(() => code) : []);
}

const syncGet = (page: Page) => storageOf(page, 'sync');

test('editing the working agreement in the options changes the working-agreement signal', async ({ context, extensionId, page }) => {
  const row = await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'needs-setup');

  const options = await openOptions(context, extensionId, 'team');
  await agree(options, 'PM');
  const stored = (await syncGet(options))['site:github.com'] as { agreements: Record<string, { owners: Record<string, string> }> };
  expect(stored.agreements['*']?.owners).toEqual({
    'backlog-grooming': 'pm',
    'sprint-planning': 'pm',
    'status-updates': 'pm',
    documentation: 'pm',
    estimation: 'pm',
    triage: 'pm',
    prioritisation: 'pm',
  });
  await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'present');
  await expect(row.locator('.summary')).toContainText('4 of 5 routine actions (80%)');
  // The one action that breaks the agreement is listed as an exception, linked to its item.
  const exceptions = page.locator('[data-tandem-root] section.exceptions');
  await page.locator('[data-tandem-root] button.badge').click();
  await exceptions.getByRole('button', { name: '1 exception to your working agreement, for your retro' }).click();
  await expect(exceptions.locator('[data-exception]')).toHaveCount(1);
  await expect(exceptions.locator('[data-exception] a')).toHaveAttribute('href', `https://github.com/${GITHUB_REPO}/issues/42`);

  // The same practice against an agreement that gives the routines to engineering: drifted.
  await agree(options, 'engineering');
  await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'absent');
  await expect(row.locator('.summary')).toContainText('1 of 5 routine actions (20%)');
  await expect(exceptions.locator('[data-exception]')).toHaveCount(4);

  // Back to "not agreed" everywhere: nothing recorded, the signal asks for setup again.
  await agree(options, 'not agreed');
  expect(((await syncGet(options))['site:github.com'] as { agreements: object }).agreements).toEqual({});
  await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'needs-setup');
});

test('a roster edited in the options changes a signal: naming the EM', async ({ context, extensionId, page }) => {
  const options = await openOptions(context, extensionId, 'team');
  await agree(options, 'EM');
  const row = await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'needs-setup');
  await expect(row.locator('.summary')).toContainText('doesn’t know who the EM is');

  // Add mrossi as the EM, for this project only.
  await options.getByLabel('Another project').fill(GITHUB_REPO);
  await options.getByRole('button', { name: 'Add project' }).click();
  await expect(options.getByRole('heading', { name: `Roster: ${GITHUB_REPO} on github.com` })).toBeVisible();
  const add = options.getByRole('group', { name: 'Add a person' });
  await add.getByLabel('Tracker id').fill('mrossi');
  await add.getByLabel('Name').fill('Marco Rossi');
  await add.getByLabel('Role').selectOption({ label: 'EM' });
  await add.getByLabel('Team').fill('checkout');
  await add.getByRole('button', { name: 'Add to roster' }).click();
  await expect(options.getByTestId('roster').locator('[data-person="mrossi"]')).toBeVisible();
  const site = (await syncGet(options))['site:github.com'] as { rosters: Record<string, unknown> };
  expect(site.rosters).toEqual({ [GITHUB_REPO]: { people: [{ id: 'mrossi', role: 'em', name: 'Marco Rossi', team: 'checkout' }] } });

  await readIssue(page);
  await expect(row).not.toHaveAttribute('data-status', 'needs-setup');
  await expect(row.locator('.summary')).toContainText('routine actions');

  // Changing his role in the table back to engineer: the EM is unknown again.
  await options.getByRole('combobox', { name: 'Role of mrossi' }).selectOption({ label: 'engineer' });
  await expect(options.getByRole('status').filter({ hasText: 'Roster saved' })).toBeVisible();
  await readIssue(page);
  await expect(row).toHaveAttribute('data-status', 'needs-setup');

  // Removing him empties the project's roster, which is then not stored at all.
  await options.getByRole('button', { name: 'Remove mrossi from the roster' }).click();
  await expect(options.getByText('Nobody in this roster yet.')).toBeVisible();
  expect(((await syncGet(options))['site:github.com'] as { rosters: object }).rosters).toEqual({});
});

test('your own role is saved with the roster, PM by default', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'team');
  const mine = options.getByLabel('Your own role');
  await expect(mine).toHaveValue('pm');
  await mine.selectOption({ label: 'EM' });
  await expect(options.getByRole('status').filter({ hasText: 'Roster saved' })).toBeVisible();
  expect(((await syncGet(options))['site:github.com'] as { rosters: Record<string, unknown> }).rosters['*']).toEqual({ people: [], myRole: 'em' });
  await options.reload();
  await expect(options.getByLabel('Your own role')).toHaveValue('em');
});
