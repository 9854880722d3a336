// Added sites, end to end. Chromium's permission prompt is browser UI that no test can click, so the
// "Allow" a user would give is given beforehand the way the extensions page does it (Site access →
// add a site, through chrome.developerPrivate): the extension's own permissions.request then
// resolves without a prompt, and everything after it is the real path — the request from the click,
// the grant, the background's dynamic registration, the content script and panel on that site, and
// giving the access back on removal.
import type { BrowserContext, Page } from '@playwright/test';
import { allowInExtensionsPage, expect, panelRoot, serviceWorkerOf, test, type World } from './harness';
import { serveDataCenterIssue } from './jira-world';
import { storageOf } from './options-world';

const ORIGIN = 'https://jira.corp.example';
const ISSUE = `${ORIGIN}/jira/browse/OPS-7`;


/** The options page, with every permissions.request it makes recorded (and whether a gesture was active). */
async function optionsRecordingRequests(context: BrowserContext, extensionId: string, answer?: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((fixed) => {
    const c = (globalThis as unknown as { chrome: { permissions: { request(p: { origins?: string[] }): Promise<boolean> } } }).chrome;
    const original = c.permissions.request.bind(c.permissions);
    const seen: { origins: string[]; gesture: boolean }[] = [];
    (globalThis as unknown as { tandemRequests: typeof seen }).tandemRequests = seen;
    c.permissions.request = (p) => {
      seen.push({ origins: p.origins ?? [], gesture: navigator.userActivation.isActive });
      return fixed === null ? original(p) : Promise.resolve(fixed);
    };
  }, answer ?? null);
  await page.goto(`chrome-extension://${extensionId}/src/entries/options.html`);
  return page;
}

const requestsOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { tandemRequests: unknown[] }).tandemRequests);

const serveDataCenter = (world: World) => serveDataCenterIssue(world, ORIGIN);

async function registeredOrigins(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

test('adding a Jira Data Center site asks for that one origin from the click, registers the content script, and the panel appears there', async ({ context, extensionId, world, page }) => {
  await serveDataCenter(world);
  await allowInExtensionsPage(context, extensionId, ORIGIN);
  const options = await optionsRecordingRequests(context, extensionId);

  // Before: the site isn't Tandem's, no panel.
  await page.goto(ISSUE);
  await page.waitForTimeout(800);
  await expect(panelRoot(page)).toHaveCount(0);

  await options.getByLabel('Add a Jira site (its address)').fill('jira.corp.example/secure/Dashboard.jspa?x=1');
  await options.getByRole('button', { name: 'Add this Jira site' }).click();
  await expect(options.locator(`[data-added-site="${ORIGIN}"]`)).toContainText('Jira');
  expect(await requestsOf(options)).toEqual([{ origins: [`${ORIGIN}/*`], gesture: true }]);
  expect((await storageOf(options, 'sync')).customSites).toEqual([{ origin: ORIGIN, kind: 'jira', added: expect.any(String) }]);
  await expect.poll(() => registeredOrigins(context)).toContain(`${ORIGIN}/*`);

  await page.reload();
  await expect(panelRoot(page)).toHaveCount(1);
  await expect(page.locator('[data-tandem-root] .scope')).toContainText('OPS-7');

  // Removing it gives the access back: no permission, no panel after a reload.
  await options.getByRole('button', { name: `Remove ${ORIGIN} and give back Tandem’s access to it` }).click();
  await expect(options.getByText(`${ORIGIN} removed`)).toBeVisible();
  expect(await options.evaluate((o) => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: [o] }), `${ORIGIN}/*`)).toBe(false);
  expect((await storageOf(options, 'sync')).customSites).toEqual([]);
  await page.reload();
  await page.waitForTimeout(800);
  await expect(panelRoot(page)).toHaveCount(0);
});

test('a refused permission adds nothing and says so', async ({ context, extensionId }) => {
  const options = await optionsRecordingRequests(context, extensionId, false);
  await options.getByLabel('Add a GitHub Enterprise site (its address)').fill('https://github.corp.example:8443/acme');
  await options.getByRole('button', { name: 'Add this GitHub Enterprise site' }).click();
  await expect(options.locator('#add-github-error')).toHaveText('Your browser didn’t give access to https://github.corp.example:8443, so it wasn’t added. Try again and choose Allow.');
  await expect(options.locator('#add-github-error')).toHaveAttribute('role', 'alert');
  // Match patterns carry no port: the request is for the host.
  expect(await requestsOf(options)).toEqual([{ origins: ['https://github.corp.example/*'], gesture: true }]);
  expect((await storageOf(options, 'sync')).customSites).toBeUndefined();
});

test('addresses that are not a site, or already covered, are refused before anything is asked', async ({ context, extensionId }) => {
  const options = await optionsRecordingRequests(context, extensionId, true);
  const field = options.getByLabel('Add a Jira site (its address)');
  const add = options.getByRole('button', { name: 'Add this Jira site' });
  for (const [typed, says] of [
    ['not a url', 'That isn’t a web address Tandem can use.'],
    ['ftp://jira.corp.example', 'That isn’t a web address Tandem can use.'],
    ['https://acme.atlassian.net/browse/X-1', 'Tandem already runs on acme.atlassian.net'],
  ]) {
    await field.fill(typed!);
    await add.click();
    await expect(options.locator('#add-jira-error')).toContainText(says!);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await requestsOf(options)).toEqual([]);
});

test('an added site without access (e.g. imported) says so and offers to ask again', async ({ context, extensionId }) => {
  const options = await optionsRecordingRequests(context, extensionId);
  await options.evaluate(
    (origin) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ customSites: [{ origin, kind: 'jira' }] }),
    ORIGIN,
  );
  await options.reload();
  const row = options.locator(`[data-added-site="${ORIGIN}"]`);
  await expect(row).toContainText('access not given yet');
  await allowInExtensionsPage(context, extensionId, ORIGIN);
  await row.getByRole('button', { name: `Allow Tandem to read ${ORIGIN}` }).click();
  await expect(options.getByText(`Tandem can now read ${ORIGIN}.`)).toBeVisible();
  await expect(row).not.toContainText('access not given yet');
  expect(await requestsOf(options)).toEqual([{ origins: [`${ORIGIN}/*`], gesture: true }]);
  await expect.poll(() => registeredOrigins(context)).toContain(`${ORIGIN}/*`);
});
