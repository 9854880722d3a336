// The fault matrix: every way a tracker's answer can go wrong, how a test makes it happen at the
// network (a world's answer, e2e/world.ts, so the same table runs in every browser a harness drives),
// and the message each covered page must then show. Specs iterate it (e2e/faults.spec.ts in Chromium,
// e2e/firefox/faults.spec.ts in Firefox). Messages are keys of _locales/en/messages.json, with their arguments;
// ANY stands for a substitution the test can't know (a local time).
import type { MessageKey } from '../src/core/words';
import { englishWords } from '../src/core/english';
import { HANG, RESET, type Answer, type Reply } from './world';

export const ANY = Symbol('any');
export interface Said {
  key: MessageKey;
  args?: (string | number | typeof ANY | Said)[];
}

/** How the network answers the faulty request, every time it is asked. */
export type Misbehaviour =
  | { kind: 'status'; status: number; body: string; headers?: Record<string, string> }
  /** Never answers: the extension's own timeout decides (the spec shortens it to 1 s). */
  | { kind: 'hang' }
  /** The connection is reset before any answer. */
  | { kind: 'reset' }
  /** A 200 whose Content-Length promises the whole JSON, and only its first half comes: the
   * connection breaks mid-body, after the headers (drivers: e2e/harness.ts, e2e/firefox/proxy.ts). */
  | { kind: 'cut' }
  /** A 200 answer larger than the cap (src/sites/http.ts MAX_ANSWER_BYTES). */
  | { kind: 'huge' };

export interface Fault {
  id: string;
  misbehaviour: Misbehaviour;
  /** What the panel says on a GitHub issue or issue list (the API failed, so the page is read instead). */
  github: Said;
  /** What the panel says on a Jira issue. */
  jira: Said;
  /** What the panel says on a Jira backlog. */
  jiraBacklog: Said;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Misbehaviour => ({
  kind: 'status',
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
});
const other = (key: MessageKey, tracker: string): Said => ({ key: 'githubFallbackOther', args: [{ key, args: [tracker] }] });
const issue = (key: MessageKey): Said => ({ key, args: ['SHOP-9', ''] });
const backlog = (key: MessageKey): Said => ({ key, args: ['', ''] });

export const FAULTS: Fault[] = [
  { id: '401', misbehaviour: json(401, { message: 'Bad credentials' }), github: { key: 'githubTokenRejected' }, jira: issue('jiraIssueUnauthorized'), jiraBacklog: backlog('jiraBacklogUnauthorized') },
  { id: '403', misbehaviour: json(403, { message: 'Forbidden' }), github: { key: 'githubTokenNoAccess' }, jira: issue('jiraIssueForbidden'), jiraBacklog: backlog('jiraBacklogForbidden') },
  { id: '404', misbehaviour: json(404, { message: 'Not Found' }), github: { key: 'githubTokenNoAccess' }, jira: issue('jiraIssueNotFound'), jiraBacklog: backlog('jiraBacklogNotFound') },
  { id: '410', misbehaviour: json(410, { message: 'Gone' }), github: other('httpGone', 'GitHub'), jira: issue('jiraIssueGone'), jiraBacklog: backlog('jiraBacklogGone') },
  {
    id: '429 with Retry-After',
    misbehaviour: json(429, { message: 'rate limit' }, { 'retry-after': '3600' }),
    github: { key: 'githubLimitUntil', args: [ANY] },
    jira: { key: 'jiraIssueRateLimitedUntil', args: ['SHOP-9', ANY] },
    jiraBacklog: { key: 'jiraBacklogRateLimitedUntil', args: ['', ANY] },
  },
  { id: '500', misbehaviour: json(500, { message: 'Server Error' }), github: { key: 'githubApiNoAnswer' }, jira: issue('jiraIssueServer'), jiraBacklog: backlog('jiraBacklogServer') },
  { id: '502', misbehaviour: { kind: 'status', status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }, github: { key: 'githubApiNoAnswer' }, jira: issue('jiraIssueServer'), jiraBacklog: backlog('jiraBacklogServer') },
  { id: 'timeout', misbehaviour: { kind: 'hang' }, github: { key: 'githubApiNoAnswer' }, jira: issue('jiraIssueTimeout'), jiraBacklog: backlog('jiraBacklogTimeout') },
  { id: 'connection reset', misbehaviour: { kind: 'reset' }, github: { key: 'githubApiNoAnswer' }, jira: issue('jiraIssueNetwork'), jiraBacklog: backlog('jiraBacklogNetwork') },
  { id: 'connection reset mid-body', misbehaviour: { kind: 'cut' }, github: { key: 'githubApiNoAnswer' }, jira: issue('jiraIssueNetwork'), jiraBacklog: backlog('jiraBacklogNetwork') },
  { id: 'malformed JSON', misbehaviour: { kind: 'status', status: 200, body: '{"id": 1, "title": ', headers: { 'content-type': 'application/json' } }, github: other('httpMalformed', 'GitHub'), jira: issue('jiraIssueMalformed'), jiraBacklog: backlog('jiraBacklogMalformed') },
  { id: 'empty 200 body', misbehaviour: { kind: 'status', status: 200, body: '', headers: { 'content-type': 'application/json' } }, github: other('httpMalformed', 'GitHub'), jira: issue('jiraIssueMalformed'), jiraBacklog: backlog('jiraBacklogMalformed') },
  { id: 'huge answer', misbehaviour: { kind: 'huge' }, github: other('httpTooLarge', 'GitHub'), jira: { key: 'httpTooLarge', args: ['Jira'] }, jiraBacklog: { key: 'httpTooLarge', args: ['Jira'] } },
];

const HUGE_BYTES = 21 * 1024 * 1024;

/** The faulty reply to a request, every time it is asked. */
export function misbehave(m: Misbehaviour, cors: Record<string, string> = {}): Reply | typeof HANG | typeof RESET {
  switch (m.kind) {
    case 'status':
      return { status: m.status, headers: { ...cors, ...m.headers }, body: m.body };
    case 'hang':
      return HANG;
    case 'reset':
      return RESET;
    case 'cut': {
      const whole = JSON.stringify({ id: 1, padding: 'x'.repeat(64 * 1024) });
      const half = whole.slice(0, whole.length >> 1);
      return { status: 200, headers: { ...cors, 'content-type': 'application/json', 'content-length': String(whole.length) }, body: half };
    }
    case 'huge':
      // Valid JSON, so only the size is wrong with it.
      return { status: 200, headers: { ...cors, 'content-type': 'application/json' }, body: `{"padding":"${'x'.repeat(HUGE_BYTES)}"}` };
  }
}

/** A world answer that misbehaves; with `cors`, CORS preflights are answered as the real API does. */
export function faulty(m: Misbehaviour, cors?: Record<string, string>): Answer {
  return (seen) => (cors && seen.method === 'OPTIONS' ? { status: 204, headers: cors } : misbehave(m, cors));
}

const SENTINEL = '\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function text(said: Said): string {
  const args = (said.args ?? []).map((a) => (a === ANY ? SENTINEL : typeof a === 'object' ? text(a) : a));
  return englishWords(said.key, ...args);
}

/** The English words a message must show, as a pattern (ANY matches any text). */
export function wordsPattern(said: Said): RegExp {
  return new RegExp(escape(text(said)).split(SENTINEL).join('.+'));
}
