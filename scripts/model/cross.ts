// Figures on real corpora across sources, printed first by `npm run eval`: each model is trained without
// the text it is tested on (a left-out corpus, or a left-out project of the Dalpiaz stories), with the
// rules-only answer beside it. Texts equal after lower-casing and collapsing whitespace never sit on both
// sides. The cut is the shipped model's (record.json), placed on pooled held-out predictions; the
// weights tested never saw the test text.
import type { Task } from '../../src/core/text/model/cues';
import { MODELS } from '../../src/core/text/model/weights';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dupKey, loadSources, sharedDir, type Row, type Source } from './data';
import { foldOf, train } from './fit';
import { prepare, rawScores, type Prepared } from './learn';
import { warnScore, type StoredModel } from '../../src/core/text/model/model';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  correct: number;
  n: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, correct: 0, n: 0 });

function add(c: Counts, gold: number, predicted: number, warn: number): void {
  c.n++;
  if (gold === predicted) c.correct++;
  if (predicted === warn && gold === warn) c.tp++;
  else if (predicted === warn) c.fp++;
  else if (gold === warn) c.fn++;
}

function figures(c: Counts, tone: boolean): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const head = tone ? `acc ${(c.correct / c.n).toFixed(3)}  neg ` : '';
  return `${head}P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`;
}

/**
 * The shipped model's calibration, applied to a held-out model's raw score: the cut in record.json is a
 * calibrated probability, so the score is calibrated the same way before it is compared with the cut.
 */
function calibrated(task: Task, score: number): number {
  const { a, b } = MODELS[task].calibration;
  return 1 / (1 + Math.exp(-(a * score + b)));
}

/** Tone class of a row under a model: negative at the shipped cut, else the larger of neutral/positive. */
function predictTone(model: StoredModel, data: Prepared[]): number[] {
  const cut = MODELS.tone.threshold;
  return rawScores(model, data).map((s) => (calibrated('tone', warnScore(s, 0)) >= cut ? 0 : (s[2] as number) > (s[1] as number) ? 2 : 1));
}

function predictBinary(task: Task, model: StoredModel, data: Prepared[]): number[] {
  const cut = MODELS[task].threshold;
  return rawScores(model, data).map((s) => (calibrated(task, s[0] as number) >= cut ? 1 : 0));
}

function rulesOf(task: Task, d: Prepared): number {
  if (task === 'tone') return d.cues[0] ? 0 : d.cues[1] ? 2 : 1;
  return d.cues[0] as number;
}

/** Scores `test` with a model trained on `trainRows` (duplicates of test texts left out). */
function score(task: Task, trainRows: Row[], test: Row[], model: Counts, rules: Counts, binaryTone = false): void {
  const exclude = new Set(test.map((r) => dupKey(r.text)));
  const m = train(task, trainRows, exclude);
  const data = prepare(task, test);
  const predicted = task === 'tone' ? predictTone(m, data) : predictBinary(task, m, data);
  data.forEach((d, i) => {
    const gold = task === 'tone' && binaryTone ? (d.row.y === 0 ? 0 : 1) : task === 'tone' ? d.row.y : d.row.y;
    const fold = (x: number): number => (binaryTone ? (x === 0 ? 0 : 1) : x);
    const warn = task === 'tone' ? 0 : 1;
    add(model, gold, fold(predicted[i] as number), warn);
    add(rules, gold, fold(rulesOf(task, d)), warn);
  });
}

function line(label: string, model: Counts, rules: Counts, tone: boolean): string {
  return `  ${label.padEnd(46)} n=${String(model.n).padStart(5)}  model ${figures(model, tone)}   rules ${figures(rules, tone)}`;
}

const rowsOf = (sources: Source[], names: readonly string[]): Row[] => sources.filter((s) => names.includes(s.name)).flatMap((s) => s.rows);
const shippedOf = (sources: Source[]): string[] => sources.filter((s) => s.ship).map((s) => s.name);

