// Signals about who runs the routines: leads-routines, shared-routines, working-agreement,
// engineering-ownership.
import { describe, expect, it } from 'vitest';
import type { EventKind, Item } from '../model';
import type { Roster, WorkingAgreement } from '../roster';
import { comment, day, event, item, person, roster, run, text, times, tracker } from '../../../test/support/factory';
import { engineeringOwnership } from './routines/engineering-ownership';
import { leadsRoutines } from './routines/leads-routines';
import { sharedRoutines } from './routines/shared-routines';
import { routineActions } from '../routines';
import { EVIDENCE_CAP } from './evidence';
import { workingAgreement } from './routines/working-agreement';
import { contextFor } from '../../../test/support/factory';

/** One item per actor group, with `n` routine events of a kind by that actor. */
function acts(actor: string, n: number, kind: EventKind = 'status', key = `A-${actor}-${kind}`): Item {
  return item(key, { events: times(n, (i) => event(kind, actor, day(i + 1), { to: 'In Progress' })) });
}

const TEAM: Roster = roster({ em: ['erin'], engineer: ['eli', 'eve'] });

describe('routine actions', () => {
  it('counts creation once, skips bots and unattributed automation, and merges a resolution into its transition', () => {
    const data = tracker(
      [
        item('R-1', {
          creator: 'pam',
          events: [
            event('status', 'eli', day(2), { to: 'Done' }),
            event('resolved', 'eli', day(2, 0.001), { resolution: 'done' }), // same transition
            event('resolved', 'eve', day(9)), // a separate close
            event('label', null, day(3)),
            event('priority', 'ci-bot', day(4)),
            event('description', 'pam', day(5)), // not a routine
            event('constructor' as EventKind, 'pam', day(6)), // a kind from bad data names no routine
          ],
        }),
        item('R-2', { creator: 'eve', events: [event('created', 'eli', day(0))] }), // event wins over the field
      ],
      { people: { 'ci-bot': person('ci-bot', { bot: true }) } },
    );
    const list = routineActions(contextFor(data));
    expect(list.map((a) => `${a.item.key}:${a.kind}:${a.actor}`).sort()).toEqual(
      ['R-1:creation:pam', 'R-1:status:eli', 'R-1:status:eve', 'R-2:creation:eli'].sort(),
    );
  });
});

