import { describe, expect, it } from 'vitest';
import { say } from './words';
import { buildRoles, INFER_REASON_BOT, INFER_REASON_CLOSES_WORK, INFER_REASON_PULL_REQUESTS } from './roles';
import { day, event, item, person, roster, tracker } from '../../test/support/factory';

describe('buildRoles', () => {
  const data = tracker(
    [
      item('P-1', {
        assignees: ['eli'],
        creator: 'pam',
        events: [
          event('status', 'eli', day(1), { to: 'In Progress' }),
          event('status', 'pam', day(2), { to: 'In Review' }), // not assignee: no inference
        ],
      }),
      item('P-2', { assignees: ['eve'], events: [event('resolved', 'eve', day(3), { resolution: 'done' })] }),
      item('P-3', { assignees: ['olga'], events: [event('status', 'olga', day(3), { to: 'Blocked' })] }),
      item('P-4', { creator: 'ci-bot', assignees: ['ci-bot'], events: [event('resolved', 'ci-bot', day(1))] }),
    ],
    { me: 'pam', pullRequestAuthors: ['pru'], people: { 'ci-bot': person('ci-bot', { bot: true }), pru: person('pru') } },
  );

  it.each([
    ['pam', 'pm', 'me', undefined],
    ['eli', 'engineer', 'inferred', INFER_REASON_CLOSES_WORK],
    ['eve', 'engineer', 'inferred', INFER_REASON_CLOSES_WORK],
    ['pru', 'engineer', 'inferred', INFER_REASON_PULL_REQUESTS],
    ['ci-bot', 'other', 'inferred', INFER_REASON_BOT],
    ['olga', 'other', 'unknown', undefined],
  ])('%s is %s (%s)', (id, role, source, reason) => {
    const book = buildRoles(data, null);
    expect(book.entry(id)).toMatchObject({ id, role, source });
    expect(book.entry(id)?.reason).toBe(reason && say(reason));
  });

  it('never claims a role for unknown people', () => {
    const book = buildRoles(data, null);
    expect(book.roleOf('olga')).toBeNull();
    expect(book.roleOf(null)).toBeNull();
    expect(book.roleOf('nobody')).toBeNull();
  });

  it('never infers an EM or a PM', () => {
    const book = buildRoles(data, null);
    expect(book.em).toEqual([]);
    expect(book.emKnown).toBe(false);
    expect(book.pms).toEqual(['pam']);
    expect(book.engineers.sort()).toEqual(['eli', 'eve', 'pru']);
    expect(book.engineersInferred).toBe(true);
  });

  it('lets roster entries win over inference and over the signed-in default', () => {
    const book = buildRoles(data, roster({ em: ['eli'], engineer: ['pam2'], pm: ['pru'] }, { eli: 'Platform' }));
    expect(book.entry('eli')).toEqual({ id: 'eli', role: 'em', source: 'roster', team: 'Platform' });
    expect(book.entry('pru')).toMatchObject({ role: 'pm', source: 'roster' });
    expect(book.emKnown).toBe(true);
    expect(book.teamOf('eli')).toBe('Platform');
    expect(book.pms.sort()).toEqual(['pam', 'pru']);
    expect(book.isInferred('eve')).toBe(true);
    expect(book.isInferred('eli')).toBe(false);
  });

  it('gives the signed-in user the roster’s myRole, and the roster can name them directly', () => {
    expect(buildRoles(data, roster({}, {}, 'em')).entry('pam')).toMatchObject({ role: 'em', source: 'me' });
    expect(buildRoles(data, roster({ engineer: ['pam'] })).entry('pam')).toMatchObject({ role: 'engineer', source: 'roster' });
  });

  it('does not infer when asked not to', () => {
    const book = buildRoles(data, null, { infer: false });
    expect(book.roleOf('eli')).toBeNull();
    expect(book.engineers).toEqual([]);
  });

  it('lists everyone seen, known roles first', () => {
    const ids = buildRoles(data, null).entries().map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(['pam', 'eli', 'eve', 'pru', 'ci-bot', 'olga']));
    expect(ids[0]).toBe('pam');
    expect(ids[ids.length - 1]).toBe('olga');
  });
});
