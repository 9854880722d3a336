// How a page on a site the user added (Jira Data Center, GitHub Enterprise) gets Tandem's code without
// any of our files being reachable from web pages. github.com and *.atlassian.net load the content
// module and the panel's chunks by import from the extension, which works only for files listed as
// web-accessible to that origin; an added site can be any origin, and listing our files for every
// origin let any site probe for them (issue #12, finding 5). So on an added site the loader asks the
// background, which injects two self-contained scripts with scripting.executeScript (no listing
// needed): the lifecycle first, and the panel only once the page has been found to need one.
// docs/decisions.md records why. This file injects them into the tab that asked; the added-site
// entries (src/entries/added-site-*.ts) import the message names and the global from here.

/** From the loader (src/entries/content-loader.js, plain JS: it repeats this string). */
export const LOAD_ADDED_SITE_CONTENT = 'load-added-site-content';
/** From the added site's lifecycle, when the page needs a panel. */
export const LOAD_ADDED_SITE_PANEL = 'load-added-site-panel';

/** Files the build writes (scripts/build.mjs), one bundle each, importing nothing at run time. */
export const ADDED_SITE_FILES = {
  [LOAD_ADDED_SITE_CONTENT]: 'added-site/content.js',
  [LOAD_ADDED_SITE_PANEL]: 'added-site/panel.js',
} as const;

/** Where the panel bundle leaves its mount function: a global of our isolated world, not the page's. */
export const PANEL_GLOBAL = '__tandemMountPanel';

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
