import { describe, expect, it } from 'vitest';
import { classify } from './index';
import { CODE_MARK, MENTION_MARK, URL_MARK, markText, normalizeText } from './normalize';

// Texts whose answers differ from the default on at least one feature, so a flip would show.
const TEXTS = [
  'Honestly this is the third time the deploy broke this week. Nobody reads the runbook and I am fed up.',
  'Thanks so much, this is a great fix and it saved my afternoon!',
  'As a billing admin, I want to export invoices and email them and archive them, so that I can close the month faster.',
  'Store the session tokens in a Redis hash keyed by user id and expire them via a TTL.',
  'Risk: the migration locks the orders table for several minutes, and checkout will time out while it runs.',
  'We decided to keep the old importer because the new one drops rows on files over 2 GB.',
  '## Acceptance criteria\n- [ ] the export has one row per invoice\n- [ ] totals match the ledger',
];

const ZW = '\u200B';
const SOFT_HYPHEN = '\u00AD';
const RLO = '\u202E';
const PDF = '\u202C';

/** Hides invisible characters inside every word of four letters or more, the way a paste from a web page can. */
function withInvisibles(text: string, ch: string): string {
  return text.replace(/\b([A-Za-z]{2})([A-Za-z]{2,})/g, `$1${ch}$2`);
}

// Cyrillic letters that look like Latin ones, swapped in where they occur.
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у' };
function withLookAlikes(text: string): string {
  return text.replace(/[aeopcxy]/g, (ch) => CYRILLIC[ch] ?? ch);
}

describe('normalizeText', () => {
  it('removes zero-width, soft-hyphen and bidi control characters', () => {
    expect(normalizeText(`fr${SOFT_HYPHEN}ustr${ZW}ating ${RLO}blocker${PDF}\u2066x\u2069\uFEFF`)).toBe('frustrating blockerx');
  });

  it('applies NFKC: full-width and mathematical letters read as plain ones', () => {
    expect(normalizeText('ｂｌｏｃｋｅｒ')).toBe('blocker');
    expect(normalizeText('\u{1D41B}\u{1D41A}\u{1D41D}')).toBe('bad');
  });

  it('folds look-alike letters in words that mix scripts and in an English text, but not in real Russian or Greek', () => {
    expect(normalizeText('Ѕolution with Rеdis')).toBe('Solution with Redis');
    expect(normalizeText('this is а sсаm')).toBe('this is a scam');
    expect(normalizeText('Спасибо, отличная работа')).toBe('Спасибо, отличная работа');
    expect(normalizeText('καλή δουλειά')).toBe('καλή δουλειά');
  });

  it('returns ASCII text unchanged (the same string)', () => {
    const text = 'plain ASCII text';
    expect(normalizeText(text)).toBe(text);
  });

  it('takes linear time on a megabyte of invisible characters and look-alikes', () => {
    const hostile = `${ZW}${SOFT_HYPHEN}а${RLO}`.repeat(250_000);
    const start = performance.now();
    normalizeText(hostile);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('markText', () => {
  it('marks fenced and inline code, URLs and @mentions', () => {
    const marked = markText('See ```\nthrow new Error("bad")\n``` and `rm -rf` at https://example.com/x?y=1, thanks @ann-lee!');
    expect(marked).toContain(CODE_MARK);
    expect(marked).not.toContain('throw');
    expect(marked).not.toContain('rm -rf');
    expect(marked).toContain(URL_MARK);
    expect(marked).not.toContain('example.com');
    expect(marked).toContain(MENTION_MARK);
    expect(marked).not.toContain('ann-lee');
    expect(marked).toContain('thanks');
  });

  it('treats an unclosed fence as code to the end, and leaves an e-mail address alone', () => {
    expect(markText('before ```\nstack trace')).toBe(`before  ${CODE_MARK} `);
    expect(markText('write to ann@example.com')).toBe('write to ann@example.com');
  });

  it('takes linear time on runs of backticks and at-signs', () => {
    for (const hostile of ['`'.repeat(200_000), '@'.repeat(200_000), '{code}'.repeat(40_000), 'https://'.repeat(40_000)]) {
      const start = performance.now();
      markText(hostile);
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });
});

describe('classify reads disguised text like the plain text', () => {
  for (const text of TEXTS) {
    const plain = classify(text);
    it(`same answers with zero-width spaces, soft hyphens, bidi controls and look-alikes: "${text.slice(0, 40)}…"`, () => {
      expect(classify(withInvisibles(text, ZW))).toEqual(plain);
      expect(classify(withInvisibles(text, SOFT_HYPHEN))).toEqual(plain);
      expect(classify(`${RLO}${text}${PDF}`)).toEqual(plain);
      expect(classify(withLookAlikes(text))).toEqual(plain);
      expect(classify(text.normalize('NFKD'))).toEqual(plain);
    });
  }

  it('the disguises did change the raw text (so the test above can fail)', () => {
    const text = TEXTS[0] as string;
    expect(withInvisibles(text, ZW)).not.toBe(text);
    expect(withLookAlikes(text)).not.toBe(text);
  });
});
