// One person per human. Trackers name the same human several ways: Jira by accountId, user name, user
// key, e-mail address and display name (changelog values carry whichever id the deployment uses);
// GitHub by login (case-insensitive, and changed on rename) and a numeric id that never changes.
// Converters record every identifier they see on a Person (`aliases`); `unifyPeople` then merges the
// sightings that share any identifier, and as a last resort a sighting that has only a display name
// with the one person of that display name (flagged `matchedByName`: a guess), and rewrites every
// person id in the items to the chosen one.
//
// Ids come from tracker data, so nothing here uses them as keys of a plain object: people records
// have no prototype and are read with `personIn` (a login "constructor" or a user named "__proto__"
// is just a person).
import type { Item, Person, TrackerData } from './model';

export type People = Record<string, Person>;

/** An empty people record with no prototype: any id is a safe key. */
export function newPeople(): People {
  return Object.create(null) as People;
}

/** The person stored under an id, only if it really is stored there (never an inherited property). */
export function personIn(people: People, id: string | null | undefined): Person | undefined {
  return id != null && Object.prototype.hasOwnProperty.call(people, id) ? people[id] : undefined;
}

/** Adds or enriches a person; a later sighting with more detail (name, url, ids) fills gaps, never erases. */
export function addPerson(people: People, person: Person): void {
  const known = personIn(people, person.id);
  if (!known) {
    // Without a prototype, assignment makes plain data even of "__proto__"; a record that has one (it
    // crossed a message boundary) gets defineProperty, which never reaches the prototype's setter.
    if (Object.getPrototypeOf(people) === null) people[person.id] = { ...person };
    else Object.defineProperty(people, person.id, { value: { ...person }, enumerable: true, writable: true, configurable: true });
    return;
  }
  if ((!known.name || known.name === known.id) && person.name) known.name = person.name;
  if (!known.url && person.url) known.url = person.url;
  if (person.bot) known.bot = true;
  if (person.deleted) known.deleted = true;
  if (person.placeholder) known.placeholder = true;
  if (known.reference && !person.reference) delete known.reference;
  if (known.nameOnly && !person.nameOnly) delete known.nameOnly;
  if (person.aliases?.length) {
    const all = new Set([...(known.aliases ?? []), ...person.aliases]);
    all.delete(known.id);
    if (all.size) known.aliases = [...all];
  }
}

/** The same record with no prototype (a record that crossed a message boundary gets one back). */
function rehome(people: People): People {
  if (Object.getPrototypeOf(people) === null) return people;
  const out = newPeople();
  for (const id of Object.keys(people)) addPerson(out, people[id] as Person);
  return out;
}

/** How identifiers compare: logins, user names and e-mail addresses ignore case and spaces around. */
const norm = (s: string) => s.trim().toLowerCase();

/** Resolves any identifier of a person in `people` (id or alias, any case) to their id. */
export function identityResolver(people: People): (id: string | null | undefined) => string | null {
  const index = new Map<string, string>();
  for (const id of Object.keys(people)) {
    const p = people[id] as Person;
    if (!index.has(norm(id))) index.set(norm(id), id);
    for (const a of p.aliases ?? []) if (!index.has(norm(a))) index.set(norm(a), id);
  }
  return (id) => (id ? (personIn(people, id) ? id : (index.get(norm(id)) ?? null)) : null);
}

/**
 * Merges every sighting of the same human into one person and rewrites the items' person ids (authors,
 * assignees, actors, assignment values, mentions, merged-PR authors, the signed-in user) to the kept
 * id. Linear in the data; returns `data` itself when nothing needed merging.
 */
