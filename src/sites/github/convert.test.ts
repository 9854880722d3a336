import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Item, Person, TrackerData } from '../../core/model';
import { isConvertError } from '../convert-common';
import { restTimelineEntry } from './graphql';
import { detectGitHub, isPullRequest, githubBundleToItem, githubIssueToItem, githubIssuesToItems, githubPerson, githubToTrackerData, markdownMentions } from './convert';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/github');
const load = (name: string): any => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);

function item(value: ReturnType<typeof githubIssueToItem>): Item {
  if (isConvertError(value)) throw new Error(value.message);
  return value;
}

describe('markdownMentions', () => {
  it.each([
    ['cc @mrossi', ['mrossi']],
    ['@lkowalski good catch. @tbrandt you too', ['lkowalski', 'tbrandt']],
    ['Mail me at tom@acme.dev', []],
    ['Run `@decorator` here', []],
    ['```\n@inside the fence\n```\n@outside', ['outside']],
    ['~~~js\n@tilde\n~~~', []],
    ['Ping @acme/design about it', []],
    ['(@ann) and @Ann again, then @bob.', ['ann', 'bob']],
    ['<!-- @template-bot -->real @one', ['one']],
    ['trailing hyphen @bad- is not a login', []],
  ])('%j → %j', (text, expected) => expect(markdownMentions(text)).toEqual(expected));
});

describe('githubPerson', () => {
  it.each([
    ['a user', { login: 'pnair', type: 'User', html_url: 'https://github.com/pnair' }, { id: 'pnair', url: 'https://github.com/pnair' }],
    ['a Bot account', { login: 'github-actions[bot]', type: 'Bot' }, { id: 'github-actions[bot]', bot: true }],
    ['a [bot] login without type', { login: 'renovate[bot]' }, { bot: true }],
    ['the ghost (deleted) user', { login: 'ghost', id: 10137 }, { id: 'ghost', deleted: true }],
  ])('%s', (_name, user, expected) => expect(githubPerson(user, 'github.com')).toMatchObject(expected));
  it.each([[null], [{}], [{ login: 42 }]])('%j is nobody', (user) => expect(githubPerson(user, 'github.com')).toBeNull());
});

describe('detectGitHub', () => {
  it.each([
    ['issue-42.json', 'issue'],
    ['bundle-42.json', 'bundle'],
    ['issues.json', 'list'],
    ['search-issues.json', 'search'],
    ['pulls.json', 'pulls'],
  ])('%s is a %s', (file, shape) => expect(detectGitHub(load(file))).toBe(shape));
  it.each([[null], [[]], [{ number: 1 }], [[{ id: 1 }]], [{ items: [] }], ['text']])('%j is not GitHub', (v) => expect(detectGitHub(v)).toBeNull());
});

