// `tandem`: the same engine as the extension, on raw tracker API answers saved as files.
// The logic is `run(argv, io)` so tests drive it in-process; `main()` wires it to the real process.
// User errors (bad files, bad options) are one line on stderr, never a stack trace.
import { pathToFileURL } from 'node:url';
import packageJson from '../../package.json';
import { analyze } from '../core/engine';
import { useEnglish } from '../core/english';
import type { Sprint, TrackerData } from '../core/model';
import type { Roster, WorkingAgreement } from '../core/roster';
import { classify, classifyEach, type ClassifyOptions, type TextFeatures } from '../core/text';
import { describeJson, isConvertError, newPeople } from '../sites/convert-common';
import { detectGitHub, githubBundleToItem, githubIssueToItem, githubIssuesToItems, githubToTrackerData } from '../sites/github/convert';
import { detectJira, jiraSearchToItems, jiraToTrackerData } from '../sites/jira/convert';
import { parseRosterFile } from './roster-file';
import { attach, historyFits, isSingleIssue, recognise, type Shape, type Tracker } from './shapes';

export interface CliIO {
  readFile(path: string): Promise<string>;
  /** A file's size in bytes, so a huge one is refused before it is read; without it, after. */
  fileSize?(path: string): Promise<number>;
  /** Everything on standard input (for `classify`). */
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export const HELP = `tandem: signs of a healthy or out-of-alignment PM/EM partnership, read from Jira and GitHub.

Usage:
  tandem analyze [--roster FILE] [--me ID] [--now TIME] FILE…
  tandem classify < texts.jsonl
  tandem --version
  tandem --help

analyze   Reads raw tracker API answers and prints the analysis as JSON:
          { "scope", "people", "signals": [{ "id", "kind", "status", "confidence", "summary", "evidence" }], "stats" }
          Each FILE is one of: a Jira issue (GET /rest/api/3/issue/KEY?expand=changelog, or /rest/api/2 on
          Data Center), a Jira search or board backlog page ("issues": […]), a GitHub issue, a GitHub issue
          list or search page, a GitHub pull request list (for who merges code), or a GitHub bundle
          { "issue": …, "comments": […], "timeline": […] }. All files are merged into one view; one issue is
          analyzed as an item, several as a backlog.
  --roster FILE  Who is who: {"people": [{"id": "pnair", "role": "pm"|"em"|"engineer"|"other", "team"?: "…"}],
                 "myRole"?: "pm", "agreement"?: {"owners": {"triage": "em", …}}}. Ids are GitHub logins,
                 Jira Cloud accountIds or Jira Data Center user names.
  --me ID        You (the person the guide speaks to), by the same kind of id.
  --now TIME     Evaluate as of this ISO time (for reproducible output); default now.

classify  Reads JSON lines {"id": …, "text": "…"} on stdin and writes one JSON line per input:
          {"id", "valueStatement", "acceptanceCriteria", "solutionOriented", "atomic", "concern", "decision", "tone"}
          A line that cannot be classified (not JSON, no id or text, a text over 1,000,000 characters)
          gets {"id", "error"} in its place (id null when unknown), the reason also on stderr, and the
          rest go on; the exit code is then 1.

Limits: a file over 100 MB is not read; a text over 1,000,000 characters is cut to that length.

Exit codes: 0 all good; 1 some input could not be used (the rest was still analyzed), or nothing was
left to analyse, or the files mix Jira and GitHub (then nothing is printed); 2 wrong usage.
Every accepted shape, the output and the messages: docs/cli.md.
`;

/** The version the package says, printed by `tandem --version`. */
export const VERSION: string = packageJson.version;

interface GoodFile {
  name: string;
  json: unknown;
  tracker: Tracker;
}

function errorLine(io: CliIO, file: string | null, message: string): void {
  io.stderr(`tandem: ${file ? `${file}: ` : ''}${message}\n`);
}

/** What a failed read says, without Node's stack or errno noise. */
function readFailure(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'cannot read the file (it does not exist)';
    case 'EISDIR':
      return 'cannot read the file (it is a directory)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file (permission denied)';
    default:
      return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Largest file `analyze` reads: far above any API answer (a 100-issue page with changelogs is a few MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Longest text read (Jira caps a text at 32,767 characters, GitHub at 65,536): longer ones are cut. */
export const MAX_TEXT_CHARS = 1_000_000;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface AnalyzeArgs {
  roster: string | null;
  me: string | null;
  now: string | null;
  files: string[];
}

function parseAnalyzeArgs(args: string[]): AnalyzeArgs | string {
  const out: AnalyzeArgs = { roster: null, me: null, now: null, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--roster' || flag === '--me' || flag === '--now') {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--roster') out.roster = value;
      else if (flag === '--me') out.me = value;
      else {
        if (Number.isNaN(Date.parse(value))) return `--now needs an ISO time such as 2026-11-24T09:00:00Z (got "${value}")`;
        out.now = new Date(value).toISOString();
      }
    } else if (arg === '--') {
      out.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      out.files.push(arg);
    }
  }
  if (out.files.length === 0) return 'analyze needs at least one FILE';
  return out;
}

async function readJson(io: CliIO, file: string): Promise<{ json: unknown } | { error: string }> {
  const tooLarge = (bytes: number) => ({ error: `too large to read (${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)})` });
  let text: string;
  try {
    const size = io.fileSize ? await io.fileSize(file) : 0;
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    text = await io.readFile(file);
  } catch (error) {
    return { error: readFailure(error) };
  }
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const why = error instanceof Error ? error.message : 'parse error';
    return { error: `not valid JSON (${why})` };
  }
}

