// Acceptance criteria: does the text say when the work is done? Strict on purpose (precision ≥ 0.9 is
// the goal): a section heading only counts when something follows it, and "Given" only counts when a
// "Then" follows, because prose like "Given the load, we should wait" is common in comments.
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';

// A line that names a criteria section, after markup is stripped: "## Acceptance criteria",
// "h3. Acceptance Criteria", "*AC:*", "Definition of Done", "Done when:". Group 1 is text after a colon.
const HEADING =
  /^(?:acceptance\s+criteri(?:a|on)(?:\s*#?\d+)?|ac\s?#?\d+|acceptance\s+tests?|criteria\s+for\s+acceptance|success\s+criteria|acs?|a\.c\.|definition\s+of\s+done|dod|done\s+when|done\s+means|exit\s+criteria)\s*(?:(?::|-|–|—)\s*(.*))?$/;
// Markup in front of or around a heading: Markdown #, wiki "h3.", bold/italic asterisks and underscores, list marks.
const HEADING_MARKUP = /^(?:#{1,6}\s*|h[1-6]\.\s*|[-*+]\s+|\|{1,2}\s*)?[*_]{0,2}/;
// Closing bold/italic marks, and the pipes of a wiki/Markdown table cell used as a heading. A run that
// must reach the end starts only where the run starts (the lookbehind): tried from each of its
// characters, "\s*\|…$" was quadratic on a long run of spaces.
const TRAILING_MARKUP = /[*_]{1,2}(?=\s*:?\s*$)|[*_]{1,2}(?=\s*:)|(?<!\s)\s*\|{1,2}\s*$/g;
// Words that mean the section is still empty.
const PLACEHOLDER = /^(?:[*_]*)?(?:tbd|tba|todo|to do|to be (?:defined|decided|done|added|agreed|written)|to follow|n\/a|none|pending|\?+|-+|coming soon|later)\b/;
// A task-list item in Markdown, wiki or flattened ADF: "- [ ] x", "* [x] x", "[ ] x".
const CHECKBOX = /^(?:[-*+#]\s*|\d+[.)]\s*)?\[[ xX✓✔]\]\s+\S/;
// Jira wiki status icons used as a checklist: "(/) done", "(x) not done".
// Also Unicode ballot boxes and check marks pasted from documents: "☐ item", "✅ item".
const WIKI_ICON = /^(?:[-*#]\s*)?(?:\((?:\/|x|i|!)\)|[☐☑☒✅✔✓❌⬜🔲])\s*\S/u;
const GIVEN_LINE = /^(?:[-*#]\s*)?[*_]{0,2}given\b/;
const THEN_LINE = /^(?:[-*#]\s*)?[*_]{0,2}(?:then|and then)\b/;
// Bounded so a long line of prose can't make the search quadratic.
const GIVEN_WHEN_THEN_INLINE = /\bgiven\b[^\n]{3,200}?\bwhen\b[^\n]{3,200}?\bthen\b[*_]*\s+\S/;

function headingContent(line: string): string | undefined {
  const bare = line.replace(HEADING_MARKUP, '').replace(TRAILING_MARKUP, '').trim();
  const m = HEADING.exec(bare);
  if (!m) return undefined;
  return (m[1] ?? '').replace(/^[*_\s]+/, '').trim();
}

function isContent(line: string | undefined): boolean {
  if (!line) return false;
  // Another heading right below means the section is empty (a single "#" is a numbered item in wiki markup).
  if (/^(?:#{2,6}\s|h[1-6]\.\s)/.test(line)) return false;
  const bare = line.replace(/^(?:[-*+#|]\s*|\d+[.)]\s*)/, '').replace(/(?<!\|)\|+\s*$/, '').trim();
  return bare.length >= 3 && !PLACEHOLDER.test(bare);
}

export function hasAcceptanceCriteria(text: string, _options?: ClassifyOptions): boolean {
  const { lines } = tokens(text);
  let iconLines = 0;
  let sawGiven = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (CHECKBOX.test(line)) return true;
    if (WIKI_ICON.test(line) && ++iconLines >= 2) return true;
    if (GIVEN_LINE.test(line)) {
      if (GIVEN_WHEN_THEN_INLINE.test(line)) return true;
      sawGiven = true;
    } else if (sawGiven && THEN_LINE.test(line)) return true;
    const inline = headingContent(line);
    if (inline !== undefined) {
      // "Acceptance criteria: the export has one row per invoice" or a heading with items below.
      if (inline ? isContent(inline) : isContent(lines[i + 1])) return true;
    }
  }
  return false;
}
