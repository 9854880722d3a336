// The text of catalog.ts, derived from the registry. Used by `npm run catalog` (which writes it) and by
// src/core/signals/catalog.test.ts (which checks the committed file says the same). It imports the registry.
import { REGISTRY } from '../src/core/signals';
import { catalogOf } from '../src/core/signals/define';

export function catalogText(): string {
  const catalog = catalogOf(REGISTRY);
  return `// Written by \`npm run catalog\` from the registry (src/core/signals/index.ts); do not edit by hand.
// The signals' ids, kinds and thresholds as data, so the settings, the popup and the options page know
// them without loading the signals' code and the text models, which run in the background only.
import type { Catalog } from './define';

export const CATALOG: Catalog = ${JSON.stringify(catalog, null, 2)};
`;
}
