// engineering-ownership: engineers' share of items created, descriptions written or edited, backlog
// actions (routine actions other than creation) and comments.
// Threshold basis: ownershipShare = 0.25 — one in four of these from engineers shows they take part in
// the day-to-day; minRoutineActions (10) contributions are needed for a verdict.
import type { Evidence, Signal, SignalContext } from './types';
import {
  confidenceFor,
  countEvidence,
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

interface Contribution {
  part: Part;
  person: string;
}

export function contributions(ctx: SignalContext): Contribution[] {
  const out: Contribution[] = [];
  const add = (part: Part, person: string | null | undefined) => {
    if (person && !isBot(ctx, person)) out.push({ part, person });
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
    if (all.length < need) {
      return insufficient(id, all.length, need, 'contributions', `Only ${plural(all.length, 'contribution')} so far; ${need} are needed.`);
    }
    const isEng = (p: string) => ctx.roleOf(p) === 'engineer';
    const eng = all.filter((c) => isEng(c.person));
    const share = ratio(eng.length, all.length);
    const evidence: Evidence[] = [countEvidence(`Engineers made ${eng.length} of ${all.length} contributions (${pct(share)})`, eng.length)];
    for (const part of Object.keys(PART_LABEL) as Part[]) {
      const total = all.filter((c) => c.part === part).length;
      if (total === 0) continue;
      const mine = eng.filter((c) => c.part === part).length;
      evidence.push(countEvidence(`${PART_LABEL[part]}: ${mine} of ${total} by engineers (${pct(ratio(mine, total))})`, mine));
    }
    for (const item of ctx.data.items) {
      if (item.creator && isEng(item.creator)) evidence.push(itemEvidence(item, `created by ${nameOf(ctx, item.creator)}`, { person: item.creator, at: item.created }));
    }
    const present = share >= ctx.thresholds.ownershipShare;
    const summary = `Engineers made ${eng.length} of ${all.length} items, description edits, backlog actions and comments (${pct(share)})${present ? '.' : ': the day-to-day sits with others.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, all.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
};
