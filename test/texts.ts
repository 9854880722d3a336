// Texts for tests that compare two ways of reading text: the committed fixtures' prose, and a sample of
// the real corpora in ../shared/datasets when they are here (never copied into the project).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DATASETS = join(ROOT, '..', 'shared', 'datasets');
const CORPORA = [
  'sentiment/github_gold_novielli2020.jsonl',
  'sentiment/jira_ortu_polarity.jsonl',
  'issues/condec_decision_knowledge_jira.jsonl',
  'user_stories/dalpiaz_user_stories_unlabelled.jsonl',
  'sentiment/senti4sd_stackoverflow.jsonl',
];

/** Every string value in a JSON fixture that reads like prose (a space in it). */
export function fixtureTexts(): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.includes(' ')) out.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const site of ['github', 'jira']) {
    const dir = join(ROOT, 'test', 'fixtures', site);
    for (const name of readdirSync(dir)) if (name.endsWith('.json')) visit(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  return out;
}

/** Every `step`-th text of each corpus. */
export function corpusTexts(step: number): string[] {
  const out: string[] = [];
  for (const file of CORPORA) {
    const path = join(DATASETS, file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += step) {
      if (!lines[i]!.trim()) continue;
      const text = (JSON.parse(lines[i]!) as { text?: unknown }).text;
      if (typeof text === 'string') out.push(text);
    }
  }
  return out;
}

