// Hostile text for the linear-time checks: the shapes that make a backtracking pattern or a rescanning
// loop superlinear (long runs of one markup character, digit-dot runs, whitespace mixes, a word with no
// end), and every function that reads tracker text. Shared by the property test
// (src/core/text/linear-time.property.test.ts) and the measuring script (scripts/bench-hostile.ts).
import { classify, hasAcceptanceCriteria, hasValueStatement, isAtomic, isConcern, isDecision, isSolutionOriented, toneOf } from '../src/core/text';
import { proseOf } from '../src/core/text/prose';
import { tokens } from '../src/core/text/tokens';
import { isDeferential } from '../src/core/text/deference';
import { githubIssueToItem, markdownMentions } from '../src/sites/github/convert';
import { adfToText } from '../src/sites/jira/adf';
import { jiraIssueToItem } from '../src/sites/jira/convert';
import { wikiToText } from '../src/sites/jira/wiki';
import type { Comment, Item, Person, TrackerData, TrackerEvent } from '../src/core/model';
import type { Roster } from '../src/core/roster';

/** A string of exactly `size` characters made by repeating `unit`. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Deterministic pseudo-random characters from `alphabet` (mulberry32), so every run sees the same text. */
export function mixTo(alphabet: string, size: number, seed = 7): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out.push(alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length]!);
  }
  return out.join('');
}

/** The units repeated into hostile texts. Each is one family; the name says what it is. */
export const HOSTILE_UNITS: Record<string, string> = {
  backticks: '`',
  'backtick fences': '```\n',
  'backtick pairs': '`` ',
  tildes: '~',
  'tilde fences': '~~~\n',
  'open brackets': '[',
  'close brackets': ']',
  'wiki links': '[a|',
  'wiki mentions': '[~',
  'open braces': '{',
  'double braces': '{{',
  'wiki code': '{code}',
  pipes: '|',
  'double pipes': '||',
  digits: '1',
  'digits with commas': '1,',
  'digits with dots': '1.',
  'digit words': '1 ',
  'numbered lines': '1. ',
  'digit lines': '1.\n',
  asterisks: '*',
  'asterisk words': '*a ',
  underscores: '_',
  'underscore words': '_a ',
  pluses: '+',
  dashes: '-',
  hashes: '#',
  bangs: '!',
  'html comments': '<!--',
  'angle brackets': '<',
  'at signs': '@',
  mentions: '@a ',
  'mid-word at': 'a@',
  'letters (no spaces)': 'a',
  'word/word': 'abcd/',
  'and joins': 'a and ',
  'comma joins': 'a, ',
  'heading marks': 'h1. ',
  spaces: ' ',
  'space newline': ' \n',
  'crlf': '\r\n',
  'tab newline': '\t\n',
  newlines: '\n',
  'whitespace mix': ' \t\n\r\u00a0',
  dots: '.',
  'question marks': '?',
  colons: ': ',
  'url starts': 'http://',
};

/** Mixed families: random draws from markup characters, so no single-character rule is all a fix covers. */
export const HOSTILE_MIXES: Record<string, string> = {
  'mixed markup': '`~[]{}|*_+-#!<>@:.1 \n',
  'mixed brackets and pipes': '[]|~',
  'mixed emphasis': '*_+- ',
  'mixed whitespace and digits': '1. \n\t',
};

// Runs of whitespace that end in a word: a text that is only whitespace is often skipped early, but a
// pattern like /\s+$/ or "(?:^|\n)\s*x" rescans the run from each of its characters.
const THEN_A_WORD = ' then a word';
const THEN_WORDED = ['spaces', 'space newline', 'crlf', 'tab newline', 'newlines', 'whitespace mix', 'pipes', 'dashes', 'colons', 'comma joins', 'asterisks'];

/** A hostile text of `size` characters of family `name`. */
export function hostile(name: string, size: number): string {
  if (name === 'a word, spaces, a word') return `word${repeatTo(' ', size - 8)}word`;
  if (name.endsWith(THEN_A_WORD)) return `${hostile(name.slice(0, -THEN_A_WORD.length), size - 4)}word`;
  const unit = HOSTILE_UNITS[name];
  if (unit !== undefined) return repeatTo(unit, size);
  const mix = HOSTILE_MIXES[name];
  if (mix !== undefined) return mixTo(mix, size);
  throw new Error(`no hostile family "${name}"`);
}

export const HOSTILE_FAMILIES = [...Object.keys(HOSTILE_UNITS), ...THEN_WORDED.map((w) => w + THEN_A_WORD), 'a word, spaces, a word', ...Object.keys(HOSTILE_MIXES)];

const GITHUB_ISSUE = {
  number: 1,
  title: 'Hostile',
  state: 'open',
  user: { login: 'someone' },
  html_url: 'https://github.com/o/r/issues/1',
  created_at: '2026-01-05T09:00:00Z',
};
const JIRA_ISSUE = { key: 'ABC-1', self: 'https://jira.example.com/rest/api/2/issue/1', fields: { summary: 'Hostile', created: '2026-01-05T09:00:00.000+0000' } };

