import { describe, expect, it } from 'vitest';
import { indexOfWord, reuseTokens, tokens } from './tokens';

describe('tokens', () => {
  it.each([
    ['Don’t kill the process', ["don't", 'kill', 'the', 'process']],
    ['Use node.js and e-mail; user_id = 5', ['use', 'node.js', 'and', 'e-mail', 'user_id', '5']],
    ['Ends with a dot. Next', ['ends', 'with', 'a', 'dot', 'next']],
    ['Café naïve 🎉 ok', ['café', 'naïve', 'ok']],
    ['', []],
  ])('splits %j into words', (text, words) => {
    expect(tokens(text).words).toEqual(words);
  });

  it('straightens curly apostrophes in the lower-cased text', () => {
    expect(tokens('I’d like THIS').lower).toBe("i'd like this");
  });

  it('keeps non-empty trimmed lines, lower-cased, for every line ending', () => {
    expect(tokens('## Title\r\n\r\n  - [ ] One \n* Two\rThree').lines).toEqual(['## title', '- [ ] one', '* two', 'three']);
  });

  it('returns the same pass for the same text and a fresh one for another', () => {
    const a = tokens('same text');
    expect(tokens('same text')).toBe(a);
    const b = tokens('other text');
    expect(b).not.toBe(a);
    expect(b.words).toEqual(['other', 'text']);
    expect(tokens('same text').words).toEqual(['same', 'text']);
  });

  it('hands a kept pass back after other texts were read', () => {
    const kept = tokens('kept text');
    tokens('other text');
    reuseTokens(kept);
    expect(tokens('kept text')).toBe(kept);
  });

  it('finds a word from a position', () => {
    const { words } = tokens('a b a c');
    expect(indexOfWord(words, 'a')).toBe(0);
    expect(indexOfWord(words, 'a', 1)).toBe(2);
    expect(indexOfWord(words, 'z')).toBe(-1);
  });
});
