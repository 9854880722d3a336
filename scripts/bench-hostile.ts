// Hostile-input timing: every function that reads tracker text, on every hostile family, at a small
// size and at 16 times that size. Linear reading scales by about 16; a quadratic one by about 256.
// Prints one line per (reader, family) whose large run is slow or scales badly, then the worst cases.
// Run: npx tsx scripts/bench-hostile.ts [--small BYTES] [--all] [--reader NAME] [--family NAME]
// Figures depend on the machine and its load; compare before/after on the same machine.
import { useEnglish } from '../src/core/english';
import { HOSTILE_FAMILIES, TEXT_READERS, hostile, timeRead } from '../test/hostile';

useEnglish();

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const small = Number(flag('--small') ?? 4_096);
const large = small * 16;
const all = args.includes('--all');
const onlyReader = flag('--reader');
const onlyFamily = flag('--family');

interface Row {
  reader: string;
  family: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
}
const rows: Row[] = [];
for (const [reader, read] of Object.entries(TEXT_READERS)) {
  if (onlyReader && !reader.includes(onlyReader)) continue;
  for (const family of HOSTILE_FAMILIES) {
    if (onlyFamily && family !== onlyFamily) continue;
    const smallMs = timeRead(read, hostile(family, small), 5);
    const largeMs = timeRead(read, hostile(family, large), 1);
    const row = { reader, family, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.01) };
    rows.push(row);
    if (all || largeMs > 50) {
      console.log(`${reader.padEnd(44)} ${family.padEnd(28)} ${fmt(smallMs)} ms → ${fmt(largeMs)} ms (×${row.ratio.toFixed(0)})`);
    }
  }
}
rows.sort((a, b) => b.largeMs - a.largeMs);
console.log(`\nSlowest at ${large / 1024} KB (small ${small / 1024} KB):`);
for (const r of rows.slice(0, 10)) console.log(`  ${r.reader} / ${r.family}: ${fmt(r.largeMs)} ms (×${r.ratio.toFixed(0)} for ×16 input)`);

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}
