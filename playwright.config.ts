import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension into real browsers: dist/chrome into Debian's Chromium
// (driven by Playwright, e2e/harness.ts) and dist/firefox into Debian's Firefox ESR (driven by
// Puppeteer over WebDriver BiDi, e2e/firefox/harness.ts). Pages and API answers come from the same
// fixture worlds (e2e/world.ts, test/fixtures), never the internet.
export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', testMatch: '*.spec.ts', testIgnore: 'firefox/**' },
    // Each Firefox test starts its own browser and installs the add-on (a few seconds on a busy machine).
    { name: 'firefox', testMatch: 'firefox/*.spec.ts', timeout: 60_000 },
  ],
});
