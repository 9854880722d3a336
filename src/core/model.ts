// The tracker model: what Tandem knows about a page, whichever tracker it came from. Site adapters
// (src/sites/*) turn Jira and GitHub API answers or page DOM into this; signals only ever read this.
// Pure data: no browser API, no classes, so it serialises and runs in Node for the CLI.

export type Tracker = 'jira' | 'github';

/** A person as the tracker knows them. `id` is the stable key: Jira accountId (Cloud) or
 * name/key (Data Center); GitHub login. */
export interface Person {
  id: string;
  name: string;
  /** Where a link to the person's profile exists. */
  url?: string;
  bot?: boolean;
  /** Deleted/ghost users keep an id so their actions still count, but are flagged. */
  deleted?: boolean;
  /** Stands for no one in particular (GitHub's `ghost`, which replaces every deleted account): not a
   * person of the team. */
  placeholder?: boolean;
  /** The person's other identifiers in this tracker: Jira accountId, user name, user key, e-mail;
   * GitHub's numeric user id (`id:123`) and earlier logins. Matching any of them means the same human. */
  aliases?: string[];
  /** The tracker gave only a display name (no id): still a person, matched to others by name alone. */
  nameOnly?: boolean;
  /** Known only from an id written somewhere (a changelog value, a mention), never from a user object. */
  reference?: boolean;
  /** At least one other sighting was taken for this person only because the display names match. */
  matchedByName?: boolean;
}

/** `pull-request`: GitHub's issues API lists pull requests too; they count for roles and routines, and
 * are left out of the signals about backlog items. */
export type ItemType = 'story' | 'task' | 'bug' | 'epic' | 'sub-task' | 'issue' | 'pull-request' | 'other';

/** How an item ended, normalised across trackers. */
export type Resolution = 'done' | 'wont-do' | 'duplicate' | 'not-planned' | 'other';

export interface Text {
  /** Plain text (ADF, wiki markup and Markdown flattened for the classifiers, structure kept as lines). */
  text: string;
  /** The original markup flavour, for classifiers that care (checklists, headings). */
  format: 'plain' | 'markdown' | 'wiki' | 'adf';
}

export interface Comment {
  id: string;
  author: string | null; // Person.id; null when the tracker hides it
  created: string; // ISO 8601
  updated?: string;
  body: Text;
  url?: string;
  /** Person ids this comment mentions (@login, [~accountid:…]). */
  mentions: string[];
  /** Comment id this one answers, when the tracker says so. */
  replyTo?: string;
}

export type EventKind =
  | 'created'
  | 'status'
  | 'assignment'
  | 'sprint'
  | 'milestone'
  | 'fix-version'
  | 'rank'
  | 'priority'
  | 'estimate'
  | 'label'
  | 'description'
  | 'title'
  | 'resolved'
  | 'reopened'
  | 'link'
  | 'other';

export interface TrackerEvent {
  id: string;
  kind: EventKind;
  actor: string | null; // Person.id; null for automation the tracker doesn't attribute
  at: string; // ISO 8601
  /** Previous and new value, as display strings (status names, sprint names, person ids for assignment). */
  from?: string | null;
  to?: string | null;
  /** For `resolved`: how it ended. */
  resolution?: Resolution;
  /** The tracker's raw field name (Jira `field`, GitHub event name), for evidence. */
  field?: string;
  url?: string;
}

export interface ItemLink {
  type: string; // "blocks", "relates to", "cross-referenced", "duplicates"…
  key: string; // the other item's key
  url?: string;
}

export interface Item {
  /** Stable key: Jira issue key ("PROJ-12"); GitHub "owner/repo#12". */
  key: string;
  tracker: Tracker;
  url: string;
  title: string;
  type: ItemType;
  state: 'open' | 'in-progress' | 'done';
  /** The tracker's own status name ("In Review", "open"). */
  status: string;
  created: string;
  updated?: string;
  due?: string | null;
  resolved?: string | null;
  resolution?: Resolution | null;
  creator: string | null;
  reporter?: string | null;
  assignees: string[];
  estimate?: number | null;
  priority?: string | null;
  sprint?: string | null;
  milestone?: string | null;
  fixVersions: string[];
  labels: string[];
  parent?: string | null;
  children: string[];
  /** GitHub's sub-issue summary (2025): how many sub-issues the item has and how many are done, also
   * when they are not among the items in hand. */
  subItems?: { total: number; done: number };
  links: ItemLink[];
  description: Text | null;
  /** Who wrote the current description (GitHub: the issue author; Jira: creator unless edited). */
  descriptionAuthor: string | null;
  /** Everyone who edited the description, in order, with time. */
  descriptionEdits: { actor: string | null; at: string }[];
  comments: Comment[];
  events: TrackerEvent[];
  /** True when the source gave only part of the history (folded timeline, truncated changelog). */
  partial?: boolean;
}

/** A sprint of a Jira board, from the agile API (`/rest/agile/1.0/board/{id}/sprint`, `/sprint/{id}`) or
 * from the sprint field of the board's issues, which carries the same facts. */
export interface Sprint {
  /** Jira's sprint id, when the answer gives it. */
  id: string | null;
  name: string;
  state: 'active' | 'closed' | 'future' | 'other';
  /** ISO 8601; a future sprint has none until it starts. */
  start: string | null;
  end: string | null;
  /** When the sprint was completed (closed sprints). */
  completed: string | null;
  goal: string | null;
  /** The board it was made on (`originBoardId`, or `boardId` / `rapidViewId` in issue fields). */
  board: string | null;
}

/** What a page or a CLI run gives the engine. */
export interface TrackerData {
  tracker: Tracker;
  /** Site host ("github.com", "acme.atlassian.net") and project ("owner/repo", "PROJ"). */
  site: string;
  project: string | null;
  /** `item` when one issue is in view; `backlog` for lists, boards and backlogs. */
  scope: 'item' | 'backlog';
  items: Item[];
  /** Person id → Person. Keys come from tracker data, so the record has no prototype (`newPeople()` in
   * src/core/people.ts) and is read with `personIn`, never `people[id]`. */
  people: Record<string, Person>;
  /** The signed-in user, when known. */
  me: string | null;
  /** The board's sprints (Jira), when known: their dates set the team's own sprint length and tell
   * which items were left behind in a finished sprint. */
  sprints?: Sprint[];
  /** People who authored merged pull requests (GitHub) — evidence for inferring engineers. */
  pullRequestAuthors?: string[];
  /** Where the data came from, for the panel to say ("api", "page"). */
  source?: 'api' | 'page' | 'file';
  partial?: boolean;
}
