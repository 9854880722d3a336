// `npx tsx scripts/labelled-e1/generate.ts`: rewrites our four labelled sets in data/labelled/.
// Every text is our own; ids and splits are fixed by a seed and a hash of the id.
import { resolve } from 'node:path';
import { writeSet } from './common';
import { solutionDrafts } from './solution';
import { atomicDrafts } from './atomic';
import { valueDrafts } from './value';
import { acceptanceDrafts } from './acceptance';
import { HARD_ACCEPTANCE, HARD_ATOMIC, HARD_SOLUTION, HARD_VALUE } from './hard';
import { REAL_ACCEPTANCE, REAL_ATOMIC, REAL_SOLUTION, REAL_VALUE } from './realistic';
import { BLIND_ACCEPTANCE, BLIND_ATOMIC, BLIND_SOLUTION, BLIND_VALUE } from './blind';

const dir = resolve(import.meta.dirname, '..', '..', 'data', 'labelled');
const sets = [
  ['solution-oriented', solutionDrafts(), 11, HARD_SOLUTION, REAL_SOLUTION, BLIND_SOLUTION],
  ['atomic', atomicDrafts(), 12, HARD_ATOMIC, REAL_ATOMIC, BLIND_ATOMIC],
  ['value-statement', valueDrafts(), 13, HARD_VALUE, REAL_VALUE, BLIND_VALUE],
  ['acceptance-criteria', acceptanceDrafts(), 14, HARD_ACCEPTANCE, REAL_ACCEPTANCE, BLIND_ACCEPTANCE],
] as const;
for (const [name, drafts, seed, hard, real, blind] of sets) {
  const { n, pos } = writeSet(resolve(dir, `${name}.jsonl`), name, [...drafts], seed, [...hard], [...real], [...blind]);
  console.log(`${name}: ${n} examples, ${pos} labelled true`);
}
