// The guide items only the person can judge: Tandem asks in the popup's weekly check-in instead of
// guessing from tracker data, so each such signal answers `self-check` with its own question.
import type { MessageKey } from '../../words';
import { say } from '../../words';
import { defineSignal, type SignalKind } from '../define';
import type { SignalResult } from '../types';
import { selfCheck } from '../verdicts';

export function defineSelfCheck<const Id extends string>(id: Id, kind: SignalKind, question: MessageKey) {
  return defineSignal({
    id,
    kind,
    selfCheck: true,
    // Cast: the ids are checked where they are collected (signals/index.ts derives SignalId from them).
    evaluate: (_ctx, signal): SignalResult => selfCheck(signal as Parameters<typeof selfCheck>[0], say(question)),
  });
}
