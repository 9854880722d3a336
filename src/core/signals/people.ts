// Who is who, as the signals say it: a person's name, the PM side ("you", "the PM", "the PMs") and the
// engineering side.
import { personIn } from '../people';
import type { Role } from '../roster';
import { say } from '../words';
import type { SignalContext } from './types';

export function nameOf(ctx: SignalContext, id: string | null | undefined): string {
  if (!id) return say('sigCommonSomeone');
  return personIn(ctx.data.people, id)?.name || id;
}

/** The PM side: the signed-in user when a PM, plus any PMs the roster names. */
export function pmSet(ctx: SignalContext): Set<string> {
  return new Set(ctx.roles.pms);
}

/** True when the PM side is just the signed-in user: then the panel says "you". */
export function pmIsYou(ctx: SignalContext): boolean {
  const pms = ctx.roles.pms;
  return pms.length === 1 && pms[0] === ctx.data.me;
}

/** Who the PM side is: the signed-in user alone, one PM, or several. */
function pmSide(ctx: SignalContext): 'you' | 'pm' | 'pms' {
  return pmIsYou(ctx) ? 'you' : ctx.roles.pms.length > 1 ? 'pms' : 'pm';
}

/** "You" when the PM side is just the signed-in user; "The PM" otherwise. */
export function youLabel(ctx: SignalContext): string {
  return say(({ you: 'sigCommonYou', pm: 'sigCommonThePm', pms: 'sigCommonThePms' } as const)[pmSide(ctx)]);
}

/** The same, as an object: "you", "the PM", "the PMs". */
export function youObject(ctx: SignalContext): string {
  return say(({ you: 'sigCommonYouObject', pm: 'sigCommonThePmObject', pms: 'sigCommonThePmsObject' } as const)[pmSide(ctx)]);
}

/** Team roles (EM or engineer): people on the engineering side. */
export function isEngineering(role: Role | null): boolean {
  return role === 'em' || role === 'engineer';
}
