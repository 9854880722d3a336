import { describe, expect, it } from 'vitest';
import { isDeferential } from './deference';

describe('deference', () => {
  it.each([
    'Your call, I’ll build whatever ends up in the ticket.',
    "It's the PM's decision, not mine.",
    'Not my call. Tell me when the spec is final.',
    'Whatever you want, we will ship it.',
    "Just tell me what to build and I'll do it.",
    "We were told to use the old importer, so that's what we did.",
    'Honestly it doesn’t matter what I think, product already decided.',
    'No point arguing, I will just implement it as written.',
    'ok you’re the boss',
  ])('hands the decision away: %s', (text) => {
    expect(isDeferential(text)).toBe(true);
  });

  it.each([
    'Sounds good, happy to pick this up tomorrow.',
    'I think we should split this into two stories: the export and the scheduling.',
    'Decided with Ann to drop the PDF export because nobody used it.',
    'Your call with the vendor went well? Let me know what they said.',
    'Thanks! Merged.',
    'I was asked to review this PR; two comments inline.',
    '> your call\nquoted text from someone else',
    '```\n// just following orders from the scheduler\n```',
  ])('does not: %s', (text) => {
    expect(isDeferential(text)).toBe(false);
  });
});