/**
 * Cuts every string in `json` longer than MAX_TEXT_CHARS to that length, in place; returns how many.
 * Walks with its own stack, so no nesting depth can overflow the call stack.
 */
function cutLongTexts(json: unknown): number {
  let cut = 0;
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value === 'string') {
        if (value.length > MAX_TEXT_CHARS) {
          record[key] = value.slice(0, MAX_TEXT_CHARS);
          cut++;
        }
      } else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return cut;
}

/** What cannot be read in a file of a known shape: the issue itself, or entries of a page. */
function problemsIn(json: unknown, tracker: Tracker): string[] {
  if (tracker === 'jira') {
    if (detectJira(json) !== 'search') return [];
    const page = jiraSearchToItems(json);
    return isConvertError(page) ? [page.message] : page.skipped.map((s) => s.message);
  }
  const shape = detectGitHub(json);
  if (shape === 'issue' || shape === 'bundle') {
    const item = shape === 'issue' ? githubIssueToItem(json) : githubBundleToItem(json);
    return isConvertError(item) ? [item.message] : [];
  }
  if (shape !== 'list' && shape !== 'search') return [];
  const page = githubIssuesToItems(json);
  return isConvertError(page) ? [page.message] : page.skipped.map((s) => s.message);
}

/** Says what went wrong with the input, one line each, and remembers that the exit code is then 1. */
class Complaints {
  exit: number = EXIT.ok;
  constructor(readonly io: CliIO) {}
  /** A problem with the input: the rest is still used. */
  about(file: string | null, message: string): void {
    errorLine(this.io, file, message);
    this.exit = EXIT.badInput;
  }
}

type History = { name: string; shape: Extract<Shape, { kind: 'history' }> };
type SprintFile = { name: string; shape: Extract<Shape, { kind: 'sprints' }> };

/** The files sorted by what they hold: issues (good), history pages, sprint lists, empty lists. */
interface Inputs {
  good: GoodFile[];
  history: History[];
  sprintFiles: SprintFile[];
  empties: number;
}

async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  if (typeof parsed === 'string') {
    errorLine(io, null, `${parsed}\nUsage: tandem analyze [--roster FILE] [--me ID] FILE…  (tandem --help for more)`);
    return EXIT.usage;
  }
  const complaints = new Complaints(io);
  const { roster, agreement } = parsed.roster ? await readRoster(io, parsed.roster, complaints) : { roster: null, agreement: null };
  const inputs: Inputs = { good: [], history: [], sprintFiles: [], empties: 0 };
  for (const name of parsed.files) await sortFile(io, name, inputs, complaints);
  attachHistory(inputs, complaints);
  const sprints = sprintsToUse(inputs, complaints);
  const tracker = oneTracker(io, inputs);
  if (tracker === 'mixed') return EXIT.badInput;
  // Every file already has its own line saying why it could not be used.
  if (!tracker) return EXIT.badInput;

  const data = trackerData(io, inputs, tracker, sprints, parsed.me);
  if (!data) return EXIT.badInput;
  data.source = 'file';
  const options: Parameters<typeof analyze>[1] = { roster, agreement };
  if (parsed.now) options.now = parsed.now;
  const analysis = analyze(data, options);
  io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
  return complaints.exit;
}

