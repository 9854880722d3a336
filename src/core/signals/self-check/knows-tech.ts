// knows-tech: only the person can judge it (see ./ask.ts).
import { defineSelfCheck } from './ask';

export const knowsTech = defineSelfCheck('knows-tech', 'healthy', 'sigKnowsTechSummary');
