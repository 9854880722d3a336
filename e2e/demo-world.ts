// The demo world: one GitHub repository (acme/roadmap) and one Jira Cloud site (acme.atlassian.net),
// pages and API answers both served from test/fixtures. The end-to-end tests and `npm run demo` use
// the same world, so what the demo shows is what the tests check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type World } from './world';
import { githubIssueListPage, githubIssuePage, githubRepoHome, jiraBacklogPage, jiraBoardPage, jiraIssuePage } from './pages';
import { CLOUD_TEAM, FakeJira, makeBacklog, type FakeIssue, type FakeJiraOptions } from '../test/fixtures/jira/load-fake-jira';
import { CORS_HEADERS } from '../test/fixtures/github/load-fake-github';
import { serveFakeJira } from './jira-world';

const json = (file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

export const GITHUB_REPO = 'acme/roadmap';
export const GITHUB_ME = 'pnair';
export const JIRA_SITE = 'https://acme.atlassian.net';

/** What the ETag of a fixture answer is: stable per file, so a revisit can be answered 304. */
const etagOf = (file: string) => `W/"${Buffer.from(file).toString('base64url')}"`;

/** Answers a GitHub API request from a fixture file, honouring If-None-Match like GitHub does. */
function githubApi(world: World, path: string | RegExp, file: string, extraHeaders: Record<string, string> = {}) {
  const etag = etagOf(file);
  const matcher = typeof path === 'string' ? (url: URL) => url.host === 'api.github.com' && url.pathname === path : path;
  world.on(matcher, (seen) => {
    // A revisit's If-None-Match makes the background's request a preflighted one: answer the
    // preflight as GitHub does (Firefox failed every revisit on the GET's answer without it).
    if (seen.method === 'OPTIONS') return { status: 204, headers: CORS_HEADERS };
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, Link, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
      etag,
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '57',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...extraHeaders,
    };
    if (seen.headers['if-none-match'] === etag) return { status: 304, headers };
    return { status: 200, headers, contentType: 'application/json; charset=utf-8', body: readFileSync(join(FIXTURES, file)) };
  });
}

export function serveGitHub(world: World, options: { colorMode?: 'light' | 'dark' | 'auto' } = {}): World {
  const issue42 = json('github/issue-42.json');
  const issue43 = json('github/issue-43.json');
  const bundle43 = json('github/bundle-43.json');
  const list = json('github/issues.json');
  const base = `https://github.com/${GITHUB_REPO}`;
  world
    .on(base, { body: githubRepoHome(GITHUB_REPO, GITHUB_ME) })
    .on(`${base}/pulls`, { body: githubRepoHome(GITHUB_REPO, GITHUB_ME) })
    .on(`${base}/issues`, { body: githubIssueListPage(GITHUB_REPO, list, { me: GITHUB_ME, colorMode: options.colorMode === 'dark' ? 'dark' : 'light' }) })
    .on(`${base}/issues/42`, {
      body: githubIssuePage(GITHUB_REPO, issue42, json('github/issue-42-comments.json'), {
        me: GITHUB_ME,
        colorMode: options.colorMode,
        links: [{ href: `${base}/issues/43`, text: `#43 ${issue43.title}` }],
        timeline: json('github/issue-42-timeline.json'),
      }),
    })
    .on(`${base}/issues/43`, {
      body: githubIssuePage(GITHUB_REPO, issue43, bundle43.comments, {
        me: GITHUB_ME,
        colorMode: options.colorMode,
        links: [{ href: `${base}/issues/42`, text: `#42 ${issue42.title}` }],
        timeline: bundle43.timeline,
      }),
    });
  const api = `/repos/${GITHUB_REPO}`;
  githubApi(world, `${api}/issues/42`, 'github/issue-42.json');
  githubApi(world, `${api}/issues/42/comments`, 'github/issue-42-comments.json');
  githubApi(world, `${api}/issues/42/timeline`, 'github/issue-42-timeline.json');
  githubApi(world, `${api}/issues/43`, 'github/issue-43.json');
  world.on((url) => url.host === 'api.github.com' && url.pathname === `${api}/issues/43/comments`, { json: bundle43.comments });
  world.on((url) => url.host === 'api.github.com' && url.pathname === `${api}/issues/43/timeline`, { json: bundle43.timeline });
  githubApi(world, `${api}/issues`, 'github/issues.json');
  githubApi(world, `${api}/pulls`, 'github/pulls.json');
  githubApi(world, '/search/issues', 'github/search-issues.json');
  return world;
}