/** The roster file; a bad one is said and the analysis goes on without it. */
async function readRoster(io: CliIO, path: string, complaints: Complaints): Promise<{ roster: Roster | null; agreement: WorkingAgreement | null }> {
  const read = await readJson(io, path);
  const file = 'error' in read ? read : parseRosterFile(read.json);
  if ('error' in file) {
    complaints.about(path, `${file.error}; analysing without a roster`);
    return { roster: null, agreement: null };
  }
  return { roster: file.roster, agreement: file.agreement };
}

/** Reads one file and files it under what it holds; a file that can't be used is said and left out. */
async function sortFile(io: CliIO, name: string, inputs: Inputs, complaints: Complaints): Promise<void> {
  const read = await readJson(io, name);
  if ('error' in read) return complaints.about(name, read.error);
  const cut = cutLongTexts(read.json);
  if (cut > 0) {
    complaints.about(
      name,
      `${cut === 1 ? '1 text is' : `${cut} texts are`} longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters; only ${cut === 1 ? 'its' : 'their'} first ${MAX_TEXT_CHARS.toLocaleString('en')} are read`,
    );
  }
  const shape = recognise(read.json);
  if (shape.kind === 'refused') return complaints.about(name, shape.message);
  if (shape.kind === 'empty') {
    inputs.empties++;
    return;
  }
  if (shape.kind === 'history') return void inputs.history.push({ name, shape });
  if (shape.kind === 'sprints') return void inputs.sprintFiles.push({ name, shape });
  const tracker = shape.tracker;
  const problems = problemsIn(read.json, tracker);
  if (problems.length > 0) complaints.exit = EXIT.badInput;
  const kind = tracker === 'jira' ? detectJira(read.json) : detectGitHub(read.json);
  if (kind === 'issue' || kind === 'bundle') {
    // A single issue that cannot be read leaves nothing of the file to use.
    if (problems[0]) return errorLine(io, name, problems[0]);
  } else if (problems.length === 1) {
    errorLine(io, name, `skipped ${problems[0]}`);
  } else if (problems.length > 1) {
    // Still one line per file, however many entries are broken.
    errorLine(io, name, `skipped ${problems.length} entries (the first: ${problems[0]})`);
  }
  inputs.good.push({ name, json: read.json, tracker });
}

/** Pages of an issue's comments, events or changelog join that issue when it is given too. */
function attachHistory({ good, history }: Inputs, complaints: Complaints): void {
  for (const { name, shape } of history) {
    const targets = good.filter((f) => f.tracker === shape.tracker && isSingleIssue(f.json, f.tracker));
    const named = targets.filter((f) => historyFits(shape.issue, f) === 'named');
    const target = named.length === 1 ? named[0] : !shape.issue && targets.length === 1 ? targets[0] : undefined;
    if (!target) {
      const which = shape.issue ? `issue ${shape.issue.number !== undefined ? `#${shape.issue.number}` : (shape.issue.jiraKey ?? shape.issue.jiraId)}` : 'an issue it does not name';
      const bundle = shape.tracker === 'github' ? 'or a bundle {"issue", "comments", "timeline"}' : 'in the same run';
      complaints.about(name, `${shape.what} of ${which}, not issues; give it together with that issue (its own file ${bundle})`);
      continue;
    }
    target.json = attach(target, shape.part, shape.entries);
  }
}

/** A board's sprints go with that board's issues; alone they have nothing to date. */
function sprintsToUse({ good, sprintFiles }: Inputs, complaints: Complaints): Sprint[] {
  const jiraIssueFiles = good.filter((f) => f.tracker === 'jira').length;
  const githubGiven = good.some((f) => f.tracker === 'github');
  if (jiraIssueFiles === 0 && !githubGiven) {
    for (const { name, shape } of sprintFiles) {
      const first = shape.sprints[0];
      const give = shape.single
        ? `that sprint's issues (GET /rest/agile/1.0/sprint/${first?.id ?? '{id}'}/issue)`
        : `that board's issues (GET /rest/agile/1.0/board/${first?.board ?? '{id}'}/issue, or a search page)`;
      complaints.about(name, `${shape.what}, not issues; give it together with ${give}`);
    }
  }
  return jiraIssueFiles > 0 ? sprintFiles.flatMap((f) => f.shape.sprints) : [];
}

