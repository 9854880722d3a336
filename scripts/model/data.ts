// The training and evaluation sources of the text models: which file, which labels, which licence, and
// whether weights trained on it may ship. Read by scripts/train.ts and scripts/eval.ts. The corpora
// live in ../shared/datasets (never copied into the project); our own labels in data/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Task } from '../../src/core/text/model/cues';

export interface Row {
  id: string;
  text: string;
  /** tone: 0 negative, 1 neutral, 2 positive; yes/no tasks: 1 = the warning class (see WARNS). */
  y: number;
  /** Source name (the table in docs/models.md). */
  source: string;
  /** Finer group for leave-one-out evaluation (a project, a corpus). */
  group: string;
  title?: string;
}

export interface Source {
  name: string;
  file: string;
  licence: string;
  /** Weights trained on it may ship (MIT, CC0, CC-BY, our own); otherwise evaluation only. */
  ship: boolean;
  /** Texts from others' work: real text. Ours: our own templated/hand-written sets (tuning data). */
  real: boolean;
  /** False: reported by eval, but not used to place the cuts (its labels mean something else). */
  calibrate?: boolean;
  rows: Row[];
  sha256: string;
}

export const TONE_CLASSES = ['negative', 'neutral', 'positive'] as const;

export function repoRoot(): string {
  return join(import.meta.dirname, '..', '..');
}
export function sharedDir(): string {
  return join(repoRoot(), '..', 'shared', 'datasets');
}

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/** Lower-cased, whitespace collapsed: two texts with the same key are the same text (never split apart). */
export function dupKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const TONE_INDEX: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };

type Spec = Omit<Source, 'rows' | 'sha256'> & { read(rows: Record<string, unknown>[]): Row[] };

function toneRows(name: string, group: (r: Record<string, unknown>) => string = () => name) {
  return (rows: Record<string, unknown>[]): Row[] =>
    rows
      .filter((r) => typeof r.text === 'string' && (r.label as string) in TONE_INDEX)
      .map((r) => ({ id: String(r.id), text: r.text as string, y: TONE_INDEX[r.label as string] as number, source: name, group: group(r) }));
}

/** Our own labelled sets (data/labelled): label true/false, or a tone. */
function ownRows(name: string, positive: boolean | null) {
  return (rows: Record<string, unknown>[]): Row[] =>
    rows.map((r) => ({
      id: String(r.id),
      text: String(r.text),
      y: positive === null ? (TONE_INDEX[r.label as string] as number) : r.label === positive ? 1 : 0,
      source: name,
      group: name,
      ...(typeof r.title === 'string' ? { title: r.title } : {}),
    }));
}

