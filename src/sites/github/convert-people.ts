// GitHub converter, people: user objects → Person, and the @mentions a Markdown text makes.
import type { Person } from '../../core/model';
import { type People, addPerson, personIn } from '../../core/people';
import { obj, str, webUrl } from '../convert-common';
import { withoutCodeSpans, withoutFencedCode, withoutHtmlComments } from './markdown';

/** A GitHub user object → Person. A missing user (deleted account) is GitHub's "ghost". */
export function githubPerson(user: unknown, host: string): Person | null {
  const u = obj(user);
  if (!u) return null;
  // Logins are strings; a number here is not someone.
  const login = typeof u.login === 'string' ? u.login.trim() : '';
  if (!login) return null;
  const person: Person = { id: login, name: str(u.name) ?? login, url: webUrl(u.html_url) ?? `https://${host}/${login}` };
  // The numeric id survives a rename: the same id under two logins is one person.
  if (typeof u.id === 'number' && Number.isFinite(u.id)) person.aliases = [`id:${u.id}`];
  if (u.type === 'Bot' || /\[bot\]$/i.test(login)) person.bot = true;
  // GitHub's "ghost" replaces every deleted account: many people, none of them on the team.
  if (login === 'ghost') {
    person.deleted = true;
    person.placeholder = true;
  }
  return person;
}

const GHOST = { login: 'ghost', type: 'User' };

/** Records a user object's person and gives its id; null for no one. With `ghostIfMissing`, a
 * missing user is the ghost (where GitHub always has an author, e.g. of an issue or comment). */
export type PersonReader = (user: unknown, ghostIfMissing?: boolean) => string | null;

export function personReader(people: People, host: string): PersonReader {
  return (user, ghostIfMissing = false) => {
    const p = githubPerson(user ?? (ghostIfMissing ? GHOST : null), host);
    if (!p) return null;
    addPerson(people, p);
    return p.id;
  };
}

// @login outside code and not part of an e-mail address or a team mention (@org/team).
const MENTION = /(?<![\w`@/.+-])@([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})(?![\w/-])/gi;

/** People a Markdown text mentions, in first-seen order, ignoring code spans and code blocks. */
export function markdownMentions(markdown: string): string[] {
  // Scanners, not regexes: see markdown.ts for why.
  const prose = withoutHtmlComments(withoutCodeSpans(withoutFencedCode(markdown)), ' ');
  const out: string[] = [];
  for (const m of prose.matchAll(MENTION)) {
    const login = m[1];
    if (login && !out.some((o) => o.toLowerCase() === login.toLowerCase())) out.push(login);
  }
  return out;
}

/** Someone mentioned but never seen acting is still a person the evidence may name: a reference. */
export function addMentioned(people: People, host: string, logins: readonly string[]): void {
  for (const m of logins) {
    if (!personIn(people, m)) addPerson(people, { id: m, name: m, url: `https://${host}/${m}`, reference: true });
  }
}
