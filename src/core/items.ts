// What an item's fields say: when it closed, whether it is open, declined, scheduled or meant to
// argue its value, and its comments in time order. Used by the signals, the engine and the trends.
import type { Comment, Item } from './model';
import { time } from './dates';

export function sortedComments(item: Item): Comment[] {
  const list = item.comments;
  for (let i = 1; i < list.length; i++) {
    if (time(list[i]!.created) < time(list[i - 1]!.created)) {
      return [...list].sort((a, b) => time(a.created) - time(b.created));
    }
  }
  return list;
}

/** The comments with a readable date, in time order (ties keep their order): for searches by time. */
export function datedComments(comments: readonly Comment[]): Comment[] {
  const list = comments.filter((c) => !Number.isNaN(time(c.created)));
  for (let i = 1; i < list.length; i++) {
    if (time(list[i]!.created) < time(list[i - 1]!.created)) return list.sort((a, b) => time(a.created) - time(b.created));
  }
  return list;
}

/** When an item closed: its resolution date, else its last `resolved` event. */
export function closedAt(item: Item): string | null {
  if (item.resolved) return item.resolved;
  for (let i = item.events.length - 1; i >= 0; i--) {
    const ev = item.events[i]!;
    if (ev.kind === 'resolved') return ev.at;
  }
  return null;
}

export function isOpen(item: Item): boolean {
  return item.state !== 'done';
}

export function isDeclined(item: Item): boolean {
  return item.state === 'done' && (item.resolution === 'wont-do' || item.resolution === 'not-planned');
}

export function isScheduled(item: Item): boolean {
  return !!(item.due || item.sprint || item.milestone || item.fixVersions.length > 0);
}

/** Items whose value is argued in the text: story-like work, not bugs or sub-tasks. */
export function isValueBearing(item: Item): boolean {
  return item.type !== 'bug' && item.type !== 'sub-task';
}