/** One analysis covers one tracker: files from both are refused together ('mixed', said here), with
 * nothing printed. Null when nothing usable is left. */
function oneTracker(io: CliIO, { good, sprintFiles, empties }: Inputs): Tracker | 'mixed' | null {
  const jiraIssueFiles = good.filter((f) => f.tracker === 'jira').length;
  const jiraFiles = [...good.filter((f) => f.tracker === 'jira').map((f) => f.name), ...sprintFiles.map((f) => f.name)];
  const githubFiles = good.filter((f) => f.tracker === 'github').map((f) => f.name);
  if (jiraFiles.length > 0 && githubFiles.length > 0) {
    const list = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '));
    errorLine(io, null, `these files mix Jira answers (${list(jiraFiles)}) and GitHub answers (${list(githubFiles)}); analyse each tracker separately`);
    return 'mixed';
  }
  // Sprint answers alone (already refused) leave no tracker to analyse.
  return jiraIssueFiles > 0 ? 'jira' : githubFiles.length > 0 || empties > 0 ? 'github' : null;
}

/** The files as one TrackerData, or null (said) when they hold nothing to analyse. */
function trackerData(io: CliIO, { good, sprintFiles }: Inputs, tracker: Tracker, sprints: Sprint[], me: string | null): TrackerData | null {
  const inputs = good.map((f) => f.json);
  // Empty arrays are empty GitHub lists; alone they make an empty (valid) analysis.
  if (inputs.length === 0) inputs.push({ total_count: 0, incomplete_results: false, items: [] });
  const data = tracker === 'jira' ? jiraToTrackerData(inputs, { people: newPeople(), sprints }, me) : githubToTrackerData(inputs, { people: newPeople() }, me);
  if (isConvertError(data)) {
    // Every file was of the right kind but none held an issue that could be read.
    errorLine(io, null, `nothing to analyse: ${data.message}`);
    return null;
  }
  const pulls = data.items.filter((i) => i.type === 'pull-request');
  if (pulls.length > 0 && pulls.length === data.items.length) {
    // Pull requests count beside issues (who writes and merges code); alone they say nothing of a backlog.
    const shown = pulls.slice(0, 3).map((p) => `#${p.key.replace(/^.*#/, '')}`).join(', ');
    const names = good.map((f) => f.name).join(', ');
    errorLine(io, null, `nothing to analyse: ${names} ${good.length === 1 ? 'holds' : 'hold'} only pull requests (${shown}${pulls.length > 3 ? ', …' : ''}), no issues; give issues too (pull requests then count for roles and routines)`);
    return null;
  }
  // One sprint given beside issues that name none: they are that sprint's issues
  // (GET /rest/agile/1.0/sprint/{id}/issue answers without the sprint field when it was not asked for).
  const only = sprintFiles.length === 1 && sprintFiles[0]!.shape.single ? sprintFiles[0]!.shape.sprints[0] : undefined;
  if (only && tracker === 'jira') for (const item of data.items) item.sprint ??= only.name;
  return data;
}

const FEATURE_ORDER = ['valueStatement', 'acceptanceCriteria', 'solutionOriented', 'atomic', 'concern', 'decision', 'tone'] as const;
const FORMATS = new Set(['plain', 'markdown', 'wiki', 'adf']);
/** Texts classified together: enough for the batch's speed-up, few enough to stream the output. */
const CLASSIFY_BATCH = 256;

/** A line ready for the models, or why it can't be classified. */
type ReadLine = { n: number; id: string | number; text: string; options: ClassifyOptions } | { n: number; id: unknown; error: string };

async function classifyCommand(args: string[], io: CliIO): Promise<number> {
  if (args.length > 0) {
    errorLine(io, null, `classify takes no arguments (got ${args[0]}); it reads JSON lines on stdin`);
    return EXIT.usage;
  }
  const input = await io.readStdin();
  let exit: number = EXIT.ok;
  let out = '';
  const write = (lines: string) => {
    out += lines;
    // Flush in chunks so a large input streams out instead of piling up.
    if (out.length > 1 << 16) {
      io.stdout(out);
      out = '';
    }
  };
  const fail = (n: number, id: unknown, error: string) => {
    // The reason also goes to stderr, for a person reading the terminal.
    errorLine(io, null, `stdin line ${n + 1}: ${error}`);
    exit = EXIT.badInput;
    write(`${JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, error })}\n`);
  };
  let batch: ReadLine[] = [];
  const flush = () => {
    classifyBatch(batch, write, fail);
    batch = [];
  };
  const lines = input.split('\n');
  try {
    for (let n = 0; n < lines.length; n++) {
      const line = (lines[n] as string).trim();
      if (line === '') continue;
      batch.push(readClassifyLine(n, line));
      if (batch.length >= CLASSIFY_BATCH) flush();
    }
    flush();
  } finally {
    // Whatever happens, the lines already classified are printed.
    if (out) io.stdout(out);
  }
  return exit;
}

