// Other sites can't tell Tandem is installed (issue #12, finding 5). A page tries what a fingerprinting
// script would: fetch our files at their fixed address, and load one as a module script; both must
// fail. Our files are web-accessible only to github.com and *.atlassian.net (the bundler lists the
// content chunks for them); a site the user added gets its code injected by the background instead
// (src/background/added-site.ts), so even there, with the panel on screen, nothing of ours can be fetched.
// Firefox's moz-extension address is random per install (e2e/firefox/fingerprint.spec.ts checks the
// rest there).
import { DC_TEAM, FakeJira, makeBacklog } from '../test/fixtures/jira/load-fake-jira';
import { EXTENSION_DIR, expect, panelRoot, test } from './harness';
import { ourFiles, probeInPage } from './fingerprint-probe';
import { addJiraSite, jiraPage, serveSelfHosted } from './jira-world';

const STRANGER = 'https://stranger.example/';
const SLOW = { timeout: 15_000 };

test('a page on an uncovered origin cannot reach our files at their fixed address', async ({ page, world, extensionId }) => {
  await world.serveOrigin('https://stranger.example');
  world.on(STRANGER, { body: '<!DOCTYPE html><title>A stranger</title><p>Nothing to see</p>' });
  const files = ourFiles(EXTENSION_DIR);
  await page.goto(STRANGER);
  const probes = await page.evaluate(probeInPage, files.map((f) => `chrome-extension://${extensionId}/${f}`));
  expect(probes).toEqual(files.map(() => 'refused, refused'));
  // And nothing of ours is in the page: no panel, no element pointing at the extension.
  await expect(page.locator('[data-tandem-root]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);
});

test('an added site shows its panel, and its page cannot reach our files either', async ({ context, extensionId, page, world }) => {
  const origin = 'https://tracker.example.com';
  const [issue] = makeBacklog({ project: 'OPS', count: 1, team: DC_TEAM, deployment: 'data-center' });
  issue!.key = 'OPS-7';
  const me = DC_TEAM[0]!;
  await serveSelfHosted(world, new FakeJira({ deployment: 'data-center', base: `${origin}/jira`, users: DC_TEAM, issues: [issue!] }), {
    '/jira/browse/OPS-7': jiraPage('dc-issue', { KEY: 'OPS-7', SUMMARY: issue!.summary, USER: me.id, USER_NAME: me.name }),
  });
  await addJiraSite(context, extensionId, origin);
  await page.goto(`${origin}/jira/browse/OPS-7`);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(panelRoot(page)).toHaveCount(1);

  const files = ourFiles(EXTENSION_DIR);
  const probes = await page.evaluate(probeInPage, files.map((f) => `chrome-extension://${extensionId}/${f}`));
  expect(probes).toEqual(files.map(() => 'refused, refused'));
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('chrome-extension://'))).toBe(false);
});
