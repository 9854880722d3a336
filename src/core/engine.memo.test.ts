import { describe, expect, it } from 'vitest';
import { makeBacklog } from '../../scripts/bench';
import { analyze, createContext, type AnalyzeOptions } from './engine';
import type { TrackerData } from './model';
import type { Roster } from './roster';
import { markerClassifier } from '../../test/support/factory';

// The engine keeps what the data alone decides per model object, across evaluations (src/core/context.ts,
// memoizeModel and memoizeReading). Whatever was evaluated before, an evaluation must answer exactly as
// it does on a fresh copy of the same data, which nothing is known of.
const NOW = '2026-11-24T09:00:00.000Z';
const TEAM: Roster = {
  people: [
    { id: 'pnair', role: 'pm' },
    { id: 'mrossi', role: 'em' },
    { id: 'lkowalski', role: 'engineer' },
    { id: 'tbrandt', role: 'engineer' },
    { id: 'jpark', role: 'engineer' },
  ],
};
// Roles moved round, and thresholds each memoised fact is applied with moved far from their defaults.
const SWAPPED: Roster = { people: [{ id: 'mrossi', role: 'pm' }, { id: 'pnair', role: 'engineer' }, { id: 'sokafor', role: 'em' }, { id: 'rmenon', role: 'pm' }] };
const THRESHOLDS = { earlyLifeShare: 0.6, reasonWindowHours: 2, requestWindowHours: 500, discussionMinComments: 5, routineShare: 0.1, ownershipShare: 0.5, cadenceWindowDays: 30, soleDocumenterShare: 0.3 };

const SETTINGS: AnalyzeOptions[] = [
  { roster: TEAM, now: NOW },
  { roster: SWAPPED, now: NOW, thresholds: THRESHOLDS },
  { roster: null, now: '2027-06-01T00:00:00.000Z' },
  { roster: TEAM, now: NOW, inferRoles: false },
  { roster: TEAM, now: NOW, classify: markerClassifier },
];

const fresh = (data: TrackerData, options: AnalyzeOptions) => analyze(structuredClone(data), options);

describe('facts kept per model', () => {
  it('answer every settings change as a fresh copy does, in any order', () => {
    const data = makeBacklog(120, 7);
    for (const options of [...SETTINGS, ...[...SETTINGS].reverse()]) {
      expect(analyze(data, options)).toEqual(fresh(data, options));
    }
  });

  it('are worked out again when items, comments or events are added, replaced or removed', () => {
    const data = makeBacklog(60, 11);
    const options = SETTINGS[0]!;
    const changes: ((d: TrackerData) => void)[] = [
      (d) => d.items[3]!.comments.push({ ...d.items[3]!.comments[0]!, id: 'new', author: 'jpark', created: '2026-11-20T10:00:00.000Z' }),
      (d) => (d.items[4]!.events = d.items[4]!.events.filter((e) => e.kind !== 'priority' && e.kind !== 'rank')),
      (d) => d.items.pop(),
      (d) => (d.items[0] = { ...d.items[0]!, state: 'done', resolution: 'wont-do', resolved: '2026-11-01T10:00:00.000Z' }),
      (d) => (d.items[1]!.state = d.items[1]!.state === 'done' ? 'open' : 'done'),
      (d) => (d.items[2]!.description = { text: 'So that shoppers stop losing carts, we decided to keep them because support asked.', format: 'markdown' }),
      (d) => (d.people = { ...d.people, lkowalski: { id: 'lkowalski', name: 'Lena', bot: true } }),
    ];
    for (const change of changes) {
      // Twice: facts are kept from a model's second evaluation on.
      analyze(data, options);
      const before = analyze(data, options);
      change(data);
      const after = analyze(data, options);
      expect(after).toEqual(fresh(data, options));
      expect(after).not.toEqual(before);
    }
  });

  it('do not mix two readers of the texts', () => {
    const data = makeBacklog(40, 3);
    const withModels = analyze(data, { roster: TEAM, now: NOW });
    const withMarkers = analyze(data, { roster: TEAM, now: NOW, classify: markerClassifier });
    expect(withMarkers).toEqual(fresh(data, { roster: TEAM, now: NOW, classify: markerClassifier }));
    expect(analyze(data, { roster: TEAM, now: NOW })).toEqual(withModels);
    expect(withMarkers).not.toEqual(withModels);
  });

  it('are kept from the second evaluation of a model on, never for a copy evaluated once', () => {
    const data = makeBacklog(5, 1);
    expect(createContext(data, { now: NOW }).keeps).toBe(false);
    expect(createContext(data, { now: NOW }).keeps).toBe(true);
    expect(createContext(structuredClone(data), { now: NOW }).keeps).toBe(false);
    // Changed data is a model seen for the first time.
    data.items.pop();
    expect(createContext(data, { now: NOW }).keeps).toBe(false);
  });
});
