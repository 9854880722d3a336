// avoids-em: in threads the EM takes part in, the PM's comments addressed to the EM compared with those
// addressed to engineers (mentions, replies, answering the previous comment); EM comments to the PM
// that the PM never answers on that item are shown as evidence.
// Threshold basis: emInteractionShare = 0.2 — under one in five of the PM's addressed comments going to
// the EM while the EM is in the thread; minInteractions = 5.
import type { Evidence, Signal } from './types';
import {
  firstN,
  addressings,
  commentEvidence,
  confidenceFor,
  countEvidence,
  insufficient,
  minFor,
  needsSetup,
  pct,
  plural,
  pmSet,
  ratio,
  result,
  SETUP_EM,
  setupPm,
  youLabel,
  youObject,
} from './util';

export const avoidsEm: Signal = {
  id: 'avoids-em',
  evaluate(ctx) {
    const id = 'avoids-em';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    if (!ctx.roles.emKnown) return needsSetup(id, ...SETUP_EM, 'Tandem doesn’t know who the EM is yet.');
    const em = new Set(ctx.roles.em);
    const emThreads = ctx.data.items.filter((i) => i.comments.some((c) => c.author && em.has(c.author)));
    if (emThreads.length === 0) {
      return insufficient(id, 0, 1, 'threads the EM takes part in', 'The EM takes part in no thread here, so there is nothing to avoid or join.');
    }
    const inEmThreads = new Set(emThreads.map((i) => i.key));
    const all = addressings(ctx).filter((a) => inEmThreads.has(a.item.key));
    const fromPm = all.filter((a) => pms.has(a.from));
    const toEm = fromPm.filter((a) => em.has(a.to));
    const toEng = fromPm.filter((a) => ctx.roleOf(a.to) === 'engineer');
    const total = toEm.length + toEng.length;
    const need = minFor(ctx, ctx.thresholds.minInteractions);
    if (total < need) {
      return insufficient(id, total, need, 'comments by the PM to the EM or engineers', `${youLabel(ctx)} addressed ${plural(total, 'comment')} to the EM or engineers in the EM’s threads; ${need} are needed.`);
    }
    const share = ratio(toEm.length, total);
    const present = share < ctx.thresholds.emInteractionShare;
    const answered = new Set(toEm.map((a) => `${a.item.key}|${a.to}`));
    const unanswered = all.filter((a) => em.has(a.from) && pms.has(a.to) && !answered.has(`${a.item.key}|${a.from}`));
    const evidence: Evidence[] = [
      countEvidence(`Comments by ${youObject(ctx)} to the EM: ${toEm.length}; to engineers: ${toEng.length}`, toEm.length),
      countEvidence(`EM comments to ${youObject(ctx)} left unanswered: ${unanswered.length}`, unanswered.length),
      ...firstN(unanswered).map((a) => commentEvidence(a.item, a.comment, 'EM comment with no answer from the PM')),
      ...firstN(toEm).map((a) => commentEvidence(a.item, a.comment, 'PM comment to the EM')),
    ];
    const summary = `In threads with the EM, ${toEm.length} of ${total} comments ${youObject(ctx)} addressed went to the EM (${pct(share)})${present ? ', the rest to engineers.' : '.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, {
      confidence: confidenceFor(ctx, total, need, ctx.roles.engineersInferred),
      figure: share,
    });
  },
};
