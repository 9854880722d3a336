// engineer-to-be-heard: only the person can judge it, so Tandem asks in the popup's weekly check-in instead of guessing
// from tracker data (PRODUCT.md lists it as a self-check).
import type { Signal } from './types';
import { selfCheck } from './util';

export const engineerToBeHeard: Signal = {
  id: 'engineer-to-be-heard',
  evaluate: () => selfCheck('engineer-to-be-heard', 'Only you can judge whether you must talk like an engineer to be heard: answer it in the weekly check-in.'),
};
