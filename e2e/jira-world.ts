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
import { FakeJira, type FakeJiraOptions } from '../test/fixtures/jira/load-fake-jira';
import { addSelfHostedSite, FIXTURES, type World, type SeenRequest } from './harness';

export function jiraPage(name: 'cloud-issue' | 'cloud-board' | 'dc-issue' | 'dc-board', values: Record<string, string>): string {
  const template = readFileSync(join(FIXTURES, 'pages/jira', `${name}.html`), 'utf8');
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'CARDS' ? (values[key] ?? '') : esc(values[key] ?? '')));
}

export function cards(keys: string[]): string {
  return keys.map((k) => `<li><a href="?selectedIssue=${k}" data-issue-key="${k}">${k}</a></li>`).join('');
}

/** Routes the fake's REST API (everything under `<base>/rest/`) through the World. */
export function serveFakeJira(world: World, fake: FakeJira): FakeJira {
  const base = new URL(fake.opts.base);
  const prefix = `${base.pathname.replace(/\/+$/, '')}/rest/`;
  world.on(
    (url) => url.origin === base.origin && url.pathname.startsWith(prefix),
    async (route, seen) => {
      const request = route.request();
      const post = request.postData();
      const answer = fake.answer(seen.url, seen.method, post ? JSON.parse(post) : null, new Headers(seen.headers));
      if (answer === 'hang') return { status: 0 }; // never answered: the extension's timeout decides
      const body = answer.status === 304 ? '' : await answer.text();
      await route.fulfill({ status: answer.status, headers: Object.fromEntries(answer.headers), body });
      return { status: answer.status };
    },
  );
  return fake;
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
): Promise<{ analysis: Analysis; load: LoadResult; fake: FakeJira }> {
  const fake = new FakeJira(opts);
  const document = {
    URL: url,
    querySelector(selector: string) {
      const name = /meta\[name="([^"]+)"\]/.exec(selector)?.[1];
      if (!name || !(name in tags)) return null;
      return { getAttribute: (a: string) => (a === 'content' ? tags[name] : null) };
    },
  } as unknown as Document;
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
  const analysis = analyze(load.data, { roster: null, agreement: null, thresholds: {} });
  return { analysis, load, fake };
}

/**
 * Serves a self-hosted Jira (any origin; the harness routes only Cloud and GitHub): `pages` by path
 * (query ignored), the fake's REST API under its base. Returns the requests seen, as "METHOD path".
 */
export async function serveSelfHosted(context: BrowserContext, fake: FakeJira, pages: Record<string, string>): Promise<string[]> {
  const base = new URL(fake.opts.base);
  const seen: string[] = [];
  await context.route(`${base.origin}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    seen.push(`${request.method()} ${url.pathname}`);
    const html = pages[url.pathname];
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    const post = request.postData();
    const answer = fake.answer(url.href, request.method(), post ? JSON.parse(post) : null, new Headers(await request.allHeaders()));
    if (answer === 'hang') return;
    const body = answer.status === 304 ? '' : await answer.text();
    return route.fulfill({ status: answer.status, headers: Object.fromEntries(answer.headers), body });
  });
  return seen;
}

/** Adds a Jira site the way a user does (options page → "Add a Jira site"). */
export async function addJiraSite(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  await addSelfHostedSite(context, extensionId, origin, 'jira');
}
