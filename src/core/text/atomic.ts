// Atomic: does the story (or title) ask for ONE feature? Several features joined by and/or/commas/&/+
// make it non-atomic. Only the need is read — the "I want" part of a user story, or the title — never
// the benefit ("so that I can plan and budget" is one reason), and fixed pairs that name one thing
// ("drag and drop", "terms and conditions") are not a join. A defect title describes one problem even
// when it says "fails and the page stays blank".
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';
import { gated } from './gate';

// Pairs that name one feature or one thing. Matched on the lower-cased need before joins are counted.
const FIXED_PAIRS = gated(new RegExp(
  '\\b(?:' +
    [
      'drag(?:ging)? (?:and|&|n) drop(?:ping)?', 'terms (?:and|&) conditions', 'search (?:and|&) replace', 'find (?:and|&) replace',
      'copy (?:and|&) paste', 'cut (?:and|&) paste', 'pros (?:and|&) cons', 'black (?:and|&) white', 'profit (?:and|&) loss',
      'questions? (?:and|&) answers?', 'back (?:and|&) forth', 'up (?:and|&) down', 'trial (?:and|&) error', 'plug (?:and|&) play',
      'read (?:and|&) write', 'read/write', 'and/or', 'light (?:and|&) dark', 'dark (?:and|&) light', 'before (?:and|&) after',
      'date (?:and|&) time', 'latitude (?:and|&) longitude', 'lat/long?', 'first (?:and|&) last names?', 'name (?:and|&) photo',
      'bread (?:and|&) butter', 'hide (?:and|&) seek', 'salt (?:and|&) pepper', 'rock (?:and|&) roll', 'check(?:ing)? in (?:and|&) out',
      'sign(?:ing)? in (?:and|&) out', 'log(?:ging)? in (?:and|&) out', 'in (?:and|&) out', 'on (?:and|&) off', 'more (?:and|&) more',
      'over (?:and|&) over', 'again (?:and|&) again', 'safe (?:and|&) sound', 'quick (?:and|&) easy', 'fast (?:and|&) easy',
      'safe (?:and|&) secure', 'simple (?:and|&) clear', 'clear (?:and|&) simple', 'easy (?:and|&) quick', 'fast (?:and|&) reliable',
      'now (?:and|&) then', 'here (?:and|&) there', 'each (?:and|&) every', 'by (?:and|&) large', 'research (?:and|&) development',
      'mergers (?:and|&) acquisitions', 'health (?:and|&) safety', 'shipping (?:and|&) handling', 'bed (?:and|&) breakfast',
      'arts (?:and|&) crafts', 'zoom in (?:and|&) out', 'either \\w+ or', 'whether or not', 'more or less', 'sooner or later',
      'one or more', 'one or two', 'two or (?:three|more)', 'yes/no', 'yes or no', 'true/false', 'on/off', 'read-only or',
    ].join('|') +
    ')\\b',
  'g',
));
// Letters joined by "&" or "/" without spaces: Q&A, R&D, P&L, I/O, A/B.
const GLUED = gated(/\b\w{1,3}[&/]\w{1,3}\b/g);
// Two adverbs joined ("quickly and securely") qualify one action.
const ADVERB_PAIR = gated(/\b\w+ly (?:and|or) \w+ly\b/g);
// "between X and Y" is one range or one toggle.
const BETWEEN = gated(/\bbetween [^,;]{1,40}? and \w+/g);
// The need ends where the benefit or a condition starts.
/** Pairs that read as one thing ("drag and drop", "read/write"), replaced in this order before looking for a join. */
const PAIRS = [FIXED_PAIRS, GLUED, ADVERB_PAIR, BETWEEN];
const NEED_END =
  /\b(?:so that|so (?:i|we|they|it|you|my|our|your|their|the|users|customers|people|everyone)|in order to|to (?:make sure|ensure|avoid|prevent|help|save|reduce|improve|keep track)|because|since|which|that way|when|whenever|if|while|without|unless|after|before|until|such as|including)\b|\b(?:e\.g|i\.e)\.|, to\b|[(]/;
const WANT = /\bi(?: want| need| would like|'d like|’d like| wish| can| am able to|'m able to| should be able to| must be able to)\b(?: to)?(?: be able to)?/;
// Words that mark a defect title: one problem, however it is described.
const DEFECT = gated(/\b(?:fails?|failing|failed|crash\w*|error|exception|throws?|hangs?|broken|wrong|loses?|lost|never|doesn't|does not|can't|cannot|not working|blank|stuck|freezes?|flickers?|overlaps?|misaligned|disappears?|missing|duplicated?|regression|bug|null|timeouts?|slow)\b/);
const HEADING_MARK = /^(?:#{1,6}\s+|h[1-6]\.\s+)/;
const SECTION_LABEL = /^[*_]*(?:summary|title|description|story|user story|details|overview)[*_]*:?$/;
// Also two longer words joined by a slash: "import/export" is two features, "CSV/PDF" is caught as GLUED first.
// Word lengths are bounded: an unbounded run backtracked letter by letter and overflowed the regex
// stack on a 6 MB line with no spaces; no word is longer than 40 letters.
const JOIN = /\b(?:and|or|as well as|plus|along with)\b|&|\s\+\s|;|\s\/\s|\b[a-z]{4,40}\/[a-z]{4,40}\b|,/;

/** The part of the text that states the need: the "I want" clause, else the title, else the first line. */
export function needOf(text: string, options?: ClassifyOptions): string {
  return readNeed(text, options).need;
}

function readNeed(text: string, options?: ClassifyOptions): { need: string; story: boolean } {
  const { lower, lines } = tokens(text);
  const want = WANT.exec(lower);
  let need: string;
  if (want) need = lower.slice(want.index + want[0].length);
  else if (options?.title) need = options.title.toLowerCase();
  else {
    // The first line that says something: skip heading marks and bare section labels ("h3. Summary").
    need = '';
    for (const line of lines) {
      const bare = line.replace(HEADING_MARK, '');
      if (!SECTION_LABEL.test(bare)) {
        need = bare;
        break;
      }
    }
  }
  // A component prefix in a title ("CLI: add a flag", "Notifications: email, SMS and push") is not a feature.
  need = need.replace(/^[^:\n]{1,30}:\s+(?=\S)/, '');
  const end = NEED_END.exec(need);
  if (end) need = need.slice(0, end.index);
  // Only the first sentence of the need.
  const stop = need.search(/[.!?\n]/);
  // The trailing run is stripped from where it starts (lookbehind): from each of its characters it was quadratic.
  return { need: (stop >= 0 ? need.slice(0, stop) : need).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, '').trim(), story: want !== null };
}

// "User management (create / edit / delete)": a bracketed list of actions is several features.
const BRACKETED_ACTIONS = gated(
  /\((?:\s*(?:create|read|view|edit|update|delete|remove|add|import|export|upload|download|share|archive|restore|approve|reject|invite|assign)\s*(?:,|\/|and|or|&|\+)){1,}\s*(?:create|read|view|edit|update|delete|remove|add|import|export|upload|download|share|archive|restore|approve|reject|invite|assign)\s*\)/);

export function isAtomic(text: string, options?: ClassifyOptions): boolean {
  const head = options?.title ? options.title.toLowerCase() : (tokens(text).lines[0] ?? '');
  if (BRACKETED_ACTIONS.test(head)) return false;
  const { need, story } = readNeed(text, options);
  if (!need) return true;
  // Only titles read as defects: in a story, "find lost items and report them" is still two features.
  if (!story && DEFECT.test(need)) return true;
  // Each replacement runs only when its gate lets the text it is given through (no match: no change).
  let cleaned = need;
  for (const pair of PAIRS) if (pair.mayMatch(cleaned)) cleaned = cleaned.replace(pair.regex, 'x');
  cleaned = cleaned
    .replace(/\d,\d/g, '0')
    // A comma before an ordering or a hedge qualifies the one feature: "sort by date, newest first".
    .replace(/,\s*(?:newest|oldest|latest|most recent|highest|lowest|biggest|smallest|ascending|descending|a-z|z-a|if possible|ideally|please|too|only|for now|at least)\b.*$/, '');
  return !JOIN.test(cleaned);
}
