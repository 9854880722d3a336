import { describe, expect, it } from 'vitest';
import { readIssueGraph, readListGraph, readProjectGraph, restIssue, restTimelineEntry } from './graphql';

const actor = (login: string, type = 'User') => ({ __typename: type, login });

describe('restTimelineEntry: GraphQL timeline nodes in REST clothes', () => {
  it.each([
    [
      { __typename: 'LabeledEvent', id: 'LE_1', actor: actor('ann'), createdAt: '2026-01-01T00:00:00Z', label: { name: 'bug' } },
      { event: 'labeled', id: 'LE_1', actor: { login: 'ann', type: 'User' }, created_at: '2026-01-01T00:00:00Z', label: { name: 'bug' } },
    ],
    [
      { __typename: 'UnassignedEvent', id: 'UE_1', actor: actor('renovate', 'Bot'), createdAt: '2026-01-01T00:00:00Z', assignee: actor('bob') },
      { event: 'unassigned', id: 'UE_1', actor: { login: 'renovate', type: 'Bot' }, created_at: '2026-01-01T00:00:00Z', assignee: { login: 'bob', type: 'User' } },
    ],
    [
      { __typename: 'ClosedEvent', id: 'CE_1', actor: actor('ann'), createdAt: '2026-01-01T00:00:00Z', stateReason: 'NOT_PLANNED' },
      { event: 'closed', id: 'CE_1', actor: { login: 'ann', type: 'User' }, created_at: '2026-01-01T00:00:00Z', state_reason: 'not_planned' },
    ],
    [
      { __typename: 'RenamedTitleEvent', id: 'RTE_1', actor: null, createdAt: '2026-01-01T00:00:00Z', previousTitle: 'a', currentTitle: 'b' },
      { event: 'renamed', id: 'RTE_1', actor: null, created_at: '2026-01-01T00:00:00Z', rename: { from: 'a', to: 'b' } },
    ],
    [
      { __typename: 'IssueComment', databaseId: 7, author: actor('bob'), body: 'hi', createdAt: 't1', updatedAt: 't2', url: 'https://github.com/o/r/issues/1#issuecomment-7' },
      { event: 'commented', id: 7, user: { login: 'bob', type: 'User' }, body: 'hi', created_at: 't1', updated_at: 't2', html_url: 'https://github.com/o/r/issues/1#issuecomment-7' },
    ],
  ])('%o', (node, rest) => {
    expect(restTimelineEntry(node)).toEqual(rest);
  });

  it.each([null, 42, {}, { __typename: 'SubscribedEvent', id: 'x' }])('drops %o', (node) => {
    expect(restTimelineEntry(node)).toBeNull();
  });
});

describe('the readers refuse answers without the thing asked for', () => {
  it.each([null, {}, { repository: null }, { repository: { issue: null } }])('issue: %o', (data) => {
    expect(readIssueGraph(data)).toBeNull();
  });
  it.each([null, {}, { search: null }])('list: %o', (data) => {
    expect(readListGraph(data)).toBeNull();
  });
  it.each([null, {}, { repositoryOwner: null }, { repositoryOwner: {} }])('project: %o', (data) => {
    expect(readProjectGraph(data)).toBeNull();
  });
});

describe('restIssue', () => {
  it('maps enums, connections and the comment count', () => {
    expect(
      restIssue({
        number: 3,
        title: 'T',
        state: 'CLOSED',
        stateReason: 'DUPLICATE',
        url: 'https://github.com/o/r/issues/3',
        createdAt: 'c',
        updatedAt: 'u',
        closedAt: 'x',
        body: 'b',
        author: null,
        assignees: { nodes: [{ login: 'ann' }] },
        labels: { nodes: [{ name: 'bug' }] },
        milestone: null,
        comments: { totalCount: 4 },
      }),
    ).toEqual({
      number: 3,
      title: 'T',
      state: 'closed',
      state_reason: 'duplicate',
      html_url: 'https://github.com/o/r/issues/3',
      created_at: 'c',
      updated_at: 'u',
      closed_at: 'x',
      body: 'b',
      user: null,
      assignees: [{ login: 'ann', type: 'User' }],
      labels: [{ name: 'bug' }],
      milestone: null,
      comments: 4,
    });
  });
});

describe('restIssue: issue types and sub-issues', () => {
  it('carries the GraphQL issue type, parent and sub-issue summary over in REST names', () => {
    const rest = restIssue({ number: 3, title: 't', state: 'OPEN', url: 'https://github.com/a/b/issues/3', issueType: { name: 'Bug' }, parent: { url: 'https://github.com/a/b/issues/1' }, subIssuesSummary: { total: 4, completed: 1 } });
    expect(rest).toMatchObject({ type: { name: 'Bug' }, parent_issue_url: 'https://github.com/a/b/issues/1', sub_issues_summary: { total: 4, completed: 1 } });
    expect(restIssue({ number: 4, title: 't', state: 'OPEN' })).not.toHaveProperty('type');
  });
});
