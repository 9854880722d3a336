// The English strings file stays tidy: every string is used, and every $PLACEHOLDER$ is declared.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE } from '../core/guide';
import { THRESHOLD_INFO } from '../core/thresholds';

const root = join(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(root, 'src/public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const sources = execSync("git ls-files -co --exclude-standard -- 'src/*.ts' 'src/*.tsx' manifest.json", { cwd: root })
  .toString()
  .split('\n')
  .filter((f) => f && !/\.test\.tsx?$/.test(f))
  .map((f) => readFileSync(join(root, f), 'utf8'))
  .join('\n');

// A guide item's four texts and a threshold's label and basis are named after the signal's id or the
// threshold's key (src/core/guide.ts, src/core/thresholds.ts): used, though no source spells them out.
const derived = new Set<string>([...GUIDE.flatMap((g) => Object.values(g.messages)), ...Object.values(THRESHOLD_INFO).flatMap((i) => [i.label, i.basis])]);

describe('messages.json', () => {
  it.each(Object.keys(messages))('%s is used', (key) => {
    const written = new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(sources);
    expect(written || derived.has(key), `${key} is neither written in a source nor derived`).toBe(true);
  });
  it.each(Object.entries(messages))('%s declares its placeholders', (_key, entry) => {
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
    expect(declared.sort()).toEqual([...new Set(used)].sort());
    // browser.i18n takes nine substitutions, $1 … $9; a placeholder's content names one of them.
    for (const { content } of Object.values(entry.placeholders ?? {})) expect(content).toMatch(/^\$[1-9]$/);
  });
});
