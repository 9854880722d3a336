// Jira converter, what was said and done: bodies (ADF on Cloud, wiki markup on Data Center) as text
// with their mentions, the comment page, and the changelog's entries as events.
import type { Comment, EventKind, Text, TrackerEvent } from '../../core/model';
import { type People, addPerson } from '../../core/people';
import { type Json, arr, byTime, isObject, isoTime, num, obj, str } from '../convert-common';
import { adfToText, type FlatText } from './adf';
import { ESTIMATE_NAME, type FieldMap, jiraResolution } from './convert-fields';
import type { PersonReader } from './convert-people';
import { wikiToText } from './wiki';

/** What reading one issue's history needs to know about the issue. */
export interface IssueReading {
  key: string;
  /** The issue's web address. */
  itemUrl: string;
  map: FieldMap;
  people: People;
  personId: PersonReader;
}

/** A body as text (wiki string or ADF document), with the people it mentions. */
export function flatten(body: unknown): { text: Text | null; mentions: string[] } {
  if (body === null || body === undefined) return { text: null, mentions: [] };
  let flat: FlatText;
  let format: Text['format'];
  if (typeof body === 'string') {
    flat = wikiToText(body);
    format = 'wiki';
  } else if (isObject(body)) {
    flat = adfToText(body);
    format = 'adf';
  } else {
    return { text: null, mentions: [] };
  }
  return { text: { text: flat.text, format }, mentions: flat.mentions };
}

/** `fields.comment` is a page: its comments, and whether it was cut (fewer than its `total`). */
export function readComments(commentPage: Json | null, r: Pick<IssueReading, 'key' | 'itemUrl' | 'personId'>): { comments: Comment[]; cut: boolean } {
  const rawComments = arr(commentPage?.comments);
  const comments: Comment[] = [];
  for (const raw of rawComments) {
    const c = obj(raw);
    if (!c) continue;
    const id = str(c.id);
    const at = isoTime(c.created);
    if (!id || !at) continue;
    const { text, mentions } = flatten(c.body);
    const comment: Comment = {
      id: `${r.key}/${id}`,
      author: r.personId(c.author),
      created: at,
      body: text ?? { text: '', format: 'plain' },
      url: `${r.itemUrl}?focusedCommentId=${encodeURIComponent(id)}`,
      mentions,
    };
    const updated = isoTime(c.updated);
    if (updated && updated !== at) comment.updated = updated;
    comments.push(comment);
  }
  return { comments, cut: (num(commentPage?.total) ?? 0) > rawComments.length };
}

function changeKind(field: string, fieldId: string | null, map: FieldMap): EventKind {
  const f = field.toLowerCase();
  if (f === 'status') return 'status';
  if (f === 'assignee') return 'assignment';
  if (f === 'sprint' || (fieldId && map.sprint.has(fieldId))) return 'sprint';
  if (f === 'fix version' || f === 'fix versions' || fieldId === 'fixVersions') return 'fix-version';
  if (f === 'rank') return 'rank';
  if (f === 'priority') return 'priority';
  if (ESTIMATE_NAME.test(field) || (fieldId && map.estimate.has(fieldId))) return 'estimate';
  if (f === 'labels') return 'label';
  if (f === 'description') return 'description';
  if (f === 'summary') return 'title';
  if (f === 'resolution') return 'resolved';
  if (f === 'link' || f === 'epic link' || f === 'parent' || f === 'issueparentassociation' || f === 'epic child')
    return 'link';
  return 'other';
}

/** The changelog's entries, one event per changed field, and who edited the description when (oldest first). */
export function readChangelog(histories: unknown[], r: IssueReading): { events: TrackerEvent[]; descriptionEdits: { actor: string | null; at: string }[] } {
  const events: TrackerEvent[] = [];
  const descriptionEdits: { actor: string | null; at: string }[] = [];
  histories.forEach((h, hi) => {
    const history = obj(h);
    if (!history) return;
    const at = isoTime(history.created);
    if (!at) return;
    const actor = r.personId(history.author);
    const hid = str(history.id) ?? String(hi);
    arr(history.items).forEach((raw, ii) => {
      const change = obj(raw);
      const field = str(change?.field);
      if (!change || !field) return;
      const event: TrackerEvent = {
        id: `${r.key}/${hid}/${ii}`,
        kind: changeKind(field, str(change.fieldId), r.map),
        actor,
        at,
        field,
        url: r.itemUrl,
        from: str(change.fromString),
        to: str(change.toString),
      };
      if (event.kind === 'description') descriptionEdits.push({ actor, at });
      readChange(change, event, r.people);
      events.push(event);
    });
  });
  descriptionEdits.sort(byTime((e) => e.at));
  return { events, descriptionEdits };
}

/** What an assignment, resolution or description change means beyond its display strings. */
function readChange(change: Json, event: TrackerEvent, people: People): void {
  if (event.kind === 'assignment') {
    // Assignment values are person ids; the display strings name them.
    const from = str(change.from);
    const to = str(change.to);
    // Which id depends on the deployment (accountId, user key or name): kept as a reference that
    // `unifyPeople` matches to the person whose user object carries it.
    if (from) addPerson(people, { id: from, name: str(change.fromString) ?? from, reference: true });
    if (to) addPerson(people, { id: to, name: str(change.toString) ?? to, reference: true });
    event.from = from;
    event.to = to;
  } else if (event.kind === 'resolved') {
    // A resolution set is a resolving; a resolution cleared is a reopening.
    if (event.to) event.resolution = jiraResolution(event.to) ?? 'other';
    else event.kind = 'reopened';
  } else if (event.kind === 'description') {
    // Old and new descriptions are long; the evidence only needs to say it changed.
    delete event.from;
    delete event.to;
  }
}