/** Every function that reads tracker text, each taking one text. */
export const TEXT_READERS: Record<string, (text: string) => unknown> = {
  'github markdownMentions': markdownMentions,
  'github issue (body and a comment)': (text) =>
    githubIssueToItem({ ...GITHUB_ISSUE, body: text }, {}, { comments: [{ id: 11, created_at: '2026-01-06T09:00:00Z', user: { login: 'a' }, body: text }] }),
  'jira wikiToText': wikiToText,
  'jira adfToText': (text) =>
    adfToText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, { type: 'codeBlock', content: [{ type: 'text', text }] }] }),
  'jira issue (wiki description and a comment)': (text) =>
    jiraIssueToItem({
      ...JIRA_ISSUE,
      fields: { ...JIRA_ISSUE.fields, description: text, comment: { comments: [{ id: '5', body: text, created: '2026-01-06T09:00:00.000+0000', author: { name: 'a' } }] } },
    }),
  'text tokens': (text) => tokens(text).words.length + tokens(text).lines.length,
  'text prose': proseOf,
  'classify (all features)': (text) => classify(text),
  'classify with a title': (text) => classify(text, { title: text }),
  valueStatement: hasValueStatement,
  acceptanceCriteria: hasAcceptanceCriteria,
  solutionOriented: isSolutionOriented,
  atomic: isAtomic,
  concern: isConcern,
  decision: isDecision,
  tone: toneOf,
  deference: isDeferential,
};

/** Forgets the classifiers' one-text memos, so a timed call does the work again. */
export function forgetMemos(): void {
  classify('x');
  tokens('y');
  proseOf('z');
}

/** Milliseconds one call of `read` on `text` takes: the fastest of `runs`, memos forgotten before each. */
export function timeRead(read: (text: string) => unknown, text: string, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    forgetMemos();
    const start = performance.now();
    read(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// A hostile history for the signal engine: one item carrying `n` comments and `n` events, spread an
// hour apart so every time window matters, by people who take turns, with replies to one comment,
// re-scopings, priority changes after engineers' comments, and assignments to names nobody has.

const KINDS = ['status', 'resolved', 'reopened', 'priority', 'rank', 'assignment', 'sprint', 'title', 'label', 'description', 'estimate', 'link', 'other'] as const;
const TAGS = ['[concern]', '[decision]', '[value]', '[negative]', 'plain words', '[concern] [decision]', '[positive]'];
const CAST = ['pam', 'erin', 'eli', 'eve', 'pam', 'eli'];

/** The roster the hostile history is read with: Pam the PM, Erin the EM, Eli and Eve engineers. */
export const HOSTILE_ROSTER: Roster = {
  people: [
    { id: 'pam', role: 'pm' },
    { id: 'erin', role: 'em' },
    { id: 'eli', role: 'engineer' },
    { id: 'eve', role: 'engineer' },
  ],
};

export function hostileHistory(n: number): TrackerData {
  const hour = (i: number) => new Date(Date.parse('2026-01-05T09:00:00.000Z') + i * 3_600_000).toISOString();
  const people: Record<string, Person> = {};
  for (const id of ['pam', 'erin', 'eli', 'eve']) people[id] = { id, name: id };
  // Many people, none of them named as the assignments below name someone.
  for (let i = 0; i < n; i++) people[`p${i}`] = { id: `p${i}`, name: `Person ${i}` };
  const comments: Comment[] = [];
  const events: TrackerEvent[] = [];
  for (let i = 0; i < n; i++) {
    const author = i % 7 === 6 ? `p${i}` : CAST[i % CAST.length]!;
    comments.push({
      id: `c${i}`,
      author,
      created: hour(i),
      body: { text: `${TAGS[i % TAGS.length]} ${i % 3 === 0 ? '@pam' : ''}`, format: 'plain' },
      mentions: i % 3 === 0 ? ['pam'] : [],
      ...(i % 5 === 0 && i > 0 ? { replyTo: 'c0' } : {}),
    });
    const kind = KINDS[i % KINDS.length]!;
    const ev: TrackerEvent = { id: `e${i}`, kind, actor: CAST[(i + 1) % CAST.length]!, at: hour(i) };
    if (kind === 'assignment') ev.to = `Nobody ${i}`;
    if (kind === 'sprint') ev.from = `Sprint ${i}`;
    events.push(ev);
  }
  const item: Item = {
    key: 'HOST-1',
    tracker: 'jira',
    url: 'https://jira.example.com/browse/HOST-1',
    title: 'Hostile history',
    type: 'story',
    state: 'open',
    status: 'Open',
    created: hour(-1),
    creator: 'pam',
    assignees: ['eli'],
    fixVersions: [],
    labels: [],
    children: [],
    links: [],
    description: { text: '[concern]', format: 'plain' },
    descriptionAuthor: 'pam',
    descriptionEdits: [],
    comments,
    events,
  };
  return { tracker: 'jira', site: 'jira.example.com', project: 'HOST', scope: 'item', items: [item], people, me: 'pam' };
}
