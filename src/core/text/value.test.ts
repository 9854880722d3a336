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
    ['goal label inline', 'Goal: new customers send their first invoice within 10 minutes.'],
    ['helps people', 'This will let account managers spot at-risk customers early.'],
    ['requested by a count of users', 'Dark mode. Requested by 230 users on the forum.'],
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
    ['so that\'s why', 'So that\'s why the numbers were off — the timezone.'],
  ])('finds none: %s', (_name, text) => {
    expect(hasValueStatement(text)).toBe(false);
  });
});
