// Word families that mark a prescribed solution, read as extra cues of the solution-oriented model.
// The hashed n-grams learn words project by project, and the vocabulary of a solution changes from one
// project to the next ("a map display", "a CSV output", "deployed to production"). A family shares what
// one project's stories teach with the words of another. The families follow the QUS definition as
// written in docs/labelling/qus-dalpiaz.md: UI elements, delivery channels and formats, technology,
// development tasks, and a prescribed input procedure. They are counted in the story's means ("I want …"
// up to "so that"); a family named only in the ends is its own cue, since the ends do not prescribe.
// One linear pass over the words, no regular expressions; lookups in a Map, never on a plain object.
import { MAX_CHARS } from './features';

const FAMILIES: readonly (readonly string[])[] = [
  // UI elements and layout
  [
    'button', 'buttons', 'field', 'fields', 'form', 'forms', 'page', 'pages', 'homepage', 'dashboard', 'dashboards', 'map',
    'maps', 'calendar', 'timer', 'thumbnail', 'thumbnails', 'banner', 'banners', 'tab', 'tabs', 'menu', 'menus', 'dialog',
    'popup', 'pop-up', 'widget', 'widgets', 'icon', 'icons', 'logo', 'layout', 'mockup', 'mockups', 'screen', 'screens',
    'link', 'links', 'url', 'urls', 'scroll', 'click', 'clicking', 'checkbox', 'dropdown', 'drop-down', 'sidebar', 'box',
    'section', 'listing', 'display', 'displayed', 'graph', 'graphs', 'chart', 'charts', 'tooltip', 'modal', 'slider',
    'wizard', 'website', 'site', 'ui', 'gui', 'interface', 'colour', 'color', 'font',
  ],
  // Delivery channels and formats
  [
    'email', 'e-mail', 'emailed', 'emails', 'rss', 'feed', 'api', 'apis', 'endpoint', 'endpoints', 'cli', 'client',
    'library', 'sdk', 'plugin', 'plug-in', 'csv', 'excel', 'json', 'xml', 'pdf', 'pdfs', 'html', 'xhtml', 'spreadsheet',
    'sqlite', 'zip', 'iframe', 'embed', 'upload', 'uploads', 'integration', 'sms', 'blog',
    'command', 'script', 'scripts', 'app', 'mobile',
  ],
  // Technology, standards, named products
  [
    'database', 'databases', 'db', 'table', 'tables', 'sql', 'cache', 'cached', 'index', 'server', 'servers', 'cloud',
    'hosting', 'github', 'schema', 'encrypt', 'encrypted', 'encryption', 'ip', 'unicode', 'doi', 'browser', 'browsers',
    'css', 'w3c', 'python', 'javascript', 'java', 'ckan', 'elasticsearch', 'subdomain', 'environment', 'environments',
    'staging', 'production', 'loader', 'header', 'headers', 'docker', 'aws', 'oauth', 'facebook', 'google', 'twitter',
    'linkedin', 'git', 'jquery', 'ssl', 'https', 'password', 'captcha', 'algorithm', 'storage', 'backend', 'frontend',
  ],
  // Development tasks rather than a user's need
  [
    'redesign', 'edits', 'deploy', 'deployed', 'deployment', 'test', 'tests', 'configure', 'configured', 'setup', 'migrate',
    'migration', 'refactor', 'implement', 'derivation', 'derive', 'validation', 'validations', 'prototype', 'code', 'bug',
  ],
];

// Two-word phrases that prescribe an input procedure or a mechanism ("by entering", "log in with").
const PHRASES: readonly string[] = [
  'by entering', 'by typing', 'by clicking', 'by selecting', 'by giving', 'by filling', 'by uploading', 'by dragging',
  'in with', 'fill in', 'copy paste', 'type in', 'enter my', 'drag and', 'landing page', 'command line', 'text message',
  'sign up', 'log in', 'page through', 'via a', 'via the', 'through a',
];

const FAMILY = new Map<string, number>();
FAMILIES.forEach((words, family) => {
  for (const w of words) FAMILY.set(w, family);
});
const PHRASE_FAMILY = FAMILIES.length;
const PHRASE = new Set(PHRASES);

/** How many cues `solutionCues` returns. */
export const SOLUTION_CUES = FAMILIES.length + 3;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c > 127;
}

/**
 * For a story ("… I want …"): one cue per family present in the means, one for input phrases, one when a
 * family shows only in the ends ("so that …"), and one saying it is a story. Each is 0 or 1; all 0 for
 * a text that is no story.
 */
export function solutionCues(text: string): number[] {
  const lower = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).toLowerCase();
  const means = new Array<number>(PHRASE_FAMILY + 1).fill(0);
  let part: 'before' | 'means' | 'ends' = 'before';
  let previous = '';
  let inEnds = false;
  let i = 0;
  while (i < lower.length) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isLetter(lower.charCodeAt(i))) i++;
    // Over-long runs are not words: no family reads them.
    const word = i - start > 40 ? '' : lower.slice(start, i);
    const pair = `${previous} ${word}`;
    if (part === 'before' && (pair === 'i want' || pair === 'i need' || pair === 'i would' || pair === 'i wish' || pair === 'i can')) {
      part = 'means';
    } else if (part === 'means' && (pair === 'so that' || pair === 'in order' || pair === 'so i')) {
      part = 'ends';
    }
    const family = FAMILY.get(word);
    if (part === 'ends') {
      if (family !== undefined) inEnds = true;
    } else if (part === 'means') {
      // Words before "I want" are the role ("as an API user"): not read.
      if (family !== undefined) means[family] = 1;
      if (PHRASE.has(pair)) means[PHRASE_FAMILY] = 1;
    }
    previous = word;
  }
  // Only a story has a means to read. In a comment or an issue a table or a page is as often the
  // subject of a problem ("this will lock the orders table"); there the rule and the n-grams answer.
  if (part === 'before') return new Array<number>(SOLUTION_CUES).fill(0);
  const named = means.includes(1);
  means.push(inEnds && !named ? 1 : 0, 1);
  return means;
}
