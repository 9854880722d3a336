// Jira sprints read alike from agile answers and from issues' sprint fields (shapes from Atlassian's
// REST references: the agile sprint object, Cloud's sprint field, and Data Center's sprint strings).
import { describe, expect, it } from 'vitest';
import { isConvertError } from '../convert-common';
import { jiraToTrackerData } from './convert';
import { mergeSprints, sprintOf, sprintsOfAnswer } from './sprints';

const agileSprint = {
  id: 37,
  self: 'https://acme.atlassian.net/rest/agile/1.0/sprint/37',
  state: 'closed',
  name: 'SHOP Sprint 4',
  startDate: '2026-10-05T08:00:00.000Z',
  endDate: '2026-10-19T08:00:00.000Z',
  completeDate: '2026-10-19T09:30:00.000Z',
  originBoardId: 5,
  goal: 'Checkout in one page',
};

describe('sprintOf', () => {
  it('reads an agile sprint answer', () => {
    expect(sprintOf(agileSprint)).toEqual({
      id: '37',
      name: 'SHOP Sprint 4',
      state: 'closed',
      start: '2026-10-05T08:00:00.000Z',
      end: '2026-10-19T08:00:00.000Z',
      completed: '2026-10-19T09:30:00.000Z',
      goal: 'Checkout in one page',
      board: '5',
    });
  });

  it('reads Cloud’s sprint field value (boardId instead of originBoardId, an empty goal)', () => {
    expect(sprintOf({ id: 38, name: 'SHOP Sprint 5', state: 'active', boardId: 5, goal: '', startDate: '2026-10-19T08:00:00.000Z', endDate: '2026-11-02T08:00:00.000Z' })).toMatchObject({
      id: '38',
      state: 'active',
      board: '5',
      goal: null,
      completed: null,
    });
  });

  it('reads Data Center’s sprint string, a name with a comma included', () => {
    const text =
      'com.atlassian.greenhopper.service.sprint.Sprint@1b8b2ce[id=2,rapidViewId=1,state=CLOSED,name=Sprint 2, the big one,goal=,startDate=2016-02-01T10:00:00.000+01:00,endDate=2016-02-15T10:00:00.000+01:00,completeDate=<null>,sequence=2]';
    expect(sprintOf(text)).toEqual({
      id: '2',
      name: 'Sprint 2, the big one',
      state: 'closed',
      start: '2016-02-01T09:00:00.000Z',
      end: '2016-02-15T09:00:00.000Z',
      completed: null,
      goal: null,
      board: '1',
    });
  });

  it('names no sprint for anything else, and reads a hostile string in bounded time', () => {
    expect(sprintOf(null)).toBeNull();
    expect(sprintOf({ state: 'active' })).toBeNull();
    expect(sprintOf('Sprint 2')).toBeNull();
    const started = performance.now();
    expect(sprintOf(`x[name=${',a'.repeat(500_000)}]`)?.name.length ?? 0).toBeLessThanOrEqual(2000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('sprintsOfAnswer', () => {
  it('one sprint, a board’s page of sprints, or not a sprint answer', () => {
    expect(sprintsOfAnswer(agileSprint)?.map((s) => s.name)).toEqual(['SHOP Sprint 4']);
    expect(sprintsOfAnswer({ maxResults: 50, startAt: 0, isLast: true, values: [agileSprint, { ...agileSprint, id: 38, name: 'SHOP Sprint 5', state: 'active' }] })?.map((s) => s.state)).toEqual(['closed', 'active']);
    expect(sprintsOfAnswer({ values: [{ id: 1, items: [], created: 'x' }] })).toBeNull();
    expect(sprintsOfAnswer({ key: 'SHOP-1', fields: {} })).toBeNull();
  });
});

describe('mergeSprints', () => {
  it('one record per sprint: the agile answer fills what the issue field lacked and its state is newer', () => {
    const fromField = sprintOf({ id: 37, name: 'SHOP Sprint 4', state: 'active', boardId: 5, startDate: '2026-10-05T08:00:00.000Z', endDate: '2026-10-19T08:00:00.000Z' })!;
    const merged = mergeSprints([fromField], [sprintOf(agileSprint)!]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ state: 'closed', completed: '2026-10-19T09:30:00.000Z', goal: 'Checkout in one page' });
  });
  it('two boards’ sprints of one name stay two', () => {
    expect(mergeSprints([sprintOf({ ...agileSprint, id: 1 })!], [sprintOf({ ...agileSprint, id: 2, originBoardId: 9 })!])).toHaveLength(2);
  });
});

describe('the converter collects the sprints its issues name', () => {
  it('from the Sprint field of a search page, with the agile answers given beside it', () => {
    const page = {
      startAt: 0,
      maxResults: 50,
      total: 2,
      names: { customfield_10020: 'Sprint' },
      issues: [
        {
          id: '10001',
          key: 'SHOP-1',
          self: 'https://acme.atlassian.net/rest/api/3/issue/10001',
          fields: {
            summary: 'Pay with a saved card',
            created: '2026-10-01T08:00:00.000+0000',
            status: { name: 'To Do' },
            issuetype: { name: 'Story' },
            customfield_10020: [
              { id: 37, name: 'SHOP Sprint 4', state: 'closed', boardId: 5, goal: '', startDate: '2026-10-05T08:00:00.000Z', endDate: '2026-10-19T08:00:00.000Z', completeDate: '2026-10-19T09:30:00.000Z' },
              { id: 38, name: 'SHOP Sprint 5', state: 'active', boardId: 5, goal: '', startDate: '2026-10-19T08:00:00.000Z', endDate: '2026-11-02T08:00:00.000Z' },
            ],
          },
        },
        {
          id: '10002',
          key: 'SHOP-2',
          self: 'https://acme.atlassian.net/rest/api/3/issue/10002',
          fields: { summary: 'Refunds', created: '2026-10-01T08:00:00.000+0000', status: { name: 'To Do' }, issuetype: { name: 'Story' }, customfield_10020: null },
        },
      ],
    };
    const data = jiraToTrackerData([page], { sprints: [sprintOf({ ...agileSprint, id: 39, name: 'SHOP Sprint 6', state: 'future', startDate: undefined, endDate: undefined, completeDate: undefined })!] });
    if (isConvertError(data)) throw new Error(data.message);
    expect(data.items.map((i) => i.sprint)).toEqual(['SHOP Sprint 5', null]);
    expect(data.sprints?.map((s) => [s.name, s.state])).toEqual([
      ['SHOP Sprint 4', 'closed'],
      ['SHOP Sprint 5', 'active'],
      ['SHOP Sprint 6', 'future'],
    ]);
  });
});
