// Helpers for the options and popup specs: read and write the extension's storage from one of its
// own pages (the `chrome` global is only there, so these run inside the page).
import type { Page } from '@playwright/test';
import { TOKEN_DB, TOKEN_STORE } from '../src/settings/tokens';

type Area = 'sync' | 'local';
type Chrome = { storage: Record<Area, { get(keys: null | string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> }> };

export function storageOf(page: Page, area: Area): Promise<Record<string, unknown>> {
  return page.evaluate((a) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a].get(null), area);
}

export function setStorage(page: Page, area: Area, values: Record<string, unknown>): Promise<void> {
  return page.evaluate(([a, v]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a as Area].set(v as object), [area, values] as const);
}

/** Runs in an extension page or worker (any driver): the saved GitHub tokens by site, from the
 * extension's own IndexedDB (where src/settings/tokens.ts keeps them). */
export function readTokensInPage([db, store]: readonly [string, string]): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(store);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const out: Record<string, string> = {};
      const cursor = open.result.transaction(store, 'readonly').objectStore(store).openCursor();
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return open.result.close(), resolve(out);
        out[String(c.key)] = String(c.value);
        c.continue();
      };
    };
  });
}

/** Runs in an extension page or worker (any driver): saves one site's token as the options page does. */
export function saveTokenInPage([db, store, site, token]: readonly [string, string, string, string]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(store);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(token, site);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The saved GitHub tokens by site, read from one of the extension's pages. */
export function tokensOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(readTokensInPage, [TOKEN_DB, TOKEN_STORE] as const);
}

/** The options page's sections, as its menu and URL hash name them (src/ui/options/Options.tsx). */
export type OptionsSection = 'sites' | 'team' | 'signals' | 'thresholds' | 'token' | 'shortcut' | 'transfer' | 'privacy';

/** Goes to one section of the options page as a user does: its link in the menu; then waits for it. */
export async function goToSection(page: Page, section: OptionsSection): Promise<void> {
  await page.locator(`nav a[href="#${section}"]`).click();
  await page.locator(`main[data-section="${section}"]`).waitFor();
}

/** Opens a group of thresholds (they are folded by theme) by its summary. */
export async function openThresholdGroup(page: Page, title: string): Promise<void> {
  const group = page.locator('details.threshold-group', { has: page.locator(':scope > summary', { hasText: title }) });
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator(':scope > summary').click();
}

/** Unfolds the working agreement's routines (folded while none has an owner). */
export async function openAgreement(page: Page): Promise<void> {
  const fold = page.locator('details.agreement');
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator(':scope > summary').click();
}
