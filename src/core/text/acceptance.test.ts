import { describe, expect, it } from 'vitest';
import { hasAcceptanceCriteria } from './acceptance';

describe('hasAcceptanceCriteria', () => {
  it.each([
    ['Markdown heading with items', '## Acceptance criteria\n\n- Export has one row per invoice\n- Totals match finance'],
    ['wiki heading', 'h3. Acceptance Criteria\n* Reminder sent 7 days before renewal'],
    ['ADF-flattened heading', 'Let guests pay.\n\nAcceptance criteria\n- Guests can pay without an account'],
    ['bold wiki label with colon', '*Acceptance criteria:*\n# Works on iOS Safari'],
    ['inline AC with content', 'AC: the export contains one row per invoice'],
    ['definition of done', 'Definition of Done\n- Docs updated\n- Feature flag removed'],
    ['done when with colon', 'Done when: the page loads in under 2 seconds'],
    ['Markdown task list, unchecked', 'Tasks for this story\n- [ ] backend\n- [ ] docs'],
    ['Markdown task list, checked', '- [x] the old link redirects'],
    ['wiki checklist', '* [ ] only owners see the button'],
    ['ADF-flattened checklist', 'Pause subscription.\n- [ ] pause lasts at most three months'],
    ['wiki status icons', '(/) email sent\n(x) audit entry written'],
    ['numbered AC labels', 'AC1: the export has one row per invoice\nAC2: totals match'],
    ['Unicode ballot boxes', '☐ reminder sent\n☑ email links to billing'],
    ['wiki table header', '||Acceptance criteria||\n|Checks run weekly|'],
    ['Given/When/Then on lines', 'Given a guest on checkout\nWhen they pay\nThen a receipt is emailed'],
    ['indented Gherkin scenario', 'Scenario: pause\n  Given an active subscription\n  When I click "Pause"\n  Then it shows as paused'],
    ['inline bold Given/When/Then', '*Given* the cart has two items *when* I apply a coupon *then* the total drops.'],
  ])('finds criteria: %s', (_name, text) => {
    expect(hasAcceptanceCriteria(text)).toBe(true);
  });

  it.each([
    ['a story without criteria', 'As a user I want to export my invoices so that I can file taxes.'],
    ['criteria still to be written', 'We still need acceptance criteria for this one before planning.'],
    ['AC placeholder', 'Acceptance criteria: TBD'],
    ['empty wiki section', 'h3. Acceptance Criteria\nTBD'],
    ['section to be defined', '## Acceptance criteria\n\n_To be defined with the PM._'],
    ['"done when" in conversation', 'Done when you are, no rush.'],
    ['prose "given"', 'Given the current load, I don\'t think we can ship this week.'],
    ['given … then in one sentence without when', 'Given that the API is rate-limited, we should batch. Then retry.'],
    ['steps to reproduce', 'Steps to reproduce:\n1. Open invoices\n2. Click Export\nExpected: CSV\nActual: error'],
    ['a plain bullet list of notes', 'Notes\n- ask legal\n- talk to support'],
    ['a single check mark in a comment', '✅ deployed to staging'],
    ['a heading followed by another heading', 'h3. Acceptance Criteria\nh3. Notes\nsee Confluence'],
    ['when/then in a bug', 'When I click Save, then the page reloads and my changes are gone.'],
  ])('finds none: %s', (_name, text) => {
    expect(hasAcceptanceCriteria(text)).toBe(false);
  });
});
