// The project's benchmark: prints figures against the budgets in docs/performance.md; never fails on them.
//   Engine: `analyze` on a generated 1,000-issue backlog (20 events and 5 comments each), then the
//   scaling check: 1,000, 10,000 and 50,000 issues, time (wall and CPU) and heap, with the ratios
//   beside their budget and beside a floor (one bare walk over the same data, the least any pass costs).
//   Text: `classify` throughput in texts per second.
//   Bundles: gzip sizes of the built extension (dist/chrome), read from its manifest, when built.
//   With --per-signal: each signal's own time on the 1,000-issue backlog, same model and fresh copy.
// Run: npx tsx scripts/bench.ts [--json] [--no-50k] [--per-signal]
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze, createContext } from '../src/core/engine';
import { useEnglish } from '../src/core/english';
import type { Comment, EventKind, Item, Person, TrackerData, TrackerEvent } from '../src/core/model';
import type { Roster } from '../src/core/roster';
import { SIGNALS } from '../src/core/signals';
import { classify, classifyEach, type TextToRead } from '../src/core/text';
import { sharedTextCache, TEXT_CACHE_LIMITS, textKey } from '../src/core/text/cache';
import { githubToTrackerData } from '../src/sites/github/convert';
import { jiraToTrackerData } from '../src/sites/jira/convert';

useEnglish();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = '2026-11-24T09:00:00.000Z';
const BUDGET = { analyze1k: 25, linearRatio: 10.5, classifyPerSecond: 20_000, contentKb: 8, panelKb: 60 };