describe('leads-routines', () => {
  it.each([
    { name: 'PM unknown', me: null, items: [acts('pam', 10)], status: 'needs-setup' },
    { name: 'too few actions', me: 'pam', items: [acts('pam', 4)], status: 'insufficient-data', have: 4 },
    { name: 'PM makes 7 of 10', me: 'pam', items: [acts('pam', 7), acts('eli', 3)], status: 'present', mine: 7, total: 10 },
    { name: 'PM makes exactly half', me: 'pam', items: [acts('pam', 5), acts('eli', 5)], status: 'present', mine: 5, total: 10 },
    { name: 'PM makes 3 of 10', me: 'pam', items: [acts('pam', 3), acts('eli', 7)], status: 'absent', mine: 3, total: 10 },
  ])('$name → $status', ({ me, items, status, have, mine, total }) => {
    const r = run(leadsRoutines, tracker(items, { me }));
    expect(r.status).toBe(status);
    if (status === 'needs-setup') expect(r.setup?.what).toBe('me');
    if (status === 'insufficient-data') expect(r.observations).toEqual({ have, need: 10, of: 'routine actions' });
    if (mine !== undefined && total !== undefined) {
      expect(r.summary).toContain(`You made ${mine} of ${total} routine actions (${Math.round((mine / total) * 100)}%)`);
      expect(r.figure).toBeCloseTo(mine / total);
      expect(r.evidence[0]?.count).toBe(mine);
      // Each of the PM's own actions links back to its event.
      const linked = r.evidence.filter((e) => e.person === 'pam' && e.url);
      expect(linked).toHaveLength(mine);
      expect(linked[0]?.url).toMatch(/^https:\/\/acme\.atlassian\.net\/events\//);
    }
  });

  it('asks for the PM, not for you, when you are the EM', () => {
    const r = run(leadsRoutines, tracker([acts('pam', 10)], { me: 'erin' }), { roster: roster({ engineer: ['eli'] }, {}, 'em') });
    expect(r).toMatchObject({ status: 'needs-setup', setup: { what: 'pm', label: 'Set who the PM is' }, confidence: 0 });
  });

  it('speaks of the PM when the PM is someone else', () => {
    const r = run(leadsRoutines, tracker([acts('pam', 7), acts('eli', 3)], { me: 'erin' }), { roster: roster({ pm: ['pam'] }, {}, 'em') });
    expect(r.summary).toMatch(/^The PM made 7 of 10 routine actions \(70%\): the team’s routines run through the PM\.$/);
  });

  it('breaks the share down by kind of routine', () => {
    const r = run(leadsRoutines, tracker([acts('pam', 4, 'sprint'), acts('eli', 4, 'sprint'), acts('pam', 2, 'estimate')], { me: 'pam' }));
    expect(r.evidence.find((e) => e.label.startsWith('sprint, milestone'))).toMatchObject({ count: 4, label: expect.stringContaining('4 of 8 by you (50%)') });
    expect(r.evidence.find((e) => e.label.startsWith('estimates'))).toMatchObject({ count: 2 });
  });

  it('uses a lower bar and lower confidence on a single item', () => {
    const three = tracker([acts('pam', 3, 'status', 'ONE-1')], { me: 'pam', scope: 'item' });
    const r = run(leadsRoutines, three);
    expect(r.status).toBe('present');
    const backlog = run(leadsRoutines, tracker([acts('pam', 10)], { me: 'pam' }));
    const item10 = run(leadsRoutines, tracker([acts('pam', 10)], { me: 'pam', scope: 'item' }));
    expect(item10.confidence).toBeLessThan(backlog.confidence);
  });

  it('caps the evidence list but keeps the counts right', () => {
    const r = run(leadsRoutines, tracker([acts('pam', 45)], { me: 'pam' }));
    expect(r.evidence.length).toBe(EVIDENCE_CAP);
    expect(r.evidence[0]?.count).toBe(45);
    expect(r.summary).toContain('45 of 45');
  });

  it('grows confidence with observations', () => {
    const small = run(leadsRoutines, tracker([acts('pam', 10)], { me: 'pam' }));
    const large = run(leadsRoutines, tracker([acts('pam', 80)], { me: 'pam' }));
    expect(large.confidence).toBeGreaterThan(small.confidence);
    expect(large.confidence).toBeLessThanOrEqual(1);
  });
});

describe('shared-routines', () => {
  it.each([
    { name: 'no EM or engineers known', items: [acts('pam', 10)], rost: null, status: 'needs-setup', what: 'em' },
    { name: 'too few actions', items: [acts('pam', 2), acts('eli', 2)], rost: TEAM, status: 'insufficient-data' },
    { name: 'PM, EM and engineers all take part', items: [acts('pam', 4), acts('erin', 3), acts('eli', 3)], rost: TEAM, status: 'present' },
    { name: 'one engineer does most', items: [acts('pam', 2), acts('eli', 8)], rost: TEAM, status: 'absent', top: 'Eli made 8 of 10' },
    { name: 'PM alone', items: [acts('pam', 10), acts('olga', 2)], rost: TEAM, status: 'absent', top: 'Pam made 10 of 12' },
    {
      name: 'nobody with a role does much',
      items: [acts('olga', 4), acts('oscar', 4), acts('otto', 4)],
      rost: TEAM,
      status: 'absent',
      top: 'No role takes a real part in the 12 routine actions.',
    },
  ])('$name → $status', ({ items, rost, status, what, top }) => {
    const r = run(sharedRoutines, tracker(items, { me: 'pam' }), { roster: rost });
    expect(r.status).toBe(status);
    if (what) expect(r.setup?.what).toBe(what);
    if (top) expect(r.summary).toContain(top);
    if (status === 'present' || status === 'absent') {
      const total = r.evidence.slice(0, 3).reduce((s, e) => s + (e.count ?? 0), 0);
      expect(total).toBeLessThanOrEqual(items.reduce((s, i) => s + i.events.length, 0));
    }
  });

  it('is less sure when engineers are only inferred', () => {
    const items = [acts('pam', 4), acts('erin', 3), item('X', { assignees: ['eli'], events: times(3, (i) => event('status', 'eli', day(i), { to: 'In Progress' })) })];
    const fact = run(sharedRoutines, tracker(items, { me: 'pam' }), { roster: TEAM });
    const guess = run(sharedRoutines, tracker(items, { me: 'pam' }), { roster: roster({ em: ['erin'] }) });
    expect(fact.status).toBe('present');
    expect(guess.status).toBe('present');
    expect(guess.confidence).toBeLessThan(fact.confidence);
  });
});

describe('working-agreement', () => {
  it('says one action in the singular', () => {
    const a: WorkingAgreement = { owners: { prioritisation: 'pm' } };
    const r = run(workingAgreement, tracker([acts('pam', 1, 'priority')], { me: 'pam' }), { roster: TEAM, agreement: a });
    expect(r.status).toBe('insufficient-data');
    expect(r.summary).toMatch(/^Only 1 action falls under the agreed routines so far; \d+ are needed\.$/);
  });

  const agreement: WorkingAgreement = { owners: { prioritisation: 'pm', 'status-updates': 'engineering', estimation: 'em' } };
  const follows = [acts('pam', 4, 'priority'), acts('eli', 4, 'status'), acts('erin', 2, 'estimate')];

  it.each([
    { name: 'no agreement', agreement: null, items: follows, status: 'needs-setup', what: 'agreement' },
    { name: 'empty agreement', agreement: { owners: {} }, items: follows, status: 'needs-setup', what: 'agreement' },
    { name: 'practice follows it', agreement, items: follows, status: 'present', matched: 10, total: 10 },
    {
      name: 'PM does the engineers’ status updates',
      agreement,
      items: [acts('pam', 4, 'priority'), acts('pam', 6, 'status'), acts('erin', 2, 'estimate')],
      status: 'absent',
      matched: 6,
      total: 12,
    },
    { name: 'too little covered', agreement, items: [acts('pam', 3, 'priority')], status: 'insufficient-data' },
  ])('$name → $status', ({ agreement: a, items, status, what, matched, total }) => {
    const r = run(workingAgreement, tracker(items, { me: 'pam' }), { roster: TEAM, agreement: a });
    expect(r.status).toBe(status);
    if (what) expect(r.setup?.what).toBe(what);
    if (matched !== undefined) {
      expect(r.summary).toContain(`${matched} of ${total} routine actions`);
      expect(r.figure).toBeCloseTo(matched! / total!);
    }
  });

  it('names each routine with its agreed owner and links the drifting actions', () => {
    const r = run(workingAgreement, tracker([acts('pam', 4, 'priority'), acts('pam', 6, 'status', 'S-1'), acts('erin', 2, 'estimate')], { me: 'pam' }), {
      roster: TEAM,
      agreement,
    });
    expect(r.evidence.find((e) => e.label.startsWith('Status updates'))).toMatchObject({ count: 0, label: expect.stringContaining('agreed: engineering') });
    const drift = r.evidence.filter((e) => e.label.includes('agreed owner engineering'));
    expect(drift).toHaveLength(6);
    expect(drift.every((e) => e.itemKey === 'S-1' && e.person === 'pam' && e.url)).toBe(true);
    // Exactly the drifting actions are marked as exceptions to the agreement (for a retro); the
    // per-routine counts and the actions that follow it are not.
    expect(r.evidence.filter((e) => e.exception)).toEqual(drift);
  });

  it('needs the EM when the agreement names the EM', () => {
    const r = run(workingAgreement, tracker(follows, { me: 'pam' }), { roster: roster({ engineer: ['eli'] }), agreement });
    expect(r).toMatchObject({ status: 'needs-setup', setup: { what: 'em' } });
  });

  it('maps bug triage and documentation edits to their routines', () => {
    const bugs = times(5, (i) => item(`B-${i}`, { type: 'bug', creator: 'eve', events: [event('assignment', 'eve', day(1), { to: 'eli' })] }));
    const docs = item('D-1', { descriptionEdits: times(4, (i) => ({ actor: 'pam', at: day(i) })) });
    const r = run(workingAgreement, tracker([...bugs, docs], { me: 'pam' }), {
      roster: TEAM,
      agreement: { owners: { triage: 'engineering', documentation: 'shared' } },
    });
    expect(r.status).toBe('present');
    expect(r.evidence.find((e) => e.label.startsWith('Triage'))?.count).toBe(10);
    expect(r.evidence.find((e) => e.label.startsWith('Documentation'))?.count).toBe(4);
  });
});

describe('engineering-ownership', () => {
  const owned = [
    item('E-1', { creator: 'eli', description: text('notes'), descriptionAuthor: 'eli', comments: [comment('eve', 'on it', day(1)), comment('pam', 'thanks', day(2))] }),
    item('E-2', { creator: 'eve', description: text('notes'), descriptionAuthor: 'eve', descriptionEdits: [{ actor: 'pam', at: day(3) }] }),
    acts('eli', 4, 'estimate'),
    acts('pam', 2, 'priority'),
  ];
  const pmRun = [
    ...times(4, (i) => item(`P-${i}`, { creator: 'pam', description: text('spec'), descriptionAuthor: 'pam' })),
    acts('pam', 4, 'priority'),
    item('P-9', { comments: [comment('eli', 'ok', day(1))] }),
  ];
  it.each([
    { name: 'no engineers known', items: owned, rost: null, status: 'needs-setup' },
    { name: 'engineers create, describe, groom and comment', items: owned, rost: TEAM, status: 'present', eng: 9, total: 13 },
    { name: 'the PM does it all', items: pmRun, rost: TEAM, status: 'absent', eng: 1, total: 13 },
    { name: 'too little activity', items: [item('Q', { creator: 'eli' })], rost: TEAM, status: 'insufficient-data' },
  ])('$name → $status', ({ items, rost, status, eng, total }) => {
    const r = run(engineeringOwnership, tracker(items, { me: 'pam' }), { roster: rost });
    expect(r.status).toBe(status);
    if (eng !== undefined) {
      expect(r.evidence[0]).toMatchObject({ count: eng, label: expect.stringContaining(`${eng} of ${total}`) });
      expect(r.figure).toBeCloseTo(eng / total!, 2);
    }
  });

  it('links the items engineers created', () => {
    const r = run(engineeringOwnership, tracker(owned, { me: 'pam' }), { roster: TEAM });
    const created = r.evidence.filter((e) => e.label.includes('created by'));
    expect(created.map((e) => e.itemKey)).toEqual(['E-1', 'E-2']);
    expect(created[0]?.url).toBe('https://acme.atlassian.net/browse/E-1');
  });
});
