// The content script's loader (src/entries/content-loader.js) in both orders a browser may choose:
// injected while the page is still loading (Chromium, usually) and injected after the page's load
// (Firefox always runs document_idle scripts then; Chromium may, e.g. into a tab already open).
// Each test first shows which order really happened, from the loader's own `tandem:start` mark.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DC_TEAM, FakeJira, makeBacklog } from '../test/fixtures/jira/load-fake-jira';
import { GITHUB_REPO, serveGitHub } from './demo-world';
import { EXTENSION_DIR, expect, FIXTURES, panelRoot, serviceWorkerOf, test } from './harness';
import { addJiraSite, jiraPage, serveSelfHosted } from './jira-world';
import { githubIssuePage } from './pages';

const SLOW = { timeout: 15_000 };

/** When the loader marked its start, and when the page's load event began (both in page time). */
function startAndLoad(page: Page): Promise<{ start: number | null; load: number }> {
  return page.evaluate(() => ({
    start: performance.getEntriesByName('tandem:start')[0]?.startTime ?? null,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
}

test('injected before the load (a slow image holds it back): the panel comes', async ({ page, world }) => {
  serveGitHub(world);
  const json = (file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
  const html = githubIssuePage(GITHUB_REPO, json('github/issue-42.json'), json('github/issue-42-comments.json'), { me: 'pnair' });
  world.on(`https://github.com/${GITHUB_REPO}/issues/42`, { body: html.replace('</body>', '<img src="https://avatars.githubusercontent.com/u/4242?s=40" alt=""></body>') });
  world.on(/avatars\.githubusercontent\.com\/u\/4242/, async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return { status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') };
  });

  await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
  const { start, load } = await startAndLoad(page);
  expect(start).not.toBeNull();
  expect(start!).toBeLessThan(load);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(panelRoot(page)).toHaveCount(1);
});

test('injected after the load (into a tab already open): the panel still comes', async ({ context, extensionId, page, world }) => {
  const origin = 'https://late.example.com';
  const [issue] = makeBacklog({ project: 'OPS', count: 1, team: DC_TEAM, deployment: 'data-center' });
  const me = DC_TEAM[0]!;
  await serveSelfHosted(world, new FakeJira({ deployment: 'data-center', base: origin, users: DC_TEAM, issues: [issue!] }), {
    [`/browse/${issue!.key}`]: jiraPage('dc-issue', { KEY: issue!.key, SUMMARY: issue!.summary, USER: me.id, USER_NAME: me.name }),
  });
  await addJiraSite(context, extensionId, origin);
  // Take back the registration the added site got, so the page opens with no content script, as a
  // tab that was open before the extension came; then put the loader in, as the browser would.
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.unregisterContentScripts());
  await page.goto(`${origin}/browse/${issue!.key}`);
  expect((await startAndLoad(page)).start).toBeNull();

  const loader = (JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] }).content_scripts[0]!.js[0]!;
  const error = await worker.evaluate(
    async ([url, file]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url: `${url}*` });
      try {
        await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: [file!] });
        return null;
      } catch (e) {
        return String(e);
      }
    },
    [`${origin}/`, loader],
  );
  expect(error).toBeNull();
  const { start, load } = await startAndLoad(page);
  expect(start).not.toBeNull();
  expect(start!).toBeGreaterThan(load);
  await expect(page.locator('[data-tandem-root] .tandem')).toHaveAttribute('data-phase', 'ready', SLOW);
  await expect(panelRoot(page)).toHaveCount(1);
});

/** The extension APIs these tests call in the service worker, typed just enough. */
interface Chrome {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    unregisterContentScripts(): Promise<void>;
    executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
}
