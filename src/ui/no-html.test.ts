// Page text is never rendered as HTML: no component may use dangerouslySetInnerHTML or assign
// innerHTML/outerHTML, and nothing may call insertAdjacentHTML or document.write.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no HTML from data', () => {
  const root = join(import.meta.dirname, '..');
  const files = sources(root);
  it('finds the extension’s sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s renders no HTML strings', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(/);
  });
});
