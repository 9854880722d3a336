// Property tests: any well-formed tracker model, roster, agreement and thresholds give an analysis that
// matches the schema, with no signal failing, and with counts that agree with the input.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../test/support/analysis-schema';
import { analyze } from './engine';
import { SIGNAL_IDS } from './guide';
import type { Comment, EventKind, Item, TrackerData, TrackerEvent } from './model';
import type { Roster, WorkingAgreement } from './roster';
import { markerClassifier } from '../../test/support/factory';

const PEOPLE = ['pam', 'erin', 'eli', 'eve', 'olga', 'ci-bot'];
const personId = fc.constantFrom(...PEOPLE);
const maybePerson = fc.option(personId, { nil: null });
const iso = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2026-12-31') }).map((ms) => new Date(ms).toISOString());
const TAGS = ['[value]', '[ac]', '[solution]', '[compound]', '[concern]', '[decision]', '[negative]', '[positive]', 'words', ''];
const body = fc.array(fc.constantFrom(...TAGS), { maxLength: 4 }).map((parts) => parts.join(' '));
const EVENT_KINDS: EventKind[] = ['created', 'status', 'assignment', 'sprint', 'milestone', 'fix-version', 'rank', 'priority', 'estimate', 'label', 'description', 'title', 'resolved', 'reopened', 'link', 'other'];

const eventArb: fc.Arbitrary<TrackerEvent> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...EVENT_KINDS),
  actor: maybePerson,
  at: iso,
  from: fc.option(fc.oneof(personId, fc.constantFrom('To Do', 'In Progress', 'Done')), { nil: null }),
  to: fc.option(fc.oneof(personId, fc.constantFrom('To Do', 'In Progress', 'In Review', 'Done')), { nil: null }),
  resolution: fc.option(fc.constantFrom('done', 'wont-do', 'duplicate', 'not-planned', 'other'), { nil: undefined }),
});

const commentArb: fc.Arbitrary<Comment> = fc.record({
  id: fc.uuid(),
  author: maybePerson,
  created: iso,
  body: body.map((text) => ({ text, format: 'plain' as const })),
  mentions: fc.array(personId, { maxLength: 2 }),
  replyTo: fc.option(fc.uuid(), { nil: undefined }),
});

const itemArb = (key: string): fc.Arbitrary<Item> =>
  fc
    .record({
      type: fc.constantFrom('story', 'task', 'bug', 'epic', 'sub-task', 'issue', 'other'),
      state: fc.constantFrom('open', 'in-progress', 'done'),
      created: iso,
      resolved: fc.option(iso, { nil: null }),
      resolution: fc.option(fc.constantFrom('done', 'wont-do', 'duplicate', 'not-planned', 'other'), { nil: null }),
      creator: maybePerson,
      assignees: fc.array(personId, { maxLength: 2 }),
      estimate: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      priority: fc.option(fc.constantFrom('Highest', 'High', 'Low', 'P1'), { nil: null }),
      sprint: fc.option(fc.constant('Sprint 1'), { nil: null }),
      labels: fc.array(fc.constantFrom('docs', 'bug', 'ux'), { maxLength: 2 }),
      title: body,
      description: fc.option(body.map((text) => ({ text, format: 'markdown' as const })), { nil: null }),
      descriptionAuthor: maybePerson,
      descriptionEdits: fc.array(fc.record({ actor: maybePerson, at: iso }), { maxLength: 2 }),
      comments: fc.array(commentArb, { maxLength: 5 }),
      events: fc.array(eventArb, { maxLength: 8 }),
      children: fc.array(fc.constantFrom('K-0', 'K-1', 'K-2'), { maxLength: 2 }),
    })
    .map((r) => ({ ...r, key, tracker: 'jira' as const, url: `https://acme.atlassian.net/browse/${key}`, status: r.state, fixVersions: [], links: [] }));

