// Signals about the backlog as a whole and its documentation: value-someday, cant-say-no, pivots,
// sole-documenter, and the four pure self-checks.
import { describe, expect, it } from 'vitest';
import { GUIDE } from '../guide';
import type { Item } from '../model';
import { comment, day, event, item, roster, run, text, times, tracker, NOW } from '../../../test/support/factory';
import { cantSayNo } from './backlog/cant-say-no';
import { SIGNALS } from './index';
import { pivots, rescopeEvents } from './backlog/pivots';
import { soleDocumenter } from './documents/sole-documenter';
import { valueSomeday } from './backlog/value-someday';

// NOW is day 200 of the test story.
const openSince = (key: string, created: number, over: Partial<Item> = {}) => item(key, { created: day(created), updated: day(created), ...over });
const closedOn = (key: string, on: number, over: Partial<Item> = {}) => item(key, { created: day(on - 5), state: 'done', resolution: 'done', resolved: day(on), ...over });

describe('value-someday', () => {
  it.each([
    { name: 'too few settled open items', items: [openSince('V-1', 10), openSince('V-2', 195)], status: 'insufficient-data' },
    { name: 'most open work unscheduled', items: times(5, (i) => openSince(`V-${i}`, 10, i === 0 ? { sprint: 'S1' } : {})), status: 'present', unscheduled: 4 },
    {
      name: 'open work has targets and things ship',
      items: [...times(5, (i) => openSince(`V-${i}`, 10, { fixVersions: ['2.0'] })), closedOn('C-1', 190)],
      status: 'absent',
      unscheduled: 0,
    },
    {
      name: 'scheduled, but nothing closed in a month',
      items: [...times(5, (i) => openSince(`V-${i}`, 10, { milestone: 'Q3' })), closedOn('C-1', 100)],
      status: 'present',
      unscheduled: 0,
    },
  ])('$name → $status', ({ items, status, unscheduled }) => {
    const r = run(valueSomeday, tracker(items));
    expect(r.status).toBe(status);
    if (unscheduled !== undefined) {
      expect(r.evidence[0]?.count).toBe(unscheduled);
      expect(r.evidence.filter((e) => e.label.endsWith('unscheduled'))).toHaveLength(unscheduled);
    }
  });

  it('points at long-open epics with few children done', () => {
    const epic = openSince('EP-1', 10, { type: 'epic', children: ['V-0', 'V-1', 'V-2'] });
    const r = run(valueSomeday, tracker([epic, ...times(5, (i) => openSince(`V-${i}`, 10))]));
    expect(r.evidence.find((e) => e.itemKey === 'EP-1')?.label).toContain('0 of 3 loaded children done');
  });

  it.each([
    { name: 'old and unscheduled', it: openSince('V-1', 10), status: 'present' },
    { name: 'scheduled', it: openSince('V-1', 10, { due: day(220) }), status: 'absent' },
    { name: 'closed', it: closedOn('V-1', 100), status: 'absent' },
    { name: 'new', it: openSince('V-1', 190), status: 'insufficient-data' },
  ])('single item: $name → $status', ({ it: one, status }) => {
    const r = run(valueSomeday, tracker([one], { scope: 'item' }));
    expect(r.status).toBe(status);
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('cant-say-no', () => {
  it.each([
    { name: 'too little to measure', items: [openSince('N-1', 10)], scope: 'backlog', status: 'insufficient-data' },
    {
      name: 'never declines, old items pile up',
      items: [...times(5, (i) => closedOn(`D-${i}`, 100 + i)), ...times(6, (i) => openSince(`O-${i}`, 5 + i))],
      scope: 'backlog',
      status: 'present',
    },
    {
      name: 'declines and keeps the backlog fresh',
      items: [...times(4, (i) => closedOn(`D-${i}`, 190, { resolution: i < 2 ? 'wont-do' : 'done' })), ...times(6, (i) => openSince(`O-${i}`, 150 + i))],
      scope: 'backlog',
      status: 'absent',
    },
    { name: 'one stale item in view', items: [openSince('S-1', 1)], scope: 'item', status: 'present' },
    { name: 'one fresh item in view', items: [openSince('S-1', 190)], scope: 'item', status: 'insufficient-data' },
  ] as const)('$name → $status', ({ items, scope, status }) => {
    const r = run(cantSayNo, tracker([...items], { scope }));
    expect(r.status).toBe(status);
  });

  it('reports each indicator with its counts', () => {
    const items = [...times(5, (i) => closedOn(`D-${i}`, 100 + i)), ...times(6, (i) => openSince(`O-${i}`, 5 + i))];
    const r = run(cantSayNo, tracker(items));
    expect(r.evidence.find((e) => e.label.startsWith('Closed as won’t-do'))?.count).toBe(0);
    expect(r.evidence.find((e) => e.label.startsWith('Open items untouched'))?.count).toBe(6);
    expect(r.evidence.filter((e) => e.label.endsWith('untouched')).map((e) => e.itemKey)).toEqual(items.slice(5).map((i) => i.key));
    expect(r.summary).toContain('0 of 5 closures');
  });
});

describe('pivots', () => {
  const dropped = (key: string, withReason: boolean) =>
    closedOn(key, 100, { resolution: 'wont-do', comments: withReason ? [comment('pam', 'Customers moved to the new flow', day(100, 2))] : [] });
  it.each([
    { name: 'item still open', items: [openSince('P-1', 10)], scope: 'item', status: 'insufficient-data' },
    { name: 'too few closed', items: [closedOn('P-1', 50)], scope: 'backlog', status: 'insufficient-data' },
    { name: 'drops with reasons', items: [dropped('P-1', true), dropped('P-2', true), dropped('P-3', false), closedOn('P-4', 90)], scope: 'backlog', status: 'present', declined: 3, reasoned: 2 },
    { name: 'drops without reasons', items: [dropped('P-1', false), dropped('P-2', false), closedOn('P-4', 90)], scope: 'backlog', status: 'absent', declined: 2, reasoned: 0 },
    { name: 'never drops anything', items: times(4, (i) => closedOn(`P-${i}`, 90)), scope: 'backlog', status: 'absent', declined: 0, reasoned: 0 },
    { name: 'the item in view was dropped with a reason', items: [dropped('P-1', true)], scope: 'item', status: 'present', declined: 1, reasoned: 1 },
  ] as const)('$name → $status', ({ items, scope, status, declined, reasoned }) => {
    const r = run(pivots, tracker([...items], { scope }));
    expect(r.status).toBe(status);
    if (declined !== undefined) {
      expect(r.evidence[0]?.count).toBe(declined);
      expect(r.evidence[1]?.count).toBe(reasoned);
      expect(r.evidence.filter((e) => e.itemKey && e.label.endsWith('with a reason')).length).toBe(reasoned);
    }
  });

  it('counts re-scoping of open items as a pivot when it says why', () => {
    const renamed = openSince('R-1', 30, {
      events: [event('title', 'pam', day(60), { from: 'Export every report', to: 'Export the weekly report' })],
      comments: [comment('pam', 'Only the weekly one is used; the rest can wait.', day(60, 3))],
    });
    const cut = openSince('R-2', 30, { events: [event('sprint', 'bob', day(70), { from: 'Sprint 9', to: null })] });
    const typo = openSince('R-3', 30, { events: [event('title', 'pam', day(30, 0.2), { from: 'Exprot', to: 'Export' })] });
    const r = run(pivots, tracker([renamed, cut, typo]));
    // Nothing closed yet, but two re-scopes to judge: one with a reason of two is half.
    expect(r.status).toBe('present');
    expect(r.summary).toContain('2 open items were re-scoped, 1 with a reason.');
    expect(r.evidence).toContainEqual(expect.objectContaining({ label: 'Open items re-scoped: 2, with a reason: 1', count: 2 }));
    expect(r.evidence.filter((e) => e.itemKey === 'R-1')[0]?.label).toMatch(/re-scoped \(renamed\), with a reason$/);
    expect(r.evidence.filter((e) => e.itemKey === 'R-2')[0]?.label).toMatch(/taken out of its sprint\), no reason given$/);
    expect(rescopeEvents(typo)).toEqual([]);
    // Without the reason, the re-scopes say no.
    const silent = run(pivots, tracker([{ ...renamed, comments: [] }, cut]));
    expect(silent.status).toBe('absent');
  });

  it('takes a far-off comment as a reason only when it records a decision', () => {
    const far = closedOn('P-1', 100, { resolution: 'not-planned', comments: [comment('eli', 'fine', day(10))] });
    const decided = closedOn('P-2', 100, { resolution: 'not-planned', comments: [comment('eli', '[decision] not doing it because X', day(10))] });
    const r = run(pivots, tracker([far, decided, closedOn('P-3', 90)]));
    expect(r.evidence[1]?.count).toBe(1);
  });
});

describe('sole-documenter', () => {
  const doc = (key: string, author: string, edits: string[] = []) =>
    item(key, { description: text('spec'), descriptionAuthor: author, descriptionEdits: edits.map((a, i) => ({ actor: a, at: day(i + 1) })) });
  it.each([
    { name: 'PM unknown', me: null, items: times(5, (i) => doc(`W-${i}`, 'pam')), status: 'needs-setup' },
    { name: 'too few', me: 'pam', items: [doc('W-1', 'pam')], status: 'insufficient-data' },
    { name: 'the PM writes everything', me: 'pam', items: times(5, (i) => doc(`W-${i}`, 'pam', ['pam'])), status: 'present', mine: 10, all: 10 },
    { name: 'engineers write and edit too', me: 'pam', items: [...times(3, (i) => doc(`W-${i}`, 'pam')), doc('W-8', 'eli', ['eve'])], status: 'absent', mine: 3, all: 5 },
    { name: 'documentation items by others count', me: 'pam', items: [...times(8, (i) => doc(`W-${i}`, 'pam')), item('W-9', { creator: 'eli', labels: ['docs'] })], status: 'absent', mine: 8, all: 9 },
  ])('$name → $status', ({ me, items, status, mine, all }) => {
    const r = run(soleDocumenter, tracker(items, { me }));
    expect(r.status).toBe(status);
    if (mine !== undefined) {
      expect(r.evidence[0]).toMatchObject({ count: mine, label: expect.stringContaining(`${mine} of ${all}`) });
      expect(r.figure).toBeCloseTo(mine / all!, 2);
    }
  });

  it('names the other writers', () => {
    const r = run(soleDocumenter, tracker([...times(3, (i) => doc(`W-${i}`, 'pam')), doc('W-8', 'eli', ['eve', 'eli'])], { me: 'pam' }));
    expect(r.evidence.find((e) => e.person === 'eli' && e.count !== undefined)).toMatchObject({ count: 2, label: 'Eli wrote or edited 2 descriptions' });
  });

  it('links each of the PM’s contributions in plain words', () => {
    const items = [...times(4, (i) => doc(`W-${i}`, 'pam', ['pam'])), item('W-9', { creator: 'pam', labels: ['docs'] })];
    const labels = run(soleDocumenter, tracker(items, { me: 'pam' })).evidence.filter((e) => e.itemKey).map((e) => e.label);
    expect(labels).toContain('W-0: description written by Pam');
    expect(labels).toContain('W-0: description edited by Pam');
    expect(labels).toContain('W-9: documentation item created by Pam');
  });
});

describe('self-checks', () => {
  const busy = tracker(times(6, (i) => item(`Q-${i}`, { creator: 'pam', comments: [comment('pam', '[negative] ugh', day(i * 10))] })), { me: 'pam' });
  it.each(GUIDE.filter((g) => g.selfCheck).map((g) => g.id))('%s is always a self-check, whatever the data', (id) => {
    const signal = SIGNALS.find((s) => s.id === id)!;
    for (const data of [busy, tracker([])]) {
      const r = run(signal, data, { roster: roster({ em: ['erin'], engineer: ['eli'] }) });
      expect(r).toMatchObject({ status: 'self-check', confidence: 0, evidence: [] });
      expect(r.summary).toMatch(/check-in/);
    }
  });

  it('frustrated and following-orders fall back to a self-check only with nothing to read', () => {
    const empty = tracker([], { me: 'pam' });
    for (const id of ['frustrated', 'following-orders'] as const) {
      const signal = SIGNALS.find((s) => s.id === id)!;
      expect(run(signal, empty).status).toBe('self-check');
      expect(run(signal, busy, { roster: roster({ engineer: ['eli'] }) }).status).not.toBe('self-check');
    }
    expect(NOW).toBe(day(200));
  });
});
