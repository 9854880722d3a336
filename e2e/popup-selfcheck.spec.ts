// The popup: what fired on the open tab with each summary, and the weekly self-check — saved in
// local storage (one entry per week: answering again replaces it) and shown in the history.
import type { Page } from '@playwright/test';
import { GITHUB_REPO, serveDemo } from './demo-world';
import { expect, openPopup, test } from './harness';
import { setStorage, storageOf } from './options-world';

/** One sign's row of the history as people hear it: the answer per week, "–" where skipped. */
const heard = (popup: Page, id: string) =>
  popup
    .getByTestId('check-history')
    .locator(`[data-history="${id}"] td[data-answer]`)
    .evaluateAll((cells) => cells.map((c) => c.querySelector('.sr-only')?.textContent ?? c.textContent));

async function answer(popup: Page, question: RegExp, choice: 'never' | 'sometimes' | 'often') {
  await popup.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
}

test('the weekly self-check is saved locally and shown in the history; a second one the same week replaces it', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  const check = popup.getByTestId('self-check');
  await check.getByText('Weekly self-check').click(); // opens the <details>
  await expect(check.getByText('No check-ins yet')).toBeVisible();

  await answer(popup, /felt lost/, 'often');
  await answer(popup, /argue like an engineer/, 'sometimes');
  await answer(popup, /understood our system/, 'never');
  await popup.getByRole('button', { name: 'Save this week’s check-in' }).click();
  await expect(check.getByRole('status')).toHaveText(/^Check-in saved for \d{4}-W\d{2}\.$/);

  const stored = (await storageOf(popup, 'local')).checkins as { week: string; answers: object }[];
  expect(stored).toHaveLength(1);
  expect(stored[0]!.answers).toEqual({ 'lost-in-tech': 2, 'engineer-to-be-heard': 1, 'knows-tech': 0 });
  expect((await storageOf(popup, 'sync')).checkins).toBeUndefined();
  const history = popup.getByTestId('check-history');
  await expect.poll(() => heard(popup, 'lost-in-tech')).toEqual(['often']);
  await expect.poll(() => heard(popup, 'frustrated')).toEqual(['–']);
  await expect(history.locator('[data-history="lost-in-tech"] td[data-answer]')).toHaveAttribute('data-answer', '2');
  await expect(history.getByRole('img')).toHaveCount(0); // one week is not a line yet

  // Later the same week: the form starts from this week's answers, and saving replaces them.
  await popup.reload();
  await check.getByText('Weekly self-check').click();
  await expect(check).toContainText('done this week');
  await expect(popup.getByRole('group', { name: /felt lost/ }).getByRole('radio', { name: 'often' })).toBeChecked();
  await answer(popup, /felt lost/, 'never');
  await answer(popup, /frustrated, disconnected/, 'sometimes');
  await popup.getByRole('button', { name: 'Update this week’s check-in' }).click();
  await expect.poll(() => heard(popup, 'lost-in-tech')).toEqual(['never']);
  const again = (await storageOf(popup, 'local')).checkins as { week: string; answers: object }[];
  expect(again).toHaveLength(1);
  expect(again[0]!.answers).toEqual({ 'lost-in-tech': 0, 'engineer-to-be-heard': 1, 'knows-tech': 0, frustrated: 1 });
});

test('the history shows earlier weeks, oldest first, with gaps where a sign was skipped', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await setStorage(popup, 'local', {
    checkins: [
      { week: '2026-W40', date: '2026-10-02T09:00:00.000Z', answers: { frustrated: 2, 'org-values': 1 } },
      { week: '2026-W41', date: '2026-10-09T09:00:00.000Z', answers: { frustrated: 1 } },
      { week: '2026-W42', date: '2026-10-16T09:00:00.000Z', answers: { frustrated: 0, 'org-values': 2 } },
    ],
  });
  await popup.reload();
  await popup.getByTestId('self-check').getByText('Weekly self-check').click();
  const history = popup.getByTestId('check-history');
  await expect(history.locator('thead th[data-week]')).toHaveText(['W40', 'W41', 'W42']);
  await expect.poll(() => heard(popup, 'frustrated')).toEqual(['often', 'sometimes', 'never']);
  await expect.poll(() => heard(popup, 'org-values')).toEqual(['sometimes', '–', 'often']);
  await expect(history.getByRole('caption')).toHaveText('Your last 3 weeks');
  // Each sign's line over the weeks, with its numbers in words for screen readers.
  await expect(history.locator('[data-history="frustrated"]').getByRole('img')).toHaveAttribute('aria-label', /Frustrated.*often.*never/);
});

test('saving with nothing answered stores nothing and says why', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByTestId('self-check').getByText('Weekly self-check').click();
  await popup.getByRole('button', { name: 'Save this week’s check-in' }).click();
  await expect(popup.getByTestId('self-check').getByRole('status')).toHaveText('Answer at least one question first.');
  expect((await storageOf(popup, 'local')).checkins).toBeUndefined();
});

test('“on this page” lists what fired on the open tab, by kind, with each summary', async ({ context, extensionId, page, world }) => {
  serveDemo(world);
  await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  const fired = await page.locator('[data-tandem-root] [data-signal][data-status="present"]').evaluateAll((rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-signal'), summary: r.querySelector('.summary')?.textContent ?? '' })),
  );
  expect(fired.length).toBeGreaterThan(0);
  const popup = await openPopup(context, extensionId);
  const listed = popup.locator('[data-fired]');
  await expect(listed).toHaveCount(fired.length);
  for (const { id, summary } of fired) await expect(popup.locator(`[data-fired="${id}"] .summary`)).toHaveText(summary.trim());
  // Warnings come first, under their own heading.
  const kinds = await popup.locator('ul.fired').evaluateAll((lists) => lists.map((l) => l.getAttribute('data-testid')));
  expect(kinds).toEqual([...kinds].sort((a, b) => (a === 'fired-warning' ? -1 : b === 'fired-warning' ? 1 : 0)));
});

test('the popup shows the open project’s trends, read from what the panel recorded', async ({ context, extensionId, page, world }) => {
  serveDemo(world);
  await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready');
  const popup = await openPopup(context, extensionId);
  await popup.getByText('Trends on this backlog').click(); // one click away, in a <details>
  const trends = popup.getByRole('region', { name: 'Trends over 12 weeks' });
  await expect(trends).toContainText('No trend yet');
  const today = new Date();
  const day = (back: number) => new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  await setStorage(popup, 'local', {
    trends: {
      v: 1,
      projects: {
        [`github.com|${GITHUB_REPO}`]: {
          seen: today.toISOString(),
          points: [
            { day: day(14), figures: { pmRoutineShare: 0.8, valueShare: 0.2 } },
            { day: day(7), figures: { pmRoutineShare: 0.6, valueShare: 0.4 } },
          ],
        },
      },
    },
  });
  await expect(trends.locator('[data-figure="pmRoutineShare"] [role="img"]')).toHaveAttribute('aria-label', /first 80 ?%, latest 60 ?%/);
});