// ---- a deterministic generator of realistic backlogs ------------------------------------------------
function prng(seed: number): () => number {
  // mulberry32: small, fast, and the same numbers on every run.
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE: (Person & { role: Roster['people'][number]['role']; team: string })[] = [
  { id: 'pnair', name: 'Priya Nair', role: 'pm', team: 'checkout' },
  { id: 'mrossi', name: 'Marco Rossi', role: 'em', team: 'checkout' },
  { id: 'lkowalski', name: 'Lena Kowalski', role: 'engineer', team: 'checkout' },
  { id: 'tbrandt', name: 'Tom Brandt', role: 'engineer', team: 'checkout' },
  { id: 'sokafor', name: 'Sam Okafor', role: 'engineer', team: 'checkout' },
  { id: 'jpark', name: 'Jo Park', role: 'engineer', team: 'platform' },
  { id: 'rmenon', name: 'Ravi Menon', role: 'engineer', team: 'platform' },
  { id: 'atanaka', name: 'Aiko Tanaka', role: 'other', team: 'design' },
  { id: 'automation', name: 'Automation for Jira', role: 'other', team: 'bots', bot: true },
];

const SUBJECTS = ['the cart', 'checkout', 'the delivery window', 'promo codes', 'the payment SDK', 'saved cards', 'the order page', 'address autocomplete', 'the product page', 'returns', 'gift wrapping', 'stock levels', 'the carrier API', 'order e-mails', 'the wishlist'];
const TITLE_VERBS = ['Show', 'Keep', 'Fix', 'Speed up', 'Remember', 'Let shoppers change', 'Retry', 'Localise', 'Simplify', 'Track'];
const WHY = [
  'so that shoppers finish checkout on any device',
  'because 18% of abandoned carts were re-created within a day',
  'so that support gets fewer "where is my order" contacts',
  'to lift conversion by 2 points',
  'for returning shoppers who retype their address',
  '',
  '',
];
const HOW = ['Use Redis pub/sub and a Kafka consumer.', 'Add a React modal with a toggle widget.', 'Store it in a Postgres JSONB column.', '', '', ''];
const CRITERIA = ['\n\n## Acceptance criteria\n- [ ] Works on mobile\n- [ ] Shown within 5 seconds', '\n\nGiven a signed-in shopper, when they add an item, then every device shows it.', '', ''];
const COMMENTS = [
  "I'm worried this touches the payment flow; is there a risk we double-charge?",
  '@{p} can you pair on this one? You know the cart service best.',
  'We decided to ship the range first because carriers miss exact dates.',
  'Done on staging, please have a look.',
  'Blocked by the vendor API, they promise a fix next week.',
  'Thanks, this looks great!',
  'Are we sure this is the most valuable thing for the sprint?',
  'Moved to the next sprint because this one closed with the issue open.',
  'Estimate is 3 points, most of it is tests.',
  'This keeps failing and it is really frustrating.',
];
const KINDS: EventKind[] = ['status', 'assignment', 'sprint', 'priority', 'estimate', 'label', 'rank', 'description', 'milestone', 'link', 'title', 'status'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

export function makeBacklog(issues: number, seed = 42): TrackerData {
  const rand = prng(seed);
  const start = Date.parse('2026-01-05T09:00:00Z');
  const span = Date.parse(NOW) - start;
  const items: Item[] = [];
  const humans = PEOPLE.filter((p) => !p.bot);
  for (let n = 1; n <= issues; n++) {
    const key = `SHOP-${n}`;
    const created = start + Math.floor(rand() * span * 0.8);
    const at = (i: number) => new Date(created + (i + 1) * Math.floor((Date.parse(NOW) - created) / 26)).toISOString();
    const creator = pick(rand, humans).id;
    const subject = pick(rand, SUBJECTS);
    const title = `${pick(rand, TITLE_VERBS)} ${subject}${rand() < 0.15 ? `, ${pick(rand, SUBJECTS)} and ${pick(rand, SUBJECTS)}` : ''}`;
    const description = `${title} ${pick(rand, WHY)}. ${pick(rand, HOW)}${pick(rand, CRITERIA)} (ref ${n})`;
    const done = rand() < 0.35;
    const events: TrackerEvent[] = [{ id: `${key}/0`, kind: 'created', actor: creator, at: new Date(created).toISOString() }];
    for (let i = 1; i < 20; i++) {
      const kind = done && i === 19 ? 'resolved' : pick(rand, KINDS);
      const actor = rand() < 0.05 ? 'automation' : pick(rand, humans).id;
      const event: TrackerEvent = { id: `${key}/${i}`, kind, actor, at: at(i), field: kind };
      if (kind === 'assignment') event.to = pick(rand, humans).id;
      else if (kind === 'status') event.to = pick(rand, ['In Progress', 'In Review', 'To Do']);
      else if (kind === 'priority') event.to = pick(rand, ['High', 'Medium', 'Low']);
      else if (kind === 'resolved') event.resolution = rand() < 0.8 ? 'done' : 'wont-do';
      events.push(event);
    }
    const comments: Comment[] = [];
    for (let c = 0; c < 5; c++) {
      const author = pick(rand, humans).id;
      const mention = pick(rand, humans).id;
      const text = pick(rand, COMMENTS).replace('{p}', mention);
      comments.push({ id: `${key}/c${c}`, author, created: at(c * 4 + 2), body: { text, format: 'markdown' }, mentions: text.includes('@') ? [mention] : [] });
    }
    items.push({
      key,
      tracker: 'jira',
      url: `https://acme.atlassian.net/browse/${key}`,
      title,
      type: pick(rand, ['story', 'story', 'task', 'bug', 'epic'] as const),
      state: done ? 'done' : rand() < 0.3 ? 'in-progress' : 'open',
      status: done ? 'Done' : 'To Do',
      created: new Date(created).toISOString(),
      resolved: done ? at(19) : null,
      resolution: done ? 'done' : null,
      creator,
      reporter: creator,
      assignees: rand() < 0.7 ? [pick(rand, humans).id] : [],
      estimate: rand() < 0.6 ? pick(rand, [1, 2, 3, 5, 8]) : null,
      priority: pick(rand, ['High', 'Medium', 'Low']),
      sprint: rand() < 0.5 ? `SHOP Sprint ${1 + Math.floor(rand() * 20)}` : null,
      due: rand() < 0.2 ? '2026-12-20' : null,
      fixVersions: [],
      labels: rand() < 0.3 ? ['checkout'] : [],
      parent: null,
      children: [],
      links: [],
      description: { text: description, format: 'markdown' },
      descriptionAuthor: creator,
      descriptionEdits: rand() < 0.3 ? [{ actor: pick(rand, humans).id, at: at(5) }] : [],
      comments,
      events,
    });
  }
  const people: Record<string, Person> = {};
  for (const p of PEOPLE) people[p.id] = { id: p.id, name: p.name, ...(p.bot ? { bot: true } : {}) };
  return { tracker: 'jira', site: 'acme.atlassian.net', project: 'SHOP', scope: 'backlog', items, people, me: 'pnair', source: 'file' };
}

const ROSTER: Roster = { people: PEOPLE.filter((p) => !p.bot).map((p) => ({ id: p.id, role: p.role, team: p.team })) };

// ---- measuring ---------------------------------------------------------------------------------------
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Median CPU time of the process per run (ms): counts our work, not the neighbours' turns. */
  cpuMedian: number;
}

function time(fn: () => void, warmups: number, runs: number): Timing {
  return timeEach(() => undefined, fn, warmups, runs);
}

/** Like `time`, with `setup` run before each run and left out of its time (a fresh copy of a backlog). */
function timeEach<T>(setup: () => T, fn: (prepared: T) => void, warmups: number, runs: number): Timing {
  for (let i = 0; i < warmups; i++) fn(setup());
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const prepared = setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(prepared);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs, cpuMedian: median(cpu) };
}

