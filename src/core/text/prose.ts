// Prose: the words a person wrote themselves. Code, logs, stack traces, links and quoted replies say
// nothing about the writer's mood, and the concern and decision readers want the same view.

const FENCED_CODE = /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g;
// Parameters and attributes stop at the next "{" or "<", and inline code at the next "{": a run of
// "{{{{…" or "<pre<pre…" would otherwise be rescanned from each opener (quadratic: 64 KB of "{" took 3 s).
const WIKI_BLOCKS = /\{(code|noformat|quote|panel)(?::[^{}]*)?\}[\s\S]*?(?:\{\1\}|$)/g;
const HTML_BLOCKS = /<(pre|code|blockquote)\b[^<>]*>[\s\S]*?(?:<\/\1>|$)/gi;
// Issue templates leave their instructions in HTML comments ("<!-- Describe the bug -->").
const HTML_COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const INLINE_CODE = /`[^`\n]*`|\{\{[^{}\n]*\}\}/g;
const BLANK_RUN = /\n[^\S\n]*\n\s*\n/g;
const URLS = /\b(?:https?|ftp|file):\/\/\S+|\bwww\.\S+/gi;
const MENTIONS = /(?:^|\s)@[\w.-]+|\[~[^\][\n]*\]/g;
// Lines that are machine output or someone else's words: quotes (Markdown "> ", wiki "bq. ", email
// "On … wrote:"), stack frames, log records, shell prompts.
const NOISE_LINE =
  /^\s*(?:>|bq\.\s|at\s+[\w$.<>/:]+[(:]|File\s+"[^"]*",\s+line\s+\d+|Traceback\b|Caused by:|\.\.\.\s*\d+\s+more\b|#\d+\s+0x[0-9a-f]+|goroutine\s+\d+|panic:|\$\s|[\w$]+(?:\.[\w$]+)+(?:Exception|Error)\b|\[?\d{4}-\d{2}-\d{2}[ T]\d|\[(?:ERROR|WARN|WARNING|FATAL|INFO|DEBUG|TRACE)\]|(?:ERROR|WARN|FATAL|INFO|DEBUG|TRACE)\s+\[?[\w$-]+(?:\.[\w$-]+)+|On\s.{0,80}\swrote:\s*$)/;

/**
 * Whether a line is machine output or a quote. Every mark is at the line's start, so only its first
 * 500 characters are read: on a 10 MB line of "1.1.1…" the dotted-name pattern overflowed the regex
 * stack.
 */
function isNoiseLine(line: string): boolean {
  return NOISE_LINE.test(line.length > 500 ? line.slice(0, 500) : line);
}

// The three readers of prose (tone, concern, decision) see the same text in turn: remember the last one.
let lastText: string | undefined;
let lastProse = '';

/** The author's own prose: code, logs, stack traces, links, mentions and quoted replies removed. */
export function proseOf(text: string): string {
  if (text === lastText) return lastProse;
  lastProse = stripNoise(text);
  lastText = text;
  return lastProse;
}

/** Makes `prose` (from `proseOf(text)`) the remembered one again; see `reuseTokens`. */
export function reuseProse(text: string, prose: string): void {
  lastText = text;
  lastProse = prose;
}

function stripNoise(text: string): string {
  let out = text;
  if (out.includes('```') || out.includes('~~~')) out = out.replace(FENCED_CODE, '\n');
  if (out.includes('{')) out = out.replace(WIKI_BLOCKS, '\n');
  if (out.includes('<')) out = out.replace(HTML_COMMENTS, '\n').replace(HTML_BLOCKS, '\n');
  if (out.includes('`') || out.includes('{{')) out = out.replace(INLINE_CODE, ' ');
  if (out.includes('://') || out.includes('www.')) out = out.replace(URLS, ' ');
  if (out.includes('@') || out.includes('[~')) out = out.replace(MENTIONS, ' ');
  if (out.includes('\n')) {
    const lines = out.split('\n');
    const kept = lines.filter((line) => !isNoiseLine(line));
    if (kept.length < lines.length) out = kept.join('\n');
    // One blank line stands for a run of them: the readers' "(?:^|\n)\s*" patterns would otherwise scan
    // the whole run again from each newline in it (quadratic on a text that is mostly empty lines). Only
    // long texts can make that cost show, so short ones skip the extra pass.
    if (out.length > 1_000) out = out.replace(BLANK_RUN, '\n\n');
  } else if (isNoiseLine(out)) {
    out = '';
  }
  return out.includes('’') ? out.replace(/’/g, "'") : out;
}
