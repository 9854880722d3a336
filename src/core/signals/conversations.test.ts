// Signals about who talks to whom: avoids-em, team-accountability, intermediary,
// assigned-like-report, following-orders, frustrated.
import { describe, expect, it } from 'vitest';
import type { Item } from '../model';
import { comment, day, event, item, roster, run, times, tracker } from '../../../test/support/factory';
import { assignedLikeReport } from './routines/assigned-like-report';
import { avoidsEm } from './conversations/avoids-em';
import { followingOrders } from './conversations/following-orders';
import { frustrated } from './conversations/frustrated';
import { intermediary } from './conversations/intermediary';
import { teamAccountability } from './conversations/team-accountability';

const TEAM = roster({ em: ['erin'], engineer: ['eli', 'eve'] });

/** A thread: each turn is [author, people mentioned, text]. */
function thread(key: string, turns: [string, string[], string?][]): Item {
  return item(key, {
    comments: turns.map(([author, mentions, body], i) => comment(author, body ?? `turn ${i}`, day(1 + i), { mentions })),
  });
}

describe('avoids-em', () => {
  const emThread = (pmTo: string[]) =>
    thread('T-1', [['erin', ['pam'], 'Pam, can we talk scope?'], ...pmTo.map((to): [string, string[]] => ['pam', [to]])]);
  it.each([
    { name: 'PM unknown', data: tracker([emThread(['eli'])]), rost: TEAM, status: 'needs-setup', what: 'me' },
    { name: 'EM unknown', data: tracker([emThread(['eli'])], { me: 'pam' }), rost: roster({ engineer: ['eli'] }), status: 'needs-setup', what: 'em' },
    { name: 'EM in no thread', data: tracker([thread('T-2', [['pam', ['eli']]])], { me: 'pam' }), rost: TEAM, status: 'insufficient-data', have: 0, need: 1 },
    { name: 'too few addressed comments', data: tracker([emThread(['eli', 'eve'])], { me: 'pam' }), rost: TEAM, status: 'insufficient-data', have: 2, need: 5 },
    { name: 'PM only talks to engineers', data: tracker([emThread(['eli', 'eve', 'eli', 'eve', 'eli'])], { me: 'pam' }), rost: TEAM, status: 'present', toEm: 0 },
    { name: 'PM talks to both', data: tracker([emThread(['eli', 'erin', 'eve', 'erin', 'eli'])], { me: 'pam' }), rost: TEAM, status: 'absent', toEm: 2 },
  ])('$name → $status', ({ data, rost, status, what, have, need, toEm }) => {
    const r = run(avoidsEm, data, { roster: rost });
    expect(r.status).toBe(status);
    if (what) expect(r.setup?.what).toBe(what);
    if (have !== undefined) expect(r.observations).toMatchObject({ have, need });
    if (toEm !== undefined) {
      expect(r.evidence[0]?.count).toBe(toEm);
      expect(r.figure).toBeCloseTo(toEm / 5);
    }
  });

  it('shows the EM comment the PM never answered, with its link', () => {
    const r = run(avoidsEm, tracker([emThread(['eli', 'eve', 'eli', 'eve', 'eli'])], { me: 'pam' }), { roster: TEAM });
    const open = r.evidence.find((e) => e.label.includes('no answer'));
    expect(open).toMatchObject({ itemKey: 'T-1', person: 'erin', url: expect.stringContaining('/comments/') });
  });
});

describe('team-accountability', () => {
  it.each([
    { name: 'nobody on the team known', turns: [['eli', ['eve']]] as [string, string[]][], rost: null, status: 'needs-setup' },
    { name: 'too few', turns: [['eli', ['eve']], ['eve', ['eli']]] as [string, string[]][], rost: TEAM, status: 'insufficient-data' },
    {
      name: 'team talks directly',
      turns: [['eli', ['eve']], ['eve', ['erin']], ['erin', ['eli']], ['eli', ['pam']], ['eve', ['eli']]] as [string, string[]][],
      rost: TEAM,
      status: 'present',
      direct: 4,
      total: 5,
    },
    {
      name: 'everything goes through the PM',
      turns: [['eli', ['pam']], ['eve', ['pam']], ['erin', ['pam']], ['eli', ['pam']], ['eve', ['eli']]] as [string, string[]][],
      rost: TEAM,
      status: 'absent',
      direct: 1,
      total: 5,
    },
  ])('$name → $status', ({ turns, rost, status, direct, total }) => {
    const r = run(teamAccountability, tracker([thread('T-1', turns)], { me: 'pam' }), { roster: rost, inferRoles: false });
    expect(r.status).toBe(status);
    if (direct !== undefined) {
      expect(r.evidence[0]).toMatchObject({ count: direct, label: expect.stringContaining(`${direct} of ${total}`) });
      expect(r.evidence.filter((e) => e.itemKey === 'T-1')).toHaveLength(total!);
    }
  });

  it('treats a comment with no mention as an answer to the previous one', () => {
    const r = run(teamAccountability, tracker([thread('T-1', [['eli', []], ['eve', []], ['eli', []], ['eve', []], ['erin', []], ['eli', []], ['pam', []]])], { me: 'pam' }), { roster: TEAM });
    expect(r.status).toBe('present');
    expect(r.evidence[0]?.count).toBe(5); // the first answers nobody; the PM's reply is not the team's
    expect(r.evidence[1]?.count).toBe(0);
  });
});

