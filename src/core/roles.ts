// Who is who: turns the roster, the signed-in user and what people visibly do into a role per person.
// Roster entries are facts the user gave us; everything else is a guess and is labelled as one.
import type { TrackerData } from './model';
import { identityResolver } from './people';
import type { Role, Roster } from './roster';
import { say, type MessageKey } from './words';

export type RoleSource = 'roster' | 'me' | 'inferred' | 'unknown';

export interface RoleEntry {
  id: string;
  role: Role;
  source: RoleSource;
  /** Why we think so, in plain words (always set for inferred roles). */
  reason?: string;
  team?: string;
}

export interface RoleBook {
  /** The signed-in user, when known. */
  me: string | null;
  /** Known role of a person, or null when nobody knows. Unknown people are never guessed at here. */
  roleOf(id: string | null | undefined): Role | null;
  entry(id: string | null | undefined): RoleEntry | null;
  /** Everyone seen in the data or the roster, people with a known role first. */
  entries(): RoleEntry[];
  teamOf(id: string | null | undefined): string | undefined;
  /** Whether a person's role is a guess (inferred) rather than roster or the signed-in user. */
  isInferred(id: string | null | undefined): boolean;
  em: string[];
  pms: string[];
  engineers: string[];
  emKnown: boolean;
  /** True when at least one engineer is known only by inference. */
  engineersInferred: boolean;
}

export interface RoleOptions {
  /** Guess engineers from activity for people the roster doesn't name (default true). */
  infer?: boolean;
}

/** Why a role was guessed, as messages; the entry carries the words. */
export const INFER_REASON_PULL_REQUESTS: MessageKey = 'roleReasonPullRequests';
export const INFER_REASON_CLOSES_WORK: MessageKey = 'roleReasonClosesWork';
export const INFER_REASON_BOT: MessageKey = 'roleReasonBot';

// Status names that mean work has started; engineers move their own items into these.
const WORK_STARTED = /progress|review|doing|develop|implement|\bqa\b|testing|code/i;

/**
 * What the data alone says about who is who: everyone seen (people described first, then in the order
 * the items show them) and everyone who moved an item assigned to them into work or closed it (in the
 * order they first did). The roster and the signed-in user do not change it, so the engine keeps it
 * for a model across evaluations and passes it to `buildRoles`.
 */
export interface Sightings {
  readonly seen: readonly string[];
  readonly closers: readonly string[];
}

export function sightingsOf(data: TrackerData): Sightings {
  const seen = new Set<string>(Object.keys(data.people));
  const closers = new Set<string>();
  // One walk over the items serves both the guesses and the list of everyone seen: on a large
  // backlog each walk over every event costs more than the work done per event. Indexed loops: this
  // runs once per model, mostly before the optimiser steps in, and an unoptimised for…of allocates a
  // step object per element (a megabyte per 1,000 issues).
  for (let i = 0; i < data.items.length; i++) {
    const item = data.items[i]!;
    if (item.creator) seen.add(item.creator);
    if (item.reporter) seen.add(item.reporter);
    if (item.descriptionAuthor) seen.add(item.descriptionAuthor);
    for (const id of item.assignees) if (id) seen.add(id);
    const comments = item.comments;
    for (let c = 0; c < comments.length; c++) {
      const author = comments[c]!.author;
      if (author) seen.add(author);
    }
    // A set only for long lists (a hostile page may list thousands); most items have one assignee.
    const assignees = item.assignees.length > 4 ? new Set(item.assignees) : item.assignees;
    const assigned = (id: string) => (Array.isArray(assignees) ? assignees.includes(id) : assignees.has(id));
    const events = item.events;
    for (let e = 0; e < events.length; e++) {
      const ev = events[e]!;
      const actor = ev.actor;
      if (!actor) continue;
      seen.add(actor);
      if (closers.has(actor) || !assigned(actor)) continue;
      const closes = ev.kind === 'resolved';
      const starts = ev.kind === 'status' && typeof ev.to === 'string' && WORK_STARTED.test(ev.to);
      if (closes || starts) closers.add(actor);
    }
  }
  return { seen: [...seen], closers: [...closers] };
}

export function buildRoles(data: TrackerData, roster: Roster | null, options: RoleOptions = {}, walk?: Sightings): RoleBook {
  const infer = options.infer !== false;
  const book = new Map<string, RoleEntry>();
  // A roster may name someone by any of their identifiers (a Jira user name where the data keys
  // people by accountId, a login in another case): each resolves to the person's id in the data.
  const resolve = identityResolver(data.people);

  for (const p of roster?.people ?? []) {
    if (!p.id) continue;
    const id = resolve(p.id) ?? p.id;
    if (book.has(id)) continue;
    book.set(id, { id, role: p.role, source: 'roster', ...(p.team ? { team: p.team } : {}) });
  }

  const me = data.me ? (resolve(data.me) ?? data.me) : null;
  if (me && !book.has(me)) {
    book.set(me, { id: me, role: roster?.myRole ?? 'pm', source: 'me' });
  }

  for (const person of Object.values(data.people)) {
    if (person.bot && !book.has(person.id)) {
      book.set(person.id, { id: person.id, role: 'other', source: 'inferred', reason: say(INFER_REASON_BOT) });
    }
  }

  const setEngineer = (id: string | null | undefined, reason: MessageKey) => {
    if (!id || book.has(id)) return;
    book.set(id, { id, role: 'engineer', source: 'inferred', reason: say(reason) });
  };
  if (infer) for (const id of data.pullRequestAuthors ?? []) setEngineer(id, INFER_REASON_PULL_REQUESTS);
  const { seen, closers } = walk ?? sightingsOf(data);
  if (infer) for (const id of closers) setEngineer(id, INFER_REASON_CLOSES_WORK);
  // Everyone else we saw stays unknown: present in the list, with no role claimed.
  for (const id of seen) {
    if (!book.has(id)) book.set(id, { id, role: 'other', source: 'unknown' });
  }

  const known = (e: RoleEntry) => e.source !== 'unknown';
  const byRole = (role: Role) => [...book.values()].filter((e) => known(e) && e.role === role).map((e) => e.id);
  const em = byRole('em');
  const engineers = byRole('engineer');
  const sourceRank: Record<RoleSource, number> = { me: 0, roster: 1, inferred: 2, unknown: 3 };
  const sorted = [...book.values()].sort(
    (a, b) => sourceRank[a.source] - sourceRank[b.source] || a.id.localeCompare(b.id),
  );

  return {
    me,
    roleOf(id) {
      if (!id) return null;
      const e = book.get(id);
      return e && known(e) ? e.role : null;
    },
    entry(id) {
      return (id && book.get(id)) || null;
    },
    entries: () => sorted.map((e) => ({ ...e })),
    teamOf(id) {
      return id ? book.get(id)?.team : undefined;
    },
    isInferred(id) {
      return !!id && book.get(id)?.source === 'inferred';
    },
    em,
    pms: byRole('pm'),
    engineers,
    emKnown: em.length > 0,
    engineersInferred: engineers.some((id) => book.get(id)?.source === 'inferred'),
  };
}
