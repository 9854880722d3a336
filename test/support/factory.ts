// Small builders for tracker models, so tests (and the converters' tests and the benchmark) read like
// the situation they describe: "Pam moved PROJ-1 to In Progress on day 3".
// Not used by the product itself.
import { createContext, type AnalyzeOptions } from '../../src/core/engine';
import type { Comment, EventKind, Item, Person, TrackerData, TrackerEvent } from '../../src/core/model';
import { addPerson, newPeople, personIn } from '../../src/core/people';
import type { Role, Roster } from '../../src/core/roster';
import type { Signal, SignalContext, SignalResult } from '../../src/core/signals/types';
import type { ClassifyOptions, TextFeatures } from '../../src/core/text/types';

/** Day 0 of every test story; `day(n)` is n days later. */
export const T0 = Date.parse('2026-01-05T09:00:00.000Z');
export const NOW = day(200);

export function day(n: number, hours = 0): string {
  return new Date(T0 + n * 86_400_000 + hours * 3_600_000).toISOString();
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function person(id: string, extra: Partial<Person> = {}): Person {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), ...extra };
}

export function item(key: string, over: Partial<Item> = {}): Item {
  return {
    key,
    tracker: 'jira',
    url: `https://acme.atlassian.net/browse/${key}`,
    title: `Work item ${key}`,
    type: 'story',
    state: 'open',
    status: 'To Do',
    created: day(0),
    creator: null,
    assignees: [],
    fixVersions: [],
    labels: [],
    children: [],
    links: [],
    description: null,
    descriptionAuthor: null,
    descriptionEdits: [],
    comments: [],
    events: [],
    ...over,
  };
}

export function event(kind: EventKind, actor: string | null, at: string, extra: Partial<TrackerEvent> = {}): TrackerEvent {
  const id = nextId('ev');
  return { id, kind, actor, at, url: `https://acme.atlassian.net/events/${id}`, ...extra };
}

export function comment(author: string | null, text: string, at: string, extra: Partial<Comment> = {}): Comment {
  const id = extra.id ?? nextId('c');
  return {
    id,
    author,
    created: at,
    body: { text, format: 'plain' },
    url: `https://acme.atlassian.net/comments/${id}`,
    mentions: [],
    ...extra,
  };
}

export function text(body: string): Item['description'] {
  return { text: body, format: 'plain' };
}

/** Tracker data around some items; everyone who appears gets a Person entry. */
export function tracker(items: Item[], over: Partial<TrackerData> = {}): TrackerData {
  const people = newPeople();
  const see = (id: string | null | undefined) => {
    if (id && !personIn(people, id)) addPerson(people, person(id));
  };
  for (const i of items) {
    [i.creator, i.reporter, i.descriptionAuthor, ...i.assignees].forEach(see);
    i.descriptionEdits.forEach((e) => see(e.actor));
    i.comments.forEach((c) => {
      see(c.author);
      c.mentions.forEach(see);
    });
    i.events.forEach((e) => see(e.actor));
  }
  see(over.me);
  return {
    tracker: 'jira',
    site: 'acme.atlassian.net',
    project: 'PROJ',
    scope: 'backlog',
    items,
    me: null,
    ...over,
    people: { ...people, ...(over.people ?? {}) },
  };
}

/** A roster from role → ids, with optional teams. */
export function roster(
  byRole: Partial<Record<Role, string[]>>,
  teams: Record<string, string> = {},
  myRole?: Role,
): Roster {
  const people = (Object.keys(byRole) as Role[]).flatMap((role) =>
    (byRole[role] ?? []).map((id) => ({ id, role, ...(teams[id] ? { team: teams[id] } : {}) })),
  );
  return myRole ? { people, myRole } : { people };
}

/**
 * A stand-in classifier driven by tags in the text ("[value]", "[ac]", "[solution]", "[compound]",
 * "[concern]", "[decision]", "[negative]", "[positive]"), so signal tests don't depend on the real
 * classifiers' wording rules; those have their own tests.
 */
export function markerClassifier(body: string, options?: ClassifyOptions): TextFeatures {
  const all = `${options?.title ?? ''}\n${body}`;
  const has = (tag: string) => all.includes(`[${tag}]`);
  return {
    valueStatement: has('value'),
    acceptanceCriteria: has('ac'),
    solutionOriented: has('solution'),
    atomic: !has('compound'),
    concern: has('concern'),
    decision: has('decision'),
    tone: has('negative') ? 'negative' : has('positive') ? 'positive' : 'neutral',
  };
}

/** A signal context as the engine builds it, with the tag classifier and a fixed clock. */
export function contextFor(data: TrackerData, options: AnalyzeOptions = {}): SignalContext {
  return createContext(data, { classify: markerClassifier, now: NOW, ...options });
}

export function run(signal: Signal, data: TrackerData, options: AnalyzeOptions = {}): SignalResult {
  return signal.evaluate(contextFor(data, options));
}

/** `n` copies of something, numbered from 0. */
export function times<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