describe('intermediary', () => {
  const teams = roster({ engineer: ['eli', 'tom'], em: ['erin'] }, { eli: 'Payments', tom: 'Mobile', erin: 'Payments' });
  const relay = (key: string): Item => thread(key, [['eli', ['pam']], ['pam', ['tom']], ['tom', ['pam']], ['pam', ['eli']]]);
  it.each([
    { name: 'no teams', data: tracker([relay('I-1'), relay('I-2')], { me: 'pam' }), rost: TEAM, status: 'needs-setup', what: 'teams' },
    { name: 'PM relays in two threads', data: tracker([relay('I-1'), relay('I-2')], { me: 'pam' }), rost: teams, status: 'present' },
    {
      name: 'they also talk directly',
      data: tracker([relay('I-1'), relay('I-2'), thread('I-3', [['tom', ['eli']]])], { me: 'pam' }),
      rost: teams,
      status: 'absent',
    },
    { name: 'one relay thread on a backlog', data: tracker([relay('I-1')], { me: 'pam' }), rost: teams, status: 'absent' },
    { name: 'no cross-team thread', data: tracker([thread('I-4', [['pam', ['eli']], ['eli', ['pam']]])], { me: 'pam' }), rost: teams, status: 'insufficient-data' },
    { name: 'one relay on the item in view', data: tracker([relay('I-1')], { me: 'pam', scope: 'item' }), rost: teams, status: 'present' },
  ])('$name → $status', ({ data, rost, status, what }) => {
    const r = run(intermediary, data, { roster: rost });
    expect(r.status).toBe(status);
    if (what) expect(r.setup?.what).toBe(what);
    if (status === 'present') {
      expect(r.summary).toContain('Eli and Tom');
      expect(r.evidence.filter((e) => e.itemKey?.startsWith('I-')).length).toBeGreaterThan(0);
    }
  });
});

describe('assigned-like-report', () => {
  const assign = (key: string, actor: string, to: string) => item(key, { events: [event('assignment', actor, day(2), { to })] });
  it.each([
    { name: 'EM unknown', items: [assign('A-1', 'erin', 'pam')], rost: roster({ engineer: ['eli'] }), scope: 'backlog', status: 'needs-setup' },
    { name: 'no assignments', items: [item('A-0')], rost: TEAM, scope: 'backlog', status: 'insufficient-data' },
    { name: 'EM assigns the PM twice', items: [assign('A-1', 'erin', 'pam'), assign('A-2', 'erin', 'pam'), assign('A-3', 'pam', 'eli')], rost: TEAM, scope: 'backlog', status: 'present', byEm: 2 },
    { name: 'once is a favour', items: [assign('A-1', 'erin', 'pam'), assign('A-3', 'erin', 'eli')], rost: TEAM, scope: 'backlog', status: 'absent', byEm: 1 },
    { name: 'the EM assigns engineers', items: [assign('A-1', 'erin', 'eli'), assign('A-2', 'erin', 'eve')], rost: TEAM, scope: 'backlog', status: 'absent', byEm: 0 },
    { name: 'once on the item in view', items: [assign('A-1', 'erin', 'pam')], rost: TEAM, scope: 'item', status: 'present', byEm: 1 },
    { name: 'assignee given by display name', items: [assign('A-1', 'erin', 'Pam'), assign('A-2', 'erin', 'Pam')], rost: TEAM, scope: 'backlog', status: 'present', byEm: 2 },
  ] as const)('$name → $status', ({ items, rost, scope, status, byEm }) => {
    const r = run(assignedLikeReport, tracker([...items], { me: 'pam', scope }), { roster: rost });
    expect(r.status).toBe(status);
    if (byEm !== undefined) {
      expect(r.evidence[0]?.count).toBe(byEm);
      const links = r.evidence.filter((e) => e.person === 'erin' && e.url?.includes('/events/'));
      expect(links).toHaveLength(byEm);
    }
  });
});