export function unifyPeople(data: TrackerData): TrackerData {
  const people = rehome(data.people);
  const ids = Object.keys(people);
  // People referred to in the items but never described (a mention of someone not otherwise seen).
  const described = new Set(ids);
  const extra: string[] = [];
  const note = (id: string | null | undefined) => {
    if (id && !described.has(id)) {
      described.add(id);
      extra.push(id);
    }
  };
  for (let i = 0; i < data.items.length; i++) forEachPersonId(data.items[i]!, note);
  const all = [...ids, ...extra];
  const person = (i: number): Person => personIn(people, all[i]) ?? { id: all[i] as string, name: all[i] as string, reference: true };

  // Union-find over the sightings.
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const guessed = new Set<number>();
  // Per root: whether the group holds a described sighting (a user object, not only a name or an id).
  const hasDescribed = all.map((_, i) => !person(i).nameOnly && !person(i).reference);
  const union = (a: number, b: number, byName = false) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The root is the earlier sighting, so the kept id is the first one the data showed.
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    if (hasDescribed[drop]) hasDescribed[keep] = true;
    if (byName || guessed.has(drop)) guessed.add(keep);
  };

  // 1. Any shared identifier (id or alias) is the same human. Display names are not identifiers.
  const byId = new Map<string, number>();
  all.forEach((id, i) => {
    const p = person(i);
    for (const key of p.nameOnly ? (p.aliases ?? []) : [id, ...(p.aliases ?? [])]) {
      const k = norm(key);
      const seen = byId.get(k);
      if (seen === undefined) byId.set(k, i);
      else union(seen, i);
    }
  });

  // 2. Last resort, a guess: a sighting with only a display name (or an id nothing else carries, seen
  // only in a changelog value) joins the one described person of that display name. Two people of
  // the same name stay apart.
  const byName = new Map<string, Set<number>>();
  all.forEach((id, i) => {
    const p = person(i);
    if (p.nameOnly || p.reference || !p.name || p.name === id) return;
    const k = norm(p.name);
    const set = byName.get(k) ?? new Set<number>();
    set.add(find(i));
    byName.set(k, set);
  });
  all.forEach((id, i) => {
    const p = person(i);
    if (!p.nameOnly && !p.reference) return;
    if (p.reference && (!p.name || p.name === id)) return; // nothing but an id: no name to go by
    const root = find(i);
    // A reference that already matched a described person by id needs no guess.
    if (p.reference && hasDescribed[root]) return;
    const roots = new Set([...(byName.get(norm(p.name)) ?? [])].map(find));
    roots.delete(root);
    if (roots.size === 1) union([...roots][0] as number, i, true);
  });

  // Pick each group's id: its first described (non-reference, non-name-only) sighting, else its first.
  const chosen = new Map<number, number>();
  all.forEach((_, i) => {
    const r = find(i);
    const p = person(i);
    const current = chosen.get(r);
    const describedP = !p.nameOnly && !p.reference;
    if (current === undefined) chosen.set(r, i);
    else {
      const c = person(current);
      if ((c.nameOnly || c.reference) && describedP) chosen.set(r, i);
    }
  });

  // Only ids that change need the items rewritten; most data (already unified) has none.
  let changed = false;
  const canonical = new Map<string, string>();
  const merged = newPeople();
  all.forEach((id, i) => {
    const r = find(i);
    const keepId = all[chosen.get(r) as number] as string;
    canonical.set(id, keepId);
    if (keepId !== id) changed = true;
  });
  if (!changed) {
    const meNow = data.me ? (identityResolver(people)(data.me) ?? data.me) : data.me;
    return meNow === data.me && people === data.people ? data : { ...data, people, me: meNow };
  }

  // Build the merged people, the kept sighting first so its name and url win.
  const order = all.map((_, i) => i).sort((a, b) => {
    const ra = chosen.get(find(a)) === a ? 0 : 1;
    const rb = chosen.get(find(b)) === b ? 0 : 1;
    return ra - rb || a - b;
  });
  for (const i of order) {
    const p = person(i);
    const keepId = canonical.get(all[i] as string) as string;
    const existing = personIn(merged, keepId);
    if (!existing) {
      const first: Person = { ...p, id: keepId };
      delete first.matchedByName;
      addPerson(merged, first);
      continue;
    }
    const better = (!existing.name || existing.name === existing.id || existing.nameOnly) && p.name && p.name !== p.id && !p.reference;
    // A login or user name is not a display name: only a real one may name the merged person.
    addPerson(merged, { ...p, id: keepId, name: p.name !== p.id ? p.name : '', aliases: [...(p.aliases ?? []), p.id] });
    if (better) existing.name = p.name;
  }
  for (const r of guessed) {
    const p = personIn(merged, canonical.get(all[r] as string) as string);
    if (p) p.matchedByName = true;
  }
  for (const id of Object.keys(merged)) {
    const p = merged[id] as Person;
    if (p.aliases) {
      // One spelling per identifier (logins and user names ignore case), never the id or the name.
      const seen = new Set([norm(id), norm(p.name)]);
      const aliases = p.aliases.filter((a) => !seen.has(norm(a)) && seen.add(norm(a)));
      if (aliases.length) p.aliases = aliases;
      else delete p.aliases;
    }
  }

  const to = (id: string | null | undefined) => (id ? (canonical.get(id) ?? id) : (id ?? null));
  const items = data.items.map((item) => rewriteItem(item, to));
  const out: TrackerData = { ...data, items, people: merged };
  const resolve = identityResolver(merged);
  if (data.me) out.me = resolve(data.me) ?? data.me;
  if (data.pullRequestAuthors) out.pullRequestAuthors = [...new Set(data.pullRequestAuthors.map((a) => to(a) as string))];
  return out;
}

function forEachPersonId(item: Item, f: (id: string | null | undefined) => void): void {
  // Indexed loops: this runs once per analysis over every comment and event, mostly before the
  // optimiser steps in, where for…of and forEach allocate per element.
  f(item.creator);
  f(item.reporter);
  f(item.descriptionAuthor);
  for (let i = 0; i < item.assignees.length; i++) f(item.assignees[i]);
  for (let i = 0; i < item.descriptionEdits.length; i++) f(item.descriptionEdits[i]!.actor);
  const comments = item.comments;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    f(c.author);
    for (let m = 0; m < c.mentions.length; m++) f(c.mentions[m]);
  }
  const events = item.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    f(e.actor);
    if (e.kind === 'assignment') {
      f(e.from);
      f(e.to);
    }
  }
}

function rewriteItem(item: Item, to: (id: string | null | undefined) => string | null): Item {
  const out: Item = {
    ...item,
    creator: to(item.creator),
    assignees: [...new Set(item.assignees.map((a) => to(a) as string))],
    descriptionAuthor: to(item.descriptionAuthor),
    descriptionEdits: item.descriptionEdits.map((e) => ({ ...e, actor: to(e.actor) })),
    comments: item.comments.map((c) => ({ ...c, author: to(c.author), mentions: [...new Set(c.mentions.map((m) => to(m) as string))] })),
    events: item.events.map((e) => {
      const ev = { ...e, actor: to(e.actor) };
      if (e.kind === 'assignment') {
        if (e.from !== undefined) ev.from = to(e.from);
        if (e.to !== undefined) ev.to = to(e.to);
      }
      return ev;
    }),
  };
  if (item.reporter !== undefined) out.reporter = to(item.reporter);
  return out;
}
