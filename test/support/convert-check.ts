// For tests (not shipped): a runtime check that converter output really is the tracker model (src/core/model.ts),
// so random API-shaped input can't smuggle a number where a string belongs into the engine.
import * as v from 'valibot';

const iso = v.pipe(v.string(), v.isoTimestamp());
const id = v.pipe(v.string(), v.minLength(1));
const text = v.strictObject({ text: v.string(), format: v.picklist(['plain', 'markdown', 'wiki', 'adf']) });
const resolution = v.picklist(['done', 'wont-do', 'duplicate', 'not-planned', 'other']);
const web = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//));

export const PersonSchema = v.strictObject({
  id,
  name: v.string(),
  url: v.optional(web),
  bot: v.optional(v.boolean()),
  deleted: v.optional(v.boolean()),
  placeholder: v.optional(v.boolean()),
  aliases: v.optional(v.array(id)),
  nameOnly: v.optional(v.boolean()),
  reference: v.optional(v.boolean()),
  matchedByName: v.optional(v.boolean()),
});

export const ItemSchema = v.strictObject({
  key: id,
  tracker: v.picklist(['jira', 'github']),
  url: web,
  title: v.string(),
  type: v.picklist(['story', 'task', 'bug', 'epic', 'sub-task', 'issue', 'pull-request', 'other']),
  state: v.picklist(['open', 'in-progress', 'done']),
  status: v.string(),
  created: iso,
  updated: v.optional(iso),
  due: v.optional(v.nullable(v.string())),
  resolved: v.optional(v.nullable(iso)),
  resolution: v.optional(v.nullable(resolution)),
  creator: v.nullable(id),
  reporter: v.optional(v.nullable(id)),
  assignees: v.array(id),
  estimate: v.optional(v.nullable(v.pipe(v.number(), v.finite()))),
  priority: v.optional(v.nullable(v.string())),
  sprint: v.optional(v.nullable(v.string())),
  milestone: v.optional(v.nullable(v.string())),
  fixVersions: v.array(v.string()),
  labels: v.array(v.string()),
  parent: v.optional(v.nullable(v.string())),
  children: v.array(v.string()),
  subItems: v.optional(v.strictObject({ total: v.pipe(v.number(), v.integer(), v.minValue(1)), done: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  links: v.array(v.strictObject({ type: v.string(), key: id, url: v.optional(web) })),
  description: v.nullable(text),
  descriptionAuthor: v.nullable(id),
  descriptionEdits: v.array(v.strictObject({ actor: v.nullable(id), at: iso })),
  comments: v.array(
    v.strictObject({
      id,
      author: v.nullable(id),
      created: iso,
      updated: v.optional(iso),
      body: text,
      url: v.optional(web),
      mentions: v.array(id),
      replyTo: v.optional(v.string()),
    }),
  ),
  events: v.array(
    v.strictObject({
      id,
      kind: v.picklist(['created', 'status', 'assignment', 'sprint', 'milestone', 'fix-version', 'rank', 'priority', 'estimate', 'label', 'description', 'title', 'resolved', 'reopened', 'link', 'other']),
      actor: v.nullable(id),
      at: iso,
      from: v.optional(v.nullable(v.string())),
      to: v.optional(v.nullable(v.string())),
      resolution: v.optional(resolution),
      field: v.optional(v.string()),
      url: v.optional(web),
    }),
  ),
  partial: v.optional(v.boolean()),
});

/** Null when the value is a well-formed Item; else where and why it is not. */
export function itemProblem(value: unknown): string | null {
  const result = v.safeParse(ItemSchema, value);
  if (result.success) return null;
  const issue = result.issues[0];
  return `${issue ? v.getDotPath(issue) : '?'}: ${issue?.message ?? 'invalid'}`;
}

export function personProblem(value: unknown): string | null {
  const result = v.safeParse(PersonSchema, value);
  if (result.success) return null;
  const issue = result.issues[0];
  return `${issue ? v.getDotPath(issue) : '?'}: ${issue?.message ?? 'invalid'}`;
}
