// Firefox: the fault matrix (e2e/faults.ts) on a GitHub issue (token saved, so the world's token
// check runs too) and a Jira Cloud issue, as e2e/faults.spec.ts runs it in Chromium: each fault gives
// its own message in the panel, and the page sees no error (the harness fails a test on any).
import type { Page } from 'puppeteer-core';
import { API, CORS_HEADERS, fixturePage, widgetsGitHub } from '../../test/fixtures/github/load-fake-github';
import { CLOUD_TEAM, FakeJira, makeBacklog } from '../../test/fixtures/jira/load-fake-jira';
import { cutShortCount } from '../cut-short';
import { FAULTS, faulty, wordsPattern, type Fault, type Said } from '../faults';
import { serveGitHubApi } from '../github-world';
import { jiraPage, serveFakeJira } from '../jira-world';
import type { World } from '../world';
import { expect, test, type Firefox } from './harness';
import { waitReady } from './panel';

const TOKEN = 'github_pat_11FAULTS0000000000_firefox';
const GITHUB_ISSUE = 'https://github.com/acme/widgets/issues/42';
const JIRA = 'https://acme.atlassian.net';
// GitHub's own CORS headers: Firefox preflights the background's requests that carry a token.
const CORS = CORS_HEADERS;

interface FaultCase {
  name: string;
  url: string;
  serve(world: World, fault: Fault): Promise<void>;
  said(fault: Fault): Said;
}

const CASES: FaultCase[] = [
  {
    name: 'GitHub issue',
    url: GITHUB_ISSUE,
    async serve(world, fault) {
      serveGitHubApi(world, widgetsGitHub());
      // Newest rule first: the issue itself misbehaves, every time it is asked.
      world.on(`${API}/repos/acme/widgets/issues/42`, faulty(fault.misbehaviour, CORS));
      world.on(GITHUB_ISSUE, { body: fixturePage('issue-react.html') });
      await world.saveToken('github.com', TOKEN);
    },
    said: (fault) => fault.github,
  },
  {
    name: 'Jira issue',
    url: `${JIRA}/browse/SHOP-9`,
    async serve(world, fault) {
      const issues = makeBacklog({ project: 'SHOP', count: 9, team: CLOUD_TEAM, deployment: 'cloud' }).slice(8);
      serveFakeJira(world, new FakeJira({ deployment: 'cloud', base: JIRA, users: CLOUD_TEAM, issues }));
      world.on((url) => url.origin === JIRA && url.pathname === '/rest/api/3/issue/SHOP-9', faulty(fault.misbehaviour));
      world.on(`${JIRA}/browse/SHOP-9`, { body: jiraPage('cloud-issue', { KEY: 'SHOP-9', PROJECT: 'SHOP', SUMMARY: 'Export invoices', ACCOUNT_ID: CLOUD_TEAM[0]!.id }) });
    },
    said: (fault) => fault.jira,
  },
];

/** The timeout is a setting; the timeout fault sets it to 1 s, so the extension's real timer fires. */
async function shortTimeout(firefox: Firefox): Promise<void> {
  const options = await firefox.openExtensionPage('src/entries/options.html');
  await options.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } }).browser.storage.sync.set({ prefs: { v: 1, requestTimeoutSeconds: 1 } }),
  );
  await options.close();
}

/** Waits for exactly one notice in the panel whose text matches `pattern`. */
async function waitNotice(tab: Page, pattern: RegExp): Promise<void> {
  await tab.waitForFunction(
    (source, flags) =>
      [...(document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelectorAll('.notice') ?? [])].filter((n) => new RegExp(source, flags).test(n.textContent ?? '')).length === 1,
    { timeout: 30_000 },
    pattern.source,
    pattern.flags,
  );
}

test.describe.configure({ timeout: 90_000 });

for (const c of CASES)
  for (const fault of FAULTS) {
    test(`${c.name}, ${fault.id}: ${c.said(fault).key}`, async ({ firefox, tab, world }) => {
      await c.serve(world, fault);
      if (fault.misbehaviour.kind === 'hang') await shortTimeout(firefox);
      await firefox.navigate(tab, c.url);
      await waitReady(tab);
      await waitNotice(tab, wordsPattern(c.said(fault)));
      expect(world.seen(c.url).length).toBeGreaterThan(0);
      // The body really broke off after the headers, at the world's proxy (not a plain reset).
      if (fault.misbehaviour.kind === 'cut') expect(cutShortCount()).toBeGreaterThan(0);
    });
  }
