// Export, reset, import and the GitHub token, end to end in the options page. Storage is compared
// before and after, so "restores everything" and "changes nothing" are checked, not assumed.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openOptions, test } from './harness';
import { serveTokenCheck } from './github-world';
import { goToSection, setStorage, storageOf, tokensOf } from './options-world';

const TOKEN = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';

const SETTINGS = {
  prefs: { v: 1, thresholds: { routineShare: 0.6, minItems: 8 }, jiraItemCap: 300, githubItemCap: 100, requestTimeoutSeconds: 15 },
  // Site records as this version stores them (v2: signals switched off, first-run step done).
  'site:github.com': {
    v: 2,
    off: ['frustrated'],
    welcomed: true,
    enabled: true,
    corner: 'top-left',
    collapsed: false,
    rosters: { 'acme/roadmap': { people: [{ id: 'mrossi', role: 'em', team: 'checkout' }, { id: 'lkowalski', role: 'engineer' }], myRole: 'pm' } },
    agreements: { 'acme/roadmap': { owners: { triage: 'em', estimation: 'engineering' }, updated: '2026-11-01T00:00:00.000Z' } },
  },
  'site:acme.atlassian.net': { v: 2, enabled: false, corner: 'bottom-right', collapsed: true, rosters: {}, agreements: {}, off: [], welcomed: false },
  customSites: [{ origin: 'https://jira.corp.example', kind: 'jira', added: '2026-11-02T00:00:00.000Z' }],
};

async function exportFile(options: Page): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tandem-settings-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await download.path())!, 'utf8');
}

async function importText(options: Page, text: string, name = 'settings.json') {
  await options.getByLabel('Import settings from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export → reset → import restores every setting; the token stays out of the file unless asked', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'token');
  await setStorage(options, 'sync', SETTINGS);
  // Saved the way versions before per-site tokens did: it moves to github.com on first use (here,
  // the options page showing it).
  await setStorage(options, 'local', { githubToken: TOKEN });
  await options.reload();
  await expect(options.getByTestId('token-saved')).toHaveText('Saved token: github_pat_11AB…wxyz');
  expect(await tokensOf(options)).toEqual({ 'github.com': TOKEN });
  expect(await storageOf(options, 'local')).not.toHaveProperty('githubToken');
  const before = await storageOf(options, 'sync');

  await goToSection(options, 'transfer');
  const file = await exportFile(options);
  expect(file).not.toContain(TOKEN);
  await expect(options.getByTestId('transfer-status')).toHaveText('Settings exported, without your GitHub token.');

  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Reset all settings to their defaults' }).click();
  await expect(options.getByTestId('reset-status')).toHaveText('All settings are back to their defaults.');
  expect(await storageOf(options, 'sync')).toEqual({});
  expect(await tokensOf(options)).toEqual({ 'github.com': TOKEN }); // kept by a plain reset

  await importText(options, file);
  await expect(options.getByTestId('transfer-status')).toContainText('Imported settings.json. Sites: 2, with 1 roster (2 people) and 1 working agreement.');
  await expect(options.getByTestId('transfer-status')).toContainText('Changed thresholds: 2.');
  expect(await storageOf(options, 'sync')).toEqual(before);
  // The page shows what is stored now, without a reload.
  await goToSection(options, 'sites');
  await expect(options.locator('[data-site="acme.atlassian.net"]').getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  await expect(options.locator('[data-added-site="https://jira.corp.example"]')).toBeVisible();
});

test('an export with the token ticked carries it, and importing it into a fresh reset brings it back', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'transfer');
  await setStorage(options, 'sync', SETTINGS);
  await setStorage(options, 'local', { githubToken: TOKEN });
  await options.getByLabel('Include my GitHub token').check();
  const file = await exportFile(options);
  expect(JSON.parse(file).githubToken).toBe(TOKEN);

  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Reset settings and forget my GitHub token' }).click();
  await expect(options.getByTestId('reset-status')).toHaveText('All settings are back to their defaults and your GitHub token is forgotten.');
  expect(await tokensOf(options)).toEqual({});

  await importText(options, file);
  await expect(options.getByTestId('transfer-status')).toContainText('Your GitHub token was imported too.');
  // github.com's, and nowhere a content script could read it.
  expect(await tokensOf(options)).toEqual({ 'github.com': TOKEN });
  expect(JSON.stringify([await storageOf(options, 'local'), await storageOf(options, 'sync')])).not.toContain(TOKEN);
});