describe('githubBundleToItem — #42, a healthy story', () => {
  const people: Record<string, Person> = {};
  const i42 = item(githubBundleToItem(load('bundle-42.json'), { people }));

  it.each<[keyof Item, unknown]>([
    ['key', 'acme/roadmap#42'],
    ['tracker', 'github'],
    ['url', 'https://github.com/acme/roadmap/issues/42'],
    ['type', 'story'],
    ['state', 'in-progress'],
    ['status', 'open'],
    ['creator', 'pnair'],
    ['assignees', ['lkowalski']],
    ['priority', 'high'],
    ['estimate', 5],
    ['milestone', 'Q4 – Checkout'],
    ['due', '2026-12-15T08:00:00.000Z'],
    ['resolution', null],
    ['descriptionAuthor', 'lkowalski'],
    ['links', [{ type: 'cross-referenced', key: 'acme/roadmap#51', url: 'https://github.com/acme/roadmap/pull/51' }]],
  ])('%s', (field, expected) => expect(i42[field]).toEqual(expected));

  it('drops the issue template comment from the description', () => {
    expect(i42.description?.format).toBe('markdown');
    expect(i42.description?.text.startsWith('## Why')).toBe(true);
    expect(i42.description?.text).not.toContain('\r');
  });

  it('merges the comments list with timeline comments, without duplicates', () => {
    expect(i42.comments.map((c) => [c.author, c.mentions])).toEqual([
      ['lkowalski', ['mrossi']],
      ['mrossi', ['lkowalski', 'tbrandt']],
      ['pnair', []],
      ['github-actions[bot]', []],
      ['tbrandt', ['pnair']],
    ]);
    expect(i42.partial).toBeUndefined();
  });

  it('maps timeline events, labels standing in for priority and estimate', () => {
    expect(i42.events.map((e) => [e.kind, e.actor, e.from ?? null, e.to ?? null])).toEqual([
      ['created', 'pnair', null, null],
      ['label', 'pnair', null, 'enhancement'],
      ['priority', 'pnair', null, 'priority: high'],
      ['milestone', 'pnair', null, 'Q4 – Checkout'],
      ['assignment', 'mrossi', null, 'lkowalski'],
      ['estimate', 'tbrandt', null, 'size: 5'],
      ['description', 'pnair', null, null],
      ['label', 'lkowalski', null, 'in progress'],
      ['description', 'lkowalski', null, null],
      ['link', 'lkowalski', null, 'acme/roadmap#51'],
      ['other', 'lkowalski', null, null],
    ]);
  });

  it('records description edits but not the original revision', () => {
    expect(i42.descriptionEdits).toEqual([
      { actor: 'pnair', at: '2026-10-07T15:22:09.000Z' },
      { actor: 'lkowalski', at: '2026-10-09T08:10:00.000Z' },
    ]);
  });

  it('knows the bot', () => expect(people['github-actions[bot]']?.bot).toBe(true));
});

describe('githubBundleToItem — #43, a pivot', () => {
  const people: Record<string, Person> = {};
  const i43 = item(githubBundleToItem(load('bundle-43.json'), { people }));

  it('is closed as not planned, by the PM', () => {
    expect(i43).toMatchObject({ state: 'done', status: 'closed', resolution: 'not-planned', resolved: '2026-10-20T16:04:58.000Z' });
    expect(i43.events.find((e) => e.kind === 'resolved')).toMatchObject({ actor: 'pnair', resolution: 'not-planned' });
  });

  it('sees the EM assigning the PM, and the rename', () => {
    expect(i43.events.find((e) => e.kind === 'assignment')).toMatchObject({ actor: 'mrossi', to: 'pnair' });
    expect(i43.events.find((e) => e.kind === 'title')).toMatchObject({ actor: 'sokafor', to: 'Notify shoppers when their order ships' });
  });

  it('takes the comment missing from the comments list from the timeline', () => {
    expect(i43.comments).toHaveLength(4);
    expect(i43.comments[2]?.author).toBe('ghost');
    expect(people.ghost?.deleted).toBe(true);
  });

  it.each([
    ['not_planned', [], 'not-planned'],
    ['not_planned', ['wontfix'], 'wont-do'],
    ['not_planned', ['duplicate'], 'duplicate'],
    ['duplicate', [], 'duplicate'],
    ['completed', [], 'done'],
    [null, [], 'done'],
  ])('state_reason %s with labels %j → %s', (reason, labels, expected) => {
    const bundle = clone(load('bundle-43.json'));
    bundle.issue.state_reason = reason;
    bundle.issue.labels = labels.map((name: string) => ({ name }));
    bundle.timeline = bundle.timeline.filter((e: any) => e.event !== 'closed');
    const converted = item(githubBundleToItem(bundle));
    expect(converted.resolution).toBe(expected);
    // Without a closed event in the timeline, the issue's own closed_by/closed_at stand in.
    expect(converted.events.find((e) => e.kind === 'resolved')).toMatchObject({ actor: 'pnair', resolution: expected });
  });
});