// The collector on demand, to read the heap a backlog holds without the garbage before it; asked
// for on first use, so a script borrowing makeBacklog changes nothing in its process.
let collect: (() => void) | null = null;
const heapMb = () => {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  return process.memoryUsage().heapUsed / 1_048_576;
};

/**
 * The floor of any pass over a backlog: one walk reading what signals read of every item, event and
 * comment, doing nothing with it. On a backlog larger than the processor's cache this walk itself
 * grows faster than the data (memory, not work): its 10k/1k ratio is the physical floor for the engine's.
 */
function walk(data: TrackerData): number {
  let n = 0;
  for (const item of data.items) {
    n += item.key.length + item.created.length;
    for (const e of item.events) n += e.kind.length + (e.actor?.length ?? 0) + e.at.length;
    for (const c of item.comments) n += (c.author?.length ?? 0) + c.created.length + c.body.text.length;
  }
  return n;
}

/** The texts an analysis reads (descriptions with their title, comments alone), each once. */
function distinctTexts(data: TrackerData): TextToRead[] {
  const seen = new Set<string>();
  const out: TextToRead[] = [];
  const add = (entry: TextToRead) => {
    const key = textKey(entry.text, entry.options);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(entry);
    }
  };
  for (const item of data.items) {
    add({ text: item.description?.text ?? '', options: { format: item.description?.format ?? 'plain', title: item.title } });
    for (const c of item.comments) add({ text: c.body.text });
  }
  return out;
}

function classifyThroughput(): { perSecond: number; texts: number; ms: number; batchPerSecond: number; batchPerCpuSecond: number } {
  const rand = prng(7);
  const texts: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    const kind = rand();
    const text =
      kind < 0.4
        ? `${pick(rand, COMMENTS).replace('{p}', pick(rand, PEOPLE).id)} (#${i})`
        : `${pick(rand, TITLE_VERBS)} ${pick(rand, SUBJECTS)} ${pick(rand, WHY)}. ${pick(rand, HOW)}${pick(rand, CRITERIA)} #${i}`;
    texts.push(text);
  }
  for (let i = 0; i < 2_000; i++) classify(`warm up ${texts[i]}`);
  const t0 = performance.now();
  for (const text of texts) classify(text);
  const ms = performance.now() - t0;
  const batch = texts.map((text) => ({ text }));
  const c0 = process.cpuUsage();
  const t1 = performance.now();
  classifyEach(batch);
  const batchMs = performance.now() - t1;
  const cpu = process.cpuUsage(c0);
  return { perSecond: texts.length / (ms / 1000), texts: texts.length, ms, batchPerSecond: texts.length / (batchMs / 1000), batchPerCpuSecond: texts.length / ((cpu.user + cpu.system) / 1e6) };
}

