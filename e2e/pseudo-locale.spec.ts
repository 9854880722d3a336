// Every word on screen comes through browser.i18n, including the engine's summaries made in the
// background: with a pseudo-locale whose every message is wrapped in ⟦…⟧, the panel (all signals
// open, people shown), the popup and the options page show no words outside the brackets except
// tracker data (names, titles, keys) and what the user typed.
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_REPO, JIRA_SITE, serveDemo } from './demo-world';
import { CHROMIUM_ARGS, chromiumPath, EXTENSION_DIR, expect, openWorld, serviceWorkerOf } from './harness';

/** A copy of the built extension with a `fr` catalogue: each English message wrapped in ⟦…⟧. */
function pseudoLocalised(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-pseudo-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const english = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  for (const entry of Object.values(english)) entry.message = `⟦${entry.message}⟧`;
  mkdirSync(join(dir, '_locales/fr'));
  writeFileSync(join(dir, '_locales/fr/messages.json'), JSON.stringify(english));
  return dir;
}

const test = base.extend<{ context: BrowserContext; extensionId: string; page: Page }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = pseudoLocalised();
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
      args: [...CHROMIUM_ARGS, '--lang=fr', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
      viewport: { width: 1280, height: 1400 },
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await serviceWorkerOf(context)).url()).host);
  },
  page: async ({ context }, use) => {
    serveDemo(await openWorld(context));
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

/**
 * Visible text outside any ⟦…⟧ (messages nest: "⟦⟦You⟧ made …⟧"), per text node, under a shadow
 * root's host or the document, once tracker data the test knows (names, hosts) is taken out. Form
 * fields' values are not text nodes, so what the user typed is out too.
 */
async function wordsOutsideMessages(page: Page, rootSelector: string | null, data: string[]): Promise<string[]> {
  return page.evaluate(
    ([rootSel, known]) => {
      const root: Node | null = rootSel ? (document.querySelector(rootSel)?.shadowRoot ?? null) : document.body;
      if (!root) return ['(no root)'];
      const out: string[] = [];
      let depth = 0;
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          let outside = '';
          for (const c of node.textContent ?? '') {
            if (c === '⟦') depth++;
            else if (c === '⟧') depth = Math.max(0, depth - 1);
            else if (depth === 0) outside += c;
          }
          const parent = node.parentElement;
          if (!parent || parent.closest('style, script, [hidden]')) return;
          let words = outside;
          for (const d of known) words = words.split(d).join(' ');
          if (/\p{L}/u.test(words)) out.push(outside.trim());
          return;
        }
        for (const child of node.childNodes) walk(child);
      };
      walk(root);
      return out;
    },
    [rootSelector, data] as const,
  );
}

/** The demo trackers' people and hosts: data, shown as the tracker has them. */
const DATA = ['pnair', 'atanaka', 'github-actions[bot]', 'mrossi', 'sokafor', 'lkowalski', 'tbrandt', 'github.com', 'acme.atlassian.net'];

test('the panel, with every signal and the people open, says everything through browser.i18n', async ({ page }) => {
  await page.goto(`https://github.com/${GITHUB_REPO}/issues/42`);
  const panel = page.locator('[data-tandem-root]');
  await panel.locator('button.badge').click();
  await expect(panel.locator('[data-signal]')).toHaveCount(26);
  // Rows move between the findings, the setup row and the folded checks once the page is read.
  await expect(panel.locator('.tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  for (const opener of await panel.locator('button[aria-controls="tandem-folded"], button[aria-controls="tandem-setup-signals"]').all()) await opener.click();
  for (const row of await panel.locator('[data-signal] button.row').all()) await row.click();
  await panel.locator('button[aria-controls="tandem-people"]').click();
  // Proof the background's engine spoke the pseudo-locale too, not only the UI.
  await expect(panel.locator('[data-signal="leads-routines"]')).toContainText('⟦');
  expect(await wordsOutsideMessages(page, '[data-tandem-root]', DATA)).toEqual([]);
});

test('a Jira backlog panel says everything through browser.i18n', async ({ page }) => {
  await page.goto(`${JIRA_SITE}/jira/software/projects/CART/boards/7/backlog`);
  const panel = page.locator('[data-tandem-root]');
  await panel.locator('button.badge').click();
  await expect(panel.locator('[data-signal]')).toHaveCount(26);
  // Rows move between the findings, the setup row and the folded checks once the page is read.
  await expect(panel.locator('.tandem')).toHaveAttribute('data-phase', 'ready', { timeout: 15_000 });
  for (const opener of await panel.locator('button[aria-controls="tandem-folded"], button[aria-controls="tandem-setup-signals"]').all()) await opener.click();
  for (const row of await panel.locator('[data-signal] button.row').all()) await row.click();
  expect(await wordsOutsideMessages(page, '[data-tandem-root]', DATA)).toEqual([]);
});

test('the popup and the options page say everything through browser.i18n', async ({ context, extensionId }) => {
  for (const name of ['popup', 'options']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/entries/${name}.html`);
    await page.locator('main, body > *').first().waitFor();
    await page.waitForTimeout(300);
    expect(await wordsOutsideMessages(page, null, DATA), name).toEqual([]);
  }
});
