// Jira converter, people: user objects → Person, and the people a text or a changelog only names.
import type { Person } from '../../core/model';
import { type People, addPerson, personIn } from '../../core/people';
import { obj, str } from '../convert-common';

/**
 * A Jira user object → Person. Cloud keys people by accountId, Data Center by name (then key); every
 * other identifier the object carries (name, key, e-mail) is kept as an alias, so the same human seen
 * elsewhere by another of them is one person. A user shown only by display name (no id at all) is
 * still a person, keyed by that name and flagged `nameOnly`.
 */
export function jiraPerson(user: unknown, base: string): Person | null {
  const u = obj(user);
  if (!u) return null;
  const nonEmpty = (value: unknown) => {
    const s = str(value)?.trim();
    return s ? s : null;
  };
  const accountId = nonEmpty(u.accountId);
  const userName = nonEmpty(u.name);
  const userKey = nonEmpty(u.key);
  const email = nonEmpty(u.emailAddress);
  const displayName = nonEmpty(u.displayName);
  const id = accountId ?? userName ?? userKey ?? displayName;
  if (!id) return null;
  const name = displayName ?? id;
  const person: Person = {
    id,
    name,
    url: accountId
      ? `${base}/jira/people/${encodeURIComponent(accountId)}`
      : userName || userKey
        ? `${base}/secure/ViewProfile.jspa?name=${encodeURIComponent(userName ?? (userKey as string))}`
        : undefined,
  };
  if (!person.url) delete person.url;
  const aliases = [accountId, userName, userKey, email].filter((a): a is string => !!a && a !== id);
  if (aliases.length) person.aliases = [...new Set(aliases)];
  if (!accountId && !userName && !userKey) person.nameOnly = true;
  // Automation for Jira and Connect/Forge apps act as "app" accounts.
  if (u.accountType === 'app' || /^automation for jira$|\bbot\b|\[bot\]/i.test(name)) person.bot = true;
  // Deleted and deactivated accounts keep their id (so their actions count) but are flagged.
  if (u.active === false || /^former user$/i.test(name) || u.deleted === true) person.deleted = true;
  return person;
}

/** Records a user object's person and gives its id; null for no one. */
export type PersonReader = (user: unknown) => string | null;

export function personReader(people: People, base: string): PersonReader {
  return (user) => {
    const p = jiraPerson(user, base);
    if (!p) return null;
    addPerson(people, p);
    return p.id;
  };
}

/** People known only by an id a text mentions or a changelog value holds: kept as references, which
 * `unifyPeople` matches to the person whose user object carries that id. */
export function addReferenced(people: People, ids: readonly string[]): void {
  for (const id of ids) if (!personIn(people, id)) addPerson(people, { id, name: id, reference: true });
}
