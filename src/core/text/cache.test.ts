import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../../../test/texts';
import { TextCache, textKey } from './cache';
import { classify, classifyEach } from './index';

const plain = (f: ReturnType<typeof classify>) => ({ ...f, probability: f.probability });

describe('classifyEach', () => {
  it('answers as classify does, each text with its own options, across slices of the batch', () => {
    const texts = fixtureTexts();
    // More texts than one slice holds, and a long one that ends a slice early by its characters.
    const batch = [...texts, ...texts, 'x '.repeat(600_000), ...texts].map((text, i) => ({ text, options: i % 3 === 0 ? { title: `Item ${i % 7}`, format: 'markdown' as const } : undefined }));
    expect(batch.length).toBeGreaterThan(256);
    const answers = classifyEach(batch);
    batch.forEach(({ text, options }, i) => expect(plain(answers[i]!)).toEqual(plain(classify(text, options))));
  });
});

describe('TextCache', () => {
  it('reads each text once, then answers from memory with the same answers', () => {
    const cache = new TextCache({ texts: 100, chars: 100_000 });
    const batch = [{ text: 'I am worried this blocks the release.' }, { text: 'Add a Redis cache.', options: { title: 'Cache prices' } }];
    const first = cache.readAll(batch);
    expect(cache.size).toBe(2);
    const again = cache.readAll(batch);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    expect(plain(first[1]!)).toEqual(plain(classify('Add a Redis cache.', { title: 'Cache prices' })));
    // Shared with later analyses, so nobody can change them.
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]!.probability)).toBe(true);
    // The same words with another title are another text.
    expect(textKey('Add a Redis cache.', { title: 'Cache prices' })).not.toBe(textKey('Add a Redis cache.', { title: 'Other' }));
  });

  it('stays within its limits, dropping the oldest texts first', () => {
    const cache = new TextCache({ texts: 50, chars: 100_000 });
    const texts = Array.from({ length: 3_000 }, (_, i) => `Comment number ${i} says the build is fine.`);
    for (let i = 0; i < texts.length; i += 10) cache.readAll(texts.slice(i, i + 10).map((text) => ({ text })));
    expect(cache.size).toBe(50);
    // The newest are kept: reading them again gives the very same answer objects.
    const newest = texts.slice(-5).map((text) => ({ text }));
    expect(cache.readAll(newest)).toEqual(cache.readAll(newest));
    expect(cache.readAll(newest)[0]).toBe(cache.readAll(newest)[0]);

    const byChars = new TextCache({ texts: 1_000, chars: 2_000 });
    byChars.readAll(texts.slice(0, 200).map((text) => ({ text })));
    expect(byChars.chars).toBeLessThanOrEqual(2_000);
    expect(byChars.size).toBeGreaterThan(0);
  });

  it('does not keep a text longer than a twentieth of its room, but still answers it', () => {
    const cache = new TextCache({ texts: 100, chars: 10_000 });
    const long = 'This keeps failing and it is really frustrating. '.repeat(20);
    const [f] = cache.readAll([{ text: long }]);
    expect(cache.size).toBe(0);
    expect(plain(f!)).toEqual(plain(classify(long)));
  });
});
