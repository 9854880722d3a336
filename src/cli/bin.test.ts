// The thin executable and the build: scripts/build-cli.mjs bundles the CLI, bin/tandem.mjs starts it
// (or says plainly that it is not built). Builds into a temporary folder, never touching dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'tandem-bin-'));
const bin = join(temp, 'bin/tandem.mjs');
mkdirSync(join(temp, 'bin'));
copyFileSync(join(ROOT, 'bin/tandem.mjs'), bin);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bin/tandem.mjs without a build', () => {
  it('says how to build and exits 1, without a stack trace', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('tandem: the CLI is not built yet. In the Tandem folder run `npm run build` (or `node scripts/build-cli.mjs`), then try again.');
    expect(result.stdout).toBe('');
  });
});

describe('the built CLI', () => {
  let bundle = '';
  beforeAll(async () => {
    const script = pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href;
    const { buildCli } = await import(script);
    bundle = await buildCli({ outDir: join(temp, 'dist/cli'), quiet: true });
  }, 60_000);

  it('is one self-contained ES module: only Node built-ins are imported', () => {
    const code = readFileSync(bundle, 'utf8');
    const imports = [...code.matchAll(/^import\s.*?from\s+["']([^"']+)["']/gm), ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^node:/);
  });

  it('analyses good files and reports bad ones: exit 1, one stderr line, JSON on stdout', () => {
    const missing = join(temp, 'missing.json');
    const result = spawnSync(process.execPath, [bin, 'analyze', '--now', '2026-11-24T09:00:00Z', join(ROOT, 'test/fixtures/github/bundle-42.json'), missing], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`tandem: ${missing}: cannot read the file (it does not exist)`]);
    expect(JSON.parse(result.stdout).scope).toMatchObject({ kind: 'item', tracker: 'github', items: 1 });
  });

  it('classify reads JSON lines on stdin', () => {
    const out = execFileSync(process.execPath, [bin, 'classify'], { input: '{"id":"a","text":"Are we sure? There is a risk."}\n', encoding: 'utf8' });
    expect(Object.keys(JSON.parse(out))).toEqual(['id', 'valueStatement', 'acceptanceCriteria', 'solutionOriented', 'atomic', 'concern', 'decision', 'tone']);
  });

  it('a usage error exits 2', () => {
    const result = spawnSync(process.execPath, [bin, 'analyse-this'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^tandem: unknown command "analyse-this"/);
  });
});
