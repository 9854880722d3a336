// The site adapters and the CLI keep their functions short enough to read in one screen: none over
// MAX_LINES unless a comment right above it says why it stays whole. Measured on the syntax tree
// (TypeScript's parser), so nested functions count on their own too.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['src/sites', 'src/cli'];
const MAX_LINES = 80;
/** How a comment says why a function is long: "longer than", "one switch", "stays whole"… */
const REASON = /longer than|one switch|stays? (?:whole|one)|one function/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface LongFunction {
  line: number;
  lines: number;
  /** The comments right above the function (for an arrow or function expression: above its statement). */
  reason: string;
}

function longFunctions(text: string): LongFunction[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const out: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.getEnd()).line - start + 1;
      if (lines > MAX_LINES) {
        let holder: ts.Node = node;
        while (holder.parent && !ts.isSourceFile(holder.parent) && !ts.isBlock(holder.parent) && !ts.isClassLike(holder.parent)) holder = holder.parent;
        const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
        out.push({ line: start + 1, lines, reason: comments.map((c) => text.slice(c.pos, c.end)).join('\n') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe(`functions in ${FOLDERS.join(' and ')}`, () => {
  const files = FOLDERS.flatMap((folder) => sources(join(ROOT, folder)));

  it(`stay within ${MAX_LINES} lines, or say why not right above them`, () => {
    expect(files.length).toBeGreaterThan(20);
    const unexplained = files.flatMap((file) =>
      longFunctions(readFileSync(file, 'utf8'))
        .filter((f) => !REASON.test(f.reason))
        .map((f) => `${relative(ROOT, file)}:${f.line} (${f.lines} lines)`),
    );
    expect(unexplained).toEqual([]);
  });

  it('the check finds long functions, declared or arrow, and reads the comment above each', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      '// It stays whole: one function on purpose.',
      `export function long(): void {\n${body}\n}`,
      `export const bare = (): void => {\n${body}\n};`,
      `export function short(): void {\n  const v = 1;\n}`,
    ].join('\n');
    const found = longFunctions(text);
    expect(found.map((f) => f.lines)).toEqual([MAX_LINES + 2, MAX_LINES + 2]);
    expect(REASON.test(found[0]!.reason)).toBe(true);
    expect(found[1]!.reason).toBe('');
  });
});
