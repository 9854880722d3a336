// GitHub converter, history: an issue's comments and timeline entries → the model's comments,
// events, links and description edits. Entries come from REST's `/timeline` (or `/events`), or from
// GraphQL reshaped to REST's form by graphql.ts.
import type { Comment, ItemLink, Text, TrackerEvent } from '../../core/model';
import { isoTime, obj, str, webUrl, type Json } from '../convert-common';
import { keyOf } from './convert-keys';
import { closedResolution, labelKind, labelName } from './convert-labels';
import { markdownMentions, type PersonReader } from './convert-people';
import { withoutHtmlComments } from './markdown';

/** What reading one issue's history needs to know about the issue. */
export interface IssueReading {
  /** `owner/repo#12`. */
  key: string;
  /** The issue's web address. */
  url: string;
  /** The repository the caller named, for other issues' keys that don't say theirs. */
  contextRepo: string | undefined;
  labels: string[];
  personId: PersonReader;
}

export interface DescriptionEdit {
  actor: string | null;
  at: string;
}

export function markdownText(body: unknown): Text | null {
  if (typeof body !== 'string') return null;
  // Issue templates leave HTML comments the author never wrote; they are not the author's words.
  const text = withoutHtmlComments(body.replace(/\r\n?/g, '\n'), '').trim();
  return { text, format: 'markdown' };
}

/** Comments by id: the comments list and "commented" timeline entries may both hold one. */
export type Comments = Map<string, Comment>;

export function addComment(comments: Comments, raw: unknown, r: IssueReading): void {
  const c = obj(raw);
  const id = str(c?.id);
  const at = isoTime(c?.created_at);
  if (!c || !id || !at || comments.has(id)) return;
  const body = markdownText(c.body) ?? { text: '', format: 'markdown' as const };
  const comment: Comment = {
    id,
    author: r.personId(c.user ?? c.actor, true),
    created: at,
    body,
    url: webUrl(c.html_url) ?? `${r.url}#issuecomment-${id}`,
    mentions: markdownMentions(typeof c.body === 'string' ? c.body : ''),
  };
  const updated = isoTime(c.updated_at);
  if (updated && updated !== at) comment.updated = updated;
  comments.set(id, comment);
}

export interface TimelineReading {
  events: TrackerEvent[];
  links: ItemLink[];
  /** Description edits the timeline lists among its events. */
  edits: DescriptionEdit[];
  closedInTimeline: boolean;
  /** The last closing whose entry gave no reason (older timelines): the issue's own reason may speak for it. */
  lastClosedWithoutReason: TrackerEvent | null;
}

/** Timeline events that say nothing about who does the work (subscriptions, notifications). */
const IGNORED_EVENTS = new Set(['subscribed', 'unsubscribed', 'mentioned', 'head_ref_deleted', 'head_ref_restored', 'base_ref_changed', 'locked', 'unlocked', 'pinned', 'unpinned', 'comment_deleted']);

/** Reads the timeline in order; its "commented" entries go to `comments`. */
export function readTimeline(timeline: unknown[], r: IssueReading, comments: Comments): TimelineReading {
  const out: TimelineReading = { events: [], links: [], edits: [], closedInTimeline: false, lastClosedWithoutReason: null };
  timeline.forEach((raw, index) => {
    const e = obj(raw);
    const name = str(e?.event);
    if (!e || !name || IGNORED_EVENTS.has(name)) return;
    if (name === 'commented') return addComment(comments, e, r);
    const at = isoTime(e.created_at) ?? isoTime(e.submitted_at);
    if (!at) return;
    const event: TrackerEvent = {
      // An empty id is no id: fall back, so every event keeps one.
      id: str(e.id) || str(e.node_id) || `${r.key}/t${index}`,
      kind: 'other',
      actor: r.personId(e.actor),
      at,
      field: name,
      url: r.url,
    };
    readChange(name, e, event, r, out);
    out.events.push(event);
  });
  return out;
}

/** What one timeline entry changed, written onto its event. */
function readChange(name: string, e: Json, event: TrackerEvent, r: IssueReading, out: TimelineReading): void {
  switch (name) {
    case 'assigned':
    case 'unassigned':
      return fromTo(event, 'assignment', name === 'assigned', r.personId(e.assignee));
    case 'labeled':
    case 'unlabeled': {
      const label = labelName(e.label);
      return fromTo(event, labelKind(label), name === 'labeled', label);
    }
    case 'milestoned':
    case 'demilestoned':
      return fromTo(event, 'milestone', name === 'milestoned', str(obj(e.milestone)?.title));
    case 'renamed':
      event.kind = 'title';
      event.from = str(obj(e.rename)?.from);
      event.to = str(obj(e.rename)?.to);
      return;
    case 'closed':
      return readClosing(e, event, r, out);
    case 'reopened':
      event.kind = 'reopened';
      event.to = 'open';
      return;
    case 'cross-referenced':
    case 'connected':
    case 'marked_as_duplicate':
      return readLink(name, e, event, r, out);
    case 'user_content_edit':
    case 'edited': {
      // Description edits, where a source lists them among the events (GraphQL-derived timelines).
      const editor = r.personId(e.editor) ?? event.actor;
      event.kind = 'description';
      event.actor = editor;
      out.edits.push({ actor: editor, at: event.at });
      return;
    }
    default:
    // referenced (a commit), committed, reviewed, issue_type_added…: kept as "other" activity.
  }
}

/** An added value is the event's `to`, a removed one its `from`. */
function fromTo(event: TrackerEvent, kind: TrackerEvent['kind'], added: boolean, value: string | null): void {
  event.kind = kind;
  event.from = added ? null : value;
  event.to = added ? value : null;
}

function readClosing(e: Json, event: TrackerEvent, r: IssueReading, out: TimelineReading): void {
  out.closedInTimeline = true;
  event.kind = 'resolved';
  // Older timelines omit state_reason; the issue's own reason then speaks for its last closing.
  event.resolution = closedResolution('state_reason' in e ? e.state_reason : undefined, r.labels);
  if (!('state_reason' in e)) out.lastClosedWithoutReason = event;
  event.to = 'closed';
  // GraphQL's ClosedEvent.duplicateOf (reshaped by graphql.ts): the same link REST's
  // `marked_as_duplicate` event gives.
  const original = keyOf(e.duplicate_of, r.contextRepo);
  if (original && original !== r.key && !out.links.some((l) => l.key === original && l.type === 'duplicates')) {
    const link: ItemLink = { type: 'duplicates', key: original };
    const href = webUrl(obj(e.duplicate_of)?.html_url);
    if (href) link.url = href;
    out.links.push(link);
  }
}

function readLink(name: string, e: Json, event: TrackerEvent, r: IssueReading, out: TimelineReading): void {
  const other = keyOf(obj(e.source)?.issue ?? e.subject_issue, r.contextRepo);
  event.kind = 'link';
  event.to = other;
  if (!other || other === r.key) return;
  const type = name === 'marked_as_duplicate' ? 'duplicates' : name;
  const link: ItemLink = { type, key: other };
  const href = webUrl(obj(obj(e.source)?.issue)?.html_url);
  if (href) link.url = href;
  if (!out.links.some((l) => l.key === other && l.type === type)) out.links.push(link);
}