/** Jira search pages and GitHub lists made from the fixtures, renumbered to the panel's caps. */
function converterTimings(): [string, Timing][] {
  const fixture = (path: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures', path), 'utf8'));
  const jiraIssues = [...fixture('jira/search-jql-page-1.json').issues, ...fixture('jira/search-jql-page-2.json').issues];
  const jiraPage = (count: number) => ({
    isLast: true,
    issues: Array.from({ length: count }, (_, i) => ({ ...jiraIssues[i % jiraIssues.length], key: `SHOP-${1000 + i}` })),
  });
  const ghList = fixture('github/issues.json') as Record<string, unknown>[];
  const ghPage = (count: number) => Array.from({ length: count }, (_, i) => ({ ...ghList[i % ghList.length], number: 1000 + i, html_url: `https://github.com/acme/roadmap/issues/${1000 + i}` }));
  const bundle = fixture('github/bundle-42.json');
  const jira200 = jiraPage(200);
  const gh100 = ghPage(100);
  return [
    ['200 Jira issues with changelogs (backlog cap)', time(() => jiraToTrackerData([jira200]), 3, 11)],
    ['100 GitHub issues (list cap)', time(() => githubToTrackerData([gh100]), 3, 11)],
    ['1 GitHub issue with comments and timeline', time(() => githubToTrackerData([bundle]), 10, 31)],
  ];
}

/**
 * Each signal's median time on one backlog (texts cached), with the context's own building first: on
 * the same model object (facts kept per model known) and on a fresh copy per run. The first signal to
 * ask for a shared fact pays for it, so the table says where time goes, not what each signal would
 * cost alone.
 */
export function perSignal(data: TrackerData, runs: number): { id: string; same: number; copy: number }[] {
  const options = { roster: ROSTER, now: NOW };
  const timesFor = (copy: boolean): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    const add = (id: string, ms: number) => out.set(id, [...(out.get(id) ?? []), ms]);
    for (let r = 0; r < runs + 2; r++) {
      const model = copy ? structuredClone(data) : data;
      let t = performance.now();
      const ctx = createContext(model, options);
      if (r >= 2) add('(context: people, roles, texts)', performance.now() - t);
      for (const signal of SIGNALS) {
        t = performance.now();
        signal.evaluate(ctx);
        if (r >= 2) add(signal.id, performance.now() - t);
      }
    }
    return out;
  };
  const same = timesFor(false);
  const copy = timesFor(true);
  return [...same.keys()].map((id) => ({ id, same: median(same.get(id)!), copy: median(copy.get(id)!) }));
}

// ---- bundle sizes --------------------------------------------------------------------------------------
interface BundleFigures {
  contentFiles: string[];
  contentGzip: number;
  /** One page's worth: the heaviest path through the dynamic imports. */
  panelFiles: string[];
  panelGzip: number;
  /** Every chunk reachable from the content script, both trackers' loaders included. */
  allFiles: string[];
  allGzip: number;
}