describe('githubIssueToItem', () => {
  it('a closed event without state_reason takes the issue’s reason when it is the last closing', () => {
    const bundle = clone(load('bundle-43.json'));
    for (const e of bundle.timeline) if (e.event === 'closed') delete e.state_reason;
    expect(item(githubBundleToItem(bundle)).events.find((e) => e.kind === 'resolved')?.resolution).toBe('not-planned');
    bundle.issue.closed_at = '2026-10-25T10:00:00Z'; // closed again later: the old event keeps "done"
    expect(item(githubBundleToItem(bundle)).events.find((e) => e.kind === 'resolved')?.resolution).toBe('done');
  });

  it('keeps a pull request as an item of its kind; a merged one is done', () => {
    const pr = { ...load('issue-42.json'), state: 'closed', pull_request: { url: 'https://api.github.com/repos/acme/roadmap/pulls/42', merged_at: '2026-10-13T17:02:00Z' } };
    const converted = item(githubIssueToItem(pr));
    expect(converted).toMatchObject({ type: 'pull-request', state: 'done', status: 'merged' });
  });

  it('an issue of 2012 with "pull_request" links all null is an issue, not a pull request', () => {
    const old = { ...load('issue-42.json'), pull_request: { html_url: null, diff_url: null, patch_url: null } };
    expect(item(githubIssueToItem(old)).type).not.toBe('pull-request');
    expect(isPullRequest(old)).toBe(false);
    expect(isPullRequest({ ...old, pull_request: { html_url: 'https://github.com/a/b/pull/1' } })).toBe(true);
  });

  it('reads description edits listed among timeline events', () => {
    const timeline = [{ event: 'user_content_edit', actor: { login: 'pnair' }, editor: { login: 'lkowalski' }, created_at: '2026-10-09T08:10:00Z' }];
    const converted = item(githubIssueToItem(load('issue-42.json'), {}, { timeline }));
    expect(converted.descriptionEdits).toEqual([{ actor: 'lkowalski', at: '2026-10-09T08:10:00.000Z' }]);
    expect(converted.descriptionAuthor).toBe('lkowalski');
    expect(converted.events.at(-1)).toMatchObject({ kind: 'description', actor: 'lkowalski' });
  });

  it('links only ever point to http(s) pages', () => {
    const issue = { ...load('issue-42.json'), html_url: 'javascript:alert(1)', user: { login: 'pnair', html_url: 'javascript:alert(2)' } };
    const people: Record<string, Person> = {};
    const converted = item(githubIssueToItem(issue, { people }));
    expect(converted.url).toBe('https://github.com/acme/roadmap/issues/42');
    expect(people.pnair?.url).toBe('https://github.com/pnair');
  });

  it('a null body is no description; a missing user is the ghost', () => {
    const issue = { ...load('issue-42.json'), body: null, user: null };
    const converted = item(githubIssueToItem(issue));
    expect(converted.description).toBeNull();
    expect(converted.creator).toBe('ghost');
  });

  it('says the item is partial when comments are missing', () => {
    const converted = item(githubIssueToItem(load('issue-42.json'), {}, { comments: load('issue-42-comments.json').slice(0, 2) }));
    expect(converted.partial).toBe(true);
  });

  it('reads issue, comments and timeline fetched separately like the bundle', () => {
    const separate = item(githubIssueToItem(load('issue-42.json'), {}, { comments: load('issue-42-comments.json'), timeline: load('issue-42-timeline.json') }));
    const bundled = item(githubBundleToItem({ ...load('bundle-42.json'), edits: undefined }));
    expect(separate).toEqual(bundled);
  });

  it('works out the repository from the API URL when html_url is missing (GitHub Enterprise)', () => {
    const issue = { ...load('issue-42.json'), html_url: undefined, repository_url: 'https://ghe.corp.example/api/v3/repos/shop/web' };
    const converted = item(githubIssueToItem(issue, { host: 'ghe.corp.example' }));
    expect(converted.key).toBe('shop/web#42');
    expect(converted.url).toBe('https://ghe.corp.example/shop/web/issues/42');
  });
});

