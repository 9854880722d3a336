import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Item, Person, TrackerData } from '../../core/model';
import { isConvertError } from '../convert-common';
import { detectJira, jiraIssueToItem, jiraPerson, jiraResolution, jiraSearchToItems, jiraToTrackerData, mergeJiraPages } from './convert';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/jira');
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);

const PRIYA = '5f8a1c2e9d3b4a0069e1a001';
const MARCO = '5f8a1c2e9d3b4a0069e1a002';
const LENA = '712020:3c7e1d4b-8f2a-4e6b-9a51-2d0c8e7f1a10';
const TOM = '5f8a1c2e9d3b4a0069e1a004';
const AUTOMATION = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
const FORMER = '5c3e9b2a7d1f4a0071b2c3d4';

function item(value: ReturnType<typeof jiraIssueToItem>): Item {
  if (isConvertError(value)) throw new Error(value.message);
  return value;
}

describe('jiraResolution', () => {
  it.each([
    ['Done', 'done'],
    ['Fixed', 'done'],
    ["Won't Do", 'wont-do'],
    ['Won’t Fix', 'wont-do'],
    ['Declined', 'wont-do'],
    ['Duplicate', 'duplicate'],
    ['Obsolete', 'not-planned'],
    ['Cannot Reproduce', 'other'],
    ['Incomplete', 'other'],
    ['Something custom', 'other'],
  ])('%s → %s', (name, expected) => expect(jiraResolution(name)).toBe(expected));
  it('no resolution is null', () => expect(jiraResolution(null)).toBeNull());
});

describe('jiraPerson', () => {
  it.each([
    ['Cloud user', { accountId: 'a1', displayName: 'Ann', active: true, accountType: 'atlassian' }, { id: 'a1', name: 'Ann' }],
    ['Automation for Jira is a bot', { accountId: AUTOMATION, displayName: 'Automation for Jira', accountType: 'app' }, { id: AUTOMATION, bot: true }],
    ['a deleted Cloud user is flagged', { accountId: FORMER, displayName: 'Former user', active: false }, { id: FORMER, deleted: true }],
    ['Data Center user by name', { name: 'dvogel', key: 'JIRAUSER10101', displayName: 'Dieter Vogel' }, { id: 'dvogel', name: 'Dieter Vogel' }],
    ['Data Center user with only a key', { key: 'JIRAUSER1' }, { id: 'JIRAUSER1', name: 'JIRAUSER1' }],
  ])('%s', (_name, user, expected) => {
    expect(jiraPerson(user, 'https://x.test')).toMatchObject(expected);
  });
  it('a user shown only by display name is still a person, flagged as such', () => {
    expect(jiraPerson({ displayName: 'Person A' }, 'https://x.test')).toEqual({ id: 'Person A', name: 'Person A', nameOnly: true });
  });
  it('keeps every other identifier of a user as an alias', () => {
    const p = jiraPerson({ accountId: 'a1', name: 'ann', key: 'JIRAUSER1', emailAddress: 'ann@acme.test', displayName: 'Ann' }, 'https://x.test');
    expect(p).toMatchObject({ id: 'a1', name: 'Ann', aliases: ['ann', 'JIRAUSER1', 'ann@acme.test'] });
  });
  it.each([[null], [{}], [{ displayName: '  ' }], ['a string']])('%j is nobody', (user) => {
    expect(jiraPerson(user, 'https://x.test')).toBeNull();
  });
  it('links Cloud people to their profile and DC people to ViewProfile', () => {
    expect(jiraPerson({ accountId: 'a1' }, 'https://acme.atlassian.net')?.url).toBe('https://acme.atlassian.net/jira/people/a1');
    expect(jiraPerson({ name: 'dvogel' }, 'https://jira.corp.example')?.url).toBe('https://jira.corp.example/secure/ViewProfile.jspa?name=dvogel');
  });
});

describe('detectJira', () => {
  it.each([
    ['issue-SHOP-12.json', 'issue'],
    ['issue-OPS-7.json', 'issue'],
    ['search-jql-page-1.json', 'search'],
    ['backlog-board-7.json', 'search'],
    ['search-OPS.json', 'search'],
  ])('%s is a %s', (file, shape) => expect(detectJira(load(file))).toBe(shape));
  it.each([[null], [[]], [{ key: 'X-1' }], [{ issues: [{ title: 'not jira' }] }], [{ fields: {} }]])('%j is not Jira', (value) => {
    expect(detectJira(value)).toBeNull();
  });
  it('an empty search page is still a search page', () => expect(detectJira({ issues: [], isLast: true })).toBe('search'));
});

