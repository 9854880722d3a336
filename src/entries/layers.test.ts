// The folders say where code runs, and each imports only from the layers below it:
// core ← sites ← settings ← content | background ← ui ← entries (the CLI sits beside the extension,
// on core and sites). The content script and the service worker are separate programs: neither
// imports the other, and the service worker never imports the UI. Checked on every import of every
// source file, so a move that breaks the picture fails here rather than in a bundle.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

/** Each top folder's layer; a folder may import from its own layer's folder and from lower layers. */
const LAYER = new Map<string, number>([
  ['public', 0],
  ['core', 0],
  ['sites', 1],
  ['settings', 2],
  ['content', 3],
  ['background', 3],
  ['cli', 3],
  ['ui', 4],
  ['entries', 5],
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The relative modules a file imports, statically, by re-export or dynamically, as paths under src. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Files outside src (package.json for the CLI's version) are data, not a layer.
  return found
    .filter((m) => m.startsWith('.'))
    .map((m) => relative(src, resolve(dirname(file), m)))
    .filter((path) => !path.startsWith('..'));
}

const topOf = (path: string) => path.split('/')[0]!;

describe('layers', () => {
  const files = sources(src).map((f) => relative(src, f));
  const edges = files.flatMap((file) => importsOf(join(src, file)).map((target) => ({ file, target, from: topOf(file), to: topOf(target) })));

  it('reads the sources and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('every file sits in a known layer', () => {
    expect(files.filter((f) => f.includes('/') && !LAYER.has(topOf(f)))).toEqual([]);
  });

  it('no import goes up a layer', () => {
    const upward = edges.filter(({ from, to }) => from !== to && (LAYER.get(to) ?? 99) > (LAYER.get(from) ?? -1));
    expect(upward.map(({ file, target }) => `${file} → ${target}`)).toEqual([]);
  });

  it('the content script, the service worker and the CLI import none of each other', () => {
    const apart = new Set(['content', 'background', 'cli']);
    const across = edges.filter(({ from, to }) => from !== to && apart.has(from) && apart.has(to));
    expect(across.map(({ file, target }) => `${file} → ${target}`)).toEqual([]);
  });
});
