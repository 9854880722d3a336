// engineering-ownership: engineers' share of items created, descriptions written or edited, backlog
// actions (routine actions other than creation) and comments.
import { defineSignal, share } from '../define';
import type { Evidence, SignalResult, SignalContext } from '../types';
import { say, sayCount, type MessageKey } from '../../words';
import { isBot, memoizeModel } from '../../context';
import { ratio } from '../../numbers';
import { routineActions } from '../../routines';
import { countEvidence, EVIDENCE_CAP, itemEvidence } from '../evidence';
import { nameOf } from '../people';
import { confidenceFor, insufficient, minFor, needsSetup, result, SETUP_ENGINEERS } from '../verdicts';
import { pct } from '../wording';

type Part = 'created' | 'descriptions' | 'backlog' | 'comments';

/** Each part's evidence line: "Items created: 3 of 10 by engineers (30 %)". */
const PART_LINE: Record<Part, MessageKey> = {
  created: 'sigEngineeringOwnershipCreated',
  descriptions: 'sigEngineeringOwnershipDescriptions',
  backlog: 'sigEngineeringOwnershipBacklog',
  comments: 'sigEngineeringOwnershipComments',
};

export interface Contributions {
  total: number;
  engineers: number;
  byPart: Record<Part, { total: number; engineers: number }>;
}

/**
 * How many contributions of each part each person made (bots left out): the data alone decides it, so
 * it is kept per model, and an evaluation only asks each person's role once instead of once per comment.
 */
function contributors(ctx: SignalContext): ReadonlyMap<Part, ReadonlyMap<string, number>> {
  return memoizeModel(ctx, 'contributors', () => {
    const byPart = new Map<Part, Map<string, number>>((Object.keys(PART_LINE) as Part[]).map((part) => [part, new Map()]));
    const add = (part: Part, person: string | null | undefined) => {
      if (!person || isBot(ctx, person)) return;
      const counts = byPart.get(part)!;
      counts.set(person, (counts.get(person) ?? 0) + 1);
    };
    for (const item of ctx.data.items) {
      add('created', item.creator);
      if (item.description?.text.trim()) add('descriptions', item.descriptionAuthor);
      for (const e of item.descriptionEdits) if (e.actor !== item.descriptionAuthor) add('descriptions', e.actor);
      for (const c of item.comments) add('comments', c.author);
    }
    for (const a of routineActions(ctx)) if (a.kind !== 'creation') add('backlog', a.actor);
    return byPart;
  });
}

/** Counts of contributions, overall and per part, and how many came from engineers. */
export function contributions(ctx: SignalContext): Contributions {
  const out: Contributions = {
    total: 0,
    engineers: 0,
    byPart: { created: { total: 0, engineers: 0 }, descriptions: { total: 0, engineers: 0 }, backlog: { total: 0, engineers: 0 }, comments: { total: 0, engineers: 0 } },
  };
  for (const [part, counts] of contributors(ctx)) {
    for (const [person, n] of counts) {
      const eng = ctx.roleOf(person) === 'engineer' ? n : 0;
      out.total += n;
      out.engineers += eng;
      out.byPart[part].total += n;
      out.byPart[part].engineers += eng;
    }
  }
  return out;
}

export const engineeringOwnership = defineSignal({
  id: 'engineering-ownership',
  kind: 'healthy',
  thresholds: {
    ownershipShare: share(0.25, 'one in four from engineers shows they take part in the day-to-day'),
  },
  evaluate(ctx, signal): SignalResult {
    if (ctx.roles.engineers.length === 0) {
      return needsSetup(signal, ...SETUP_ENGINEERS, say('sigCommonEngineersUnknown'));
    }
    const all = contributions(ctx);
    const need = minFor(ctx, ctx.thresholds.minRoutineActions);
    if (all.total < need) {
      return insufficient(signal, all.total, need, say('sigEngineeringOwnershipOf'), sayCount(all.total, 'sigEngineeringOwnershipTooFewOne', 'sigEngineeringOwnershipTooFewOther', need));
    }
    const isEng = (p: string) => ctx.roleOf(p) === 'engineer';
    const share = ratio(all.engineers, all.total);
    const evidence: Evidence[] = [countEvidence(say('sigEngineeringOwnershipMade', all.engineers, all.total, pct(share)), all.engineers)];
    for (const part of Object.keys(PART_LINE) as Part[]) {
      const { total, engineers } = all.byPart[part];
      if (total === 0) continue;
      evidence.push(countEvidence(say(PART_LINE[part], engineers, total, pct(ratio(engineers, total))), engineers));
    }
    for (const item of ctx.data.items) {
      if (evidence.length >= EVIDENCE_CAP) break;
      if (item.creator && isEng(item.creator)) evidence.push(itemEvidence(item, say('sigEngineeringOwnershipCreatedBy', nameOf(ctx, item.creator)), { person: item.creator, at: item.created }));
    }
    const present = share >= ctx.thresholds.ownershipShare;
    const summary = say(present ? 'sigEngineeringOwnershipSummary' : 'sigEngineeringOwnershipSummaryAbsent', all.engineers, all.total, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, all.total, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
});