describe('jiraIssueToItem — Cloud SHOP-12 (REST v3, ADF, changelog)', () => {
  const people: Record<string, Person> = {};
  const shop12 = item(jiraIssueToItem(load('issue-SHOP-12.json'), { people }));

  it.each<[keyof Item, unknown]>([
    ['key', 'SHOP-12'],
    ['tracker', 'jira'],
    ['url', 'https://acme.atlassian.net/browse/SHOP-12'],
    ['title', 'Show a delivery window on the product page'],
    ['type', 'story'],
    ['state', 'in-progress'],
    ['status', 'In Review'],
    ['created', '2026-10-01T09:12:44.123Z'],
    ['creator', PRIYA],
    ['reporter', PRIYA],
    ['assignees', [LENA]],
    ['estimate', 5],
    ['priority', 'High'],
    ['sprint', 'SHOP Sprint 14'],
    ['fixVersions', ['2026.12']],
    ['labels', ['checkout', 'conversion']],
    ['due', '2026-11-20'],
    ['resolution', null],
    ['parent', 'SHOP-10'],
    ['children', ['SHOP-50', 'SHOP-51']],
    ['descriptionAuthor', LENA],
    ['descriptionEdits', [{ actor: LENA, at: '2026-10-07T13:45:00.000Z' }]],
  ])('%s', (field, expected) => expect(shop12[field]).toEqual(expected));

  it('flattens the ADF description with structure kept', () => {
    expect(shop12.description?.format).toBe('adf');
    const lines = shop12.description?.text.split('\n') ?? [];
    expect(lines).toContain('Acceptance criteria');
    expect(lines).toContain('- [x] The product page shows a delivery window for in-stock items');
    expect(lines).toContain('- Same-day delivery slots');
    expect(shop12.description?.text).toContain('@Marco Rossi');
  });

  it('links both directions of issue links', () => {
    expect(shop12.links).toEqual([
      { type: 'blocks', key: 'SHOP-13', url: 'https://acme.atlassian.net/browse/SHOP-13' },
      { type: 'is blocked by', key: 'SHOP-11', url: 'https://acme.atlassian.net/browse/SHOP-11' },
    ]);
  });

  it('reads comments with authors and mentions', () => {
    expect(shop12.comments.map((c) => [c.author, c.mentions])).toEqual([
      [LENA, [MARCO]],
      [MARCO, [TOM, LENA]],
      [PRIYA, []],
      [TOM, []],
      [AUTOMATION, []],
    ]);
    expect(shop12.comments[0]?.url).toBe('https://acme.atlassian.net/browse/SHOP-12?focusedCommentId=10201');
    expect(shop12.comments[3]?.body.text).toContain('p95 78 ms');
  });

  it('turns the changelog into events of the right kinds, in time order', () => {
    expect(shop12.events.map((e) => [e.kind, e.actor, e.from ?? null, e.to ?? null])).toEqual([
      ['created', PRIYA, null, null],
      ['sprint', PRIYA, '', 'SHOP Sprint 13'],
      ['rank', PRIYA, '', 'Ranked higher'],
      ['assignment', MARCO, null, LENA],
      ['estimate', TOM, null, '5'],
      ['status', LENA, 'To Do', 'In Progress'],
      ['description', LENA, null, null],
      ['priority', PRIYA, 'Medium', 'High'],
      ['link', PRIYA, null, 'This issue blocks SHOP-13'],
      ['sprint', AUTOMATION, 'SHOP Sprint 13', 'SHOP Sprint 13, SHOP Sprint 14'],
      ['other', null, null, 'Impediment'],
      ['status', LENA, 'In Progress', 'In Review'],
      ['label', FORMER, 'checkout', 'checkout conversion'],
      ['fix-version', MARCO, null, '2026.12'],
    ]);
    const ids = shop12.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('collects people, flagging the bot and the deleted user', () => {
    expect(people[PRIYA]).toMatchObject({ name: 'Priya Nair' });
    expect(people[AUTOMATION]?.bot).toBe(true);
    expect(people[FORMER]?.deleted).toBe(true);
    expect(people[LENA]?.bot).toBeUndefined();
  });

  it('is complete: every comment and history is in the answer', () => expect(shop12.partial).toBeUndefined());

  it.each([
    ['comments cut short', (j: any) => (j.fields.comment.total = 9)],
    ['changelog cut short', (j: any) => (j.changelog.total = 140)],
  ])('marks the item partial when %s', (_name, mutate) => {
    const json = clone(load('issue-SHOP-12.json'));
    mutate(json);
    expect(item(jiraIssueToItem(json)).partial).toBe(true);
  });

  it('finds story points and sprint by field name from the field list when the ids are unusual', () => {
    const json = clone(load('issue-SHOP-12.json')) as any;
    delete json.names;
    json.changelog.histories = [];
    json.fields.customfield_20001 = 8;
    json.fields.customfield_20002 = [{ id: 99, name: 'Team Sprint 2', state: 'active', boardId: 1 }];
    delete json.fields.customfield_10016;
    delete json.fields.customfield_10020;
    const fields = [
      { id: 'customfield_20001', name: 'Story Points', custom: true, schema: { type: 'number' } },
      { id: 'customfield_20002', name: 'Sprint', custom: true, schema: { type: 'array', custom: 'com.pyxis.greenhopper.jira:gh-sprint' } },
    ];
    const converted = item(jiraIssueToItem(json, { fields }));
    expect(converted.estimate).toBe(8);
    expect(converted.sprint).toBe('Team Sprint 2');
    expect(item(jiraIssueToItem(json)).estimate).toBeNull(); // unnamed and not a usual id: no guess
  });

  it('never builds links from a non-web self URL', () => {
    const json = { ...clone(load('issue-SHOP-12.json')), self: 'javascript:alert(1)//rest/api/3/issue/1' };
    expect(item(jiraIssueToItem(json, { site: 'acme.atlassian.net' })).url).toBe('https://acme.atlassian.net/browse/SHOP-12');
  });

  it('reads a resolution change back to nothing as a reopening', () => {
    const json = clone(load('issue-SHOP-12.json')) as any;
    json.changelog.histories.push({ id: '1', author: json.fields.creator, created: '2026-10-23T09:00:00.000+0000', items: [{ field: 'resolution', fieldtype: 'jira', from: '10000', fromString: 'Done', to: null, toString: null }] });
    const last = item(jiraIssueToItem(json)).events.at(-1);
    expect(last).toMatchObject({ kind: 'reopened', actor: PRIYA });
  });
});

describe('jiraIssueToItem — Data Center OPS-7 (REST v2, wiki markup)', () => {
  const people: Record<string, Person> = {};
  const ops7 = item(jiraIssueToItem(load('issue-OPS-7.json'), { people }));

  it.each<[keyof Item, unknown]>([
    ['url', 'https://jira.corp.example/browse/OPS-7'],
    ['state', 'done'],
    ['status', 'Closed'],
    ['resolution', 'wont-do'],
    ['resolved', '2026-10-09T15:20:00.000Z'],
    ['creator', 'nalvarez'],
    ['assignees', []],
    ['estimate', 3], // customfield_10002 found without names, as the usual "Story Points" id
    ['sprint', 'OPS Sprint 10'], // the ACTIVE one, parsed from the old string form
    ['parent', 'OPS-2'], // Epic Link recognised by shape
    ['priority', 'Major'],
  ])('%s', (field, expected) => expect(ops7[field]).toEqual(expected));

  it('flattens wiki markup', () => {
    expect(ops7.description?.format).toBe('wiki');
    expect(ops7.description?.text).toContain('1. Certificates renew 30 days before expiry without a person acting');
    expect(ops7.description?.text).toContain('  1. including the proxy name and expiry date');
    expect(ops7.description?.text).toContain('certbot renew --cert-name edge-01 --dry-run');
  });

  it('reads [~name] mentions as Data Center user names', () => {
    expect(ops7.comments.map((c) => c.mentions)).toEqual([['dvogel'], ['rmenon', 'jpark'], [], []]);
  });

  it('reads events keyed by user name, including the resolution', () => {
    const kinds = ops7.events.map((e) => `${e.kind}:${e.actor}`);
    expect(kinds).toEqual([
      'created:nalvarez',
      'sprint:nalvarez',
      'assignment:dvogel',
      'estimate:rmenon',
      'label:kwalsh',
      'status:rmenon',
      'sprint:nalvarez',
      'status:nalvarez',
      'resolved:nalvarez',
      'assignment:nalvarez',
    ]);
    expect(ops7.events.find((e) => e.kind === 'resolved')?.resolution).toBe('wont-do');
    expect(ops7.events.at(-1)).toMatchObject({ from: 'rmenon', to: null });
  });

  it('flags the deactivated user and knows people by display name', () => {
    expect(people.kwalsh?.deleted).toBe(true);
    expect(people.rmenon?.name).toBe('Ravi Menon');
  });
});

describe('search pages', () => {
  const page1 = load('search-jql-page-1.json');
  const page2 = load('search-jql-page-2.json');

  it('converts a /search/jql page and says more pages exist', () => {
    const page = jiraSearchToItems(page1);
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.items).toHaveLength(20);
    expect(page.skipped).toEqual([]);
    expect(page.partial).toBe(true);
    expect(page.site).toBe('acme.atlassian.net');
  });

  it('the last page is not partial by itself', () => {
    const page = jiraSearchToItems(page2);
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.partial).toBe(false);
  });

  it.each([
    ['Data Center startAt/total, more to come', { startAt: 0, maxResults: 1, total: 5 }, true],
    ['Data Center, everything on the page', { startAt: 0, maxResults: 50, total: 1 }, false],
    ['a later page', { startAt: 50, maxResults: 50, total: 51 }, true],
  ])('%s', (_name, paging, partial) => {
    const one = (page1.issues as unknown[])[0];
    const page = jiraSearchToItems({ ...paging, issues: [one] });
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.partial).toBe(partial);
  });

  it('skips a broken issue on the page with a reason, keeping the rest', () => {
    const issues = [...(page1.issues as unknown[]).slice(0, 2), { id: '1', fields: null }];
    const page = jiraSearchToItems({ issues, isLast: true });
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.items).toHaveLength(2);
    expect(page.skipped[0]?.message).toMatch(/^issue 3 on the page: not a Jira issue/);
  });

  it('reads a Data Center /search page (REST v2, 3 of 5)', () => {
    const page = jiraSearchToItems(load('search-OPS.json'));
    if (isConvertError(page)) throw new Error(page.message);
    expect(page.site).toBe('jira.corp.example');
    expect(page.partial).toBe(true);
    expect(page.items.map((i) => [i.key, i.state, i.assignees, i.sprint])).toEqual([
      ['OPS-7', 'done', [], 'OPS Sprint 10'],
      ['OPS-8', 'in-progress', ['rmenon'], 'OPS Sprint 10'],
      ['OPS-9', 'open', [], 'OPS Sprint 10'],
    ]);
    expect(page.items[1]?.description?.text).toBe('Why\nSo that on-call hears about an expiring certificate before shoppers do.\n- Alert at 14 and 7 days\n- Runbook linked from the alert');
    expect(page.items[2]?.description?.text).toBe('Follows the decision on OPS-7. @dvogel to plan with @jpark.');
  });

  it('learns estimate fields from changelog names when the page has no `names`', () => {
    const page = jiraSearchToItems(page1);
    if (isConvertError(page)) throw new Error(page.message);
    const withPoints = page.items.filter((i) => i.estimate !== null);
    expect(withPoints.length).toBeGreaterThan(5);
    expect(page.items.find((i) => i.key === 'SHOP-12')?.sprint).toBe('SHOP Sprint 14');
  });
});

