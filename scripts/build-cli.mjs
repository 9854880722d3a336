// Bundles the `tandem` CLI (src/cli/main.ts) for Node into dist/cli/tandem.mjs with Vite's build API:
// SSR mode with every dependency bundled (only Node's built-ins stay imports), so the file runs with
// nothing but Node installed. bin/tandem.mjs starts it. Usage: node scripts/build-cli.mjs
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds into `outDir` (default dist/cli); tests build into a temporary folder. */
export async function buildCli({ outDir = resolve(root, 'dist/cli'), quiet = false } = {}) {
  await build({
    configFile: false, // the extension's vite.config.ts (crx plugin, Preact) is not for this
    root,
    publicDir: false,
    logLevel: 'warn',
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: resolve(root, 'src/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'tandem.mjs', codeSplitting: false } },
    },
  });
  const file = resolve(outDir, 'tandem.mjs');
  const { size } = await stat(file);
  if (!quiet) console.log(`tandem CLI built: ${file.startsWith(root) ? file.slice(root.length + 1) : file} (${(size / 1024).toFixed(1)} KB)`);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    console.error(`build-cli: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
