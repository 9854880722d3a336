// `npm run train` must reproduce the committed weights byte for byte (and so must record what they were
// trained on truthfully). Needs the corpora in ../shared/datasets; skipped, and says so, without them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD, WEIGHTS, trainAll } from '../scripts/train';
import { sharedDir } from '../scripts/model/data';

const present = existsSync(sharedDir());

describe('training', () => {
  it.skipIf(!present)('reproduces the committed weights and record byte for byte', () => {
    const trained = trainAll();
    expect(trained.weights === readFileSync(WEIGHTS, 'utf8')).toBe(true);
    expect(trained.record === readFileSync(RECORD, 'utf8')).toBe(true);
  }, 300_000);

  it.runIf(!present)('is skipped: no datasets at ../shared/datasets', () => {
    expect(present).toBe(false);
  });
});
