// sole-documenter: who wrote and who edited item descriptions, plus who created documentation-labelled
// items; the PM's share of those contributions.
import { defineSignal, count, share } from '../define';
import type { Evidence, SignalResult, SignalContext } from '../types';
import type { Item } from '../../model';
import { say, sayCount, type MessageKey } from '../../words';
import { isBot, memoizeModel } from '../../context';
import { ratio } from '../../numbers';
import { firstN, countEvidence, itemEvidence } from '../evidence';
import { nameOf, pmSet, youLabel } from '../people';
import { confidenceFor, insufficient, minFor, pmUnknown, result } from '../verdicts';
import { pct } from '../wording';

const DOC_LABEL = /doc/i;

interface DocContribution {
  person: string;
  item: Item;
  what: 'wrote' | 'edited' | 'created-doc';
  at: string;
}

/** The evidence line for each kind of contribution. */
const WHAT_LABEL: Record<DocContribution['what'], MessageKey> = {
  wrote: 'sigSoleDocumenterWrote',
  edited: 'sigSoleDocumenterEdited',
  'created-doc': 'sigSoleDocumenterCreatedDoc',
};

export function docContributions(ctx: SignalContext): DocContribution[] {
  const out: DocContribution[] = [];
  for (const item of ctx.data.items) {
    const add = (person: string | null, what: DocContribution['what'], at: string) => {
      if (person && !isBot(ctx, person)) out.push({ person, item, what, at });
    };
    if (item.description?.text.trim()) add(item.descriptionAuthor, 'wrote', item.created);
    for (const e of item.descriptionEdits) add(e.actor, 'edited', e.at);
    if (item.labels.some((l) => DOC_LABEL.test(l)) && item.creator !== item.descriptionAuthor) {
      add(item.creator, 'created-doc', item.created);
    }
  }
  return out;
}

/** The contributions and each person's positions among them (people in the order they first
 * contribute): the data alone decides them, so they are kept per model. */
function docContributionsByPerson(ctx: SignalContext): { all: readonly DocContribution[]; byPerson: ReadonlyMap<string, readonly number[]> } {
  return memoizeModel(ctx, 'docContributions', () => {
    const all = docContributions(ctx);
    const byPerson = new Map<string, number[]>();
    for (let i = 0; i < all.length; i++) {
      const person = all[i]!.person;
      const list = byPerson.get(person);
      if (list) list.push(i);
      else byPerson.set(person, [i]);
    }
    return { all, byPerson };
  });
}

export const soleDocumenter = defineSignal({
  id: 'sole-documenter',
  kind: 'warning',
  thresholds: {
    soleDocumenterShare: share(0.9, 'nine in ten contributions from the PM means nearly nobody else writes'),
    minDocContributions: count(5, 'five at least for a share'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    const { all, byPerson } = docContributionsByPerson(ctx);
    const need = minFor(ctx, ctx.thresholds.minDocContributions);
    if (all.length < need) {
      return insufficient(signal, all.length, need, say('sigSoleDocumenterOf'), sayCount(all.length, 'sigSoleDocumenterTooFewOne', 'sigSoleDocumenterTooFewOther', need));
    }
    // The PMs' contributions and everyone else's counts, from the per-person tallies kept per model.
    const at: number[] = [];
    const others = new Map<string, number>();
    for (const [person, mineAt] of byPerson) {
      if (pms.has(person)) for (const i of mineAt) at.push(i);
      else others.set(person, mineAt.length);
    }
    at.sort((a, b) => a - b);
    const mine = at.map((i) => all[i]!);
    const share = ratio(mine.length, all.length);
    const present = share >= ctx.thresholds.soleDocumenterShare;
    const evidence: Evidence[] = [
      countEvidence(say('sigSoleDocumenterByPm', mine.length, all.length), mine.length),
      ...[...others].map(([p, n]) => countEvidence(sayCount(n, 'sigSoleDocumenterOtherOne', 'sigSoleDocumenterOtherOther', nameOf(ctx, p)), n, p)),
      ...firstN(mine).map((c) => itemEvidence(c.item, say(WHAT_LABEL[c.what], nameOf(ctx, c.person)), { person: c.person, at: c.at })),
    ];
    const you = youLabel(ctx);
    const summary = say(present ? 'sigSoleDocumenterSummaryPresent' : 'sigSoleDocumenterSummary', you, mine.length, all.length, pct(share));
    return result(signal, present ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, all.length, need), figure: share });
  },
});
