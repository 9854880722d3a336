import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (dist/chrome) into Debian's Chromium; pages and API
// answers are served by routes from test/fixtures (see e2e/harness.ts), never the internet.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
