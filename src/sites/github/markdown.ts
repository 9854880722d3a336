// The parts of a GitHub Markdown text that are not the author's prose: fenced code blocks, code spans
// and HTML comments. Hand-written scanners rather than regexes: the patterns that did this
// (`(`+)[\s\S]*?\1`, a fence with a back-reference, `<!--[\s\S]*?-->`) restart at every backtick,
// tilde or "<!--" and rescan the rest of the text, so 64 KB of backticks blocked the page for over a
// second. Each scanner below reads every character a constant number of times.

/** Fenced code blocks (``` or ~~~, CommonMark rules) as empty lines; an unclosed fence runs to the end. */
export function withoutFencedCode(markdown: string): string {
  if (!markdown.includes('```') && !markdown.includes('~~~')) return markdown;
  const lines = markdown.split('\n');
  let fence: { char: string; length: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const run = fenceRun(line);
    if (fence) {
      // A closing fence: the same character, at least as many, nothing after but spaces.
      if (run && run.char === fence.char && run.length >= fence.length && line.slice(run.end).trim() === '') fence = null;
      lines[i] = '';
    } else if (run && run.length >= 3 && !(run.char === '`' && line.includes('`', run.end))) {
      // An opening fence; a backtick fence's info string holds no backtick.
      fence = { char: run.char, length: run.length };
      lines[i] = '';
    }
  }
  return lines.join('\n');
}

/** The run of ` or ~ a line starts with after at most three spaces, or null. */
function fenceRun(line: string): { char: string; length: number; end: number } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const char = line[i];
  if (char !== '`' && char !== '~') return null;
  let end = i;
  while (line[end] === char) end++;
  return end - i >= 3 ? { char, length: end - i, end } : null;
}

/**
 * Code spans replaced by a space. A span opens with a run of backticks and closes at the next run
 * of exactly the same length (CommonMark); a run with no partner is literal text.
 */
export function withoutCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i = text.indexOf('`', i);
      if (i < 0) break;
      continue;
    }
    let end = i;
    while (text[end] === '`') end++;
    runs.push({ start: i, length: end - i });
    i = end;
  }
  // For each run, the next one of the same length: found once for all, from the end.
  const partner = new Array<number>(runs.length);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    partner[r] = lastOfLength.get(runs[r]!.length) ?? -1;
    lastOfLength.set(runs[r]!.length, r);
  }
  let out = '';
  let copied = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = partner[r]!;
    if (close < 0) continue;
    const open = runs[r]!;
    const closing = runs[close]!;
    out += `${text.slice(copied, open.start)} `;
    copied = closing.start + closing.length;
    r = close;
  }
  return out + text.slice(copied);
}

/** HTML comments (`<!-- … -->`) replaced by `replacement`; an unclosed one stays as written. */
export function withoutHtmlComments(text: string, replacement: string): string {
  let from = text.indexOf('<!--');
  if (from < 0) return text;
  let out = '';
  let copied = 0;
  while (from >= 0) {
    const end = text.indexOf('-->', from + 4);
    if (end < 0) break;
    out += text.slice(copied, from) + replacement;
    copied = end + 3;
    from = text.indexOf('<!--', copied);
  }
  return out + text.slice(copied);
}
