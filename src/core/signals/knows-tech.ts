// knows-tech: only the person can judge it, so Tandem asks in the popup's weekly check-in instead of guessing
// from tracker data (docs/contracts.md lists it as a self-check).
import type { Signal } from './types';
import { say } from '../words';
import { selfCheck } from './util';

export const knowsTech: Signal = {
  id: 'knows-tech',
  evaluate: () => selfCheck('knows-tech', say('sigKnowsTechSummary')),
};