describe('following-orders', () => {
  const pmCreated = times(5, (i) => item(`F-${i}`, { creator: 'pam' }));
  const quiet = thread('F-9', times(5, (i): [string, string[], string] => [i % 2 ? 'eli' : 'eve', [], 'done']));
  const voiced = thread('F-8', times(5, (i): [string, string[], string] => [i % 2 ? 'eli' : 'eve', [], i < 2 ? '[concern] this will break sync' : 'ok']));
  it.each([
    { name: 'nothing to read', items: [item('F-0')], rost: TEAM, scope: 'backlog', status: 'self-check' },
    { name: 'engineers unknown', items: [...pmCreated, quiet], rost: null, scope: 'backlog', status: 'needs-setup' },
    { name: 'PM creates everything and engineers never push back', items: [...pmCreated, quiet], rost: TEAM, scope: 'backlog', status: 'present' },
    { name: 'engineers propose and push back', items: [...pmCreated, item('F-6', { creator: 'eli' }), item('F-7', { creator: 'eve' }), voiced], rost: TEAM, scope: 'backlog', status: 'absent' },
    { name: 'engineers propose only through comments', items: [...pmCreated, voiced], rost: TEAM, scope: 'backlog', status: 'absent' },
    { name: 'one engineer comment on an item', items: [thread('F-1', [['eli', [], 'ok']])], rost: TEAM, scope: 'item', status: 'insufficient-data' },
  ] as const)('$name → $status', ({ items, rost, scope, status }) => {
    const r = run(followingOrders, tracker([...items], { me: 'pam', scope }), { roster: rost, inferRoles: false });
    expect(r.status).toBe(status);
    if (status === 'present' || status === 'absent') expect(r.confidence).toBeLessThanOrEqual(0.6);
    if (status === 'absent' && items.includes(voiced)) expect(r.evidence.filter((e) => e.label.includes('concern or proposes'))).toHaveLength(2);
  });
});

describe('following-orders: deference said out loud', () => {
  it('is enough on its own, and is shown as evidence', () => {
    const engineersPropose = [item('F-6', { creator: 'eli' }), item('F-7', { creator: 'eve' }), item('F-5', { creator: 'pam' })];
    const deferring = thread('F-8', times(5, (i): [string, string[], string] => [i % 2 ? 'eli' : 'eve', [], i === 0 ? 'Your call, I’ll just build what’s in the ticket.' : i === 1 ? 'Not my decision. We were told to use the old importer.' : '[concern] this will break sync']));
    const r = run(followingOrders, tracker([...engineersPropose, deferring], { me: 'pam' }), { roster: TEAM, inferRoles: false });
    expect(r.status).toBe('present');
    expect(r.summary).toContain('2 hand the decision away (40%)');
    expect(r.evidence).toContainEqual(expect.objectContaining({ label: 'Engineers’ comments that hand the decision away: 2 of 5', count: 2 }));
    expect(r.confidence).toBeLessThanOrEqual(0.6);
    // Raise the bar above 40 %: the engineers' proposals and pushback then decide, and they say absent.
    expect(run(followingOrders, tracker([...engineersPropose, deferring], { me: 'pam' }), { roster: TEAM, inferRoles: false, thresholds: { deferenceShare: 0.5 } }).status).toBe('absent');
  });
});

describe('frustrated', () => {
  const pmSays = (days: number[], negative: number[]) =>
    item('N-1', { comments: days.map((d) => comment('pam', negative.includes(d) ? '[negative] this again' : 'fine', day(d))) });
  it.each([
    { name: 'no comments by the PM', data: tracker([thread('N-0', [['eli', []]])], { me: 'pam' }), status: 'self-check' },
    { name: 'too few comments', data: tracker([pmSays([1, 2, 3], [1])], { me: 'pam' }), status: 'insufficient-data' },
    { name: 'negative, again and again', data: tracker([pmSays([1, 5, 9, 20, 30], [1, 30])], { me: 'pam' }), status: 'present', neg: 2 },
    { name: 'one bad day', data: tracker([pmSays([1, 5, 9, 20, 30], [9])], { me: 'pam' }), status: 'absent', neg: 1 },
    { name: 'many negatives in one day', data: tracker([pmSays([1, 2, 3, 4, 5], [2, 3])], { me: 'pam' }), status: 'absent', neg: 2 },
  ])('$name → $status', ({ data, status, neg }) => {
    const r = run(frustrated, data, { roster: TEAM });
    expect(r.status).toBe(status);
    if (neg !== undefined) {
      expect(r.evidence[0]?.count).toBe(neg);
      expect(r.evidence.filter((e) => e.label.endsWith('negative tone'))).toHaveLength(neg);
      expect(r.confidence).toBeLessThanOrEqual(0.6);
    }
  });
});
