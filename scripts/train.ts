// `npm run train [-- --check] [-- --only tone]`: trains the seven text models from ../shared/datasets
// and our own labels, and writes src/core/text/model/weights.ts (the weights the extension ships) and
// src/core/text/model/record.json (what they were trained on, their operating points and reliability).
// Deterministic: seeded, no network; running it again writes the same bytes. `--check` trains in memory
// and exits 1 if the committed files differ from what training gives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TASKS, type Task } from '../src/core/text/model/cues';
import type { StoredModel } from '../src/core/text/model/model';
import { loadSources, repoRoot, sharedDir } from './model/data';
import { SEED, SETTINGS, fit } from './model/fit';

export const WEIGHTS = join(repoRoot(), 'src', 'core', 'text', 'model', 'weights.ts');
export const RECORD = join(repoRoot(), 'src', 'core', 'text', 'model', 'record.json');

export interface Trained {
  weights: string;
  record: string;
}

export function trainAll(log: (line: string) => void = () => {}): Trained {
  const models: Partial<Record<Task, StoredModel>> = {};
  const record: Record<string, unknown> = { seed: SEED, tasks: {} };
  for (const task of TASKS) {
    const sources = loadSources(task, log);
    const fitted = fit(task, sources);
    models[task] = fitted.model;
    (record.tasks as Record<string, unknown>)[task] = {
      settings: SETTINGS[task],
      trainedOn: sources.filter((s) => s.ship).map((s) => ({ source: s.name, file: s.file, licence: s.licence, rows: s.rows.length, sha256: s.sha256 })),
      evaluationOnly: sources.filter((s) => !s.ship).map((s) => ({ source: s.name, file: s.file, licence: s.licence, rows: s.rows.length, sha256: s.sha256 })),
      heldoutRows: fitted.heldout,
      calibration: fitted.model.calibration,
      operatingPoint: fitted.point,
      reliability: fitted.reliability,
    };
    log(
      `${task}: trained on ${sources.filter((s) => s.ship).map((s) => s.name).join(', ')}; held-out ${fitted.heldout} rows: ` +
        `yes at p ≥ ${fitted.point.threshold} (P ${fitted.point.precision.toFixed(3)} R ${fitted.point.recall.toFixed(3)} F1 ${fitted.point.f1.toFixed(3)}); ` +
        `warn at p ≥ ${fitted.point.warnAt} (P ${fitted.point.warnPrecision.toFixed(3)} R ${fitted.point.warnRecall.toFixed(3)}); sure no below ${fitted.point.unsureBelow}` +
        (fitted.model.trusted ? '' : '; too few real positives: rules answer'),
    );
  }
  const weights =
    '// Written by `npm run train` (scripts/train.ts); do not edit by hand. What these were trained on:\n' +
    '// record.json beside this file, and docs/models.md.\n' +
    "import type { StoredModel } from './model';\n" +
    "import type { Task } from './cues';\n\n" +
    `export const MODELS: Record<Task, StoredModel> = ${JSON.stringify(models, null, 1)};\n`;
  return { weights, record: `${JSON.stringify(record, null, 2)}\n` };
}

function main(argv: readonly string[]): number {
  if (!existsSync(sharedDir())) {
    console.log(`no datasets at ${sharedDir()}: nothing to train on`);
    return 1;
  }
  const started = performance.now();
  const trained = trainAll((line) => console.log(line));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (argv.includes('--check')) {
    const same =
      existsSync(WEIGHTS) && existsSync(RECORD) && readFileSync(WEIGHTS, 'utf8') === trained.weights && readFileSync(RECORD, 'utf8') === trained.record;
    console.log(same ? `weights reproduced byte for byte (${seconds} s)` : 'committed weights differ from what training gives: run npm run train');
    return same ? 0 : 1;
  }
  writeFileSync(WEIGHTS, trained.weights);
  writeFileSync(RECORD, trained.record);
  console.log(`wrote ${WEIGHTS} (${trained.weights.length} bytes) and ${RECORD} in ${seconds} s`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