const dataArb: fc.Arbitrary<TrackerData> = fc
  .record({
    count: fc.integer({ min: 0, max: 8 }),
    scope: fc.constantFrom('item', 'backlog'),
    me: fc.option(personId, { nil: null }),
    prs: fc.array(personId, { maxLength: 2 }),
  })
  .chain(({ count, scope, me, prs }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => itemArb(`K-${i}`))).map(
      (items): TrackerData => ({
        tracker: 'jira',
        site: 'acme.atlassian.net',
        project: 'K',
        scope,
        items,
        me,
        pullRequestAuthors: prs,
        people: Object.fromEntries(PEOPLE.map((id) => [id, { id, name: id, ...(id === 'ci-bot' ? { bot: true } : {}) }])),
      }),
    ),
  );

const rosterArb: fc.Arbitrary<Roster | null> = fc.option(
  fc.record({
    people: fc.uniqueArray(
      fc.record({ id: personId, role: fc.constantFrom('pm', 'em', 'engineer', 'other'), team: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }) }),
      { selector: (p) => p.id, maxLength: 5 },
    ),
  }),
  { nil: null },
);

const agreementArb: fc.Arbitrary<WorkingAgreement | null> = fc.option(
  fc.record({
    owners: fc.dictionary(
      fc.constantFrom('backlog-grooming', 'sprint-planning', 'status-updates', 'documentation', 'estimation', 'triage', 'prioritisation'),
      fc.constantFrom('pm', 'em', 'engineering', 'shared'),
    ),
  }),
  { nil: null },
);

const thresholdsArb = fc.record({ routineShare: fc.double({ min: -1, max: 2, noNaN: true }), minItems: fc.integer({ min: -2, max: 20 }) }, { requiredKeys: [] });

describe('analyze on any model', () => {
  it('matches the schema, runs every signal without failing, and counts what it was given', () => {
    fc.assert(
      fc.property(dataArb, rosterArb, agreementArb, thresholdsArb, (data, rost, agreement, thresholds) => {
        const out = analyze(data, { roster: rost, agreement, thresholds, classify: markerClassifier, now: '2026-06-01T00:00:00.000Z' });
        const parsed = v.safeParse(AnalysisSchema, out);
        expect(parsed.issues ?? []).toEqual([]);
        expect(out.signals.map((s) => s.id)).toEqual([...SIGNAL_IDS]);
        expect(out.signals.filter((s) => s.summary.startsWith('Tandem could not read'))).toEqual([]);
        expect(out.stats.issues).toBe(data.items.length);
        expect(out.stats.comments).toBe(data.items.reduce((n, i) => n + i.comments.length, 0));
        const routine = Object.values(out.stats.routineActions).reduce((a, b) => a + b, 0);
        const byKind = Object.values(out.stats.routineActionsByKind ?? {}).reduce((a, k) => a + Object.values(k).reduce((x, y) => x + y, 0), 0);
        expect(byKind).toBe(routine);
        expect(out.stats.routineActions['ci-bot']).toBeUndefined();
        for (const s of out.signals) {
          if (s.status === 'insufficient-data') expect(s.observations).toBeDefined();
          if (s.status === 'needs-setup') expect(s.setup).toBeDefined();
          if (s.status === 'self-check' || s.status === 'needs-setup') expect(s.confidence).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, even on malformed dates, unknown people and arbitrary text read by the real classifiers', () => {
    fc.assert(
      fc.property(dataArb, fc.string(), fc.string({ maxLength: 200 }), (data, junk, words) => {
        const messy = {
          ...data,
          items: data.items.map((i) => ({
            ...i,
            created: junk,
            description: { text: `${words} ${i.description?.text ?? ''}`, format: 'markdown' as const },
            comments: i.comments.map((c) => ({ ...c, body: { text: words, format: 'plain' as const } })),
            events: i.events.map((e) => ({ ...e, at: junk, actor: e.actor ? `${e.actor}?` : null })),
          })),
        };
        const out = analyze(messy, { now: junk });
        expect(v.safeParse(AnalysisSchema, out).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
