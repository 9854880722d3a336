// intermediary: the PM talks, in the same thread, with two people of different teams (roster teams) who
// never address each other anywhere in the data.
import { defineSignal, count } from '../define';
import type { Evidence, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { countEvidence, itemEvidence } from '../evidence';
import { nameOf, pmSet } from '../people';
import { addressingTable } from '../threads';
import { flagsOf, itemKeyPlaces, personCodes } from '../../compact';
import { itemsByKey } from '../../items';
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

    // Read off the addressings' person codes and item places; each person's side and team asked once.
    const table = addressingTable(ctx);
    const places = itemKeyPlaces(ctx);
    const codes = personCodes(ctx);
    const isPm = flagsOf(codes, (id) => !!id && pms.has(id));
    const teamOf = codes.ids.map((id) => ctx.roles.teamOf(id));
    const people = codes.ids.length;
    const direct = new Set<number>();
    const pairOf = (a: number, b: number) => (a < b ? a * people + b : b * people + a);
    for (let k = 0; k < table.from.length; k++) if (!isPm[table.from[k]!] && !isPm[table.to[k]!]) direct.add(pairOf(table.from[k]!, table.to[k]!));

    // Per thread: who the PM talks with (either direction), when they have a team.
    const relays = new Map<number, { a: string; b: string; items: Set<string> }>();
    const byPlace = new Map<number, Set<number>>();
    for (let k = 0; k < table.from.length; k++) {
      const from = table.from[k]!;
      const to = table.to[k]!;
      const other = isPm[from] ? to : isPm[to] ? from : -1;
      if (other < 0 || isPm[other] || !teamOf[other]) continue;
      const place = places[table.item[k]!]!;
      let set = byPlace.get(place);
      if (!set) byPlace.set(place, (set = new Set()));
      set.add(other);
    }
    const items = ctx.data.items;
    const byItem = [...byPlace].map(([place, set]) => [items[place]!.key, [...set]] as const);
    let threads = 0;
    for (const [key, list] of byItem) {
      let counted = false;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (teamOf[list[i]!] === teamOf[list[j]!]) continue;
          if (!counted) threads++;
          counted = true;
          const k = pairOf(list[i]!, list[j]!);
          if (direct.has(k)) continue;
          const a = codes.ids[list[i]!]!;
          const b = codes.ids[list[j]!]!;
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
    const byKey = itemsByKey(ctx);
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
