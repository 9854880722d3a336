// knows-tech: only the person can judge it, so Tandem asks in the popup's weekly check-in instead of guessing
// from tracker data (PRODUCT.md lists it as a self-check).
import type { Signal } from './types';
import { selfCheck } from './util';

export const knowsTech: Signal = {
  id: 'knows-tech',
  evaluate: () => selfCheck('knows-tech', 'Only you can judge whether you know the technology well enough: answer it in the weekly check-in.'),
};
