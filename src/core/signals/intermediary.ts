// intermediary: the PM talks, in the same thread, with two people of different teams (roster teams)
// who never address each other anywhere in the data.
// Threshold basis: minRelayThreads = 2 — one shared thread is coincidence, two is relaying (one on a
// single item).
import type { Evidence, Signal } from './types';
import {
  addressings,
  confidenceFor,
  countEvidence,
  insufficient,
  itemEvidence,
  minFor,
  nameOf,
  needsSetup,
  plural,
  pmSet,
  result,
  setupPm,
  SETUP_TEAMS,
} from './util';

export const intermediary: Signal = {
  id: 'intermediary',
  evaluate(ctx) {
    const id = 'intermediary';
    const pms = pmSet(ctx);
    if (pms.size === 0) return needsSetup(id, ...setupPm(ctx), 'Tandem doesn’t know who the PM is yet.');
    const teams = new Set(ctx.roles.entries().filter((e) => e.team && !pms.has(e.id)).map((e) => e.team!));
    if (teams.size < 2) return needsSetup(id, ...SETUP_TEAMS, 'Set people’s teams in the roster to see whether you relay between teams.');

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
      return insufficient(id, 0, need, 'threads where the PM talks with people of two teams', 'No thread here has the PM talking with people of two different teams.');
    }
    const strong = [...relays.values()].filter((r) => r.items.size >= need).sort((x, y) => y.items.size - x.items.size);
    const byKey = new Map(ctx.data.items.map((i) => [i.key, i]));
    const evidence: Evidence[] = [countEvidence(`Threads where the PM talks with people of two teams: ${threads}`, threads)];
    for (const r of strong) {
      evidence.push(countEvidence(`${nameOf(ctx, r.a)} (${ctx.roles.teamOf(r.a)}) and ${nameOf(ctx, r.b)} (${ctx.roles.teamOf(r.b)}) talk only through the PM, in ${plural(r.items.size, 'thread')}`, r.items.size));
      for (const k of r.items) {
        const item = byKey.get(k);
        if (item) evidence.push(itemEvidence(item, `the PM between ${nameOf(ctx, r.a)} and ${nameOf(ctx, r.b)}`));
      }
    }
    const present = strong.length > 0;
    const first = strong[0];
    const summary = first
      ? `${nameOf(ctx, first.a)} and ${nameOf(ctx, first.b)}, of different teams, talk only through the PM (${plural(first.items.size, 'thread')}).`
      : `People of different teams in the PM’s threads also talk to each other directly.`;
    return result(id, present ? 'present' : 'absent', summary, evidence, { confidence: confidenceFor(ctx, threads, need), figure: strong.length });
  },
};
