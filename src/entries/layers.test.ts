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

/** Whether an import or export brings in code at run time (`import type` and all-type imports don't). */
function bringsCode(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true; // a bare `import './x'` runs the module
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

/** The relative modules a file imports, statically, by re-export or dynamically, as paths under src. */
function importsOf(file: string, codeOnly = false): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!codeOnly || bringsCode(node)) found.push(node.moduleSpecifier.text);
    }
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

/** A module path as imported ('core/guide') to its file under src ('core/guide.ts', 'core/signals/index.ts'). */
function fileOf(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`]) {
    try {
      if (statSync(join(src, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Every file whose code an entry loads, following run-time imports only. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    for (const target of importsOf(join(src, file), true)) {
      const found = fileOf(target);
      if (found && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return seen;
}

describe('what the pages load', () => {
  // The engine, the signals' code, the text models and their cue lists run in the background only: the
  // content script, the panel, the popup and the options page know the signals from the catalog (data).
  const BACKGROUND_ONLY = ['core/engine.ts', 'core/signals/index.ts', 'core/text/index.ts', 'core/text/model/weights.ts'];
  it.each(['entries/content.ts', 'entries/panel.ts', 'entries/popup.tsx', 'entries/options.tsx'])('%s loads none of the engine, the signals or the models', (entry) => {
    const loaded = loadedBy(entry);
    expect(loaded.size).toBeGreaterThan(entry.endsWith('content.ts') ? 3 : 20);
    expect(BACKGROUND_ONLY.filter((file) => loaded.has(file))).toEqual([]);
  });

  it('the service worker does load them (the check follows imports far enough to see them)', () => {
    const loaded = loadedBy('entries/background.ts');
    expect(BACKGROUND_ONLY.filter((file) => !loaded.has(file))).toEqual([]);
  });
});
