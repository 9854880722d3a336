import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adfToText } from './adf';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('adfToText', () => {
  const cases: { name: string; doc: unknown; text: string; mentions?: string[] }[] = [
    { name: 'paragraphs become lines', doc: doc(para(text('One.')), para(text('Two.'))), text: 'One.\nTwo.' },
    { name: 'marks are dropped, words kept', doc: doc(para(text('Use '), text('cache()', [{ type: 'code' }]), text(' here'))), text: 'Use cache() here' },
    { name: 'headings are their own line', doc: doc({ type: 'heading', attrs: { level: 2 }, content: [text('Acceptance criteria')] }, para(text('x'))), text: 'Acceptance criteria\nx' },
    {
      name: 'bullet and nested lists',
      doc: doc({ type: 'bulletList', content: [li(para(text('a')), { type: 'bulletList', content: [li(para(text('a1')))] }), li(para(text('b')))] }),
      text: '- a\n  - a1\n- b',
    },
    { name: 'ordered lists start at attrs.order', doc: doc({ type: 'orderedList', attrs: { order: 3 }, content: [li(para(text('c'))), li(para(text('d')))] }), text: '3. c\n4. d' },
    {
      name: 'task lists keep their state',
      doc: doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [text('shipped')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [text('pending')] }] }),
      text: '- [x] shipped\n- [ ] pending',
    },
    { name: 'decision items are marked', doc: doc({ type: 'decisionList', content: [{ type: 'decisionItem', attrs: { state: 'DECIDED' }, content: [text('Ship the range')] }] }), text: '- Decision: Ship the range' },
    { name: 'hard breaks split lines', doc: doc(para(text('a'), { type: 'hardBreak' }, text('b'))), text: 'a\nb' },
    { name: 'code blocks keep their lines', doc: doc({ type: 'codeBlock', content: [text('x = 1\ny = 2')] }), text: 'x = 1\ny = 2' },
    { name: 'quotes are prefixed', doc: doc({ type: 'blockquote', content: [para(text('said'))] }), text: '> said' },
    {
      name: 'tables become rows of cells',
      doc: doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [para(text('Metric'))] }, { type: 'tableCell', content: [para(text('Target'))] }] }] }),
      text: 'Metric | Target',
    },
    {
      name: 'mentions are collected once, shown with @',
      doc: doc(para({ type: 'mention', attrs: { id: 'acc-1', text: '@Ann' } }, text(' and '), { type: 'mention', attrs: { id: 'acc-2', text: 'Bo' } }, text(' '), { type: 'mention', attrs: { id: 'acc-1', text: '@Ann' } })),
      text: '@Ann and @Bo @Ann',
      mentions: ['acc-1', 'acc-2'],
    },
    { name: 'cards show their URL, emoji their text', doc: doc(para({ type: 'inlineCard', attrs: { url: 'https://x.test/spec' } }, text(' '), { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } })), text: 'https://x.test/spec 🎉' },
    { name: 'panels and expands keep their words', doc: doc({ type: 'panel', attrs: { panelType: 'info' }, content: [para(text('Note'))] }, { type: 'expand', attrs: { title: 'Details' }, content: [para(text('more'))] }), text: 'Note\nDetails\nmore' },
    { name: 'media is skipped', doc: doc({ type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'm1', type: 'file' } }] }, para(text('after'))), text: 'after' },
    { name: 'a string body is taken as it is', doc: '  plain  ', text: 'plain' },
    { name: 'null is empty', doc: null, text: '' },
  ];
  it.each(cases)('$name', ({ doc: input, text: expected, mentions }) => {
    const out = adfToText(input);
    expect(out.text).toBe(expected);
    expect(out.mentions).toEqual(mentions ?? []);
  });

  it('survives very deep nesting without overflowing the stack', () => {
    let node: unknown = para(text('deep'));
    for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] };
    expect(() => adfToText(doc(node))).not.toThrow();
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = adfToText(value);
        expect(typeof out.text).toBe('string');
        expect(Array.isArray(out.mentions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
