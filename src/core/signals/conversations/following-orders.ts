// following-orders: engineers' share of created items (proposals) and the share of their comments that
// push back or propose (classifier `concern` or `decision`). Low confidence: silence in a tracker is
// weak evidence of how people feel; with nothing to read this is a self-check. Present when the measured
// share indicators both point that way, or when deference reaches its share on its own. Precision first:
// a comment counts as silent only when the model is sure it raises no concern and records no decision;
// comments it is unsure about are left out of the voice share.
import { isDeferential } from '../../text/deference';
import { judge } from '../../text';
import { defineSignal, share } from '../define';
import type { Comment, Item } from '../../model';
import type { Evidence, SignalContext, SignalResult } from '../types';
import { say, sayCount } from '../../words';
import { isBot, memoizeModel, memoizeReading } from '../../context';
import { commentTable, flagsOf, personCodes, positionsOf } from '../../compact';
import { ratio } from '../../numbers';
import { firstN, commentEvidence, countEvidence, itemEvidence } from '../evidence';
import { commentFeatures } from '../threads';
import { confidenceFor, insufficient, isItemScope, minFor, needsSetup, result, selfCheck, SETUP_ENGINEERS } from '../verdicts';
import { pct, findingsSentence } from '../wording';

/** A comment and its item, with what its text says for this signal, read once per model. */
interface Said {
  item: Item;
  c: Comment;
  read?: { judged: boolean; voiced: boolean; deferential: boolean };
}

/** Every comment with its item, in the items' order: kept per model and reader, so a settings change
 * picks the engineers' comments out of it instead of reading every text again. */
function spokenIn(ctx: SignalContext): readonly Said[] {
  return memoizeReading(ctx, 'followingOrdersComments', () => ctx.data.items.flatMap((item) => item.comments.map((c) => ({ item, c }))));
}

/** The items people (not bots) created and their creators' person codes: kept per model. */
function creationsOf(ctx: SignalContext): { created: readonly Item[]; creator: Int32Array } {
  return memoizeModel(ctx, 'creations', () => {
    const created = ctx.data.items.filter((i) => i.creator && !isBot(ctx, i.creator));
    const codes = personCodes(ctx);
    return { created, creator: Int32Array.from(created, (i) => codes.code(i.creator)) };
  });
}

/** Whether the model judged the comment (sure either way), found a voice in it, or read deference. */
function readOf(ctx: SignalContext, said: Said): NonNullable<Said['read']> {
  if (!said.read) {
    const f = commentFeatures(ctx, said.c);
    const voiced = f.concern || f.decision;
    const judged = voiced || (judge(f, 'concern', 'no') === 'against' && judge(f, 'decision', 'no') === 'against');
    said.read = { judged, voiced, deferential: isDeferential(said.c.body.text) };
  }
  return said.read;
}

// Tone and deference are hard to read from a tracker; cap how sure we claim to be.
const MAX_CONFIDENCE = 0.6;

export const followingOrders = defineSignal({
  id: 'following-orders',
  kind: 'warning',
  thresholds: {
    engineerCreatedShare: share(0.1, 'under one in ten items from engineers reads as executing orders'),
    engineerVoiceShare: share(0.1, 'under one in ten comments pushing back or proposing reads as executing orders'),
    deferenceShare: share(0.1, 'one in ten comments handing the decision away (src/core/text/deference.ts) is a pattern'),
  },
  evaluate(ctx, signal): SignalResult {
    const hasText = ctx.data.items.some((i) => i.creator || i.comments.length > 0);
    if (!hasText) return selfCheck(signal, say('sigFollowingOrdersNothingToRead'));
    if (ctx.roles.engineers.length === 0) return needsSetup(signal, ...SETUP_ENGINEERS, say('sigCommonEngineersUnknown'));
    const th = ctx.thresholds;
    const isEng = (p: string | null) => ctx.roleOf(p) === 'engineer';
    const findings: string[] = [];
    const evidence: Evidence[] = [];
    let measured = 0;
    let low = 0;
    let observations = 0;

    // Who created what and who wrote which comment, read off person codes kept per model; whether each
    // person is an engineer asked once.
    const { created, creator } = creationsOf(ctx);
    const table = commentTable(ctx);
    const engineer = flagsOf(personCodes(ctx), isEng);
    // One item's author says nothing about who proposes work, so creation counts on backlogs only.
    if (!isItemScope(ctx) && created.length >= th.minItems) {
      const byEng = created.filter((_, k) => engineer[creator[k]!]);
      const share = ratio(byEng.length, created.length);
      measured++;
      observations += created.length;
      if (share < th.engineerCreatedShare) low++;
      findings.push(say('sigFollowingOrdersCreatedFinding', byEng.length, created.length, pct(share)));
      evidence.push(countEvidence(say('sigFollowingOrdersCreated', byEng.length, created.length), byEng.length));
      evidence.push(...firstN(byEng).map((i) => itemEvidence(i, say('sigFollowingOrdersProposed'), { person: i.creator!, at: i.created })));
    }

    const spoken = spokenIn(ctx);
    const engComments = positionsOf(table.byAuthor, engineer).map((k) => spoken[k]!);
    const judgedComments = engComments.filter((said) => readOf(ctx, said).judged);
    const need = minFor(ctx, th.minComments);
    if (judgedComments.length >= need) {
      const voiced = judgedComments.filter((said) => readOf(ctx, said).voiced);
      const share = ratio(voiced.length, judgedComments.length);
      measured++;
      observations += judgedComments.length;
      if (share < th.engineerVoiceShare) low++;
      findings.push(say('sigFollowingOrdersVoiceFinding', voiced.length, judgedComments.length, pct(share)));
      evidence.push(countEvidence(say('sigFollowingOrdersVoice', voiced.length, judgedComments.length), voiced.length));
      evidence.push(...firstN(voiced).map(({ item, c }) => commentEvidence(item, c, say('sigFollowingOrdersVoiced'))));
    }

    // Deference said out loud is enough on its own; silence needs every indicator to agree.
    let deferential = false;
    if (engComments.length >= need) {
      const deferring = engComments.filter((said) => readOf(ctx, said).deferential);
      const share = ratio(deferring.length, engComments.length);
      deferential = share >= th.deferenceShare;
      findings.push(say('sigFollowingOrdersDeferFinding', deferring.length, pct(share)));
      evidence.push(countEvidence(say('sigFollowingOrdersDefer', deferring.length, engComments.length), deferring.length));
      evidence.push(...firstN(deferring).map(({ item, c }) => commentEvidence(item, c, say('sigFollowingOrdersDefers'))));
    }

    if (measured === 0) {
      return insufficient(signal, engComments.length, need, say('sigFollowingOrdersOf'), sayCount(engComments.length, 'sigFollowingOrdersTooFewOne', 'sigFollowingOrdersTooFewOther', need));
    }
    const present = low === measured || deferential;
    const summary = findingsSentence(findings);
    return result(signal, present ? 'present' : 'absent', summary, evidence, {
      confidence: Math.min(MAX_CONFIDENCE, confidenceFor(ctx, observations, need * measured, ctx.roles.engineersInferred)),
    });
  },
});
