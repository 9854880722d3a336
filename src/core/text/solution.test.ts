import { describe, expect, it } from 'vitest';
import { isSolutionOriented } from './solution';

describe('isSolutionOriented', () => {
  it.each([
    ['data store', 'Cache the product catalogue in Redis with a 10 minute TTL.'],
    ['schema', 'Add a `last_login_at` column to the users table.'],
    ['endpoint', 'Create endpoint GET /v2/customers/{id}/invoices returning JSON.'],
    ['widget in the I-want part', 'As an admin I want a dropdown to pick the region so that I can filter reports.'],
    ['algorithm', 'Use a bloom filter to check usernames before hitting the DB.'],
    ['library swap', 'Switch the date formatting to date-fns and drop moment.js.'],
    ['implementation section', '### Implementation\n- add `retry` option to `fetchWithTimeout`\n- exponential backoff'],
    ['code fence proposal', 'We could persist the state:\n```ts\nawait set(docId, state);\n```'],
    ['imperative despite the word "error"', 'Add a tooltip on the status icon showing the full error text.'],
    ['wiki code block', 'h3. Technical notes\n{code:sql}ALTER TABLE agency ADD COLUMN code varchar(4);{code}'],
    ['feature request naming the solution', '**Describe the solution you\'d like**\nLazy-load the plugins with dynamic `import()`.'],
    ['a UI table in the I-want part', 'As an admin, I want a sortable table of all invoices.'],
    ['where to keep the data', 'As an editor I want drafts stored in a separate database table so that nothing is lost.'],
    ['saving to the database', 'Save the uploaded receipts to the database and index them.'],
    ['review comment prescribing', 'Can we just use a hashmap keyed by SKU here instead of the nested loop?'],
  ])('prescribes the solution: %s', (_name, text) => {
    expect(isSolutionOriented(text)).toBe(true);
  });

  it.each([
    ['bug naming an API', 'The API returns 500 when the name field is empty.'],
    ['bug naming a widget', 'Clicking the Save button does nothing on the profile page.'],
    ['bug naming a data store', 'Redis connection timeouts during peak hours make checkout hang.'],
    ['stack trace', 'NullPointerException in OrderService\n    at com.shop.OrderService.total(OrderService.java:88)'],
    ['problem-oriented story', 'As a shopper I want my cart to survive a reload so that I don\'t lose items.'],
    ['story naming the API as context', 'As a developer I want API responses to be smaller so that mobile loads faster.'],
    ['outcome', 'Reduce the time it takes a new customer to send their first invoice.'],
    ['"kill the process" jargon', 'Kill the process and restart it, and the queue is empty again.'],
    ['build status', 'Build is red on main — `npm ci` fails with ERESOLVE after the bump.'],
    ['go live is not Go', 'As a reviewer I want to review changes before they go live.'],
    ['"build" as a noun in a symptom', 'This blocks the build, the Redis container does not start on the CI runner.'],
    ['a database as a place to search', 'As a cook I want to find a recipe in the database by ingredient.'],
    ['a restaurant table', 'As a diner, I want to book a table for four on Friday.'],
    ['react as a verb', 'As a nurse I want to see vital signs on one screen so I can react faster.'],
    ['the rest of', 'Add the rest of the team to the project.'],
    ['bug template with commands', '**Describe the bug**\nThe CLI fails on Windows paths.\n\n**To Reproduce**\nRun `tool start --verbose`.'],
    ['pasted logs in {noformat}', 'h3. Problem\nEditors cannot see drafts.\n{noformat}status=draft count: 412{noformat}'],
  ])('states the problem: %s', (_name, text) => {
    expect(isSolutionOriented(text)).toBe(false);
  });
});
