import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// One source manifest, two builds: TARGET=chrome (service worker) and TARGET=firefox
// (background.scripts and a gecko id, as Firefox's MV3 wants). scripts/build.mjs runs both.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
const base = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));

function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = { ...base, version: pkg.version };
  if (browser === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        // The add-on's id for good: settings in storage.sync and the store listing hang on it.
        id: '{a3325ea4-dd43-4aa3-8f2b-8951e7a3fef5}',
        // 142: the first version that reads data_collection_permissions (new add-ons must say
        // what they collect; Tandem collects nothing).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // No gecko_android: Firefox for Android is not tested, so it is not declared.
    };
  }
  return manifest;
}

// `npm run dev` writes its reloading build to dist/dev, so it never replaces the tested dist/chrome.
export default defineConfig(({ command }) => ({
  publicDir: 'src/public',
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  build: {
    outDir: command === 'serve' ? 'dist/dev' : `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Vite's preload helper adds <link rel="modulepreload" href="chrome-extension://<id>/…"> to the
    // host page's <head>: a change to their DOM, and a sign any page script can read that Tandem is
    // installed (with its id). Chunks load on import instead.
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
}));
