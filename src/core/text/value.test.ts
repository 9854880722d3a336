import { describe, expect, it } from 'vitest';
import { hasValueStatement } from './value';

describe('hasValueStatement', () => {
  it.each([
    ['so that + person', 'As a shopper, I want to see past orders, so that I can reorder quickly.'],
    ['so that + team outcome', 'Show late orders so that the team spends less time on manual checks.'],
    ['in order to + purpose', 'I want to pause my plan in order to keep paying only when I use it.'],
    ['because + people', 'Improve accent search, because our French and Spanish customers can\'t find products.'],
    ['metric effect', 'Reminder email before renewal. This should reduce involuntary churn.'],
    ['why section, Markdown', '## Why\n\nPeople running the CLI in CI need machine-readable output.'],
    ['why section, wiki', 'h3. Why\nSales loses deals because prospects cannot try reporting alone.'],
    ['question-style why heading', '**Why is this important?**\nThree agencies miss the monthly deadline because of it.'],
    ['goal label inline', 'Goal: new customers send their first invoice within 10 minutes.'],
    ['helps people', 'This will let account managers spot at-risk customers early.'],
    ['story benefit with a non-person subject', 'As an archivist, I want to apply a license, so that access to the object is clearly defined.'],
    ['purpose after a comma', 'As a camp administrator, I want allergy flags on the meal plan, to keep campers safe.'],
    ['goal sentence', 'The goal is to halve the number of failed submissions at month end.'],
    ['time lost today', 'Every morning our ops team spends 20 minutes copying numbers by hand.'],
    ['time given back', 'Show it on the dashboard; that saves them the first half hour of their shift.'],
    ['people benefit', 'My team would really benefit from this.'],
    ['keeping customers', 'Pause instead of cancel keeps seasonal customers with us.'],
    ['so + possessive subject', 'As manager i want approve holidays fast, so my team can plan their vacation'],
    ['people would not switch', "Without a Trello import most teams we talk to won't switch."],
    ['money lost', 'Hosts lose money on fake tickets; scanning at the door stops that.'],
    ['requested by a count of users', 'Dark mode. Requested by 230 users on the forum.'],
    ['toil with its cost, in prose', 'Today the warehouse team re-keys every return by hand, which takes them a full evening at month end.'],
    ['pain counted per period', 'Support gets ~40 tickets a week asking where the invoice download went.'],
    ['a share of people affected', 'About 1 in 5 new signups never verify their email because the message lands in spam.'],
    ['deals lost', 'Enterprise prospects ask for SAML and we lost two deals over it this quarter.'],
  ])('finds a value statement: %s', (_name, text) => {
    expect(hasValueStatement(text)).toBe(true);
  });

  it.each([
    ['no benefit', 'As an admin, I want to see all users.'],
    ['technical because', 'Checkout fails because the token is null after the redirect.'],
    ['in order to reproduce', 'In order to reproduce, open the invoices page and click Export twice.'],
    ['mechanical so that', 'Refactor the billing module so that it compiles without warnings.'],
    ['so that the test passes', 'Initialise the flag so that the test passes.'],
    ['bare title', 'Guest checkout.'],
    ['a question starting with why', 'Why is this still open? I thought we shipped it.'],
    ['technical effect', 'This will increase the bundle by 4 KB, fine by me.'],
    ['named customer without benefit', 'Customer Acme reported this on the call yesterday.'],
    ['a setting in hours', 'Reduce the cache TTL to 2 hours.'],
    ['keeping a setting', 'Keep the users table small by archiving old rows.'],
    ['support for a browser', 'Improve support for Safari 17.'],
    ['story benefit about warnings', 'As a Developer I want to upgrade React so that the warnings go away.'],
    ['a rating field', 'Impact: High - all regions\nPriority: P1'],
    ['story with a mechanical benefit', 'As a Developer I want to rename the column so that the name is consistent.'],
    ['in order to get past a flaky step', 'I set the timeout higher in order to get past the flaky step.'],
    ['because nobody answered', 'Because nobody answered, I went ahead and merged it.'],
    ['so that\'s why', 'So that\'s why the numbers were off — the timezone.'],
    ['a job\'s duration', 'Today the export runs at 2am and takes about 40 minutes.'],
    ['a rollout share', 'The feature flag is on for 10% of users.'],
    ['test accounts', 'Reproduced with 3 of the 5 test accounts.'],
    ['a technical count per period', 'The batch job handles about 500 orders a day.'],
  ])('finds none: %s', (_name, text) => {
    expect(hasValueStatement(text)).toBe(false);
  });
});
