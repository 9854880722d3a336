// Which tab the popup talks about. As a toolbar popup, the active tab. Opened as a page in its own
// tab (people do that to keep the guide open), the tab the user was on just before.
import browser from 'webextension-polyfill';
import { STATUS_REQUEST, type PageStatus } from '../../content/page-status';

export async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active ?? null;
  }
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}

/** Asks the tab's content script what it shows; null where Tandem doesn't run. */
export async function pageStatus(tabId: number): Promise<PageStatus | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, STATUS_REQUEST)) as PageStatus | undefined;
    return answer && typeof answer.host === 'string' ? answer : null;
  } catch {
    return null;
  }
}
