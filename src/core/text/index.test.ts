import { describe, expect, it } from 'vitest';
import { HOSTILE_FAMILIES, hostile } from '../../../test/hostile';
import { corpusTexts, fixtureTexts } from '../../../test/texts';
import { classify, classifyAll, isSure, type ClassifyOptions } from './index';

describe('classify', () => {
  it('reads all seven features from one text', () => {
    const f = classify(
      'As a billing admin, I want to export invoices, so that I can close the month faster.\n\n## Acceptance criteria\n- [ ] one row per invoice',
    );
    expect(f).toMatchObject({ valueStatement: true, acceptanceCriteria: true, solutionOriented: false, atomic: true });
    expect(['negative', 'neutral', 'positive']).toContain(f.tone);
    expect(typeof f.concern).toBe('boolean');
    expect(typeof f.decision).toBe('boolean');
  });

  it('flags a prescriptive, compound story without value or criteria', () => {
    expect(classify('Add a dropdown and a modal for the region picker')).toMatchObject({
      valueStatement: false,
      acceptanceCriteria: false,
      solutionOriented: true,
      atomic: false,
    });
  });
});

describe('texts with no words', () => {
  const TASKS = ['tone', 'solutionOriented', 'atomic', 'valueStatement', 'concern', 'decision'] as const;

  it.each([
    ['one 6 MB word', 'a'.repeat(6_000_000)],
    ['a 41-letter run', 'x'.repeat(41)],
    ['punctuation only', '!!!! ???? ....'],
    ['a bare URL', 'https://example.com/some/path'],
    ['nothing', ''],
  ])('%s: the rules answer, as surely as rules do', (_name, text) => {
    const f = classify(text);
    // The rules see no concern, no decision, no value and nothing to fault in a text without words.
    expect(f).toMatchObject({ concern: false, decision: false, solutionOriented: false, atomic: true, valueStatement: false, tone: 'neutral' });
    for (const task of TASKS) expect(f.probability![task]).toBe(0);
    expect(isSure(f, 'concern', true)).toBe(true);
    expect(isSure(f, 'valueStatement', true)).toBe(true);
  });

  it('an over-long run beside real words reads as one marker, not as thousands of equal n-grams', () => {
    const sentence = 'Thanks, the export works on staging now.';
    const plain = classify(sentence).probability!;
    const padded = classify(`${sentence} ${'a'.repeat(5_000)}`).probability!;
    for (const task of TASKS) expect(Math.abs(padded[task] - plain[task])).toBeLessThan(0.25);
    expect(classify(`${sentence} ${'a'.repeat(5_000)}`).concern).toBe(classify(sentence).concern);
  });
});

describe('classifyAll', () => {
  const same = (texts: string[], options?: ClassifyOptions) => {
    const batch = classifyAll(texts, options);
    expect(batch).toHaveLength(texts.length);
    texts.forEach((text, i) => {
      const alone = classify(text, options);
      // The seven answers and every probability, to the last bit.
      expect({ ...batch[i], probability: batch[i]!.probability }).toEqual({ ...alone, probability: alone.probability });
    });
  };

  it('answers as classify does, text by text, on the fixtures’ texts and hostile shapes', () => {
    same([...fixtureTexts(), ...HOSTILE_FAMILIES.map((family) => hostile(family, 600)), '', 'Why is this still broken again?!']);
  });

  it('answers as classify does with a title and a format', () => {
    same(['Add a dropdown for the region picker', 'As an admin, I want to export invoices so that I can close the month.'], { title: 'Region picker', format: 'markdown' });
  });

  const real = corpusTexts(5);
  it.runIf(real.length > 0)('answers as classify does on a sample of the real corpora', () => same(real));
  it.runIf(real.length === 0)('skipped: ../shared/datasets is not here (CI has it)', () => expect(real).toEqual([]));
});
