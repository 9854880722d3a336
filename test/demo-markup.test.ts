// The demo pages' renderers (e2e/markup.ts): GitHub's Markdown and Jira's ADF shown as the sites
// show them, and fixture text never becoming markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adfToHtml, markdownToHtml } from '../e2e/markup';

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', path), 'utf8'));

describe('markdownToHtml', () => {
  it('renders issue #42 as GitHub does: no comment, headings, a task list, links and mentions', () => {
    const html = markdownToHtml(fixture('github/issue-42.json').body, 'acme/roadmap');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('Describe the problem');
    expect(html).not.toMatch(/##|- \[/);
    expect(html).toContain('<h2 dir="auto">Why</h2>');
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html.match(/ checked>/g)).toHaveLength(1);
    expect(html).toContain('<a href="https://www.figma.com/file/Ab12Cd/cart-sync" rel="nofollow">');
    expect(html).toContain('href="/mrossi">@mrossi</a>');
  });

  it('keeps a single newline as a line break and an e-mail address as text', () => {
    expect(markdownToHtml('one\ntwo tom@acme.dev', 'a/b')).toBe('<p>one<br>\ntwo tom@acme.dev</p>');
  });

  it('escapes text, so fixture text never becomes markup', () => {
    const html = markdownToHtml('<img src=x onerror=alert(1)> `<b>` see #7', 'a/b');
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<code class="notranslate">&lt;b&gt;</code>');
    expect(html).toContain('<a class="issue-link" href="/a/b/issues/7">#7</a>');
  });

  it('drops an unclosed comment to the end, as a browser does', () => {
    expect(markdownToHtml('shown <!-- hidden', 'a/b')).toBe('<p>shown </p>');
  });
});

describe('adfToHtml', () => {
  it('renders SHOP-12’s description: headings, a task list, a bullet list, a smart link and a mention', () => {
    const html = adfToHtml(fixture('jira/issue-SHOP-12.json').fields.description);
    expect(html).toContain('<h2>Why</h2>');
    expect(html.match(/<li data-task-state=/g)).toHaveLength(3);
    expect(html).toContain('<ul><li><p>Same-day delivery slots</p></li>');
    expect(html).toContain('<a class="smart-link" href="https://www.figma.com/file/Xy34Zw/delivery-window">');
    expect(html).toContain('<span class="mention" data-mention-id="5f8a1c2e9d3b4a0069e1a002">@Marco Rossi</span>');
    expect(html).not.toContain('"type"');
  });

  it('escapes text and attributes, and shows the text of a node it doesn’t know', () => {
    const html = adfToHtml({ type: 'doc', content: [{ type: 'mystery', content: [{ type: 'text', text: '<script>x</script>', marks: [{ type: 'link', attrs: { href: '" onclick="x' } }] }] }] });
    expect(html).toBe('<a href="&quot; onclick=&quot;x">&lt;script&gt;x&lt;/script&gt;</a>');
  });
});
