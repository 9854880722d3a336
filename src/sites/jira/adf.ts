// Atlassian Document Format (Jira Cloud v3 descriptions and comments) → plain text for the
// classifiers. Structure is kept as lines because it carries meaning for a PM: a heading
// "Acceptance criteria", a task list, a decision item. Lists become "- " / "1. " lines, task items
// "- [ ] " / "- [x] ", decision items "- Decision: ", nested lists are indented by two spaces,
// headings and paragraphs are their own lines. Mentions are collected as account ids.
import { arr, isObject, obj, str } from '../convert-common';

export interface FlatText {
  text: string;
  /** Person ids mentioned (Jira accountId on Cloud, user name on Data Center), first-seen order. */
  mentions: string[];
}

// Deeper than any real document; guards against hostile or broken input blowing the stack.
const MAX_DEPTH = 64;

interface State {
  mentions: string[];
}

export function adfToText(doc: unknown): FlatText {
  if (typeof doc === 'string') return { text: doc.trim(), mentions: [] };
  const state: State = { mentions: [] };
  const root = obj(doc);
  if (!root) return { text: '', mentions: [] };
  const lines: string[] = [];
  const content = root.type === 'doc' || Array.isArray(root.content) ? arr(root.content) : [root];
  renderBlocks(content, lines, state, 0);
  const text = lines
    .map((line) => line.trimEnd()) // not /\s+$/: that rescans every whitespace run inside a line
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, mentions: state.mentions };
}

function pushText(lines: string[], text: string): void {
  // A hard break inside a paragraph makes a new line of the same block.
  for (const part of text.split('\n')) lines.push(part);
}

// One case per ADF block type, each a few lines: kept as one switch so the whole mapping reads at a glance.
function renderBlocks(nodes: unknown[], lines: string[], state: State, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const raw of nodes) {
    const node = obj(raw);
    if (!node) continue;
    const attrs = obj(node.attrs) ?? {};
    const content = arr(node.content);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        pushText(lines, inline(content, state, depth + 1));
        break;
      case 'bulletList':
        for (const item of content) renderItem(item, '- ', lines, state, depth + 1);
        break;
      case 'orderedList': {
        let n = Math.max(1, Math.floor(Number(attrs.order) || 1));
        for (const item of content) renderItem(item, `${n++}. `, lines, state, depth + 1);
        break;
      }
      case 'taskList':
        for (const item of content) {
          const task = obj(item);
          if (task?.type === 'taskList') {
            // Nested task lists sit directly inside their parent list.
            const nested: string[] = [];
            renderBlocks([task], nested, state, depth + 1);
            for (const line of nested) lines.push(`  ${line}`);
            continue;
          }
          const done = str(obj(task?.attrs)?.state) === 'DONE';
          renderItem(item, done ? '- [x] ' : '- [ ] ', lines, state, depth + 1);
        }
        break;
      case 'decisionList':
        for (const item of content) renderItem(item, '- Decision: ', lines, state, depth + 1);
        break;
      case 'codeBlock':
        pushText(lines, inline(content, state, depth + 1));
        break;
      case 'blockquote': {
        const quoted: string[] = [];
        renderBlocks(content, quoted, state, depth + 1);
        for (const line of quoted) lines.push(`> ${line}`);
        break;
      }
      case 'rule':
        lines.push('---');
        break;
      case 'table':
        for (const row of content) {
          const cells = arr(obj(row)?.content).map((cell) => {
            const cellLines: string[] = [];
            renderBlocks(arr(obj(cell)?.content), cellLines, state, depth + 2);
            return cellLines.join(' ').trim();
          });
          lines.push(cells.join(' | '));
        }
        break;
      case 'expand':
      case 'nestedExpand': {
        const title = str(attrs.title);
        if (title) lines.push(title);
        renderBlocks(content, lines, state, depth + 1);
        break;
      }
      case 'blockCard':
      case 'embedCard': {
        const url = str(attrs.url);
        if (url) lines.push(url);
        break;
      }
      case 'mediaSingle':
      case 'mediaGroup':
      case 'media':
        break;
      default:
        // panel, layoutSection, bodiedExtension and whatever Atlassian adds next: keep the words.
        if (content.some((c) => isBlock(c))) renderBlocks(content, lines, state, depth + 1);
        else if (content.length > 0 || typeof node.text === 'string') pushText(lines, inline([node], state, depth + 1));
    }
  }
}

const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'taskList', 'decisionList', 'codeBlock', 'blockquote',
  'rule', 'table', 'panel', 'expand', 'nestedExpand', 'mediaSingle', 'mediaGroup', 'layoutSection',
  'layoutColumn', 'bodiedExtension', 'blockCard', 'embedCard', 'listItem', 'taskItem', 'decisionItem',
]);

function isBlock(node: unknown): boolean {
  const type = obj(node)?.type;
  return typeof type === 'string' && BLOCK_TYPES.has(type);
}

/** One list/task/decision item: the marker goes on its first line, the rest is indented under it. */
function renderItem(raw: unknown, marker: string, lines: string[], state: State, depth: number): void {
  const item = obj(raw);
  if (!item || depth > MAX_DEPTH) return;
  const content = arr(item.content);
  const inner: string[] = [];
  // taskItem and decisionItem hold inline nodes directly; listItem holds blocks.
  if (content.some((c) => isBlock(c))) renderBlocks(content, inner, state, depth + 1);
  else pushText(inner, inline(content, state, depth + 1));
  const [first = '', ...rest] = inner.length > 0 ? inner : [''];
  lines.push(`${marker}${first}`);
  for (const line of rest) lines.push(`  ${line}`);
}

function inline(nodes: unknown[], state: State, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let out = '';
  for (const raw of nodes) {
    const node = obj(raw);
    if (!node) continue;
    const attrs = obj(node.attrs) ?? {};
    switch (node.type) {
      case 'text':
        out += str(node.text) ?? '';
        break;
      case 'hardBreak':
        out += '\n';
        break;
      case 'mention': {
        const id = str(attrs.id);
        if (id && !state.mentions.includes(id)) state.mentions.push(id);
        const shown = str(attrs.text) ?? (id ? `@${id}` : '');
        out += shown.startsWith('@') || shown === '' ? shown : `@${shown}`;
        break;
      }
      case 'emoji':
        out += str(attrs.text) ?? str(attrs.shortName) ?? '';
        break;
      case 'inlineCard':
        out += str(attrs.url) ?? '';
        break;
      case 'status':
        out += str(attrs.text) ?? '';
        break;
      case 'date': {
        const ms = Number(attrs.timestamp);
        out += Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
        break;
      }
      default:
        if (Array.isArray(node.content)) out += inline(node.content, state, depth + 1);
        else if (typeof node.text === 'string') out += node.text;
    }
  }
  return out;
}

/** True for an ADF document node, so converters can tell Cloud v3 bodies from wiki strings. */
export function isAdf(value: unknown): boolean {
  return isObject(value) && value.type === 'doc';
}