describe('lists, search and pulls', () => {
  it('converts the 25-issue list', () => {
    const page = githubIssuesToItems(load('issues.json'));
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.items).toHaveLength(25);
    expect(page.partial).toBe(false);
    expect(page.items.filter((i) => i.state === 'done').map((i) => i.resolution).sort()).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'duplicate', 'not-planned', 'not-planned']);
  });

  it('a pull request in an issue list is an item of its kind, and merged ones name their authors', () => {
    const list = load('issues.json').slice(0, 3);
    list.push({ ...list[0], number: 51, user: { login: 'lkowalski', type: 'User' }, pull_request: { url: 'x', merged_at: '2026-10-13T17:02:00Z' } });
    list.push({ ...list[0], number: 70, user: { login: 'tbrandt', type: 'User' }, pull_request: { url: 'y', merged_at: null } });
    const page = githubIssuesToItems(list);
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.items.map((i) => i.type === 'pull-request')).toEqual([false, false, false, true, true]);
    expect(page.pullRequestAuthors).toEqual(['lkowalski']);
  });

  it('a search page with more results than items is partial', () => {
    const page = githubIssuesToItems(load('search-issues.json'));
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.items).toHaveLength(10);
    expect(page.partial).toBe(true);
  });

  it('incomplete_results marks a search partial', () => {
    const search = { ...load('search-issues.json'), total_count: 10, incomplete_results: true };
    const page = githubIssuesToItems(search);
    expect(!isConvertError(page) && page.partial).toBe(true);
  });
});

describe('githubToTrackerData', () => {
  it.each([
    ['one bundle is an item scope', ['bundle-42.json'], 'item', 1],
    ['one plain issue is an item scope', ['issue-43.json'], 'item', 1],
    ['the list is a backlog', ['issues.json'], 'backlog', 25],
    ['list plus bundles keeps the bundles’ history', ['issues.json', 'bundle-42.json', 'bundle-43.json'], 'backlog', 25],
  ])('%s', (_name, files, scope, count) => {
    const data = githubToTrackerData(files.map(load), {}, 'pnair') as TrackerData;
    expect(data).toMatchObject({ tracker: 'github', site: 'github.com', project: 'acme/roadmap', scope, me: 'pnair' });
    expect(data.items).toHaveLength(count);
  });

  it('prefers the copy with more history when an issue appears twice', () => {
    const data = githubToTrackerData([load('issues.json'), load('bundle-42.json')]) as TrackerData;
    expect(data.items.find((i) => i.key === 'acme/roadmap#42')?.comments).toHaveLength(5);
  });

  it('takes merged PR authors from a pull list', () => {
    const data = githubToTrackerData([load('issues.json'), load('pulls.json')]) as TrackerData;
    expect(data.pullRequestAuthors).toEqual(['lkowalski', 'tbrandt', 'sokafor']);
  });

  it('nothing usable is an error saying what was expected', () => {
    const result = githubToTrackerData([{ a: 1, b: 2 }]);
    expect(isConvertError(result) && result.message).toBe('not a GitHub issue, issue list, search page or bundle (found an object with keys a, b)');
  });
});

