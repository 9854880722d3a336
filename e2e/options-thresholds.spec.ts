// Thresholds in the options page: typed in the units people think in, checked before saving, reset
// one by one or all at once — and the panel's conclusions follow them.
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openOptions, signalRow, test } from './harness';
import { openThresholdGroup, setStorage, storageOf } from './options-world';

const AGREEMENT_SHARE = /^Share of routine actions that follow the agreement/;
/** The group of thresholds these tests change (the section folds them by theme). */
const ROUTINES = 'Routines, ownership and documentation';

test('a changed threshold is saved as an override and changes the panel’s verdict; reset brings the default back', async ({ context, extensionId, page, world }) => {
  serveDemo(world);
  const options = await openOptions(context, extensionId, 'thresholds');
  // Every routine the actions fall under is the PM's: 4 of 5 actions match (80 %).
  const owners = Object.fromEntries(['backlog-grooming', 'sprint-planning', 'status-updates', 'documentation', 'estimation', 'triage', 'prioritisation'].map((r) => [r, 'pm']));
  await setStorage(options, 'sync', { 'site:github.com': { v: 1, agreements: { '*': { owners } } } });
  await options.reload();

  const read = async () => {
    await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
    await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
    return signalRow(page, 'working-agreement').getAttribute('data-status');
  };
  expect(await read()).toBe('present'); // 80 % ≥ the default 70 %
  await openThresholdGroup(options, ROUTINES);

  const input = options.getByRole('textbox', { name: AGREEMENT_SHARE });
  await expect(input).toHaveValue('70');
  await input.fill('90');
  await input.press('Tab');
  await expect(options.getByRole('status').filter({ hasText: 'Saved: “Share of routine actions that follow the agreement”.' })).toBeVisible();
  expect(((await storageOf(options, 'sync')).prefs as { thresholds: object }).thresholds).toEqual({ agreementMatchShare: 0.9 });
  await expect(options.getByTestId('thresholds-changed')).toHaveText('1 changed from the defaults.');
  expect(await read()).toBe('absent'); // 80 % < 90 %

  await options.getByRole('button', { name: 'Reset “Share of routine actions that follow the agreement” to its default' }).click();
  await expect(input).toHaveValue('70');
  expect(((await storageOf(options, 'sync')).prefs as { thresholds: object }).thresholds).toEqual({});
  expect(await read()).toBe('present');
});

test('a value out of range or of the wrong kind is refused with the range, and nothing is saved', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'thresholds');
  await openThresholdGroup(options, ROUTINES);
  const share = options.getByRole('textbox', { name: AGREEMENT_SHARE });
  await share.fill('150');
  await share.press('Tab');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('#th-agreementMatchShare-error')).toHaveText('Type a number from 0 to 100. Nothing was saved.');

  const count = options.getByRole('textbox', { name: /^Routine actions needed for a verdict/ });
  await count.fill('2.5');
  await count.press('Tab');
  await expect(options.locator('#th-minRoutineActions-error')).toHaveText('Type a whole number from 1 to 10000. Nothing was saved.');
  expect((await storageOf(options, 'sync')).prefs).toBeUndefined();

  // Typing a good value clears the error.
  await count.fill('12');
  await count.press('Tab');
  await expect(count).not.toHaveAttribute('aria-invalid');
  await expect.poll(async () => ((await storageOf(options, 'sync')).prefs as { thresholds?: object } | undefined)?.thresholds).toEqual({ minRoutineActions: 12 });
});

test('reset all, and the filter that finds a threshold by its words', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'thresholds');
  await setStorage(options, 'sync', { prefs: { v: 1, thresholds: { minItems: 8, staleAgeDays: 90, routineShare: 0.6 } } });
  await options.reload();
  await expect(options.getByTestId('thresholds-changed')).toHaveText('3 changed from the defaults.');
  await options.getByRole('button', { name: 'Reset all thresholds' }).click();
  await expect(options.getByTestId('thresholds-changed')).toHaveText('0 changed from the defaults.');
  expect(((await storageOf(options, 'sync')).prefs as { thresholds: object }).thresholds).toEqual({});
  await expect(options.getByRole('button', { name: 'Reset all thresholds' })).toBeDisabled();

  await options.getByLabel('Find a threshold').fill('stale');
  const rows = options.locator('[data-threshold]');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-threshold', 'staleAgeDays');
  await options.getByLabel('Find a threshold').fill('zebra');
  await expect(rows).toHaveCount(0);
  await expect(options.getByText('No threshold mentions “zebra”.')).toBeVisible();
});
