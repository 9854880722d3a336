// lost-in-tech: only the person can judge it, so Tandem asks in the popup's weekly check-in instead of guessing
// from tracker data (docs/contracts.md lists it as a self-check).
import type { Signal } from './types';
import { say } from '../words';
import { selfCheck } from './util';

export const lostInTech: Signal = {
  id: 'lost-in-tech',
  evaluate: () => selfCheck('lost-in-tech', say('sigLostInTechSummary')),
};
