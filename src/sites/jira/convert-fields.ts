// Jira converter, an issue's fields: which custom fields mean estimate, sprint and epic link (by name
// when the answer names them, else by the shape of their values), and what type, state, resolution,
// sprint, parent and links the fields say.
//
// Resolutions, decided here once: Done/Fixed/Resolved/Complete → done; Won't Do/Won't Fix/Declined/
// Rejected → wont-do; Duplicate → duplicate; Obsolete/Out of scope/Not planned → not-planned (a
// deliberate choice not to do it, which `pivots` and `cant-say-no` count); Cannot Reproduce/Incomplete
// and anything unknown → other (no decision about value was made).
import type { Item, ItemLink, ItemType, Resolution, Sprint } from '../../core/model';
import { type Json, arr, obj, str } from '../convert-common';
import { sprintOf } from './sprints';

export function jiraResolution(name: string | null | undefined): Resolution | null {
  if (!name) return null;
  const n = name.toLowerCase().replace(/[’']/g, '').trim();
  if (/^(done|fixed|resolved|complete|completed)$/.test(n)) return 'done';
  if (/^(wont do|wont fix|declined|rejected)$/.test(n)) return 'wont-do';
  if (/^duplicated?$/.test(n)) return 'duplicate';
  if (/^(obsolete|out of scope|not planned|not needed)$/.test(n)) return 'not-planned';
  return 'other';
}

export const ESTIMATE_NAME = /^(story points?|story point estimate)$/i;
const SPRINT_NAME = /^sprints?$/i;
const EPIC_LINK_NAME = /^epic link$/i;
// Usual ids of "Story point estimate"/"Story Points" when nothing names the fields (Cloud, DC).
const USUAL_ESTIMATE_IDS = ['customfield_10016', 'customfield_10026', 'customfield_10002', 'customfield_10004'];

/** The custom field ids that hold an estimate, a sprint, an epic link. */
export interface FieldMap {
  estimate: Set<string>;
  sprint: Set<string>;
  epicLink: Set<string>;
  named: boolean;
}

/** Learns the field ids from a field list, `names` (the context's and the answer's) and the
 * changelog, which names the fields it touched ("Story Points", fieldId customfield_10002). */
export function fieldMap(fieldList: unknown, names: unknown[], histories: unknown[]): FieldMap {
  const map: FieldMap = { estimate: new Set(), sprint: new Set(), epicLink: new Set(), named: false };
  const learn = (id: string | null, name: string | null, custom?: string | null) => {
    if (!id || !name) return;
    map.named = true;
    if (ESTIMATE_NAME.test(name.trim())) map.estimate.add(id);
    if (SPRINT_NAME.test(name.trim()) || custom === 'com.pyxis.greenhopper.jira:gh-sprint') map.sprint.add(id);
    if (EPIC_LINK_NAME.test(name.trim()) || custom === 'com.pyxis.greenhopper.jira:gh-epic-link') map.epicLink.add(id);
  };
  for (const f of arr(fieldList)) {
    const field = obj(f);
    if (field) learn(str(field.id), str(field.name), str(obj(field.schema)?.custom));
  }
  for (const source of names) {
    const o = obj(source);
    if (o) for (const [id, name] of Object.entries(o)) learn(id, str(name));
  }
  for (const h of histories) {
    for (const i of arr(obj(h)?.items)) {
      const item = obj(i);
      if (item) learn(str(item.fieldId), str(item.field));
    }
  }
  return map;
}

export function itemType(issuetype: Json | null): ItemType {
  if (!issuetype) return 'other';
  if (issuetype.subtask === true) return 'sub-task';
  const name = (str(issuetype.name) ?? '').toLowerCase();
  if (name === 'story' || name === 'new feature' || name === 'improvement' || name === 'feature') return 'story';
  if (name === 'task') return 'task';
  if (name === 'bug' || name === 'defect') return 'bug';
  if (name === 'epic') return 'epic';
  if (name === 'sub-task' || name === 'subtask') return 'sub-task';
  return 'other';
}

export function itemState(status: Json | null, resolution: Resolution | null): Item['state'] {
  const category = str(obj(status?.statusCategory)?.key);
  if (category === 'done') return 'done';
  if (category === 'indeterminate') return 'in-progress';
  if (category === 'new') return 'open';
  const name = (str(status?.name) ?? '').toLowerCase();
  if (resolution || /\b(done|closed|resolved|released)\b/.test(name)) return 'done';
  if (/progress|review|testing|\bqa\b|doing/.test(name)) return 'in-progress';
  return 'open';
}

/** Sprint field value (Cloud objects, agile `sprint` object, or old DC "…Sprint@1a[…,name=X,…]" strings) → sprints. */
function sprintsIn(value: unknown): Sprint[] {
  const out: Sprint[] = [];
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  for (const v of values) {
    const sprint = sprintOf(v);
    if (sprint) out.push(sprint);
    // A bare name (some exports flatten the field to names).
    else if (typeof v === 'string' && v && !v.includes('@')) out.push({ id: null, name: v, state: 'other', start: null, end: null, completed: null, goal: null, board: null });
  }
  return out;
}

function looksLikeSprint(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : undefined;
  if (typeof first === 'string') return first.includes('greenhopper.service.sprint.Sprint@');
  const o = obj(first);
  return !!o && typeof o.name === 'string' && 'state' in o && ('boardId' in o || 'id' in o);
}

/** Every sprint an item's fields name (the agile `sprint` object and the Sprint custom field). */
export function sprintsOfFields(fields: Json, map: FieldMap): Sprint[] {
  const found: Sprint[] = [];
  const agile = obj(fields.sprint);
  if (agile) found.push(...sprintsIn(agile));
  for (const [id, value] of Object.entries(fields)) {
    // Without a field named "Sprint", recognise the value's shape instead.
    const isSprint = map.sprint.size > 0 ? map.sprint.has(id) : id.startsWith('customfield_') && looksLikeSprint(value);
    if (isSprint) found.push(...sprintsIn(value));
  }
  return found;
}

/** The sprint an item is in now: the active one, else the next future one, else the last one. */
export function currentSprint(candidates: Sprint[]): string | null {
  if (candidates.length === 0) return null;
  return (
    candidates.find((s) => s.state === 'active')?.name ??
    candidates.find((s) => s.state === 'future')?.name ??
    candidates[candidates.length - 1]?.name ??
    null
  );
}

export function estimateOf(fields: Json, map: FieldMap): number | null {
  const ids = map.estimate.size > 0 ? [...map.estimate] : USUAL_ESTIMATE_IDS;
  for (const id of ids) {
    const value = fields[id];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

/** Issue links, each direction worded as Jira words it ("blocks", "is blocked by"). */
export function linksOf(fields: Json, base: string): ItemLink[] {
  const links: ItemLink[] = [];
  for (const raw of arr(fields.issuelinks)) {
    const link = obj(raw);
    const type = obj(link?.type);
    const outward = str(obj(link?.outwardIssue)?.key);
    const inward = str(obj(link?.inwardIssue)?.key);
    if (outward) links.push({ type: str(type?.outward) ?? str(type?.name) ?? 'relates to', key: outward, url: `${base}/browse/${outward}` });
    if (inward) links.push({ type: str(type?.inward) ?? str(type?.name) ?? 'relates to', key: inward, url: `${base}/browse/${inward}` });
  }
  return links;
}

/** The parent or epic: `parent` (Cloud, sub-tasks), the agile `epic`, else the Epic Link field. */
export function parentOf(key: string, fields: Json, map: FieldMap): string | null {
  let parent = str(obj(fields.parent)?.key) ?? str(obj(fields.epic)?.key);
  if (parent) return parent;
  // Data Center keeps the epic in an "Epic Link" custom field holding a key ("OPS-2"); without
  // field names, a custom field whose value is a key of the same project is taken as that.
  const project = key.replace(/-\d+$/, '');
  const candidates =
    map.epicLink.size > 0
      ? [...map.epicLink]
      : Object.keys(fields).filter((id) => id.startsWith('customfield_') && /^(.+)-\d+$/.exec(str(fields[id]) ?? '')?.[1] === project);
  for (const id of candidates) parent ??= str(fields[id]);
  return parent;
}

/** Names in a list of objects with `name` (fix versions) or `key` (sub-tasks). */
export function namesIn(list: unknown, field: 'name' | 'key'): string[] {
  return arr(list)
    .map((v) => str(obj(v)?.[field]))
    .filter((v): v is string => !!v);
}