test('an invalid import changes nothing and says which part is wrong', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, 'transfer');
  await setStorage(options, 'sync', SETTINGS);
  const before = await storageOf(options, 'sync');
  const good = JSON.parse(await exportFile(options));

  const cases: [string, string, string][] = [
    ['not-json.json', '{"format": "tandem-settings", "version": 1, "sites": {', 'The file isn’t valid JSON'],
    ['other.json', JSON.stringify({ name: 'some other tool' }), 'isn’t a Tandem settings file'],
    ['newer.json', JSON.stringify({ ...good, version: 7 }), 'newer version of Tandem'],
    [
      'bad-role.json',
      JSON.stringify({ ...good, sites: { ...good.sites, 'github.com': { ...good.sites['github.com'], rosters: { 'acme/roadmap': { people: [{ id: 'x', role: 'boss' }] } } } } }),
      'This part of it is wrong: sites → github.com → rosters.acme/roadmap.',
    ],
    ['bad-threshold.json', JSON.stringify({ ...good, prefs: { ...good.prefs, thresholds: { routineShare: 'half' } } }), 'This part of it is wrong: prefs → thresholds.'],
  ];
  for (const [name, text, why] of cases) {
    await importText(options, text, name);
    const alert = options.getByTestId('transfer-error');
    await expect(alert).toContainText(`Nothing was changed: ${name} can’t be imported.`);
    await expect(alert).toContainText(why);
    expect(await storageOf(options, 'sync')).toEqual(before);
  }
});

test('the GitHub token is saved outside browser.storage, for github.com, shown masked, checked against GitHub, and removed', async ({ context, extensionId, world }) => {
  serveTokenCheck(world, TOKEN);
  world.tokenBelongsTo('github.com', TOKEN).tokenBelongsTo('github.com', 'ghp_wrongwrongwrongwrongwrong');
  const options = await openOptions(context, extensionId, 'token');
  const consoleText: string[] = [];
  options.on('console', (m) => consoleText.push(m.text()));
  const input = options.getByLabel('Token', { exact: true });
  await expect(input).toHaveAttribute('type', 'password');
  await input.fill(TOKEN);
  const show = options.getByRole('button', { name: 'Show' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(input).toHaveAttribute('type', 'text');
  await show.click();
  await expect(input).toHaveAttribute('type', 'password');
  await options.getByRole('button', { name: 'Save token' }).click();

  await expect(options.getByRole('status').filter({ hasText: 'Token saved in this browser only.' })).toBeVisible();
  expect(await tokensOf(options)).toEqual({ 'github.com': TOKEN });
  expect(JSON.stringify([await storageOf(options, 'local'), await storageOf(options, 'sync')])).not.toContain(TOKEN);
  await expect(options.getByTestId('token-saved')).toHaveText('Saved token: github_pat_11AB…wxyz');
  expect(await options.locator('body').innerText()).not.toContain(TOKEN);

  await options.getByRole('button', { name: 'Check' }).click();
  await expect(options.getByTestId('token-check')).toContainText('This token belongs to pnair. 4987 of 5000 requests left this hour.');

  // A wrong token: GitHub's refusal in plain words.
  await options.getByLabel('Replace the token').fill('ghp_wrongwrongwrongwrongwrong');
  await options.getByRole('button', { name: 'Check' }).click();
  await expect(options.getByTestId('token-check')).toContainText('GitHub rejected this token');

  await options.getByRole('button', { name: 'Remove token' }).click();
  await expect(options.getByTestId('token-saved')).toHaveText('No token saved.');
  expect(await tokensOf(options)).toEqual({});
  expect(consoleText.join('\n')).not.toContain(TOKEN.slice(12));
});