describe('jiraToTrackerData', () => {
  it('one issue is an item scope', () => {
    const data = jiraToTrackerData([load('issue-SHOP-12.json')], {}, PRIYA) as TrackerData;
    expect(data).toMatchObject({ tracker: 'jira', site: 'acme.atlassian.net', project: 'SHOP', scope: 'item', me: PRIYA, source: 'api' });
    expect(data.items).toHaveLength(1);
    expect(Object.keys(data.people)).toContain(LENA);
  });

  it('two pages of 40 make one complete backlog, epics learn their children', () => {
    const data = jiraToTrackerData([load('search-jql-page-1.json'), load('search-jql-page-2.json')]) as TrackerData;
    expect(data.scope).toBe('backlog');
    expect(data.items).toHaveLength(40);
    expect(data.partial).toBeUndefined();
    const epic = data.items.find((i) => i.key === 'SHOP-10');
    expect(epic?.type).toBe('epic');
    expect(epic?.children.length).toBeGreaterThan(3);
  });

  it('only the first page is a partial backlog', () => {
    const data = jiraToTrackerData([load('search-jql-page-1.json')]) as TrackerData;
    expect(data.partial).toBe(true);
  });

  it('an issue seen on a page and on its own keeps the fuller copy', () => {
    const data = jiraToTrackerData([load('search-jql-page-1.json'), load('issue-SHOP-12.json')]) as TrackerData;
    expect(data.items).toHaveLength(20);
    expect(data.items.find((i) => i.key === 'SHOP-12')?.comments).toHaveLength(5);
  });

  it('reads an agile backlog page, epics from the `epic` field', () => {
    const data = jiraToTrackerData([load('backlog-board-7.json')]) as TrackerData;
    expect(data.scope).toBe('backlog');
    expect(data.items.length).toBeGreaterThan(3);
    expect(data.items.every((i) => i.sprint === null)).toBe(true);
  });

  it('nothing usable is an error saying what was expected', () => {
    const result = jiraToTrackerData([{ hello: 1 }]);
    expect(isConvertError(result) && result.message).toBe('not a Jira issue or search page (found an object with keys hello)');
  });
});

