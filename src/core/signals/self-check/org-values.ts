// org-values: only the person can judge it (see ./ask.ts).
import { defineSelfCheck } from './ask';

export const orgValues = defineSelfCheck('org-values', 'healthy', 'sigOrgValuesSummary');
