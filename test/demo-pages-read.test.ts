// The demo pages keep the hooks the real GitHub pages carry: our page reader (the fallback when the
// API can't answer) reads the demo issue and list as it reads the real ones, and finds what the API
// answers say — the same title, author, date, state, comments and labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { githubIssueListPage, githubIssuePage } from '../e2e/pages';
import { newPeople } from '../src/core/people';
import { githubIssueToItem } from '../src/sites/github/convert';
import { detectGitHub } from '../src/sites/github/detect';
import { pageLogin, readIssueListPage, readIssuePage } from '../src/sites/github/page';

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', path), 'utf8'));
const REPO = 'acme/roadmap';
const iso = (at: string) => new Date(at).toISOString();

function documentOf(url: string, html: string): Document {
  const doc = new Window({ url }).document as unknown as Document;
  doc.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>/i, '');
  return doc;
}

describe('the demo GitHub pages, read as the real ones', () => {
  it('the issue page gives the issue the API gives: title, author, date, state, labels, comments, events', () => {
    const issue = fixture('github/issue-42.json');
    const comments = fixture('github/issue-42-comments.json') as { id: number; body: string; html_url: string; user: { login: string }; created_at: string }[];
    const url = `https://github.com/${REPO}/issues/42`;
    const timeline = fixture('github/issue-42-timeline.json');
    const doc = documentOf(url, githubIssuePage(REPO, issue, comments, { me: 'pnair', timeline }));
    expect(pageLogin(doc)).toBe('pnair');
    const read = readIssuePage(doc, detectGitHub(url)!, url);
    expect(read).not.toBeNull();
    const [item] = read!.data.items;
    expect(item!.title).toBe(issue.title);
    expect(item!.created).toBe(iso(issue.created_at));
    const fromApi = githubIssueToItem(issue, { host: 'github.com', repo: REPO, people: newPeople() }, {}) as { state: string };
    expect(item!.state).toBe(fromApi.state);
    expect(item!.labels).toEqual(issue.labels.map((l: { name: string }) => l.name));
    expect(item!.description?.text).toContain('Acceptance criteria');
    expect(item!.description?.text).not.toContain('<!--');
    expect(item!.comments.map((c) => [c.id, c.created])).toEqual(comments.map((c) => [String(c.id), iso(c.created_at)]));
    // The events the page shows as lines (labels, milestone, assignment, cross-reference) read as the
    // API's timeline reads; "referenced by a commit" is not a line on the page.
    const fromTimeline = githubIssueToItem(issue, { host: 'github.com', repo: REPO, people: newPeople() }, { timeline }) as { events: { kind: string; at: string; actor: string }[] };
    const shown = (events: { kind: string; at: string; actor: string }[]) => events.filter((e) => e.kind !== 'other').map((e) => [e.kind, e.at, e.actor]);
    expect(shown(item!.events as never)).toEqual(shown(fromTimeline.events));
    expect(shown(item!.events as never)).toHaveLength(8);
  });

  it('the list page gives every issue of the list answer, with its state', () => {
    const list = fixture('github/issues.json') as { number: number; state: string; pull_request?: unknown }[];
    const url = `https://github.com/${REPO}/issues`;
    const doc = documentOf(url, githubIssueListPage(REPO, list as never, { me: 'pnair' }));
    const read = readIssueListPage(doc, detectGitHub(url)!, url);
    const issues = list.filter((i) => !i.pull_request);
    expect(read!.data.items.map((i) => [i.key, i.state === 'done' ? 'closed' : 'open'])).toEqual(issues.map((i) => [`${REPO}#${i.number}`, i.state]));
  });
});
