// Jira for the end-to-end specs: the fake Jira of the unit tests answers the browser's REST calls
// (routed through the harness's World), and our fixture pages stand in for Jira's own. The same
// fake also runs the adapter and the engine in Node, so a spec can say what the panel must show.
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../src/core/engine';
import { detectJira } from '../src/sites/jira/detect';
import { loadJira } from '../src/sites/jira/load';
import type { KeyValueCache, LoadResult } from '../src/sites/types';
import { DC_TEAM, FakeJira, makeBacklog, type FakeJiraOptions } from '../test/fixtures/jira/load-fake-jira';
import { jiraPageDocument } from '../test/support/jira-page';
import { addSelfHostedSite } from './harness';
import { FIXTURES, HANG, replyFrom, type Reply, type SeenRequest, type World, WORLD_NOW } from './world';

export function jiraPage(name: 'cloud-issue' | 'cloud-board' | 'dc-issue' | 'dc-board', values: Record<string, string>): string {
  const template = readFileSync(join(FIXTURES, 'pages/jira', `${name}.html`), 'utf8');
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'CARDS' ? (values[key] ?? '') : esc(values[key] ?? '')));
}

export function cards(keys: string[]): string {
  return keys.map((k) => `<li><a href="?selectedIssue=${k}" data-issue-key="${k}">${k}</a></li>`).join('');
}

/** Routes the fake's REST API (everything under `<base>/rest/`) through the World. */
export function serveFakeJira(world: World, fake: FakeJira, options: { serverMs?: number } = {}): FakeJira {
  const base = new URL(fake.opts.base);
  const prefix = `${base.pathname.replace(/\/+$/, '')}/rest/`;
  const serverMs = options.serverMs ?? 0;
  world.on(
    (url) => url.origin === base.origin && url.pathname.startsWith(prefix),
    // A real Jira takes its time to answer; the fake answers at once unless told otherwise (benchmarks).
    async (seen) => (serverMs > 0 && (await new Promise((resolve) => setTimeout(resolve, serverMs))), answerFromFake(fake, seen)),
  );
  return fake;
}

/** The fake's answer to one request; one it never answers hangs (the extension's timeout decides). */
async function answerFromFake(fake: FakeJira, seen: SeenRequest): Promise<Reply | typeof HANG> {
  const answer = fake.answer(seen.url, seen.method, seen.postData ? JSON.parse(seen.postData) : null, new Headers(seen.headers));
  return answer === 'hang' ? HANG : replyFrom(answer);
}

/** The REST requests the extension made, as "METHOD /path" (no origin, no query). */
export function restCalls(world: World, origin: string): string[] {
  return world.requests
    .filter((r: SeenRequest) => r.url.startsWith(origin) && new URL(r.url).pathname.includes('/rest/'))
    .map((r) => `${r.method} ${new URL(r.url).pathname}`);
}

function memoryCache(): KeyValueCache {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async <T>(key: string, value: T) => void map.set(key, value),
  };
}

/** What the panel should conclude on `url`: the adapter and the engine, run in Node on the same fake. */
export async function expectedAnalysis(
  url: string,
  tags: Record<string, string>,
  opts: FakeJiraOptions,
  now = WORLD_NOW,
): Promise<{ analysis: Analysis; load: LoadResult; fake: FakeJira }> {
  const fake = new FakeJira(opts);
  const document = jiraPageDocument(url, tags);
  const match = detectJira(url, document);
  if (!match) throw new Error(`not a Jira page: ${url}`);
  const load = await loadJira(match, {
    fetch: fake.fetch,
    signal: new AbortController().signal,
    document,
    cache: memoryCache(),
    onProgress: () => undefined,
    sleep: async () => undefined,
    now: () => Date.now(),
    itemCap: 200,
  });
  const analysis = analyze(load.data, { roster: null, agreement: null, thresholds: {}, now });
  return { analysis, load, fake };
}

/**
 * Serves a self-hosted Jira (any origin; a world serves only Cloud and GitHub until told): `pages` by
 * path (query ignored), the fake's REST API under its base. Returns the requests seen, as "METHOD path".
 */
export async function serveSelfHosted(world: World, fake: FakeJira, pages: Record<string, string>): Promise<string[]> {
  const base = new URL(fake.opts.base);
  const seen: string[] = [];
  world.on(
    (url) => url.origin === base.origin,
    (request) => {
      const path = new URL(request.url).pathname;
      seen.push(`${request.method} ${path}`);
      const html = pages[path];
      return html !== undefined ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : answerFromFake(fake, request);
    },
  );
  await world.serveOrigin(base.origin);
  return seen;
}

/** Adds a Jira site the way a user does (options page → "Add a Jira site"). */
export async function addJiraSite(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  await addSelfHostedSite(context, extensionId, origin, 'jira');
}

/**
 * A Jira Data Center site at `origin` (context path /jira) with one issue, OPS-7, and its page at
 * `${origin}/jira/browse/OPS-7`; the world serves the origin from then on.
 */
export function serveDataCenterIssue(world: World, origin: string) {
  const [issue] = makeBacklog({ project: 'OPS', count: 1, team: DC_TEAM, deployment: 'data-center', historiesPerIssue: 6, commentsPerIssue: 2 });
  issue!.key = 'OPS-7';
  const opts: FakeJiraOptions = { deployment: 'data-center', base: `${origin}/jira`, users: DC_TEAM, issues: [issue!] };
  serveFakeJira(world, new FakeJira(opts));
  world.on(`${origin}/jira/browse/OPS-7`, { body: jiraPage('dc-issue', { KEY: 'OPS-7', SUMMARY: issue!.summary, USER: DC_TEAM[0]!.id, USER_NAME: DC_TEAM[0]!.name }) });
  // A world serves only github.com and Jira Cloud until told of this site.
  return world.serveOrigin(origin);
}
