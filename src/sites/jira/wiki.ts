// Jira Data Center wiki markup (REST v2 descriptions and comments) → plain text for the classifiers,
// in the same shape adf.ts produces: headings and paragraphs as lines, "* " / "# " lists as "- " /
// "1. " lines indented two spaces per level, quotes as "> ", tables as "a | b". Mentions
// `[~username]` and `[~accountid:…]` are collected as person ids and shown as "@id".
import type { FlatText } from './adf';

// No pattern below may run past the next "[" or "{": a run like "[~[~[~…" or "{{{{…" would otherwise be
// rescanned to the end from each opener (quadratic: 64 KB of "[" took 2 s).
const MENTION = /\[~(?:accountid:)?([^\][|]+)\]/g;

// One pass over the lines with three pieces of state (inside {code}/{noformat}, inside {quote}, the
// list counters): longer than our usual function because each line's case needs that state; the
// line kinds that need none (list item, table row, panel) are helpers below.
export function wikiToText(markup: unknown): FlatText {
  if (typeof markup !== 'string') return { text: '', mentions: [] };
  const mentions: string[] = [];
  const lines: string[] = [];
  const counters: number[] = [];
  let verbatim: string | null = null; // inside {code} / {noformat}: keep lines as written
  let quoting = false;

  for (const rawLine of markup.replace(/\r\n?/g, '\n').split('\n')) {
    let line = rawLine;
    if (verbatim) {
      const end = line.indexOf(`{${verbatim}}`);
      if (end === -1) {
        lines.push(line);
        continue;
      }
      if (end > 0) lines.push(line.slice(0, end));
      line = line.slice(end + verbatim.length + 2);
      verbatim = null;
      if (line.trim() === '') continue;
    }
    // A blank line ends a list; skipping the patterns below keeps a text of many blank lines cheap.
    if (line.trim() === '') {
      counters.length = 0;
      lines.push(quoting ? '> ' : '');
      continue;
    }
    const open = /^\s*\{(code|noformat)(?::[^}]*)?\}(.*)$/.exec(line);
    if (open) {
      const [, kind = 'code', rest = ''] = open;
      const close = rest.indexOf(`{${kind}}`);
      if (close >= 0) {
        lines.push(rest.slice(0, close));
        continue;
      }
      if (rest.trim() !== '') lines.push(rest);
      verbatim = kind;
      continue;
    }
    // {quote} toggles quoting; a line may carry text on either side of it.
    if (line.includes('{quote}')) {
      const parts = line.split('{quote}');
      parts.forEach((part, i) => {
        if (i > 0) quoting = !quoting;
        if (part.trim() !== '') lines.push(`${quoting ? '> ' : ''}${inline(part, mentions)}`);
      });
      continue;
    }
    const panel = /^\s*\{panel(?::([^}]*))?\}(.*)$/.exec(line);
    if (panel) {
      lines.push(...panelStart(panel[1] ?? '', panel[2] ?? '', mentions));
      continue;
    }
    line = line.replace(/\{panel\}/g, '');
    const prefix = quoting ? '> ' : '';

    const heading = /^\s*h[1-6]\.\s+(.*)$/.exec(line);
    if (heading) {
      counters.length = 0;
      lines.push(prefix + inline(heading[1] ?? '', mentions));
      continue;
    }
    const bq = /^\s*bq\.\s+(.*)$/.exec(line);
    if (bq) {
      lines.push(`> ${inline(bq[1] ?? '', mentions)}`);
      continue;
    }
    const list = /^\s*([*#-]+)\s+(.*)$/.exec(line);
    // "-" alone is a bullet; "----" is a rule, and "--" is an em dash in prose.
    if (list && !/^-{2,}$/.test(list[1] ?? '')) {
      lines.push(prefix + listItem(list[1] ?? '*', list[2] ?? '', counters, mentions));
      continue;
    }
    counters.length = 0;
    if (/^\s*-{4,}\s*$/.test(line)) {
      lines.push('---');
      continue;
    }
    if (/^\s*\|/.test(line)) {
      lines.push(prefix + tableRow(line, mentions));
      continue;
    }
    // A forced line break ("\\") splits a paragraph into lines.
    for (const part of line.split('\\\\')) lines.push(prefix + inline(part, mentions));
  }

  const text = lines
    .map((l) => l.trimEnd()) // not /\s+$/: that rescans every whitespace run inside a line
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, mentions };
}

/** A list line ("** item", "# step"): indented by level, numbered per level for "#" marks. */
function listItem(marks: string, text: string, counters: number[], mentions: string[]): string {
  const level = marks.length;
  counters.length = level;
  let bullet = '- ';
  if (marks.endsWith('#')) {
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    bullet = `${counters[level - 1]}. `;
  }
  return '  '.repeat(level - 1) + bullet + inline(text, mentions);
}

/** A table row ("||head||head||" or "|cell|cell|") as "a | b". */
function tableRow(line: string, mentions: string[]): string {
  const cells = line
    .trim()
    .replace(/^\|\|?/, '')
    .replace(/\|\|?$/, '')
    .split(/\|\|?/)
    .map((cell) => inline(cell.trim(), mentions));
  return cells.join(' | ');
}

/** "{panel:title=X}rest": the title and any text after the tag, each a line. */
function panelStart(params: string, rest: string, mentions: string[]): string[] {
  const out: string[] = [];
  const title = /(?:^|\|)title=([^|]*)/.exec(params)?.[1];
  if (title) out.push(inline(title, mentions));
  if (rest.trim()) out.push(inline(rest, mentions));
  return out;
}

function inline(text: string, mentions: string[]): string {
  if (text.trim() === '') return ''; // an empty table cell: nothing to read
  return (
    text
      .replace(MENTION, (_m, id: string) => {
        const person = id.trim();
        if (!mentions.includes(person)) mentions.push(person);
        return `@${person}`;
      })
      // [label|url] → label, [url] → url; [~…] handled above.
      .replace(/\[([^\][|]+)\|([^\][]+)\]/g, '$1')
      .replace(/\[((?:https?|mailto):[^\][]+)\]/g, '$1')
      .replace(/!\S[^!\n]*!/g, '') // embedded images/attachments
      .replace(/\{color(?::[^{}]*)?\}/g, '')
      .replace(/\{\{([^{}]*)\}\}/g, '$1')
      // Emphasis marks only where they wrap words, so "5 * 3" and snake_case survive.
      .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=$|[\s.,;:!?)])/g, '$1$2')
      .replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=$|[\s.,;:!?)])/g, '$1$2')
      .replace(/(^|[\s(])\+(\S(?:[^+]*\S)?)\+(?=$|[\s.,;:!?)])/g, '$1$2')
      .replace(/(^|[\s(])-(\S(?:[^-]*\S)?)-(?=$|[\s.,;:!?)])/g, '$1$2')
      .trim()
  );
}

