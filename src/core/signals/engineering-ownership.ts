// engineering-ownership: engineers' share of items created, descriptions written or edited, backlog
// actions (routine actions other than creation) and comments.
// Threshold basis: ownershipShare = 0.25 — one in four of these from engineers shows they take part in
// the day-to-day; minRoutineActions (10) contributions are needed for a verdict.
import type { Evidence, Signal, SignalContext } from './types';
import {
  confidenceFor,
  countEvidence,
  EVIDENCE_CAP,
  insufficient,
  isBot,
  itemEvidence,
  minFor,
  nameOf,
  needsSetup,
  pct,
  plural,
  ratio,
  result,
  routineActions,
  SETUP_ENGINEERS,
} from './util';

type Part = 'created' | 'descriptions' | 'backlog' | 'comments';

const PART_LABEL: Record<Part, string> = {
  created: 'Items created',
  descriptions: 'Descriptions written or edited',
  backlog: 'Backlog actions',
  comments: 'Comments',
};

export interface Contributions {
  total: number;
  engineers: number;
  byPart: Record<Part, { total: number; engineers: number }>;
}

/** Counts of contributions, overall and per part, and how many came from engineers. */
export function contributions(ctx: SignalContext): Contributions {
  const out: Contributions = {
    total: 0,
    engineers: 0,
    byPart: { created: { total: 0, engineers: 0 }, descriptions: { total: 0, engineers: 0 }, backlog: { total: 0, engineers: 0 }, comments: { total: 0, engineers: 0 } },
  };
  const add = (part: Part, person: string | null | undefined) => {
    if (!person || isBot(ctx, person)) return;
    const eng = ctx.roleOf(person) === 'engineer' ? 1 : 0;
    out.total++;
    out.engineers += eng;
    out.byPart[part].total++;
    out.byPart[part].engineers += eng;
  };
  for (const item of ctx.data.items) {
    add('created', item.creator);
    if (item.description?.text.trim()) add('descriptions', item.descriptionAuthor);
    for (const e of item.descriptionEdits) if (e.actor !== item.descriptionAuthor) add('descriptions', e.actor);
    for (const c of item.comments) add('comments', c.author);
  }
  for (const a of routineActions(ctx)) if (a.kind !== 'creation') add('backlog', a.actor);
  return out;
}

export const engineeringOwnership: Signal = {
  id: 'engineering-ownership',
  evaluate(ctx) {
    const id = 'engineering-ownership';
    if (ctx.roles.engineers.length === 0) {
      return needsSetup(id, ...SETUP_ENGINEERS, 'Tandem doesn’t know who the engineers are yet.');
    }
    const all = contributions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (all.total < need) {
      return insufficient(id, all.total, need, 'contributions', `Only ${plural(all.total, 'contribution')} so far; ${need} are needed.`);
    }
    const isEng = (p: string) => ctx.roleOf(p) === 'engineer';
    const share = ratio(all.engineers, all.total);
    const evidence: Evidence[] = [countEvidence(`Engineers made ${all.engineers} of ${all.total} contributions (${pct(share)})`, all.engineers)];
    for (const part of Object.keys(PART_LABEL) as Part[]) {
      const { total, engineers } = all.byPart[part];
      if (total === 0) continue;
      evidence.push(countEvidence(`${PART_LABEL[part]}: ${engineers} of ${total} by engineers (${pct(ratio(engineers, total))})`, engineers));
    }
    for (const item of ctx.data.items) {
      if (evidence.length >= EVIDENCE_CAP) break;
      if (item.creator && isEng(item.creator)) evidence.push(itemEvidence(item, `created by ${nameOf(ctx, item.creator)}`, { person: item.creator, at: item.created }));
    }
    const present = share >= ctx.thresholds.ownershipShare;
    const summary = `Engineers made ${all.engineers} of ${all.total} items, description edits, backlog actions and comments (${pct(share)})${present ? '.' : ': the day-to-day sits with others.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, all.total, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
};