/** What the CART backlog's items are called: the generated backlog's facts, a team's words. */
const CART_WORK = [
  'Show the delivery date on the cart page',
  'Keep the cart when the session expires',
  'Apply a discount code in the cart',
  'Let shoppers save an item for later',
  'Warn when an item in the cart sells out',
  'Split the order when items ship from two warehouses',
  'Show the total with tax before checkout',
  'Remember the last used payment method',
  'Let shoppers change the quantity from the mini cart',
  'Explain why a discount code was refused',
  'Offer gift wrapping at checkout',
  'Retry the payment when the bank times out',
  'Show shipping costs per country',
  'Let guests check out without an account',
  'Send a reminder for an abandoned cart',
  'Merge the guest cart into the account on sign-in',
  'Cap the quantity of sale items per order',
  'Show the cart count in the header',
  'Let shoppers pick a delivery slot',
  'Recalculate the total when the address changes',
  'Keep prices in the cart in the shopper’s currency',
  'Show recommended items under the cart',
  'Let support staff see a shopper’s cart',
  'Remove items that are no longer sold',
  'Track how many carts reach checkout',
  'Let shoppers share a cart link',
  'Show store pickup as a delivery option',
  'Block checkout when the address is incomplete',
  'Show the returns policy next to the total',
  'Let shoppers split payment between two cards',
];

/** The demo world's time and the backlog's: its 60 days of work end the day before. */
const CART_FROM = '2026-09-09';

export const CART_BACKLOG = `${JIRA_SITE}/jira/software/projects/CART/boards/7/backlog`;

/** The CART project's 60 issues, as the demo's fake Jira holds them. */
export function cartIssues(): FakeIssue[] {
  const generated = makeBacklog({ project: 'CART', count: 60, team: CLOUD_TEAM, deployment: 'cloud', from: CART_FROM });
  return generated.map((issue, i) => ({ ...issue, summary: i < 30 ? CART_WORK[i]! : `${CART_WORK[i - 30]!} in the app` }));
}

/** The demo's fake Jira Cloud site. */
export const cartJira = (): FakeJiraOptions => ({ deployment: 'cloud', base: JIRA_SITE, users: CLOUD_TEAM, issues: cartIssues() });

export function serveJira(world: World, options: { colorMode?: 'light' | 'dark' } = {}): World {
  // The backlog and board: a generated 60-item project served by the fake Jira of the adapter's tests
  // (search pages, bulk changelogs), under the issue rules below, which answer first. Its pages list
  // the same 60 items the panel counts, under the same people.
  const issues = cartIssues();
  serveFakeJira(world, new FakeJira(cartJira()));
  const board = { project: 'CART', boardId: 7, accountId: CLOUD_TEAM[0]!.id, names: new Map(CLOUD_TEAM.map((u) => [u.id, u.name])), colorMode: options.colorMode };
  world
    .on(CART_BACKLOG, { body: jiraBacklogPage(issues, board) })
    .on((url) => url.origin === JIRA_SITE && url.pathname === '/jira/software/projects/CART/boards/7', { body: jiraBoardPage(issues, board) });
  const issue = json('jira/issue-SHOP-12.json');
  const me = issue.fields.reporter?.accountId ?? 'me';
  const rest = (path: string) => (url: URL) => url.origin === JIRA_SITE && url.pathname === path;
  world
    .on(`${JIRA_SITE}/browse/SHOP-12`, { body: jiraIssuePage(issue, { accountId: me, colorMode: options.colorMode }) })
    .on(rest('/rest/api/3/issue/SHOP-12'), { file: 'jira/issue-SHOP-12.json' })
    .on(rest('/rest/api/3/field'), { file: 'jira/field.json' })
    .on(rest('/rest/api/3/myself'), { json: { accountId: me } });
  return world;
}

export function serveDemo(world: World, options: { colorMode?: 'light' | 'dark' } = {}): World {
  return serveJira(serveGitHub(world, options), options);
}
