// Properties that must hold for any input, checked on generated texts (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasAcceptanceCriteria } from './acceptance';
import { isAtomic } from './atomic';
import { isSolutionOriented } from './solution';
import { hasValueStatement } from './value';
import { classify } from './index';

const WANTS = ['see my past orders', 'export my invoices', 'pause my subscription', 'invite a colleague', 'restore a deleted document'];
const PERSONAS = ['user', 'admin', 'shopper', 'nurse', 'driver'];
const word = fc.constantFrom('plan', 'budget', 'save', 'time', 'customers', 'reports', 'check', 'share', 'trust', 'numbers');
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

describe('classifier properties', () => {
  it('never throw and always answer with a boolean, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        for (const f of [hasAcceptanceCriteria, isAtomic, isSolutionOriented, hasValueStatement]) {
          expect(typeof f(text)).toBe('boolean');
        }
        const features = classify(text);
        expect(Object.keys(features).sort()).toEqual(
          ['acceptanceCriteria', 'atomic', 'concern', 'decision', 'solutionOriented', 'tone', 'valueStatement'],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 100 KB text in linear time, blank-line runs and repeated near-misses included', () => {
    // A quadratic pattern takes seconds at this size (100 KB of blank lines took over 20 s before prose
    // collapsed blank-line runs); linear reading takes a few milliseconds, so the bound is generous.
    const shapes = ['\n', ' \n', '\r\n', '\n\t', 'what about ', 'last time we ', 'users still ', '8% of ', 'by hand every day '];
    for (const shape of shapes) {
      const text = shape.repeat(Math.ceil(100_000 / shape.length)).slice(0, 100_000);
      const start = performance.now();
      classify(text);
      expect(performance.now() - start, JSON.stringify(shape)).toBeLessThan(1_000);
    }
  });

  it('a single-feature story stays atomic whatever its "so that" part joins', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAS), fc.constantFrom(...WANTS), phrase, phrase, (persona, want, a, b) => {
        expect(isAtomic(`As a ${persona}, I want to ${want}, so that I can ${a} and ${b}.`)).toBe(true);
      }),
    );
  });

  it('joining two wants with "and" makes any story non-atomic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAS), fc.constantFrom(...WANTS), fc.constantFrom(...WANTS), (persona, w1, w2) => {
        fc.pre(w1 !== w2);
        expect(isAtomic(`As a ${persona}, I want to ${w1} and ${w2}.`)).toBe(false);
      }),
    );
  });

  it('a story gains a value statement exactly when a person-facing "so that" is added', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAS), fc.constantFrom(...WANTS), phrase, (persona, want, benefit) => {
        const bare = `As a ${persona}, I want to ${want}.`;
        expect(hasValueStatement(bare)).toBe(false);
        expect(hasValueStatement(`As a ${persona}, I want to ${want}, so that I can ${benefit}.`)).toBe(true);
      }),
    );
  });

  it('any text followed by a task-list item has acceptance criteria; prose without one has none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WANTS), phrase, fc.constantFrom('- [ ]', '- [x]', '* [ ]'), (want, item, box) => {
        expect(hasAcceptanceCriteria(`Let users ${want}.`)).toBe(false);
        expect(hasAcceptanceCriteria(`Let users ${want}.\n\n${box} ${item}`)).toBe(true);
      }),
    );
  });

  it('naming a data store is solutioning only when the text prescribes it', () => {
    fc.assert(
      fc.property(fc.constantFrom('Redis', 'Postgres', 'Kafka', 'Elasticsearch'), fc.constantFrom(...WANTS), (store, want) => {
        expect(isSolutionOriented(`Store the data for "${want}" in ${store}.`)).toBe(true);
        expect(isSolutionOriented(`${store} times out when users ${want.split(' ')[0]}.`)).toBe(false);
      }),
    );
  });
});
