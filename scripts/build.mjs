// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox), zips each for store
// upload (dist/tandem-<browser>-<version>.zip), and bundles the command line (dist/cli).
// `--if-stale` skips the work when nothing under src/, the manifest or the configs changed since the
// last build (the test and bench commands use it so a fresh clone still builds first).
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist/.build-stamp');
const inputs = ['src', 'icons', 'manifest.json', 'package.json', 'vite.config.ts', 'scripts/build.mjs', 'scripts/build-cli.mjs'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (process.argv.includes('--if-stale') && existsSync(stamp) && Number(readFileSync(stamp, 'utf8')) >= changed) {
  console.log('build: dist/ is up to date');
  process.exit(0);
}

/**
 * Swaps the bundler's content-script loader (which imports the content module at once) for ours
 * (src/entries/content-loader.js), which waits for the page's load; see that file for why. Fails the
 * build if the loader no longer looks as expected, rather than shipping the wrong one.
 */
function useOwnContentLoader(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const loader = manifest.content_scripts?.[0]?.js?.[0];
  if (!loader) throw new Error(`build: no content script in ${dist}/manifest.json`);
  const code = readFileSync(join(dist, loader), 'utf8');
  const module = /getURL\(\s*"([^"]+\.js)"\s*\)/.exec(code)?.[1];
  if (!module || !existsSync(join(dist, module))) throw new Error(`build: can't find the content module in ${loader}`);
  const ours = readFileSync(join(root, 'src/entries/content-loader.js'), 'utf8');
  const slot = '/* __CONTENT_IMPORTS__ */';
  if (!ours.includes(slot)) throw new Error(`build: the content loader has no ${slot} to fill`);
  // One literal runtime.getURL per chunk: scripts/bench.ts finds the content script's files by them.
  const imports = [module, ...importsOf(dist, module)].map((file) => `import(chrome.runtime.getURL(${JSON.stringify(file)}))`);
  writeFileSync(join(dist, loader), ours.replace(slot, imports.join(', ')));
  importPanelWhole(dist, module);
}

/**
 * Every chunk a built chunk imports, directly or through others (paths from the extension's root).
 * The browser learns a module's imports only once it has it, so a chunk and its imports otherwise
 * arrive one level after the other; Vite's remedy, `<link rel="modulepreload">`, would write into the
 * host page, which a content script must not. Measured on the demo pages, asking for them all at
 * once brought the panel's skeleton 35–45 ms sooner (docs/performance.md).
 */
function importsOf(dist, chunk) {
  const seen = new Set([chunk]);
  const visit = (from) => {
    const dir = from.slice(0, from.lastIndexOf('/') + 1);
    for (const [, file] of readFileSync(join(dist, from), 'utf8').matchAll(/\bfrom\s*"\.\/([^"]+\.js)"/g)) {
      const path = `${dir}${file}`;
      if (seen.has(path)) continue;
      seen.add(path);
      visit(path);
    }
  };
  visit(chunk);
  seen.delete(chunk);
  return [...seen];
}

/** The content module's import of the panel's chunk asks for the chunks the panel needs at the same time. */
function importPanelWhole(dist, module) {
  const code = readFileSync(join(dist, module), 'utf8');
  const found = [...code.matchAll(/\bimport\(`\.\/(panel-[^`]+\.js)`\)/g)];
  if (found.length !== 1) throw new Error(`build: expected one import of the panel's chunk in ${module}, found ${found.length}`);
  const dir = module.slice(0, module.lastIndexOf('/') + 1);
  const panel = `${dir}${found[0][1]}`;
  const already = new Set([module, ...importsOf(dist, module)]);
  const chunks = [panel, ...importsOf(dist, panel).filter((c) => !already.has(c))].map((c) => `import(\`./${c.slice(dir.length)}\`)`);
  writeFileSync(join(dist, module), code.replace(found[0][0], `Promise.all([${chunks.join(',')}]).then((m)=>m[0])`));
}

/**
 * Bundles an added site's content script and panel code each into one classic script with nothing
 * to import at run time (dist/<browser>/added-site/), for the background to inject with
 * scripting.executeScript: no file of ours then needs to be web-accessible to those sites
 * (src/background/added-site.ts says why).
 */
async function buildAddedSiteScripts(dist) {
  const entries = { content: 'src/entries/added-site-content.ts', panel: 'src/entries/added-site-panel.ts' };
  for (const [name, entry] of Object.entries(entries)) {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      publicDir: false,
      plugins: [preact()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: join(dist, 'added-site'),
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: false,
        minify: true,
        modulePreload: false,
        lib: { entry: join(root, entry), formats: ['iife'], name: 'tandem', fileName: () => `${name}.js` },
      },
    });
    const code = readFileSync(join(dist, 'added-site', `${name}.js`), 'utf8');
    if (/\bimport\s*\(/.test(code)) throw new Error(`build: added-site/${name}.js still imports at run time`);
  }
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const webExt = join(root, 'node_modules/.bin/web-ext');
for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  useOwnContentLoader(join(root, `dist/${target}`));
  await buildAddedSiteScripts(join(root, `dist/${target}`));
  execFileSync(
    webExt,
    ['build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist', '--filename', `tandem-${target}-${version}.zip`, '--overwrite-dest'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`build: dist/${target} and dist/tandem-${target}-${version}.zip`);
}
if (existsSync(join(root, 'scripts/build-cli.mjs'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
}
writeFileSync(stamp, String(changed));