const SPECS: Record<Task, Spec[]> = {
  tone: [
    { name: 'senti4sd', file: 'shared:sentiment/senti4sd_stackoverflow.jsonl', licence: 'MIT', ship: true, real: true, read: toneRows('senti4sd') },
    { name: 'github-gold', file: 'shared:sentiment/github_gold_novielli2020.jsonl', licence: 'CC0 mirror that defers to the original release (not verified)', ship: false, real: true, read: toneRows('github-gold') },
    { name: 'jira-ortu', file: 'shared:sentiment/jira_ortu_polarity.jsonl', licence: 'CC0 mirror that defers to the original release (not verified)', ship: false, real: true, read: toneRows('jira-ortu') },
    { name: 'deva-jira', file: 'shared:sentiment/deva_jira.jsonl', licence: 'none stated', ship: false, real: true, read: toneRows('deva-jira') },
    { name: 'lin-so', file: 'shared:sentiment/lin2018_stackoverflow_javalib.jsonl', licence: 'none stated', ship: false, real: true, read: toneRows('lin-so') },
    { name: 'own-tone', file: 'own:data/labelled/tone.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-tone', null) },
  ],
  solutionOriented: [
    { name: 'dalpiaz-qus', file: 'labels:solutionOriented', licence: 'labels ours; texts Dalpiaz 2018, Mendeley Data, CC BY 4.0 (as cited by others; the mirror states none)', ship: true, real: true, read: () => [] },
    { name: 'own-solution', file: 'own:data/labelled/solution-oriented.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-solution', true) },
  ],
  atomic: [
    { name: 'dalpiaz-qus', file: 'labels:atomic', licence: 'labels ours; texts Dalpiaz 2018, Mendeley Data, CC BY 4.0 (as cited by others; the mirror states none)', ship: true, real: true, read: () => [] },
    {
      name: 'spr8',
      file: 'shared:user_stories/spr8_qus_violations.jsonl',
      licence: 'none stated',
      ship: false,
      real: true,
      read: (rows) => rows.map((r) => ({ id: String(r.id), text: String(r.text), y: r.label_atomic_violated === true ? 1 : 0, source: 'spr8', group: 'spr8' })),
    },
    { name: 'own-atomic', file: 'own:data/labelled/atomic.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-atomic', false) },
  ],
  valueStatement: [
    { name: 'dalpiaz-qus', file: 'labels:valueStatement', licence: 'labels ours; texts Dalpiaz 2018, Mendeley Data, CC BY 4.0 (as cited by others; the mirror states none)', ship: true, real: true, read: () => [] },
    { name: 'own-value', file: 'own:data/labelled/value-statement.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-value', true) },
  ],
  acceptanceCriteria: [
    { name: 'dalpiaz-qus', file: 'labels:acceptanceCriteria', licence: 'labels ours; texts Dalpiaz 2018, Mendeley Data, CC BY 4.0 (as cited by others; the mirror states none)', ship: true, real: true, read: () => [] },
    { name: 'own-acceptance', file: 'own:data/labelled/acceptance-criteria.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-acceptance', true) },
  ],
  concern: [
    {
      name: 'condec',
      file: 'shared:issues/condec_decision_knowledge_jira.jsonl',
      licence: 'MIT',
      ship: true,
      real: true,
      read: (rows) => rows.map((r) => ({ id: String(r.id), text: String(r.text), y: r.label === 'con' || r.label === 'issue' ? 1 : 0, source: 'condec', group: 'condec' })),
    },
    { name: 'own-concern', file: 'own:data/labelled/concern.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-concern', true) },
  ],
  decision: [
    {
      name: 'condec',
      file: 'shared:issues/condec_decision_knowledge_jira.jsonl',
      licence: 'MIT',
      ship: true,
      real: true,
      read: (rows) => rows.map((r) => ({ id: String(r.id), text: String(r.text), y: r.label === 'decision' ? 1 : 0, source: 'condec', group: 'condec' })),
    },
    {
      name: 'ardoco',
      file: 'shared:issues/ardoco_design_decisions_sad.jsonl',
      licence: 'none stated',
      ship: false,
      real: true,
      // Architecture documents, three in four sentences a design decision: a different base rate and notion.
      calibrate: false,
      read: (rows) => rows.map((r) => ({ id: String(r.id), text: String(r.text), y: r.label === 'decision' ? 1 : 0, source: 'ardoco', group: 'ardoco' })),
    },
    { name: 'own-decision', file: 'own:data/labelled/decision.jsonl', licence: 'ours', ship: true, real: false, read: ownRows('own-decision', true) },
  ],
};

const DALPIAZ_FILE = 'user_stories/dalpiaz_user_stories_unlabelled.jsonl';
const LABELS_FILE = 'data/labels/dalpiaz-qus.jsonl';
const QUS_WARN: Record<string, boolean> = { solutionOriented: true, atomic: false, valueStatement: true, acceptanceCriteria: true };

/** Dalpiaz stories joined with our labels by id (only the labelled ones). */
function dalpiazRows(field: string): { rows: Row[]; sha256: string } | null {
  const storiesPath = join(sharedDir(), DALPIAZ_FILE);
  const labelsPath = join(repoRoot(), LABELS_FILE);
  if (!existsSync(storiesPath) || !existsSync(labelsPath)) return null;
  const texts = new Map<string, { text: string; project: string }>();
  for (const r of jsonl(storiesPath)) texts.set(String(r.id), { text: String(r.text), project: String(r.label_project) });
  const rows: Row[] = [];
  for (const l of jsonl(labelsPath)) {
    const story = texts.get(String(l.id));
    const value = l[field];
    if (!story || typeof value !== 'boolean') continue;
    rows.push({ id: String(l.id), text: story.text, y: value === QUS_WARN[field] ? 1 : 0, source: 'dalpiaz-qus', group: story.project });
  }
  return { rows, sha256: `${sha(storiesPath)}+${sha(labelsPath)}` };
}

/** Every source of a task that is present on this machine; a missing corpus is reported, not fatal. */
export function loadSources(task: Task, log: (line: string) => void = () => {}): Source[] {
  const out: Source[] = [];
  for (const spec of SPECS[task]) {
    const [kind, rel] = spec.file.split(':') as [string, string];
    if (kind === 'labels') {
      const got = dalpiazRows(rel);
      if (!got) {
        log(`  (${spec.name}: not found, skipped)`);
        continue;
      }
      out.push({ ...spec, rows: got.rows, sha256: got.sha256 });
      continue;
    }
    const path = kind === 'shared' ? join(sharedDir(), rel) : join(repoRoot(), rel);
    if (!existsSync(path)) {
      log(`  (${spec.name}: ${path} not found, skipped)`);
      continue;
    }
    out.push({ name: spec.name, file: spec.file, licence: spec.licence, ship: spec.ship, real: spec.real, calibrate: spec.calibrate !== false, rows: spec.read(jsonl(path)), sha256: sha(path) });
  }
  return out;
}
