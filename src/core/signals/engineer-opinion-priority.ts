// engineer-opinion-priority: priority and rank changes made within requestWindowHours after an
// engineer commented on the item, on items whose text states no impact (classifier `valueStatement`
// on the item and on comments before the change).
// Threshold basis: engineerDrivenShare = 0.5 — half of the priority changes following an engineer with
// no word on impact; requestWindowHours = 72 (a request made before a weekend); minPriorityChanges = 3.
import type { Evidence, Signal } from './types';
import { say, sayCount } from '../words';
import {
  commentFeatures,
  confidenceFor,
  countEvidence,
  EVIDENCE_CAP,
  eventEvidence,
  insufficient,
  isBot,
  minFor,
  nameOf,
  needsSetup,
  pct,
  ratio,
  result,
  SETUP_ENGINEERS,
  time,
} from './util';

export const engineerOpinionPriority: Signal = {
  id: 'engineer-opinion-priority',
  evaluate(ctx) {
    const id = 'engineer-opinion-priority';
    if (ctx.roles.engineers.length === 0) return needsSetup(id, ...SETUP_ENGINEERS, say('sigCommonEngineersUnknown'));
    const windowMs = ctx.thresholds.requestWindowHours * 3_600_000;
    const changes = ctx.data.items.flatMap((item) =>
      item.events.filter((e) => (e.kind === 'priority' || e.kind === 'rank') && e.actor && !isBot(ctx, e.actor)).map((ev) => ({ item, ev })),
    );
    const need = minFor(ctx, ctx.thresholds.minPriorityChanges);
    if (changes.length < need) {
      return insufficient(id, changes.length, need, say('sigEngineerOpinionPriorityOf'), sayCount(changes.length, 'sigEngineerOpinionPriorityTooFewOne', 'sigEngineerOpinionPriorityTooFewOther', need));
    }
    const evidence: Evidence[] = [];
    let driven = 0;
    for (const { item, ev } of changes) {
      const at = time(ev.at);
      let request: (typeof item.comments)[number] | undefined;
      for (const c of item.comments) {
        const t = time(c.created);
        if (!(t <= at)) continue; // also skips unreadable dates
        if (at - t <= windowMs && ctx.roleOf(c.author) === 'engineer') {
          request = c;
          break;
        }
      }
      if (!request) continue;
      // Impact may also be argued in the discussion before the change.
      const impact =
        ctx.textOf(item).valueStatement || item.comments.some((c) => time(c.created) <= at && commentFeatures(ctx, c).valueStatement);
      if (impact) continue;
      driven++;
      if (evidence.length < EVIDENCE_CAP) evidence.push(eventEvidence(item, ev, say(ev.kind === 'rank' ? 'sigEngineerOpinionPriorityRankChanged' : 'sigEngineerOpinionPriorityPriorityChanged', nameOf(ctx, ev.actor), nameOf(ctx, request.author))));
    }
    const share = ratio(driven, changes.length);
    const present = share >= ctx.thresholds.engineerDrivenShare;
    evidence.unshift(countEvidence(say('sigEngineerOpinionPriorityCount', driven, changes.length), driven));
    return result(id, present ? 'present' : 'absent', say('sigEngineerOpinionPrioritySummary', driven, changes.length, pct(share)), evidence, {
      confidence: confidenceFor(ctx, changes.length, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
};
