import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wikiToText } from './wiki';

describe('wikiToText', () => {
  const cases: { name: string; markup: string; text: string; mentions?: string[] }[] = [
    { name: 'headings lose their marker', markup: 'h2. Why\nBecause.', text: 'Why\nBecause.' },
    { name: 'bullets and nesting', markup: '* one\n** one.a\n* two', text: '- one\n  - one.a\n- two' },
    { name: 'dash bullets', markup: '- one\n- two', text: '- one\n- two' },
    { name: 'numbered lists count per level', markup: '# a\n# b\n## b1\n## b2\n# c', text: '1. a\n2. b\n  1. b1\n  2. b2\n3. c' },
    { name: 'a heading restarts numbering', markup: '# a\nh3. Next\n# b', text: '1. a\nNext\n1. b' },
    { name: 'emphasis marks go, words stay', markup: 'This is *bold*, _italic_, +ins+ and -gone- and {{mono}}.', text: 'This is bold, italic, ins and gone and mono.' },
    { name: 'arithmetic and snake_case survive', markup: 'Use 5 * 3 with max_retry_count', text: 'Use 5 * 3 with max_retry_count' },
    { name: 'links keep their label', markup: 'See [the runbook|https://wiki.test/x] or [https://wiki.test/y]', text: 'See the runbook or https://wiki.test/y' },
    { name: 'user mentions by name', markup: 'Ask [~dvogel] and [~rmenon].', text: 'Ask @dvogel and @rmenon.', mentions: ['dvogel', 'rmenon'] },
    { name: 'user mentions by account id', markup: 'cc [~accountid:557058:abc-123]', text: 'cc @557058:abc-123', mentions: ['557058:abc-123'] },
    { name: 'code blocks stay verbatim, mentions inside ignored', markup: '{code:java}\nif (a) { [~nobody] }\n{code}\nafter', text: 'if (a) { [~nobody] }\nafter' },
    { name: 'one-line code block', markup: '{noformat}raw *text*{noformat}', text: 'raw *text*' },
    { name: 'quotes', markup: '{quote}\nHe said so.\n{quote}\nbq. Short quote', text: '> He said so.\n> Short quote' },
    { name: 'tables', markup: '||Metric||Target||\n|p95|80 ms|', text: 'Metric | Target\np95 | 80 ms' },
    { name: 'panels show their title', markup: '{panel:title=Risks|borderStyle=dashed}\nVendor lock-in\n{panel}', text: 'Risks\nVendor lock-in' },
    { name: 'rules and forced breaks', markup: 'a\\\\b\n----\nc', text: 'a\nb\n---\nc' },
    { name: 'images and colours vanish', markup: '!screen.png|thumbnail! {color:red}Hot{color}', text: 'Hot' },
    { name: 'CRLF line ends', markup: 'h1. T\r\n* x', text: 'T\n- x' },
  ];
  it.each(cases)('$name', ({ markup, text, mentions }) => {
    const out = wikiToText(markup);
    expect(out.text).toBe(text);
    expect(out.mentions).toEqual(mentions ?? []);
  });

  it('is empty for anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, []]) expect(wikiToText(value)).toEqual({ text: '', mentions: [] });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '#', '-', '[', ']', '~', '{', '}', 'code', 'quote', '|', '\n', 'a', ' ', 'h1. ', '\\') , maxLength: 80 }), (s) => {
        const out = wikiToText(s);
        expect(typeof out.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
