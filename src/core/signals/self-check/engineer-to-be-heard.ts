// engineer-to-be-heard: only the person can judge it (see ./ask.ts).
import { defineSelfCheck } from './ask';

export const engineerToBeHeard = defineSelfCheck('engineer-to-be-heard', 'warning', 'sigEngineerToBeHeardSelfCheck');
