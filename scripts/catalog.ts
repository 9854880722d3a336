// Writes src/core/signals/catalog.ts from the registry: the signals' ids, kinds and thresholds as data,
// for the pages that must not load the signals' code (see define.ts, Catalog). Run it after adding a
// signal or changing a threshold; src/core/signals/catalog.test.ts fails until it has run.
//   npm run catalog
import { writeFileSync } from 'node:fs';
import { catalogText } from './catalog-text';

const file = new URL('../src/core/signals/catalog.ts', import.meta.url);
writeFileSync(file, catalogText());
console.log(`catalog: ${file.pathname}`);
