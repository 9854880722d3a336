// One person per human, and ids from the data never used as keys of a plain object.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run as runCli, type CliIO } from '../cli/main';
import { isConvertError } from '../sites/convert-common';
import { githubToTrackerData } from '../sites/github/convert';
import { jiraToTrackerData } from '../sites/jira/convert';
import { analyze } from './engine';
import type { TrackerData } from './model';
import { addPerson, identityResolver, newPeople, personIn, unifyPeople } from './people';
import { comment, day, event, item, markerClassifier, NOW } from '../../test/support/factory';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

function data(over: Partial<TrackerData>): TrackerData {
  return { tracker: 'jira', site: 'acme.atlassian.net', project: 'SHOP', scope: 'backlog', items: [], people: newPeople(), me: null, ...over };
}

function ok<T>(value: T | { kind: 'convert-error'; message: string }): T {
  if (isConvertError(value)) throw new Error(value.message);
  return value;
}

/** A Jira Cloud issue whose users carry accountId and name; the changelog names the assignee by name. */
function jiraIssue(key: string, author: Record<string, unknown>, assigneeId: string, assigneeName: string) {
  return {
    key,
    self: 'https://acme.atlassian.net/rest/api/2/issue/1',
    fields: { summary: `Item ${key}`, created: '2026-10-01T09:00:00.000+0000', creator: author, reporter: author, assignee: null, status: { name: 'To Do' } },
    changelog: {
      histories: [{ id: '1', author, created: '2026-10-02T09:00:00.000+0000', items: [{ field: 'assignee', from: null, fromString: null, to: assigneeId, toString: assigneeName }] }],
    },
  };
}

describe('unifyPeople: one person per human', () => {
  it('Jira: a user seen by accountId on authors and by user name in changelog values is one person', () => {
    const ann = { accountId: '5b10a2844c20165700ede21g', name: 'ann', displayName: 'Ann Lee' };
    const bob = { accountId: '5b10ac8d82e05b22cc7d4ef5', name: 'bob', key: 'JIRAUSER10100', displayName: 'Bob Roy' };
    const out = ok(jiraToTrackerData([jiraIssue('SHOP-1', ann, 'bob', 'Bob Roy'), jiraIssue('SHOP-2', bob, 'JIRAUSER10100', 'Bob Roy'), jiraIssue('SHOP-3', bob, 'ann', 'Ann Lee')]));
    expect(Object.keys(out.people).sort()).toEqual([ann.accountId, bob.accountId].sort());
    const assignments = out.items.flatMap((i) => i.events.filter((e) => e.kind === 'assignment').map((e) => e.to));
    expect(assignments).toEqual([bob.accountId, bob.accountId, ann.accountId]);
    expect(personIn(out.people, bob.accountId)).toMatchObject({ name: 'Bob Roy', aliases: expect.arrayContaining(['bob', 'JIRAUSER10100']) });
    expect(personIn(out.people, bob.accountId)?.matchedByName).toBeUndefined();
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    expect(analysis.people.map((p) => p.id).sort()).toEqual([ann.accountId, bob.accountId].sort());
  });

  it('a user known only by display name is a person; joined with the one person of that name, flagged as a guess', () => {
    const people = newPeople();
    addPerson(people, { id: 'a1', name: 'Ann Lee' });
    addPerson(people, { id: 'Ann Lee', name: 'Ann Lee', nameOnly: true });
    addPerson(people, { id: 'Zed Only', name: 'Zed Only', nameOnly: true });
    const items = [item('SHOP-1', { creator: 'Ann Lee', assignees: ['a1', 'Zed Only'] })];
    const out = unifyPeople(data({ items, people }));
    expect(Object.keys(out.people).sort()).toEqual(['Zed Only', 'a1']);
    expect(personIn(out.people, 'a1')?.matchedByName).toBe(true);
    expect(personIn(out.people, 'Zed Only')?.nameOnly).toBe(true);
    expect(out.items[0]?.creator).toBe('a1');
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    expect(analysis.people.find((p) => p.id === 'a1')).toMatchObject({ matchedByName: true });
    expect(analysis.people.find((p) => p.id === 'Zed Only')).toMatchObject({ nameOnly: true });
  });

  it('two people of the same display name stay two: a name alone cannot say which', () => {
    const people = newPeople();
    addPerson(people, { id: 'a1', name: 'Sam Park' });
    addPerson(people, { id: 'a2', name: 'Sam Park' });
    addPerson(people, { id: 'Sam Park', name: 'Sam Park', nameOnly: true });
    const out = unifyPeople(data({ items: [item('SHOP-1', { creator: 'Sam Park' })], people }));
    expect(Object.keys(out.people).sort()).toEqual(['Sam Park', 'a1', 'a2']);
    expect(personIn(out.people, 'a1')?.matchedByName).toBeUndefined();
  });

  it('GitHub: a renamed user (same numeric id, two logins) and a mention in another case are one person', () => {
    const issue = (n: number, login: string, body = '') => ({
      number: n,
      title: `Issue ${n}`,
      state: 'open',
      body,
      html_url: `https://github.com/acme/shop/issues/${n}`,
      created_at: '2026-10-01T09:00:00Z',
      user: { login, id: 583231, type: 'User' },
    });
    const out = ok(githubToTrackerData([[issue(1, 'octocat-old'), issue(2, 'octocat', 'cc @OCTOCAT')]]));
    expect(Object.keys(out.people)).toEqual(['octocat-old']);
    expect(personIn(out.people, 'octocat-old')?.aliases).toEqual(expect.arrayContaining(['octocat', 'id:583231']));
    expect(out.items.map((i) => i.creator)).toEqual(['octocat-old', 'octocat-old']);
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    expect(analysis.people).toHaveLength(1);
    // Numeric ids only serve matching; logins are what people recognise.
    expect(analysis.people[0]?.aliases).toEqual(['octocat']);
  });

  it('a roster or --me may name a person by any of their identifiers', () => {
    const people = newPeople();
    addPerson(people, { id: 'acc-1', name: 'Eve', aliases: ['eve', 'eve@acme.test'] });
    const out = unifyPeople(data({ people, me: 'EVE@acme.test', items: [item('SHOP-1', { creator: 'acc-1' })] }));
    expect(out.me).toBe('acc-1');
    const analysis = analyze(out, { classify: markerClassifier, now: NOW, roster: { people: [{ id: 'eve', role: 'em' }] } });
    expect(analysis.people).toEqual([expect.objectContaining({ id: 'acc-1', role: 'em', source: 'roster' })]);
  });

  it('GitHub ghost and bots are not people of the team, though their items are read', () => {
    const issue = (n: number, user: unknown) => ({ number: n, title: 'x', state: 'open', html_url: `https://github.com/a/b/issues/${n}`, created_at: '2026-10-01T09:00:00Z', user });
    const out = ok(githubToTrackerData([[issue(1, null), issue(2, { login: 'dependabot[bot]', type: 'Bot' }), issue(3, { login: 'ann' })]]));
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    expect(analysis.scope.items).toBe(3);
    expect(analysis.people.map((p) => p.id)).toEqual(['ann']);
    expect(analysis.stats.routineActions).toEqual({ ann: 1 });
  });

  it('is linear: 10,000 people seen three ways each merge in well under the bound', () => {
    const people = newPeople();
    const items = [];
    for (let i = 0; i < 10_000; i++) {
      addPerson(people, { id: `acc-${i}`, name: `Person ${i}`, aliases: [`user${i}`] });
      addPerson(people, { id: `user${i}`, name: `Person ${i}`, reference: true });
      addPerson(people, { id: `Person ${i} `, name: `Person ${i}`, nameOnly: true });
      items.push(item(`SHOP-${i}`, { creator: `user${i}`, assignees: [`Person ${i} `] }));
    }
    const started = performance.now();
    const out = unifyPeople(data({ items, people }));
    const took = performance.now() - started;
    expect(Object.keys(out.people)).toHaveLength(10_000);
    expect(out.items[9_999]).toMatchObject({ creator: 'acc-9999', assignees: ['acc-9999'] });
    // About 0.3 s on the shared 2-core machine; a quadratic step would take minutes.
    expect(took).toBeLessThan(4000);
  });
});

