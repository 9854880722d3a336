// Words people read come from messages.json, never from the code: no text in JSX, no labels in JSX
// attributes, and no sentence-like string anywhere in the extension's sources except where a reason
// below says why it isn't for people (or, for the CLI, is English by contract).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Files whose sentence-like strings are not shown to people, and why. */
const NOT_FOR_PEOPLE: Record<string, string> = {
  'sites/convert-common.ts': 'the CLI’s one-line errors about a file’s shape, English by the CLI contract',
  'sites/github/convert.ts': 'the CLI’s one-line errors about a file’s shape, English by the CLI contract',
  'sites/jira/convert.ts': 'the CLI’s one-line errors about a file’s shape, English by the CLI contract',
  'sites/github/graphql.ts': 'the GraphQL query sent to GitHub',
  'sites/jira/load.ts': 'the JQL sent to Jira',
};
/** Folders that hold no words for people: the classifiers' English cue lists, and the CLI. */
const SKIPPED = /^(core\/text\/|cli\/)|vite-env\.d\.ts$/;
const LABEL_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
/** A label in words ("Close", "Pick a site"), as opposed to an example value ("acme.atlassian.net"). */
const LABEL_WORDS = /^\p{L}+$|\p{L}+ \p{L}/u;
const SENTENCE = /[A-Za-z’']+(?: [A-Za-z’',;:()]+){3,}/;
/**
 * Where a threshold's default comes from, the last argument of its declaration (`share(0.5, '…')`,
 * src/core/signals/define.ts): written for the people who maintain it; the options page says the
 * message limit<Key>Basis instead.
 */
const THRESHOLD_DECLARATIONS = new Set(['share', 'count', 'days', 'factor', 'limit']);
function isThresholdSource(node: ts.Node, source: ts.SourceFile): boolean {
  const call = node.parent;
  return !!call && ts.isCallExpression(call) && THRESHOLD_DECLARATIONS.has(call.expression.getText(source)) && call.arguments.at(-1) === node;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every place in a file where words are written into the code, as "line: text". */
function wordsIn(file: string): { jsx: string[]; strings: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const jsx: string[] = [];
  const strings: string[] = [];
  const at = (node: ts.Node, text: string) => `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 80)}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) jsx.push(at(node, node.text));
    else if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer) && LABEL_WORDS.test(node.initializer.text)) {
      jsx.push(at(node, node.getText(source)));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && SENTENCE.test(node.text) && !isThresholdSource(node, source)) {
      strings.push(at(node, node.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { jsx, strings };
}

describe('no words written into the code', () => {
  const files = sources(root)
    .map((f) => relative(root, f))
    .filter((f) => !SKIPPED.test(f));
  it('reads the extension’s sources', () => {
    expect(files.length).toBeGreaterThan(60);
  });
  it.each(files)('%s', (file) => {
    const { jsx, strings } = wordsIn(join(root, file));
    expect(jsx, 'text in JSX or in a label attribute').toEqual([]);
    if (!NOT_FOR_PEOPLE[file]) expect(strings, 'a sentence in a string: make it a message').toEqual([]);
  });
  it('each exception still has something to excuse', () => {
    for (const file of Object.keys(NOT_FOR_PEOPLE)) expect(wordsIn(join(root, file)).strings.length, file).toBeGreaterThan(0);
  });
});
