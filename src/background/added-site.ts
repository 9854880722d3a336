// Injects an added site's content script and panel code into the tab that asked (see
// src/page/added-site.ts for why they are injected rather than imported).
import { ADDED_SITE_FILES, LOAD_ADDED_SITE_CONTENT, LOAD_ADDED_SITE_PANEL } from '../page/added-site';

export type AddedSiteRequest = { type: typeof LOAD_ADDED_SITE_CONTENT | typeof LOAD_ADDED_SITE_PANEL };

export function isAddedSiteRequest(message: unknown): message is AddedSiteRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === LOAD_ADDED_SITE_CONTENT || type === LOAD_ADDED_SITE_PANEL;
}

export interface Sender {
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface InjectDeps {
  /** Whether the user granted this origin (an added site); browser.permissions.contains. */
  granted(origin: string): Promise<boolean>;
  /** browser.scripting.executeScript for one file into one frame. */
  inject(tabId: number, frameId: number, file: string): Promise<unknown>;
}

/**
 * Runs the requested file in the frame that sent the request, only for a web page on an origin the
 * user added: our code goes nowhere else. True when it ran.
 */
export async function injectForAddedSite(request: AddedSiteRequest, sender: Sender, deps: InjectDeps): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url) return false;
  let origin: string;
  try {
    const url = new URL(sender.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    origin = url.origin;
  } catch {
    return false;
  }
  if (!(await deps.granted(origin).catch(() => false))) return false;
  try {
    await deps.inject(tabId, sender.frameId ?? 0, ADDED_SITE_FILES[request.type]);
    return true;
  } catch {
    return false; // the tab went away or navigated meanwhile: nothing to show there
  }
}