describe('ids from the data are never keys of a plain object', () => {
  it('people records have no prototype, and lookups see only what is stored', () => {
    const people = newPeople();
    for (const id of HOSTILE) expect(personIn(people, id)).toBeUndefined();
    for (const id of HOSTILE) addPerson(people, { id, name: `Name ${id}` });
    expect(Object.keys(people).sort()).toEqual([...HOSTILE].sort());
    for (const id of HOSTILE) expect(personIn(people, id)?.name).toBe(`Name ${id}`);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    // A record that crossed a message boundary has a prototype again: lookups still hold.
    const cloned = JSON.parse(JSON.stringify(people)) as typeof people;
    expect(identityResolver(cloned)('constructor')).toBe('constructor');
    expect(identityResolver(newPeople())('constructor')).toBeNull();
  });

  it('a Jira Data Center user named "__proto__" is a person; Object.prototype is untouched; credit goes to the right person', () => {
    const proto = { name: '__proto__', key: '__proto__', displayName: 'Proto User' };
    const pam = { name: 'pam', key: 'pam', displayName: 'Pam' };
    const issue = {
      key: 'OPS-1',
      self: 'https://jira.corp.example/rest/api/2/issue/1',
      fields: {
        summary: 'Checkout fails',
        created: '2026-10-01T09:00:00.000+0000',
        creator: proto,
        reporter: proto,
        assignee: pam,
        status: { name: 'In Progress' },
        comment: { total: 1, comments: [{ id: '1', author: pam, body: 'On it', created: '2026-10-01T10:00:00.000+0000' }] },
      },
      changelog: { histories: [{ id: '9', author: proto, created: '2026-10-01T11:00:00.000+0000', items: [{ field: 'priority', fromString: 'Low', toString: 'High' }] }] },
    };
    const out = ok(jiraToTrackerData([issue]));
    expect(Object.prototype).not.toHaveProperty('name');
    expect(personIn(out.people, '__proto__')?.name).toBe('Proto User');
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    expect(Object.prototype).not.toHaveProperty('name');
    expect(analysis.people.map((p) => [p.id, p.name]).sort()).toEqual([
      ['__proto__', 'Proto User'],
      ['pam', 'Pam'],
    ]);
    // The priority change and the creation are Proto User's, not Pam's.
    expect(Object.entries(analysis.stats.routineActions).sort()).toEqual([['__proto__', 2]]);
  });

  it('a GitHub login "constructor" is shown by its name and counts numbers, never functions', () => {
    const issue = {
      number: 7,
      title: 'Save carts',
      state: 'closed',
      html_url: 'https://github.com/acme/shop/issues/7',
      created_at: '2026-10-01T09:00:00Z',
      closed_at: '2026-10-03T09:00:00Z',
      user: { login: 'constructor', id: 1, type: 'User' },
      closed_by: { login: 'toString', id: 2, type: 'User' },
      assignees: [{ login: 'hasOwnProperty', id: 3, type: 'User' }],
      body: 'cc @valueOf',
    };
    const out = ok(githubToTrackerData([issue]));
    const analysis = analyze(out, { classify: markerClassifier, now: NOW });
    const names = Object.fromEntries(analysis.people.map((p) => [p.id, p.name]));
    expect(names).toEqual({ constructor: 'constructor', toString: 'toString', hasOwnProperty: 'hasOwnProperty', valueOf: 'valueOf' });
    for (const counts of [analysis.stats.routineActions, ...Object.values(analysis.stats.routineActionsByKind ?? {})]) {
      for (const value of Object.values(counts)) expect(typeof value).toBe('number');
    }
    expect(analysis.stats.routineActions.constructor).toBe(1);
    expect(analysis.stats.routineActions.toString).toBe(1);
  });

  it('any mix of hostile ids through the converters and the engine: one entry each, names kept, counts are numbers', () => {
    const login = fc.oneof(fc.constantFrom(...HOSTILE), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(login, login, login), { minLength: 1, maxLength: 6 }), (rows) => {
        const issues = rows.map(([author, assignee, closer], i) => ({
          number: i + 1,
          title: `Issue ${i + 1}`,
          state: 'closed',
          html_url: `https://github.com/acme/shop/issues/${i + 1}`,
          created_at: day(i),
          closed_at: day(i + 1),
          user: { login: author, type: 'User' },
          assignees: [{ login: assignee, type: 'User' }],
          closed_by: { login: closer, type: 'User' },
        }));
        const out = ok(githubToTrackerData([issues]));
        const analysis = analyze(out, { classify: markerClassifier, now: NOW });
        const expected = new Set(rows.flat().map((l) => l.toLowerCase()));
        const ids = analysis.people.map((p) => p.id.toLowerCase());
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(expected);
        for (const p of analysis.people) expect(typeof p.name === 'string' && p.name.length > 0).toBe(true);
        for (const value of Object.values(analysis.stats.routineActions)) expect(typeof value).toBe('number');
        expect(Object.prototype).not.toHaveProperty('name');
      }),
      { numRuns: 60 },
    );
  });

  it('the CLI prints hostile ids as people and in stats', async () => {
    const user = (login: string) => ({ login, type: 'User' });
    const issue = { number: 1, title: 'x', state: 'closed', html_url: 'https://github.com/a/b/issues/1', created_at: day(0), closed_at: day(1), user: user('__proto__'), closed_by: user('constructor') };
    let stdout = '';
    const io: CliIO = {
      readFile: async () => JSON.stringify(issue),
      readStdin: async () => '',
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
    };
    expect(await runCli(['analyze', '--now', NOW, 'issue.json'], io)).toBe(0);
    const printed = JSON.parse(stdout) as { people: { id: string; name: string }[]; stats: { routineActions: Record<string, number> } };
    expect(printed.people.map((p) => [p.id, p.name]).sort()).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
    ]);
    expect(Object.getOwnPropertyNames(printed.stats.routineActions).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('page-built data (a record with a prototype, hostile keys) is read the same by the engine', () => {
    const people = JSON.parse('{"constructor": {"id": "constructor", "name": "Con"}, "__proto__": {"id": "__proto__", "name": "Pro"}}');
    const d = data({ people, items: [item('SHOP-1', { creator: 'constructor', comments: [comment('__proto__', 'hi', day(1))], events: [event('priority', '__proto__', day(2))] })] });
    const analysis = analyze(d, { classify: markerClassifier, now: NOW });
    expect(analysis.people.map((p) => [p.id, p.name]).sort()).toEqual([
      ['__proto__', 'Pro'],
      ['constructor', 'Con'],
    ]);
  });
});