describe('robustness', () => {
  const shop12 = load('issue-SHOP-12.json');

  // Random values where the API promises objects, strings or arrays: never a throw.
  const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
  const paths: string[][] = [
    ['fields'], ['fields', 'status'], ['fields', 'assignee'], ['fields', 'creator'], ['fields', 'comment'], ['fields', 'comment', 'comments'],
    ['fields', 'description'], ['fields', 'customfield_10020'], ['fields', 'issuelinks'], ['fields', 'labels'], ['fields', 'fixVersions'],
    ['fields', 'created'], ['fields', 'issuetype'], ['fields', 'parent'], ['fields', 'subtasks'], ['fields', 'resolution'], ['changelog'],
    ['changelog', 'histories'], ['names'], ['self'], ['key'],
  ];

  it('random junk in any field converts or returns a ConvertError, never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), junk, (path, value) => {
        const json = clone(shop12) as any;
        let at = json;
        for (const step of path.slice(0, -1)) at = at?.[step];
        if (at && typeof at === 'object') at[path.at(-1)!] = value;
        const result = jiraIssueToItem(json);
        if (isConvertError(result)) expect(result.message).toMatch(/expected/);
        else expect(result.key).toBe(json.key);
      }),
      { numRuns: 400 },
    );
  });

  it('random junk in history items and comments never throws', () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 4 }), fc.array(junk, { maxLength: 4 }), (histories, comments) => {
        const json = clone(shop12) as any;
        json.changelog.histories = [...histories, { id: 'x', created: '2026-01-01T00:00:00.000+0000', items: histories }];
        json.fields.comment.comments = comments;
        expect(isConvertError(jiraIssueToItem(json))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON given as a whole answer never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = jiraToTrackerData([value]);
        expect(isConvertError(result) || (result as TrackerData).tracker === 'jira').toBe(true);
        const search = jiraSearchToItems(value);
        expect(isConvertError(search) || Array.isArray(search.items)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergeJiraPages', () => {
  it('adds the further changelog and comment pages, so a cut-short issue becomes complete', () => {
    const full = load('issue-SHOP-12.json') as any;
    const cut = clone(full);
    cut.changelog = { startAt: 0, maxResults: 4, total: 11, histories: full.changelog.histories.slice(0, 4) };
    cut.fields.comment = { startAt: 0, maxResults: 2, total: 5, comments: full.fields.comment.comments.slice(0, 2) };
    expect(item(jiraIssueToItem(cut)).partial).toBe(true);

    // The separate endpoints' pages: `values` for changelog, overlapping on purpose.
    const changelogPages = [
      { self: 'x', maxResults: 4, startAt: 3, total: 11, isLast: false, values: full.changelog.histories.slice(3, 7) },
      { self: 'x', maxResults: 4, startAt: 7, total: 11, isLast: true, values: full.changelog.histories.slice(7) },
    ];
    const commentPages = [{ startAt: 2, maxResults: 3, total: 5, comments: full.fields.comment.comments.slice(2) }];
    const merged = item(jiraIssueToItem(mergeJiraPages(cut, { changelog: changelogPages, comments: commentPages })));
    const whole = item(jiraIssueToItem(full));
    expect(merged.partial).toBeUndefined();
    expect(merged.events).toEqual(whole.events);
    expect(merged.comments).toEqual(whole.comments);
  });

  it('leaves what is not an issue alone', () => {
    expect(mergeJiraPages('nope', { changelog: [] })).toBe('nope');
  });
});
