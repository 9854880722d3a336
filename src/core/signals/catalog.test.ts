import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '.';
import { CATALOG } from './catalog';
import { catalogText } from '../../../scripts/catalog-text';
import { catalogOf } from './define';

describe('the catalog the pages read is the registry, as data', () => {
  it('says what the registry says (run `npm run catalog` after changing a signal or a threshold)', () => {
    expect(CATALOG).toEqual(catalogOf(REGISTRY));
    expect(readFileSync(new URL('./catalog.ts', import.meta.url), 'utf8')).toBe(catalogText());
  });

  it('holds every signal and every threshold, and no code', () => {
    expect(CATALOG.signals.map((s) => s.id)).toEqual(REGISTRY.signals.map((s) => s.id));
    expect(CATALOG.thresholds).toHaveLength(REGISTRY.thresholds.length);
    expect(JSON.parse(JSON.stringify(CATALOG))).toEqual(CATALOG);
  });
});
