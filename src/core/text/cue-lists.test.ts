// The cue compiler regroups each list for speed (word-boundary cues by first letter, split below the
// size where the engine stops optimising, the others in a second regex). A regrouping must never change
// an answer: every list's `test` is held to one plain regex of all its cues, on the texts the readers
// give it (the normalised text, its prose, lower case, single sentences), from the committed fixtures,
// hostile shapes and, when ../shared/datasets is here, a sample of the real corpora.
import { describe, expect, it } from 'vitest';
import { HOSTILE_FAMILIES, hostile } from '../../../test/hostile';
import { corpusTexts, fixtureTexts } from '../../../test/texts';
import { normalizeText } from './normalize';
import { allCueLists } from './cues';
import { proseOf } from './prose';
import './tone';
// Every reader's lists are compiled when their modules load.
import './model/cues';
import './deference';

/** The lists whose `test` disagrees with their plain regex on some form of `text`, with that form. */
function disagreements(text: string): string[] {
  const normalized = normalizeText(text);
  const forms = [normalized, proseOf(normalized), normalized.toLowerCase(), ...normalized.split(/(?<=[.!?])\s+|\n+/)];
  const out: string[] = [];
  for (const form of forms) {
    for (const [i, list] of allCueLists.entries()) {
      if (list.test(form) !== list.reference.test(form)) out.push(`list ${i} (${list.reference.source.slice(0, 40)}…) on ${JSON.stringify(form.slice(0, 120))}`);
    }
  }
  return out;
}

describe('cue lists: the regrouped test answers as one plain regex would', () => {
  it('compiles every reader’s lists', () => {
    // tone 5, concern 7, decision 3, value 5, deference 1
    expect(allCueLists.length).toBeGreaterThanOrEqual(21);
  });

  it('on the committed fixtures’ texts', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap(disagreements)).toEqual([]);
  });

  it('on hostile shapes', () => {
    expect(HOSTILE_FAMILIES.flatMap((family) => disagreements(hostile(family, 600)))).toEqual([]);
  });

  it('finds cues where they are, so agreement is not agreement on "no"', () => {
    // One phrase each for tone, concern and decision: each must set off at least one list.
    for (const text of ['Why is this still broken again?', "I'm worried this could break checkout.", 'We decided to ship the range first because carriers miss dates.']) {
      expect(allCueLists.some((list) => list.test(text))).toBe(true);
      expect(disagreements(text)).toEqual([]);
    }
  });

  const real = corpusTexts(4);
  it.runIf(real.length > 0)('on a sample of the real corpora', () => {
    let matched = 0;
    const found: string[] = [];
    for (const text of real) {
      found.push(...disagreements(text));
      if (allCueLists.some((list) => list.test(text))) matched++;
    }
    expect(found.slice(0, 5)).toEqual([]);
    // The sample really exercises the cues: a good share of real texts set one off.
    expect(matched / real.length).toBeGreaterThan(0.2);
  });
  it.runIf(real.length === 0)('skipped: ../shared/datasets is not here (CI has it)', () => expect(real).toEqual([]));
});