function tone(out: (l: string) => void): void {
  const sources = loadSources('tone');
  // SentiCR (GPL-3.0) is read for evaluation only: negative against non-negative.
  const senticr = readSenticr();
  const shipped = shippedOf(sources);
  const real = sources.filter((s) => s.real).map((s) => s.name);
  out('tone (3 classes; figures for the negative class; accuracy first)');
  for (const test of ['github-gold', 'jira-ortu', 'deva-jira', 'lin-so']) {
    if (!real.includes(test)) continue;
    const testRows = rowsOf(sources, [test]);
    let m = zero(), r = zero();
    score('tone', rowsOf(sources, shipped), testRows, m, r);
    out(line(`${test}  ← trained on shipped sources (${shipped.join(', ')})`, m, r, true));
    m = zero(); r = zero();
    const others = real.filter((n) => n !== test && !(test === 'jira-ortu' && n === 'deva-jira'));
    score('tone', [...rowsOf(sources, others), ...rowsOf(sources, ['own-tone'])], testRows, m, r);
    out(line(`${test}  ← all other real corpora + ours (not shipped)`, m, r, true));
  }
  {
    // The reverse: trained on the GitHub gold standard alone, tested on the others.
    for (const test of ['senti4sd', 'jira-ortu']) {
      const m = zero(), r = zero();
      score('tone', rowsOf(sources, ['github-gold']), rowsOf(sources, [test]), m, r);
      out(line(`${test}  ← trained on github-gold alone`, m, r, true));
    }
  }
  if (senticr.length) {
    const m = zero(), r = zero();
    score('tone', rowsOf(sources, shipped), senticr, m, r, true);
    out(line('senticr (negative vs rest)  ← shipped sources', m, r, true));
  }
}

function readSenticr(): Row[] {
  // Not in the training specs at all (GPL-3.0): read here for the figure only.
  const path = 'sentiment/senticr_code_review.jsonl';
  const file = join(sharedDir(), path);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; label: string })
    .map((r) => ({ id: r.id, text: r.text, y: r.label === 'negative' ? 0 : 1, source: 'senticr', group: 'senticr' }));
}

/** Leave one Dalpiaz project out at a time; our own sets always train. */
function stories(task: Task, out: (l: string) => void): void {
  const sources = loadSources(task);
  const dalpiaz = rowsOf(sources, ['dalpiaz-qus']);
  const own = sources.filter((s) => !s.real && s.ship).flatMap((s) => s.rows);
  if (!dalpiaz.length) return;
  const projects = [...new Set(dalpiaz.map((r) => r.group))].sort();
  const m = zero(), r = zero();
  for (const project of projects) {
    const test = dalpiaz.filter((x) => x.group === project);
    score(task, [...dalpiaz.filter((x) => x.group !== project), ...own], test, m, r);
  }
  out(line(`dalpiaz, each of ${projects.length} projects left out in turn`, m, r, false));
  if (task === 'atomic') {
    const spr8 = rowsOf(sources, ['spr8']);
    if (spr8.length) {
      const m2 = zero(), r2 = zero();
      score(task, [...dalpiaz, ...own], spr8, m2, r2);
      out(line('spr8 (human QUS labels)  ← dalpiaz + ours', m2, r2, false));
    }
  }
}

function knowledge(task: Task, out: (l: string) => void): void {
  const sources = loadSources(task);
  const condec = rowsOf(sources, ['condec']);
  const own = rowsOf(sources, sources.filter((s) => !s.real).map((s) => s.name));
  if (!condec.length) return;
  // ConDec's issues are not labelled by project in this copy: five folds by text hash instead.
  const m = zero(), r = zero();
  for (let fold = 0; fold < 5; fold++) {
    const test = condec.filter((x) => foldOf(x.text) === fold);
    score(task, [...condec.filter((x) => foldOf(x.text) !== fold), ...own], test, m, r);
  }
  out(line('condec (Jira), five folds', m, r, false));
  const own2 = zero(), rules2 = zero();
  score(task, own, condec, own2, rules2);
  out(line('condec  ← trained on our own sets alone', own2, rules2, false));
  if (task === 'decision') {
    const ardoco = rowsOf(sources, ['ardoco']);
    if (ardoco.length) {
      const m3 = zero(), r3 = zero();
      score(task, [...condec, ...own], ardoco, m3, r3);
      out(line('ardoco architecture docs  ← condec + ours', m3, r3, false));
    }
  }
}

export function crossSource(out: (l: string) => void = console.log): void {
  out('Real corpora, across sources (model trained without the test text; rules-only beside it)\n');
  tone(out);
  for (const task of ['solutionOriented', 'atomic', 'valueStatement'] as const) {
    out(`\n${task} (positive = ${task === 'atomic' ? 'NOT atomic' : 'yes'})`);
    stories(task, out);
  }
  for (const task of ['concern', 'decision'] as const) {
    out(`\n${task}`);
    knowledge(task, out);
  }
  out('\nacceptanceCriteria: no real labelled text has any (the Dalpiaz stories carry none); the rules answer.');
}
