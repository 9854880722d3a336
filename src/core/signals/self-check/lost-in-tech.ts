// lost-in-tech: only the person can judge it (see ./ask.ts).
import { defineSelfCheck } from './ask';

export const lostInTech = defineSelfCheck('lost-in-tech', 'warning', 'sigLostInTechSummary');
