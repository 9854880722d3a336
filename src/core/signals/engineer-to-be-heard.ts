// engineer-to-be-heard: only the person can judge it, so Tandem asks in the popup's weekly check-in instead of guessing
// from tracker data (docs/contracts.md lists it as a self-check).
import type { Signal } from './types';
import { say } from '../words';
import { selfCheck } from './util';

export const engineerToBeHeard: Signal = {
  id: 'engineer-to-be-heard',
  evaluate: () => selfCheck('engineer-to-be-heard', say('sigEngineerToBeHeardSelfCheck')),
};