/** Static and dynamic imports of a built module, as paths relative to the extension root. */
function importsOf(dist: string, file: string): { statics: string[]; dynamics: string[] } {
  const code = readFileSync(join(dist, file), 'utf8');
  const dir = dirname(file);
  const local = (spec: string) => normalize(join(dir, spec));
  const statics = new Set<string>();
  const dynamics = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) statics.add(local(m[1] as string));
  for (const m of code.matchAll(/import\(\s*(?:\/\*[\s\S]*?\*\/\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) dynamics.add(local(m[1] as string));
  // The crxjs loader imports the real content module through runtime.getURL; Vite lists preloads in mapDeps.
  for (const m of code.matchAll(/runtime\.getURL\(\s*(?:\/\*[\s\S]*?\*\/\s*)?["'`]([^"'`]+\.js)["'`]\s*\)/g)) dynamics.add(normalize(m[1] as string));
  for (const m of code.matchAll(/__vite__mapDeps[\s\S]{0,200}?\[((?:\s*"[^"]+"\s*,?)+)\]/g))
    for (const dep of (m[1] as string).matchAll(/"([^"]+)"/g)) dynamics.add(normalize(dep[1] as string));
  return { statics: [...statics].filter((f) => existsSync(join(dist, f))), dynamics: [...dynamics].filter((f) => existsSync(join(dist, f))) };
}

function closure(dist: string, entries: string[], followDynamic: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const { statics, dynamics } = importsOf(dist, file);
    queue.push(...statics, ...(followDynamic ? dynamics : []));
  }
  return [...seen];
}

const gzipSize = (dist: string, files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);

/**
 * What one page loads: the static closure of an entry, then, at each dynamic import, the heaviest
 * branch (a page loads the Jira loader or the GitHub one, not both).
 */
function heaviestPath(dist: string, entries: string[], seen: Set<string> = new Set()): string[] {
  const files = closure(dist, entries, false).filter((f) => !seen.has(f));
  const here = new Set([...seen, ...files]);
  const next = [...new Set(files.flatMap((f) => importsOf(dist, f).dynamics))].filter((d) => !here.has(d));
  let best: string[] = [];
  let bestSize = -1;
  for (const d of next) {
    const branch = heaviestPath(dist, [d], here);
    const size = gzipSize(dist, branch);
    if (size > bestSize) [best, bestSize] = [branch, size];
  }
  return [...files, ...best];
}

function bundleFigures(): BundleFigures | null {
  const dist = join(ROOT, 'dist/chrome');
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const direct = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => normalize(f));
  // What runs on every matching page: the manifest's files, the module a loader starts, and their
  // static imports. What the panel adds: everything reachable from there through dynamic imports.
  const loaderTargets = direct.flatMap((f) => {
    const code = readFileSync(join(dist, f), 'utf8');
    return [...code.matchAll(/runtime\.getURL\(\s*(?:\/\*[\s\S]*?\*\/\s*)?["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => normalize(m[1] as string));
  });
  const contentFiles = closure(dist, [...direct, ...loaderTargets.filter((f) => existsSync(join(dist, f)))], false);
  const panelFiles = heaviestPath(dist, direct);
  const allFiles = closure(dist, direct, true);
  return { contentFiles, contentGzip: gzipSize(dist, contentFiles), panelFiles, panelGzip: gzipSize(dist, panelFiles), allFiles, allGzip: gzipSize(dist, allFiles) };
}

// ---- report ----------------------------------------------------------------------------------------------
const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

function main() {
  const json = process.argv.includes('--json');
  const log = (line = '') => {
    if (!json) console.log(line);
  };
  const cpu = cpus();
  log(`Tandem benchmark — Node ${process.version}, ${cpu.length} CPU${cpu.length === 1 ? '' : 's'} (${cpu[0]?.model.trim() ?? 'unknown'})`);
  const [load1] = loadavg();
  // Timings on a busy machine say more about the neighbours than about Tandem; say so.
  log(`Load average at the start: ${loadavg().map((l) => fmt(l, 2)).join(', ')} (1, 5, 15 min)`);
  if ((load1 ?? 0) > cpu.length) log(`Note: load average ${fmt(load1 ?? 0, 2)} on ${cpu.length} CPUs; other work is competing, figures will read slow and noisy.`);
  log();
  log('Engine: analyze() with all 26 signals, roster set, generated Jira backlog (20 events, 5 comments per issue)');
  const results: Record<string, unknown> = {};
  const sizes = process.argv.includes('--no-50k') ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const runsFor = (issues: number): [number, number] => (issues <= 1_000 ? [5, 11] : issues <= 10_000 ? [1, 5] : [0, 2]);
  interface Row {
    issues: number;
    /** A re-evaluation of the same model object: the backlog's texts in the engine's text cache and the
     * facts kept per model known (what a settings change costs where the model stays, as in the bench). */
    engine: Timing;
    /** A re-evaluation of a fresh copy: texts in the cache, facts per model worked out again (what the
     * extension's background does: the model comes by message, a new object each time). */
    copy: Timing;
    /** The first analysis of a backlog: a fresh copy, the text cache empty, every text read by the models. */
    cold: Timing;
    /** Reading the backlog's distinct texts alone, in one batch (the part of `cold` that `engine` skips). */
    texts: Timing;
    distinctTexts: number;
    signals: Timing;
    floor: Timing;
    backlogMb: number;
    /** Heap the facts kept per model hold while the model lives (texts' answers are in the shared cache). */
    factsMb: number;
    /** The most heap one analysis used above the backlog's: read before each collection during it, and at its end. */
    analysisMb: number;
  }
  const rows: Row[] = [];
  for (const issues of sizes) {
    const before = heapMb();
    let data: TrackerData | null = makeBacklog(issues);
    const backlogMb = heapMb() - before;
    const [warmups, runs] = runsFor(issues);
    // A fresh copy per run, made outside the timed part: nothing known of it but what the text cache holds.
    const fresh = () => structuredClone(data as TrackerData);
    const cold = timeEach(fresh, (copy) => {
      sharedTextCache.clear();
      analyze(copy, { roster: ROSTER, now: NOW });
    }, warmups, runs);
    analyze(data, { roster: ROSTER, now: NOW });
    const copy = timeEach(fresh, (c) => analyze(c, { roster: ROSTER, now: NOW }), warmups, runs);
    const engine = time(() => analyze(data as TrackerData, { roster: ROSTER, now: NOW }), warmups, runs);
    let factsMb: number;
    {
      const model: TrackerData | null = fresh();
      const bare = heapMb();
      // Facts are kept from a model's second evaluation on.
      analyze(model, { roster: ROSTER, now: NOW });
      analyze(model, { roster: ROSTER, now: NOW });
      factsMb = heapMb() - bare;
      if (model.items.length < 0) log('');
    }
    const batch = distinctTexts(data);
    const texts = time(() => classifyEach(batch), Math.min(warmups, 1), Math.min(runs, 5));
    // The same run with classifier answers memoised across runs (as a panel re-render would have
    // them): what the signals themselves cost, apart from reading the texts.
    const memo = new Map<string, ReturnType<typeof classify>>();
    const cached: typeof classify = (text, options) => {
      const k = `${options?.title ?? ''}\u0000${text}`;
      let f = memo.get(k);
      if (!f) memo.set(k, (f = classify(text, options)));
      return f;
    };
    analyze(data, { roster: ROSTER, now: NOW, classify: cached });
    const signals = time(() => analyze(data as TrackerData, { roster: ROSTER, now: NOW, classify: cached }), warmups, runs);
    let sink = 0;
    // 25 walks per timing, as an analysis makes about that many passes (one or two per signal): a
    // single walk of a small backlog is over before a time slice is, and one preemption would be all of it.
    const walks = time(() => {
      for (let i = 0; i < 25; i++) sink += walk(data as TrackerData);
    }, warmups + 1, Math.max(runs, 3));
    const floor = { ...walks, median: walks.median / 25, min: walks.min / 25, max: walks.max / 25, cpuMedian: walks.cpuMedian / 25 };
    const held = heapMb();
    const gcs = new GCProfiler();
    gcs.start();
    const kept = analyze(data, { roster: ROSTER, now: NOW });
    const atEnd = process.memoryUsage().heapUsed;
    const peak = Math.max(atEnd, ...(gcs.stop()?.statistics ?? []).map((g) => g.beforeGC.heapStatistics.usedHeapSize));
    const analysisMb = peak / 1_048_576 - held;
    sink += kept.signals.length;
    rows.push({ issues, engine, copy, factsMb, cold, texts, distinctTexts: batch.length, signals, floor, backlogMb, analysisMb });
    memo.clear();
    data = null;
    if (sink < 0) log('');
  }
  const one = rows[0] as Row;
  const engineOk = one.engine.median <= BUDGET.analyze1k;
  log(`  1,000 issues, re-evaluation of the same model (texts in the engine's text cache, facts kept per model; the budget's figure): median ${fmt(one.engine.median)} ms (min ${fmt(one.engine.min)}, max ${fmt(one.engine.max)}, CPU ${fmt(one.engine.cpuMedian)} ms, ${one.engine.runs} runs after 5 warm-up)  budget ≤ ${BUDGET.analyze1k} ms: ${verdict(engineOk)}`);
  log(`                re-evaluation of a fresh copy (texts cached, facts worked out again: what the extension's background does): median ${fmt(one.copy.median)} ms (min ${fmt(one.copy.min)}, CPU ${fmt(one.copy.cpuMedian)} ms)`);
  log(`                first read (text cache empty; every text through the models): median ${fmt(one.cold.median)} ms (min ${fmt(one.cold.min)}, CPU ${fmt(one.cold.cpuMedian)} ms)`);
  log(`                of which the models on the ${one.distinctTexts.toLocaleString('en-GB')} distinct texts, one batch: median ${fmt(one.texts.median)} ms (CPU ${fmt(one.texts.cpuMedian)} ms; ${Math.round(one.distinctTexts / (one.texts.cpuMedian / 1000)).toLocaleString('en-GB')} texts per CPU-second)`);
  log(`                signals alone (the bench's own memo of answers, no engine cache): median ${fmt(one.signals.median)} ms (min ${fmt(one.signals.min)}, CPU ${fmt(one.signals.cpuMedian)} ms)`);
  results.analyze1000 = { ...one.engine, budgetMs: BUDGET.analyze1k, withinBudget: engineOk };
  results.analyze1000Cold = one.cold;
  results.analyze1000Copy = one.copy;
  results.texts1000 = { ...one.texts, distinctTexts: one.distinctTexts };
  results.signals1000 = one.signals;
  if (process.argv.includes('--per-signal')) {
    const table = perSignal(makeBacklog(1_000), 11);
    log();
    log('  Per signal, 1,000 issues, texts cached (median wall ms of 11 runs; the first to ask for a shared fact pays for it)');
    log(`  ${''.padEnd(34)}${'same model'.padStart(12)}${'fresh copy'.padStart(12)}`);
    for (const { id, same, copy } of [...table].sort((a, b) => b.copy - a.copy)) log(`  ${id.padEnd(34)}${fmt(same, 2).padStart(12)}${fmt(copy, 2).padStart(12)}`);
    const sum = (pick: (r: (typeof table)[number]) => number) => table.reduce((n, r) => n + pick(r), 0);
    log(`  ${'sum'.padEnd(34)}${fmt(sum((r) => r.same), 2).padStart(12)}${fmt(sum((r) => r.copy), 2).padStart(12)}`);
    results.perSignal1000 = table;
  }

  log();
  log(`  Scaling (medians; heap in MB; ratios: budget 10k/1k ≤ ${BUDGET.linearRatio} for the engine and for the signals alone)`);
  const col = (v: string) => v.padStart(11);
  log(`  ${''.padEnd(44)}${rows.map((r) => col(`${(r.issues / 1000).toLocaleString('en-GB')}k issues`)).join('')}${col('10k/1k')}${rows.length > 2 ? col('50k/10k') : ''}`);
  const line = (label: string, pick: (r: Row) => number, digits = 1, budgeted = false) => {
    const [a, b, c] = rows.map(pick) as [number, number, number | undefined];
    const r1 = b / a;
    const r2 = c === undefined ? undefined : c / b;
    const marks = budgeted ? `  ${verdict(r1 <= BUDGET.linearRatio)}` : '';
    log(`  ${label.padEnd(44)}${rows.map((r) => col(fmt(pick(r), digits))).join('')}${col(`${fmt(r1, 2)}×`)}${r2 === undefined ? '' : col(`${fmt(r2, 2)}×`)}${marks}`);
    return { values: rows.map(pick), ratio10kTo1k: r1, ratio50kTo10k: r2 };
  };
  results.scaling = {
    engineMs: line('engine re-evaluation, wall ms', (r) => r.engine.median, 1, true),
    engineCpuMs: line('engine re-evaluation, CPU ms (load-robust)', (r) => r.engine.cpuMedian, 1, true),
    copyMs: line('re-evaluation of a fresh copy, wall ms', (r) => r.copy.median, 1, true),
    copyCpuMs: line('re-evaluation of a fresh copy, CPU ms', (r) => r.copy.cpuMedian, 1, true),
    coldMs: line('engine first read, wall ms', (r) => r.cold.median, 1, true),
    coldCpuMs: line('engine first read, CPU ms (load-robust)', (r) => r.cold.cpuMedian, 1, true),
    textsCpuMs: line('models on the distinct texts, CPU ms', (r) => r.texts.cpuMedian),
    distinctTexts: line('distinct texts', (r) => r.distinctTexts, 0),
    signalsMs: line('signals alone, wall ms', (r) => r.signals.median, 1, true),
    signalsCpuMs: line('signals alone, CPU ms (load-robust)', (r) => r.signals.cpuMedian, 1, true),
    floorMs: line('floor: one bare walk over the data, ms', (r) => r.floor.median, 3),
    backlogMb: line('heap: the backlog itself, MB', (r) => r.backlogMb),
    analysisMb: line('heap: peak of one analysis above it, MB', (r) => r.analysisMb),
    factsMb: line('heap: facts kept per model while it lives, MB', (r) => r.factsMb),
  };
  log('  (the floor: a walk that reads every item, event and comment once; above ~10× only because a large');
  log('   backlog no longer fits the processor cache. The engine\'s ratio is read against it.');
  log(`   The engine's text cache holds ${TEXT_CACHE_LIMITS.texts.toLocaleString('en-GB')} texts: a backlog with more is read afresh on each evaluation.)`);

  log();
  log('Converters: raw API JSON → tracker model (part of the panel\'s "filled ≤ 100 ms after the last response")');
  for (const [label, figures] of converterTimings()) {
    log(`  ${label}: median ${fmt(figures.median, 2)} ms (min ${fmt(figures.min, 2)}, max ${fmt(figures.max, 2)})`);
    results[`convert ${label}`] = figures;
  }

  log();
  const c = classifyThroughput();
  const cOk = c.perSecond >= BUDGET.classifyPerSecond;
  log(`Text: classify() ${Math.round(c.perSecond).toLocaleString('en-GB')} texts/s (${c.texts.toLocaleString('en-GB')} varied texts in ${fmt(c.ms, 0)} ms)  budget ≥ ${BUDGET.classifyPerSecond.toLocaleString('en-GB')} texts/s: ${verdict(cOk)}`);
  const bOk = c.batchPerSecond >= BUDGET.classifyPerSecond;
  log(`      classifyEach (one batch, what the engine and tandem classify use): ${Math.round(c.batchPerSecond).toLocaleString('en-GB')} texts/s of wall time, ${Math.round(c.batchPerCpuSecond).toLocaleString('en-GB')} per CPU-second  budget ≥ ${BUDGET.classifyPerSecond.toLocaleString('en-GB')} texts/s: ${verdict(bOk)}`);
  results.classify = { ...c, withinBudget: cOk, batchWithinBudget: bOk };

  log();
  const b = bundleFigures();
  if (!b) {
    log('Bundles: dist/chrome is not built; run `npm run build` to measure the content script and panel sizes.');
  } else {
    const cKb = b.contentGzip / 1024;
    const pKb = b.panelGzip / 1024;
    log('Bundles (gzip, dist/chrome, read from the built manifest):');
    log(`  content script (runs on every matching page): ${fmt(cKb, 2)} KB  budget ≤ ${BUDGET.contentKb} KB: ${verdict(cKb <= BUDGET.contentKb)}`);
    log(`    ${b.contentFiles.map((f) => relative('.', f)).join(', ')}`);
    log(`  everything the panel loads on one page (content script + the heaviest path of its imports): ${fmt(pKb, 2)} KB  budget ≤ ${BUDGET.panelKb} KB: ${verdict(pKb <= BUDGET.panelKb)}`);
    // The biggest pieces first, so an over-budget figure says where to look.
    const dist = join(ROOT, 'dist/chrome');
    const sized = b.panelFiles.map((f) => ({ f, kb: gzipSync(readFileSync(join(dist, f))).length / 1024 })).sort((x, y) => y.kb - x.kb);
    log(`    ${sized.map(({ f, kb }) => `${f} ${fmt(kb, 1)}`).join(', ')}`);
    log(`  all chunks reachable from the content script (both trackers): ${fmt(b.allGzip / 1024, 2)} KB`);
    results.bundles = { ...b, contentKb: cKb, panelKb: pKb, contentWithin: cKb <= BUDGET.contentKb, panelWithin: pKb <= BUDGET.panelKb };
  }
  log();
  log(`Load average at the end: ${loadavg().map((l) => fmt(l, 2)).join(', ')} (1, 5, 15 min)`);
  results.loadAverage = { start: load1, end: loadavg()[0] };
  if (json) console.log(JSON.stringify(results, null, 2));
}

// Run when called as a script, not when another script borrows makeBacklog.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