describe('robustness', () => {
  const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
  const issueKeys = ['user', 'labels', 'assignees', 'assignee', 'milestone', 'state', 'state_reason', 'body', 'created_at', 'closed_at', 'closed_by', 'html_url', 'repository_url', 'comments', 'type', 'number', 'title'];

  it('junk in any issue field converts or returns a ConvertError, never throws', () => {
    const bundle = load('bundle-42.json');
    fc.assert(
      fc.property(fc.constantFrom(...issueKeys), junk, (field, value) => {
        const copy = clone(bundle);
        copy.issue[field] = value;
        const result = githubBundleToItem(copy);
        if (isConvertError(result)) expect(result.message).toMatch(/expected|pull request/);
        else expect(result.key).toMatch(/#/);
      }),
      { numRuns: 400 },
    );
  });

  it('junk timeline entries and comments never throw', () => {
    const issue = load('issue-42.json');
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 5 }), fc.array(junk, { maxLength: 5 }), fc.constantFrom('assigned', 'labeled', 'milestoned', 'renamed', 'closed', 'cross-referenced', 'commented', 'unlabeled'), (timeline, comments, event) => {
        const entries = [...timeline, ...timeline.map((extra) => ({ event, created_at: '2026-10-10T00:00:00Z', actor: extra, assignee: extra, label: extra, milestone: extra, rename: extra, source: extra, id: extra, body: extra }))];
        const result = githubIssueToItem(issue, {}, { comments, timeline: entries, edits: comments });
        expect(isConvertError(result)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON as a whole answer never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = githubToTrackerData([value]);
        expect(isConvertError(result) || (result as TrackerData).tracker === 'github').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("today's GitHub: issue types, sub-issues, closed as duplicate", () => {
  const base = (n: number, extra: Record<string, unknown> = {}) => ({
    number: n,
    title: `Issue ${n}`,
    state: 'open',
    html_url: `https://github.com/acme/shop/issues/${n}`,
    url: `https://api.github.com/repos/acme/shop/issues/${n}`,
    created_at: '2026-10-01T09:00:00Z',
    user: { login: 'pnair', id: 1, type: 'User' },
    ...extra,
  });

  it('reads the issue type GitHub sets (Task, Bug, Feature)', () => {
    const types = [base(1, { type: { id: 1, name: 'Bug' } }), base(2, { type: { id: 2, name: 'Feature' } }), base(3, { type: { id: 3, name: 'Task' } }), base(4)].map((i) => item(githubIssueToItem(i)).type);
    expect(types).toEqual(['bug', 'story', 'task', 'issue']);
  });

  it('a parent issue with sub-issues is an epic, and its sub-issues in hand are its children', () => {
    const parent = base(10, { sub_issues_summary: { total: 2, completed: 1, percent_completed: 50 } });
    const kids = [base(11, { parent_issue_url: 'https://api.github.com/repos/acme/shop/issues/10' }), base(12, { parent_issue_url: 'https://api.github.com/repos/acme/shop/issues/10' })];
    const data = githubToTrackerData([[parent, ...kids]]);
    if (isConvertError(data)) throw new Error(data.message);
    const byKey = new Map(data.items.map((i) => [i.key, i]));
    expect(byKey.get('acme/shop#10')).toMatchObject({ type: 'epic', children: ['acme/shop#11', 'acme/shop#12'] });
    expect(byKey.get('acme/shop#11')?.parent).toBe('acme/shop#10');
  });

  it('closed as a duplicate (REST state_reason, or GraphQL DUPLICATE) resolves as duplicate', () => {
    expect(item(githubIssueToItem(base(5, { state: 'closed', closed_at: '2026-10-02T09:00:00Z', state_reason: 'duplicate' }))).resolution).toBe('duplicate');
    // A GraphQL ClosedEvent once `stateReason` reports DUPLICATE (GitHub's announced change).
    const timeline = [restTimelineEntry({ __typename: 'ClosedEvent', id: 'CE_1', actor: { login: 'pnair' }, createdAt: '2026-10-02T09:00:00Z', stateReason: 'DUPLICATE' })];
    const closed = item(githubIssueToItem(base(6, { state: 'closed', closed_at: '2026-10-02T09:00:00Z' }), {}, { timeline }));
    expect(closed.events.find((e) => e.kind === 'resolved')?.resolution).toBe('duplicate');
  });
});
