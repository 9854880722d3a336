// Helpers for the options and popup specs: read and write the extension's storage from one of its
// own pages (the `chrome` global is only there, so these run inside the page).
import type { Page } from '@playwright/test';

type Area = 'sync' | 'local';
type Chrome = { storage: Record<Area, { get(keys: null | string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> }> };

export function storageOf(page: Page, area: Area): Promise<Record<string, unknown>> {
  return page.evaluate((a) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a].get(null), area);
}

export function setStorage(page: Page, area: Area, values: Record<string, unknown>): Promise<void> {
  return page.evaluate(([a, v]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a as Area].set(v as object), [area, values] as const);
}
