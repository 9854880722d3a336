// intermediary: the PM talks, in the same thread, with two people of different teams (roster teams) who
// never address each other anywhere in the data.
import { defineSignal, count } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { countEvidence, itemEvidence } from '../evidence';
import { nameOf, pmSet } from '../people';
import { addressings } from '../threads';
import { confidenceFor, insufficient, minFor, needsSetup, pmUnknown, result, SETUP_TEAMS } from '../verdicts';

export const intermediary = defineSignal({
  id: 'intermediary',
  kind: 'warning',
  thresholds: {
    minRelayThreads: count(2, 'one shared thread is coincidence, two is relaying'),
  },
  evaluate(ctx, signal): SignalResult {
    const pms = pmSet(ctx);
    if (pms.size === 0) return pmUnknown(ctx, signal);
    const teams = new Set(ctx.roles.entries().filter((e) => e.team && !pms.has(e.id)).map((e) => e.team!));
    if (teams.size < 2) return needsSetup(signal, ...SETUP_TEAMS, say('sigIntermediaryNeedsTeams'));

    const all = addressings(ctx);
    const direct = new Set<string>();
    const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    for (const a of all) if (!pms.has(a.from) && !pms.has(a.to)) direct.add(pairKey(a.from, a.to));

    // Per thread: who the PM talks with (either direction), when they have a team.
    const relays = new Map<string, { a: string; b: string; items: Set<string> }>();
    const byItem = new Map<string, Set<string>>();
    for (const a of all) {
      const other = pms.has(a.from) ? a.to : pms.has(a.to) ? a.from : null;
      if (!other || pms.has(other) || !ctx.roles.teamOf(other)) continue;
      let set = byItem.get(a.item.key);
      if (!set) byItem.set(a.item.key, (set = new Set()));
      set.add(other);
    }
    let threads = 0;
    for (const [key, people] of byItem) {
      const list = [...people];
      let counted = false;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (ctx.roles.teamOf(a) === ctx.roles.teamOf(b)) continue;
          if (!counted) threads++;
          counted = true;
          const k = pairKey(a, b);
          if (direct.has(k)) continue;
          const r = relays.get(k) ?? { a: a < b ? a : b, b: a < b ? b : a, items: new Set<string>() };
          r.items.add(key);
          relays.set(k, r);
        }
      }
    }
    const need = minFor(ctx, ctx.thresholds.minRelayThreads);
    if (threads === 0) {
      return insufficient(signal, 0, need, say('sigIntermediaryOf'), say('sigIntermediaryNoThreads'));
    }
    const strong = [...relays.values()].filter((r) => r.items.size >= need).sort((x, y) => y.items.size - x.items.size);
    const byKey = new Map(ctx.data.items.map((i) => [i.key, i]));
    const evidence: Evidence[] = [countEvidence(say('sigIntermediaryThreads', threads), threads)];
    for (const r of strong) {
      const pair = sayCount(r.items.size, 'sigIntermediaryPairOne', 'sigIntermediaryPairOther', nameOf(ctx, r.a), ctx.roles.teamOf(r.a)!, nameOf(ctx, r.b), ctx.roles.teamOf(r.b)!);
      evidence.push(countEvidence(pair, r.items.size));
      for (const k of r.items) {
        const item = byKey.get(k);
        if (item) evidence.push(itemEvidence(item, say('sigIntermediaryBetween', nameOf(ctx, r.a), nameOf(ctx, r.b))));
      }
    }
    const present = strong.length > 0;
    const first = strong[0];
    const summary = first
      ? sayCount(first.items.size, 'sigIntermediarySummaryOne', 'sigIntermediarySummaryOther', nameOf(ctx, first.a), nameOf(ctx, first.b))
      : say('sigIntermediarySummaryAbsent');
    return result(signal, present ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, threads, need), figure: strong.length });
  },
});
