// Adds UI strings to _locales/en/messages.json without clobbering strings others added meanwhile:
// reads the file right before writing and merges. Usage:
//   node scripts/i18n-add.mjs '{"reportCopy": {"message": "Copy as Markdown"}}'
// or pipe the JSON on stdin. Existing keys are replaced.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const file = new URL('../src/public/_locales/en/messages.json', import.meta.url);
const input = process.argv[2] ?? readFileSync(0, 'utf8');
const additions = JSON.parse(input);
for (const [key, value] of Object.entries(additions)) {
  if (!/^[A-Za-z0-9_]+$/.test(key) || typeof value?.message !== 'string') throw new Error(`bad entry: ${key}`);
}
const current = JSON.parse(readFileSync(file, 'utf8'));
const tmp = new URL(`../src/public/_locales/en/.messages.${process.pid}.json`, import.meta.url);
writeFileSync(tmp, JSON.stringify({ ...current, ...additions }, null, 2) + '\n');
renameSync(tmp, file);
console.log(`i18n: ${Object.keys(additions).length} string(s) added`);
