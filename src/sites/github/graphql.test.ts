import { describe, expect, it } from 'vitest';
import { isConvertError } from '../convert-common';
import { githubToTrackerData } from './convert';
import { issueQuery, lacksNewFields, listQuery, projectQuery, readIssueGraph, readListGraph, readProjectGraph, restIssue, restTimelineEntry } from './graphql';

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

describe('the 2025 fields, and servers that lack them', () => {
  const NEW = ['issueType', 'parent', 'subIssuesSummary', 'duplicateOf', 'enableDuplicate'];

  it('the current form asks for issue types, parents, sub-issue summaries and duplicates; the legacy form for none', () => {
    for (const query of [issueQuery, listQuery, projectQuery]) {
      const legacy = query('legacy');
      for (const name of NEW) expect(legacy).not.toContain(name);
      expect(query('current')).toContain('enableDuplicate: true');
    }
    for (const name of NEW) expect(listQuery('current')).toContain(name);
    // A project view has no timelines; the issue page takes its own fields from REST and its timeline
    // (duplicates included) from GraphQL.
    for (const name of ['issueType', 'parent', 'subIssuesSummary']) expect(projectQuery('current')).toContain(name);
    expect(issueQuery('current')).toContain('duplicateOf');
  });

  // GitHub's error answer for a field its schema lacks (graphql-ruby's validation format, as GitHub
  // Enterprise Server sends it for a field added after its release).
  const undefinedField = (field: string, type = 'Issue') => ({
    path: ['query TandemList', 'search', 'nodes', '... on Issue', field],
    extensions: { code: 'undefinedField', typeName: type, fieldName: field },
    locations: [{ line: 6, column: 9 }],
    message: `Field '${field}' doesn't exist on type '${type}'`,
  });

  it('knows an answer that says only that the new fields are missing', () => {
    expect(lacksNewFields([undefinedField('issueType'), undefinedField('subIssuesSummary'), undefinedField('duplicateOf', 'ClosedEvent')])).toBe(true);
    expect(
      lacksNewFields([
        {
          path: ['query TandemIssue', 'repository', 'issue', 'timelineItems', 'nodes', '... on ClosedEvent', 'stateReason', 'enableDuplicate'],
          extensions: { code: 'argumentNotAccepted', name: 'stateReason', typeName: 'Field', argumentName: 'enableDuplicate' },
          locations: [{ line: 14, column: 62 }],
          message: "Field 'stateReason' doesn't accept argument 'enableDuplicate'",
        },
      ]),
    ).toBe(true);
    // The message alone is enough when a proxy dropped the extensions.
    expect(lacksNewFields([{ message: "Field 'parent' doesn't exist on type 'Issue'" }])).toBe(true);
  });

  it('does not take other errors for a missing field', () => {
    expect(lacksNewFields([])).toBe(false);
    expect(lacksNewFields(null)).toBe(false);
    expect(lacksNewFields([{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'acme/nope'." }])).toBe(false);
    expect(lacksNewFields([undefinedField('milestoneTitle', 'MilestonedEvent')])).toBe(false);
    // One missing new field beside another fault: retrying without the new fields would not help.
    expect(lacksNewFields([undefinedField('issueType'), { type: 'RATE_LIMITED', message: 'API rate limit exceeded' }])).toBe(false);
  });

  it('a closing as a duplicate reads the same from GraphQL as from REST', () => {
    const ctx = { host: 'github.com', repo: 'acme/widgets' };
    const issue = { number: 7, title: 'Export fails', state: 'closed', state_reason: 'duplicate', html_url: 'https://github.com/acme/widgets/issues/7', created_at: '2026-10-01T00:00:00Z', closed_at: '2026-10-02T00:00:00Z', user: { login: 'ann', id: 1 }, labels: [], assignees: [] };
    const graphClosed = restTimelineEntry({
      __typename: 'ClosedEvent',
      id: 'CE_7',
      actor: actor('erin'),
      createdAt: '2026-10-02T00:00:00Z',
      stateReason: 'DUPLICATE',
      duplicateOf: { __typename: 'Issue', number: 3, url: 'https://github.com/acme/widgets/issues/3' },
    });
    // REST: the timeline's marked_as_duplicate event, then the closing.
    const restTimeline = [
      { id: 1, event: 'marked_as_duplicate', actor: { login: 'erin' }, created_at: '2026-10-02T00:00:00Z', source: { issue: { number: 3, html_url: 'https://github.com/acme/widgets/issues/3' } } },
      { id: 2, event: 'closed', actor: { login: 'erin' }, created_at: '2026-10-02T00:00:00Z', state_reason: 'duplicate' },
    ];
    const fromGraph = githubToTrackerData([{ issue, timeline: [graphClosed] }], ctx);
    const fromRest = githubToTrackerData([{ issue, timeline: restTimeline }], ctx);
    if (isConvertError(fromGraph) || isConvertError(fromRest)) throw new Error('not converted');
    const [g, r] = [fromGraph.items[0]!, fromRest.items[0]!];
    expect(g.resolution).toBe('duplicate');
    expect(g.resolution).toBe(r.resolution);
    expect(g.links).toEqual([{ type: 'duplicates', key: 'acme/widgets#3', url: 'https://github.com/acme/widgets/issues/3' }]);
    expect(g.links).toEqual(r.links);
  });

  it('an issue type, its parent and its sub-issues read the same from GraphQL as from REST', () => {
    const ctx = { host: 'github.com', repo: 'acme/widgets' };
    // REST, as GitHub's docs show the issue object since 2025 (trimmed to what Tandem reads).
    const rest = {
      number: 12,
      title: 'Audit log export',
      state: 'open',
      state_reason: null,
      html_url: 'https://github.com/acme/widgets/issues/12',
      url: 'https://api.github.com/repos/acme/widgets/issues/12',
      created_at: '2026-09-01T00:00:00Z',
      closed_at: null,
      user: { login: 'pat-pm', id: 9 },
      labels: [],
      assignees: [],
      type: { id: 1, node_id: 'IT_kwDOA', name: 'Feature', description: 'A request, idea, or new functionality', color: 'blue', is_enabled: true },
      parent_issue_url: 'https://api.github.com/repos/acme/widgets/issues/1',
      sub_issues_summary: { total: 3, completed: 1, percent_completed: 33 },
    };
    const graph = restIssue({
      number: 12,
      title: 'Audit log export',
      state: 'OPEN',
      stateReason: null,
      url: 'https://github.com/acme/widgets/issues/12',
      createdAt: '2026-09-01T00:00:00Z',
      closedAt: null,
      author: actor('pat-pm'),
      assignees: { nodes: [] },
      labels: { nodes: [] },
      milestone: null,
      issueType: { name: 'Feature' },
      parent: { number: 1, url: 'https://github.com/acme/widgets/issues/1' },
      subIssuesSummary: { total: 3, completed: 1 },
    });
    const a = githubToTrackerData([rest], ctx);
    const b = githubToTrackerData([graph], ctx);
    if (isConvertError(a) || isConvertError(b)) throw new Error('not converted');
    const pick = (i: (typeof a.items)[number]) => ({ type: i.type, parent: i.parent, subItems: i.subItems, state: i.state, resolution: i.resolution ?? null });
    expect(pick(a.items[0]!)).toEqual({ type: 'epic', parent: 'acme/widgets#1', subItems: { total: 3, done: 1 }, state: 'open', resolution: null });
    expect(pick(b.items[0]!)).toEqual(pick(a.items[0]!));
  });
});
