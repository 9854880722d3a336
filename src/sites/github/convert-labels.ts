// GitHub converter, labels and types: what an issue's labels and `type` say. GitHub has no priority
// or estimate fields, so teams' usual labels stand in for them ("priority: high", "P1", "size: 3",
// "points/5"); their label events count as priority/estimate changes. Closed reasons: completed →
// done, not_planned → not-planned (wont-do when labelled "wontfix"), duplicate → duplicate (also
// not_planned with a "duplicate" label).
import type { EventKind, ItemType, Resolution } from '../../core/model';
import { type Json, arr, num, obj, str } from '../convert-common';

export function labelName(label: unknown): string | null {
  return typeof label === 'string' ? label : str(obj(label)?.name);
}

/** The issue's label names, in its order. */
export function labelsOf(issue: Json): string[] {
  return arr(issue.labels)
    .map(labelName)
    .filter((l): l is string => !!l);
}

const PRIORITY_LABEL = /^(?:priority|prio|pri)\s*[:/=-]?\s*(.+)$|^(p[0-4])$/i;
const ESTIMATE_LABEL = /^(?:size|points?|estimate|sp|story points?)\s*[:/=-]?\s*(\d+(?:\.\d+)?)$/i;
const IN_PROGRESS_LABEL = /^(?:status\s*[:/-]\s*)?(in[ -]?progress|doing|wip|in review)$/i;

export function priorityFromLabel(name: string): string | null {
  const m = PRIORITY_LABEL.exec(name.trim());
  return m ? (m[1] ?? m[2] ?? '').trim() || null : null;
}

export function estimateFromLabel(name: string): number | null {
  const m = ESTIMATE_LABEL.exec(name.trim());
  return m ? Number(m[1]) : null;
}

export function isInProgressLabel(name: string): boolean {
  return IN_PROGRESS_LABEL.test(name);
}

/** What adding or removing this label changes. */
export function labelKind(name: string | null): EventKind {
  if (!name) return 'label';
  if (priorityFromLabel(name)) return 'priority';
  if (estimateFromLabel(name) !== null) return 'estimate';
  return 'label';
}

/** GitHub's own issue type (`type.name`: the defaults are Task, Bug and Feature), else the usual
 * labels. An issue broken into sub-issues (`sub_issues_summary.total` > 0) plays the part of an epic:
 * it is judged by its children, not as one small scope (docs/heuristics.md, "GitHub issue types and
 * sub-issues"). */
export function itemType(issue: Json, labels: string[]): ItemType {
  const typeName = (str(obj(issue.type)?.name) ?? '').toLowerCase();
  const names = [typeName, ...labels.map((l) => l.toLowerCase())];
  if (names.some((n) => n === 'bug' || n === 'type: bug' || n === 'kind/bug')) return 'bug';
  if (names.some((n) => n === 'epic' || n === 'type: epic' || n === 'initiative')) return 'epic';
  if ((num(obj(issue.sub_issues_summary)?.total) ?? 0) > 0) return 'epic';
  if (names.some((n) => n === 'feature' || n === 'enhancement' || n === 'story' || n === 'user story' || n === 'type: feature'))
    return 'story';
  if (names.some((n) => n === 'task' || n === 'chore' || n === 'type: task')) return 'task';
  return 'issue';
}

export function closedResolution(reason: unknown, labels: string[]): Resolution {
  const lower = labels.map((l) => l.toLowerCase().replace(/[’' ]/g, ''));
  if (reason === 'duplicate' || (reason === 'not_planned' && lower.includes('duplicate'))) return 'duplicate';
  if (reason === 'not_planned') {
    return lower.some((l) => l === 'wontfix' || l === 'wontdo' || l === 'declined') ? 'wont-do' : 'not-planned';
  }
  if (reason === 'completed' || reason == null) return 'done';
  return 'other';
}