/** One output line per input line, in order: the features, or {"id", "error"} when the line can't be classified. */
function classifyBatch(batch: ReadLine[], write: (line: string) => void, fail: (n: number, id: unknown, error: string) => void): void {
  const ready = batch.filter((l): l is Exclude<ReadLine, { error: string }> => !('error' in l));
  let answers: TextFeatures[] | null = null;
  try {
    answers = classifyEach(ready);
  } catch {
    // One text the models cannot read must not cost the others: read them one by one to find it.
  }
  let at = 0;
  for (const line of batch) {
    if ('error' in line) {
      fail(line.n, line.id, line.error);
      continue;
    }
    const answer = answers?.[at++];
    let features: TextFeatures;
    try {
      features = answer ?? classify(line.text, line.options);
    } catch (error) {
      // Not the line's fault, but it must not cost the lines after it.
      fail(line.n, line.id, `could not classify (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result: Record<string, unknown> = { id: line.id };
    for (const key of FEATURE_ORDER) result[key] = features[key];
    write(`${JSON.stringify(result)}\n`);
  }
}

function readClassifyLine(n: number, line: string): ReadLine {
  // A line far over the text limit is not parsed at all (JSON escapes at most six characters per one).
  if (line.length > 6 * MAX_TEXT_CHARS + 1_000) {
    return { n, id: null, error: `line too long (${line.length.toLocaleString('en')} characters); a text may have at most ${MAX_TEXT_CHARS.toLocaleString('en')}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { n, id: null, error: 'not valid JSON; expected {"id": …, "text": "…"}' };
  }
  const o = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const idOk = o && (typeof o.id === 'string' || typeof o.id === 'number');
  if (!o || !idOk || typeof o.text !== 'string') return { n, id: o?.id, error: `expected {"id": …, "text": "…"} (found ${describeJson(value)})` };
  if (o.text.length > MAX_TEXT_CHARS) {
    return { n, id: o.id, error: `text too long (${o.text.length.toLocaleString('en')} characters; at most ${MAX_TEXT_CHARS.toLocaleString('en')})` };
  }
  const options: ClassifyOptions = {};
  if (typeof o.format === 'string' && FORMATS.has(o.format)) options.format = o.format as 'plain';
  if (typeof o.title === 'string' && o.title.length <= MAX_TEXT_CHARS) options.title = o.title;
  return { n, id: o.id as string | number, text: o.text, options };
}

/** The whole CLI: returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  // The CLI speaks English: its summaries come from the same messages file as the extension's.
  useEnglish();
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-V' || command === 'version') {
      io.stdout(`tandem ${VERSION}\n`);
      return EXIT.ok;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (command === 'analyze' || command === 'analyse') return await analyzeCommand(rest, io);
    if (command === 'classify') return await classifyCommand(rest, io);
    errorLine(io, null, `unknown command "${command}"; try tandem analyze or tandem classify (tandem --help)`);
    return EXIT.usage;
  } catch (error) {
    // Not the user's fault: say so in one line; TANDEM_DEBUG=1 shows the stack for a bug report.
    const message = error instanceof Error ? error.message : String(error);
    errorLine(io, null, `internal error: ${message} (run with TANDEM_DEBUG=1 for details)`);
    if (typeof process !== 'undefined' && process.env.TANDEM_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.badInput;
  }
}

/** Runs the CLI on the real process: files from disk, stdin, stdout/stderr, exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { readFile, stat } = await import('node:fs/promises');
  // A closed pipe (`tandem … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIO = {
    readFile: (path) => readFile(path, 'utf8'),
    fileSize: async (path) => (await stat(path)).size,
    async readStdin() {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
  process.exitCode = await run(argv, io);
}

// Run when executed directly (`npx tsx src/cli/main.ts …`); the bundle is started by bin/tandem.mjs.
if (typeof process !== 'undefined' && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
