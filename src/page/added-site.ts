// How a page on a site the user added (Jira Data Center, GitHub Enterprise) gets Tandem's code without
// any of our files being reachable from web pages. github.com and *.atlassian.net load the content
// module and the panel's chunks by import from the extension, which works only for files listed as
// web-accessible to that origin; an added site can be any origin, and listing our files for every
// origin let any site probe for them (issue #12, finding 5). So on an added site the loader asks the
// background, which injects two self-contained scripts with scripting.executeScript (no listing
// needed): the lifecycle first, and the panel only once the page has been found to need one.
// docs/decisions.md records why.

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
