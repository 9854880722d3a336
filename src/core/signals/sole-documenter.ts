// sole-documenter: who wrote and who edited item descriptions, plus who created documentation-labelled
// items; the PM's share of those contributions.
// Threshold basis: soleDocumenterShare = 0.9 — nine in ten contributions from the PM means nearly nobody
// else writes; minDocContributions = 5.
import type { Evidence, Signal, SignalContext } from './types';
import type { Item } from '../model';
import {
  firstN,
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
  pmSet,
  ratio,
  result,
  setupPm,
  youLabel,
} from './util';

const DOC_LABEL = /doc/i;

interface DocContribution {
  person: string;
  item: Item;
  what: 'wrote' | 'edited' | 'created a documentation item';
  at: string;
}

export function docContributions(ctx: SignalContext): DocContribution[] {
  const out: DocContribution[] = [];
  for (const item of ctx.data.items) {
    const add = (person: string | null, what: DocContribution['what'], at: string) => {
      if (person && !isBot(ctx, person)) out.push({ person, item, what, at });
    };
    if (item.description?.text.trim()) add(item.descriptionAuthor, 'wrote', item.created);
    for (const e of item.descriptionEdits) add(e.actor, 'edited', e.at);
    if (item.labels.some((l) => DOC_LABEL.test(l)) && item.creator !== item.descriptionAuthor) {
      add(item.creator, 'created a documentation item', item.created);
    }
  }
  return out;
}

export const soleDocumenter: Signal = {
  id: 'sole-documenter',
  evaluate(ctx) {
    const id = 'sole-documenter';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    const all = docContributions(ctx);
    const need = minFor(ctx, ctx.thresholds.minDocContributions);
    if (all.length < need) {
      return insufficient(id, all.length, need, 'descriptions written or edited', `Only ${plural(all.length, 'description')} written or edited so far; ${need} are needed.`);
    }
    const mine = all.filter((c) => pms.has(c.person));
    const share = ratio(mine.length, all.length);
    const present = share >= ctx.thresholds.soleDocumenterShare;
    const others = new Map<string, number>();
    for (const c of all) if (!pms.has(c.person)) others.set(c.person, (others.get(c.person) ?? 0) + 1);
    const evidence: Evidence[] = [
      countEvidence(`Descriptions written or edited by the PM: ${mine.length} of ${all.length}`, mine.length),
      ...[...others].map(([p, n]) => countEvidence(`${nameOf(ctx, p)} wrote or edited ${plural(n, 'description')}`, n, p)),
      ...firstN(mine).map((c) => itemEvidence(c.item, `description ${c.what} by ${nameOf(ctx, c.person)}`, { person: c.person, at: c.at })),
    ];
    const you = youLabel(ctx);
    const summary = `${you} wrote or edited ${mine.length} of ${all.length} descriptions (${pct(share)})${present ? '; almost nobody else documents.' : '.'}`;
    return result(id, present ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, all.length, need), figure: share });
  },
};
