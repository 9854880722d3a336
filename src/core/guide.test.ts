import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from './english';
import { DISPLAY_ORDER, GUIDE, GUIDE_BY_ID, SIGNAL_IDS } from './guide';

// The catalogue of docs/contracts.md: every stable id, with its kind.
const CATALOGUE: Record<string, 'healthy' | 'warning'> = {
  'avoids-em': 'warning', 'assigned-like-report': 'warning', 'leads-routines': 'warning',
  'sole-documenter': 'warning', 'following-orders': 'warning', 'engineer-opinion-priority': 'warning',
  'value-someday': 'warning', 'unclear-value': 'warning', 'lost-in-tech': 'warning',
  'engineer-to-be-heard': 'warning', solutioning: 'warning', 'cant-say-no': 'warning',
  intermediary: 'warning', frustrated: 'warning',
  'shared-routines': 'healthy', 'working-agreement': 'healthy', 'engineering-ownership': 'healthy',
  'concerns-early': 'healthy', 'impact-priority': 'healthy', 'small-scopes': 'healthy', pivots: 'healthy',
  'knows-tech': 'healthy', 'clear-decisions': 'healthy', 'clear-artifacts': 'healthy',
  'team-accountability': 'healthy', 'org-values': 'healthy',
};

describe('the guide', () => {
  it('has the 26 catalogue ids, each once, with its kind', () => {
    expect(SIGNAL_IDS).toHaveLength(26);
    expect(new Set(SIGNAL_IDS).size).toBe(26);
    for (const item of GUIDE) expect(CATALOGUE[item.id]).toBe(item.kind);
    expect(GUIDE.filter((g) => g.kind === 'healthy')).toHaveLength(12);
    expect(GUIDE.filter((g) => g.kind === 'warning')).toHaveLength(14);
  });

  it('marks exactly the feeling-only items as self-checks', () => {
    expect(GUIDE.filter((g) => g.selfCheck).map((g) => g.id).sort()).toEqual(
      ['engineer-to-be-heard', 'knows-tech', 'lost-in-tech', 'org-values'],
    );
  });

  it('gives every item our own explanation, detection note and advice', () => {
    for (const item of GUIDE) {
      for (const text of [item.explanation, item.detection, item.advice]) {
        expect(text.length, item.id).toBeGreaterThan(20);
        expect(text, item.id).not.toBe(item.words);
      }
    }
    expect(GUIDE_BY_ID['leads-routines'].words).toBe('You lead most developer routines');
  });

  it('keeps its text in messages named after the id', () => {
    for (const item of GUIDE) {
      const name = item.id.replace(/(?:^|-)([a-z])/g, (_m, c: string) => c.toUpperCase());
      expect(Object.values(item.messages), item.id).toEqual(
        ['Words', 'About', 'Detect', 'Try'].map((part) => `guide${name}${part}`),
      );
    }
  });

  it('shows warning signs first, then healthy behaviors', () => {
    expect(DISPLAY_ORDER.slice(0, 14).every((g) => g.kind === 'warning')).toBe(true);
    expect(DISPLAY_ORDER.slice(14).every((g) => g.kind === 'healthy')).toBe(true);
  });

  // The words are the user's, as written: compared with the seed wherever the checkout has it
  // beside the project (as CI's does).
  const seed = join(import.meta.dirname, '../../../shared/seed/000_be86f679aa96a368.txt');
  it.runIf(existsSync(seed))('keeps the seed’s words exactly in the English messages, in the seed’s order', () => {
    const lines = readFileSync(seed, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- ') && !line.includes(']('))
      .map((line) => line.slice(2).trimEnd());
    expect(GUIDE.map((g) => englishWords(g.messages.words))).toEqual(lines);
  });
});
