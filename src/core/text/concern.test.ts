import { describe, expect, it } from 'vitest';
import { isConcern } from './concern';

describe('isConcern', () => {
  it.each([
    ['worry', "I'm worried this will double-charge users who retry the payment."],
    ['blocked by', 'Blocked by PLAT-412, we need the new auth scopes first.'],
    ['risk label', 'Risk: the vendor API allows 100 requests a minute and the import will exceed it.'],
    ['what happens if', 'What happens if the user deletes their account while the export runs?'],
    ['could break', 'This could break the mobile app, which still calls the v1 endpoint.'],
    ['are we sure', 'Are we sure we want to change the default for existing customers?'],
    ['not sure this scales', 'Not sure this scales past a few thousand rows.'],
    ['dependency', 'This depends on the billing team shipping the new invoice API.'],
    ['cannot start until', "We can't start the frontend until the API contract is agreed."],
    ['schedule risk', 'We might not make the March release if the vendor slips again.'],
    ['assumption', "This assumes every customer has one billing contact, which isn't true for enterprise."],
    ['inverted modal question', 'Could this expose internal notes to customers if the flag is misconfigured?'],
    ['Markdown risks section', 'Scope as agreed.\n\n## Risks\n- the partner API changed twice last quarter'],
    ['wiki risks section', 'h3. Risks\n* legal has not reviewed the consent text'],
    ['relief first, concern after', 'No blockers so far. But what happens if the vendor misses the date?'],
    ['a human shouting WARNING', 'WARNING: this will delete the saved filters of every user on the old plan.'],
    ['non-native doubt', 'what happen if the network is down during upload? the file will be corrupt?'],
    ['what broke last time', 'Last time we touched the invoice numbering, the nightly export to SAP broke for two days.'],
    ['a missing safeguard', 'The cron fires every 5 min and a run can take up to 8. What stops two runs from overlapping?'],
    ['still used by what the change removes', 'I see the PR deletes the `legacy_id` column. The BI dashboards still join on it.'],
    ['never run at this scale', "We've never run this job with more than 10k rows. The biggest customer has 1.2M."],
    ['a limit already near', 'Memory on the worker is already at 85% in peak; this adds a second copy of the catalogue.'],
  ])('raises a concern: %s', (_name, text) => {
    expect(isConcern(text)).toBe(true);
  });

  it.each([
    ['a bug already happening', 'Fails on null when the customer has no billing address.'],
    ['broken now', 'Login is broken after the last deploy.'],
    ['it broke (past)', 'It broke the mobile app yesterday, we rolled back.'],
    ['information question', "What's the endpoint for the CSV export?"],
    ['how-to question', 'How do I run the integration tests locally?'],
    ['not sure what you mean', "I'm not sure what you mean, can you clarify?"],
    ['not sure how to reproduce', 'Not sure how to reproduce this, can you share a video?'],
    ['risk ruled out', 'Risk: low. The change is behind a feature flag and off by default.'],
    ['no longer blocked', 'No longer blocked, the API keys arrived this morning.'],
    ['not worried', "I'm not worried about performance here, the table has 200 rows."],
    ['no dependencies', 'This PR depends on nothing else and can be merged any time.'],
    ['empty risks section', '## Risks\nNone'],
    ['polite suggestion with could', 'Could we rename this to something clearer?'],
    ['concern words in a code block', 'Output:\n```\nWARNING: this could break the build\n```'],
    ['quoted concern', "> I'm worried this will break\n\nIt didn't, closing."],
    ['asking to document behaviour', 'Can you explain what happens when a payment is refunded? I want to write the docs.'],
    ['what happens, documented', 'What happens to in-flight orders is in the runbook: they finish on the old service.'],
    ['a question for the docs', "Is the endpoint idempotent? I'm documenting the API."],
    ['end of life, already handled', 'Node 14 reaches end-of-life in April, so I upgraded the image to 20.'],
    ['still used, old path kept', 'Customers still use the old export, so I kept the v1 route.'],
  ])('no concern: %s', (_name, text) => {
    expect(isConcern(text)).toBe(false);
  });
});
