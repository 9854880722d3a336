// Rendered text for the demo pages, as the trackers show it: GitHub renders an issue's Markdown
// (HTML comments dropped, a single newline kept as a line break, task lists as checkboxes, @mentions
// and #references as links), Jira renders a description's Atlassian Document Format. Our own small
// renderers for the subset the fixtures use; every piece of text is escaped, so fixture text can
// never become markup. Each runs in one pass over its input.

export const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Removes `<!-- … -->` (an unclosed one runs to the end, as in a browser). */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

/** Inline Markdown: code spans, bold, links, bare URLs, @mentions and #references. */
function inline(text: string, repo: string): string {
  let out = '';
  let i = 0;
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])|(^|[^\w/])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)|(^|[^\w/&])#(\d+)\b/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += esc(text.slice(i, m.index));
    if (m[1] !== undefined) out += `<code class="notranslate">${esc(m[1])}</code>`;
    else if (m[2] !== undefined) out += `<strong>${esc(m[2])}</strong>`;
    else if (m[3] !== undefined) out += `<a href="${esc(m[4])}" rel="nofollow">${esc(m[3])}</a>`;
    else if (m[5] !== undefined) out += `<a href="${esc(m[5])}" rel="nofollow">${esc(m[5])}</a>`;
    else if (m[7] !== undefined)
      out += `${esc(m[6])}<a class="user-mention notranslate" data-hovercard-type="user" data-hovercard-url="/users/${esc(m[7])}/hovercard" href="/${esc(m[7])}">@${esc(m[7])}</a>`;
    else out += `${esc(m[8])}<a class="issue-link" href="/${esc(repo)}/issues/${m[9]}">#${m[9]}</a>`;
    i = pattern.lastIndex;
  }
  return out + esc(text.slice(i));
}

/** GitHub-flavoured Markdown (the subset issue bodies here use) → the HTML GitHub shows. */
export function markdownToHtml(markdown: string | null, repo: string): string {
  const lines = withoutComments((markdown ?? '').replace(/\r\n?/g, '\n')).split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; tasks: boolean; items: string[] } | null = null;
  const endParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map((l) => inline(l, repo)).join('<br>\n')}</p>`);
    paragraph = [];
  };
  const endList = () => {
    if (!list) return;
    const tag = list.ordered ? 'ol' : 'ul';
    out.push(`<${tag}${list.tasks ? ' class="contains-task-list"' : ''}>${list.items.join('')}</${tag}>`);
    list = null;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^```/.test(line)) {
      endParagraph();
      endList();
      const code: string[] = [];
      for (n++; n < lines.length && !/^```/.test(lines[n]!); n++) code.push(lines[n]!);
      out.push(`<pre><code>${esc(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(?:\[([ xX])\]\s+)?(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      const level = heading[1]!.length;
      out.push(`<h${level} dir="auto">${inline(heading[2]!, repo)}</h${level}>`);
    } else if (item) {
      endParagraph();
      const ordered = item[2] !== undefined;
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, tasks: false, items: [] };
      if (item[3] !== undefined) {
        list.tasks = true;
        const checked = item[3] !== ' ' ? ' checked' : '';
        list.items.push(`<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled${checked}> ${inline(item[4]!, repo)}</li>`);
      } else list.items.push(`<li>${inline(item[4]!, repo)}</li>`);
    } else if (quote) {
      endParagraph();
      endList();
      out.push(`<blockquote><p>${inline(quote[1]!, repo)}</p></blockquote>`);
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return out.join('\n');
}

interface AdfNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: AdfNode[];
}

/** An Atlassian Document Format node → the HTML Jira's renderer shows (the node types the fixtures use, and a few more). */
export function adfToHtml(node: AdfNode | null | undefined): string {
  if (!node || typeof node !== 'object') return '';
  const inner = () => (node.content ?? []).map(adfToHtml).join('');
  const attr = (name: string) => node.attrs?.[name];
  switch (node.type) {
    case 'doc':
      return inner();
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr('level')) || 1));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'taskList':
      return `<ol class="task-list" data-node-type="actionList">${inner()}</ol>`;
    case 'taskItem':
      return `<li data-task-state="${esc(attr('state'))}"><input type="checkbox" disabled${attr('state') === 'DONE' ? ' checked' : ''}> <span>${inner()}</span></li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'codeBlock':
      return `<pre class="code-block"><code>${esc((node.content ?? []).map((t) => t.text ?? '').join(''))}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'panel':
      return `<div class="adf-panel" data-panel-type="${esc(attr('panelType'))}">${inner()}</div>`;
    case 'mention':
      return `<span class="mention" data-mention-id="${esc(attr('id'))}">${esc(attr('text'))}</span>`;
    case 'inlineCard':
    case 'blockCard':
      return `<a class="smart-link" href="${esc(attr('url'))}">${esc(attr('url'))}</a>`;
    case 'emoji':
      return esc(attr('text') ?? attr('shortName'));
    case 'text': {
      let html = esc(node.text);
      for (const mark of node.marks ?? []) {
        if (mark.type === 'strong') html = `<strong>${html}</strong>`;
        else if (mark.type === 'em') html = `<em>${html}</em>`;
        else if (mark.type === 'code') html = `<code class="code">${html}</code>`;
        else if (mark.type === 'strike') html = `<s>${html}</s>`;
        else if (mark.type === 'link') html = `<a href="${esc(mark.attrs?.href)}">${html}</a>`;
      }
      return html;
    }
    default:
      // A node type we don't draw: its text still shows, as Jira's fallback does.
      return inner();
  }
}
