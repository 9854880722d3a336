import { defineConfig } from 'vitest/config';

// Unit tests run the pure core and the site adapters' pure parts in Node;
// DOM-reading code gets happy-dom per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['test/setup-words.ts'],
  },
});
