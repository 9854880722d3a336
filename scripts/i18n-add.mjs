// Adds strings to _locales/en/messages.json without clobbering strings others added meanwhile:
// takes a lock, reads the file right before writing and merges. Usage:
//   node scripts/i18n-add.mjs '{"reportCopy": {"message": "Copy as Markdown"}}'
// or pipe the JSON on stdin. Existing keys are replaced. A message with $NAME$ placeholders may
// give them as `"args": ["name", …]` instead of spelling out `placeholders`: each becomes $1, $2, ….
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';

const file = new URL('../src/public/_locales/en/messages.json', import.meta.url);
const lock = new URL('../src/public/_locales/en/.lock', import.meta.url);
const input = process.argv[2] ?? readFileSync(0, 'utf8');
const additions = JSON.parse(input);
for (const [key, value] of Object.entries(additions)) {
  if (!/^[A-Za-z0-9_]+$/.test(key) || typeof value?.message !== 'string') throw new Error(`bad entry: ${key}`);
  if (Array.isArray(value.args)) {
    value.placeholders = Object.fromEntries(value.args.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]));
    delete value.args;
  }
  const used = new Set([...value.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()));
  const declared = new Set(Object.keys(value.placeholders ?? {}).map((p) => p.toLowerCase()));
  for (const name of used) if (!declared.has(name)) throw new Error(`${key}: $${name.toUpperCase()}$ is not declared`);
  for (const name of declared) if (!used.has(name)) throw new Error(`${key}: placeholder ${name} is not used`);
  if (declared.size > 9) throw new Error(`${key}: browser.i18n takes at most 9 substitutions`);
}

// mkdir is atomic: whoever creates the directory holds the lock.
const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 10_000) throw new Error(`locked: remove ${lock.pathname} if no one is adding strings`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  const current = JSON.parse(readFileSync(file, 'utf8'));
  const tmp = new URL(`../src/public/_locales/en/.messages.${process.pid}.json`, import.meta.url);
  writeFileSync(tmp, JSON.stringify({ ...current, ...additions }, null, 2) + '\n');
  renameSync(tmp, file);
} finally {
  rmdirSync(lock);
}
console.log(`i18n: ${Object.keys(additions).length} string(s) added`);
