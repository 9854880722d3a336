// Whatever the converters are given, what they return is either a ConvertError or the tracker model
// exactly: the engine never meets a number where a string belongs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TrackerData } from '../core/model';
import { itemProblem, personProblem } from '../../test/support/convert-check';
import { isConvertError } from './convert-common';
import { githubToTrackerData } from './github/convert';
import { jiraToTrackerData } from './jira/convert';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const load = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

function problems(data: TrackerData): string[] {
  const out: string[] = [];
  for (const item of data.items) {
    const p = itemProblem(item);
    if (p) out.push(`${item.key}: ${p}`);
  }
  for (const [id, person] of Object.entries(data.people)) {
    const p = personProblem(person);
    if (p || person.id !== id) out.push(`person ${id}: ${p ?? 'keyed under another id'}`);
  }
  return out;
}

describe('fixtures convert to a well-formed model', () => {
  it.each([
    ['jira', ['jira/issue-SHOP-12.json']],
    ['jira', ['jira/issue-OPS-7.json']],
    ['jira', ['jira/search-jql-page-1.json', 'jira/search-jql-page-2.json']],
    ['jira', ['jira/backlog-board-7.json']],
    ['jira', ['jira/search-OPS.json']],
    ['github', ['github/bundle-42.json']],
    ['github', ['github/bundle-43.json']],
    ['github', ['github/issues.json', 'github/pulls.json']],
    ['github', ['github/search-issues.json']],
  ])('%s %j', (tracker, files) => {
    const inputs = files.map(load);
    const data = tracker === 'jira' ? jiraToTrackerData(inputs) : githubToTrackerData(inputs);
    if (isConvertError(data)) throw new Error(data.message);
    expect(problems(data)).toEqual([]);
  });
});

// Replace one value somewhere inside an answer with junk, at a random depth.
function mutate(json: unknown, path: number[], junk: unknown): unknown {
  const copy = structuredClone(json);
  let at: unknown = copy;
  for (const step of path) {
    if (at === null || typeof at !== 'object') break;
    const keys = Object.keys(at as object);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const next = (at as Record<string, unknown>)[key];
    if (next === null || typeof next !== 'object' || step % 3 === 0) {
      (at as Record<string, unknown>)[key] = junk;
      return copy;
    }
    at = next;
  }
  return copy;
}

const junk = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 }));
const path = fc.array(fc.nat(60), { minLength: 1, maxLength: 7 });

describe('random damage never yields a malformed model', () => {
  it.each([
    ['jira', 'jira/issue-SHOP-12.json'],
    ['jira', 'jira/issue-OPS-7.json'],
    ['github', 'github/bundle-42.json'],
    ['github', 'github/bundle-43.json'],
    ['jira', 'jira/backlog-board-7.json'],
    ['github', 'github/search-issues.json'],
  ])('%s %s', (tracker, file) => {
    const original = load(file);
    fc.assert(
      fc.property(path, junk, (p, j) => {
        const damaged = mutate(original, p, j);
        const data = tracker === 'jira' ? jiraToTrackerData([damaged]) : githubToTrackerData([damaged]);
        if (isConvertError(data)) {
          expect(data.message).toMatch(/^not a |expected|pull request|no (Jira|GitHub) issues/);
          return;
        }
        expect(problems(data)).toEqual([]);
      }),
      { numRuns: Number(process.env.TANDEM_FUZZ_RUNS ?? 400) },
    );
  });
});
