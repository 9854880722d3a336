import { describe, expect, it } from 'vitest';
import { classify } from './index';

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
