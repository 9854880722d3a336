// Labelled set: does the text prescribe HOW to build (solution-oriented) rather than the problem?
import { type Draft, PERSONAS, pick, rng, story } from './common';
import { BENEFITS, PROBLEM_WANTS, SOLUTION_WANTS } from './pools';

const POSITIVE: Array<[string, string, Draft['format']?]> = [
  ['jira-story', 'Add a `last_login_at` timestamp column to the users table and backfill it from the auth logs.'],
  ['jira-story', 'Cache the product catalogue in Redis with a 10 minute TTL.'],
  ['jira-story', 'Replace the country text field with a searchable dropdown (react-select).'],
  ['jira-story', 'Create endpoint GET /v2/customers/{id}/invoices returning paginated JSON.'],
  ['jira-story', 'Move session storage from Postgres to Memcached.'],
  ['jira-story', 'Implement the recommendations with collaborative filtering (ALS from Spark MLlib).'],
  ['jira-story', 'Use a Kafka topic per tenant for the order events.'],
  ['jira-story', 'Build the settings page as a modal with three tabs: Profile, Billing, Security.'],
  ['jira-story', 'Switch the date formatting to date-fns and drop moment.js.'],
  ['jira-story', 'Put a "Buy again" button under every line item on the order history page.'],
  ['jira-story', 'Add a nullable FK `team_id` on projects, index it, and expose it in the API serializer.'],
  ['jira-story', 'Write a nightly Airflow DAG that copies the events table into BigQuery.'],
  ['jira-story', 'Show a spinner overlay while the XHR is pending, then swap in the table.'],
  ['jira-story', 'Use a bloom filter to check usernames before hitting the DB.'],
  ['jira-story', 'Render the invoice PDF server-side with Puppeteer.'],
  ['jira-story', 'Add a feature flag in LaunchDarkly and wrap the new checkout in it.'],
  ['jira-story', 'Create a materialized view for the monthly revenue report and refresh it hourly.'],
  ['jira-story', 'Change the notification preferences to a grid of checkboxes, one per channel.'],
  ['jira-story', 'Expose a webhook that POSTs the ticket JSON to the customer\'s URL with HMAC signing.'],
  ['jira-story', 'Migrate the image uploads to S3 presigned URLs.'],
  ['jira-story', 'Sidebar: collapsible tree view of folders, lazy loaded via /api/folders?parent=.'],
  ['jira-story', 'Implement rate limiting using a token bucket in the API gateway (nginx limit_req).'],
  ['jira-story', 'Store feature usage counters in a new table feature_usage(user_id, feature, count, updated_at).'],
  ['jira-story', 'Replace polling with Server-Sent Events for the live scoreboard.'],
  ['jira-story', 'Add a tooltip on hover over the status icon showing the full error text.'],
  ['github-issue', '## Proposal\n\nWe should use `IndexedDB` (via `idb-keyval`) to persist the editor state between reloads. The key would be the document id and the value the serialized ProseMirror JSON.\n\n```ts\nawait set(docId, editor.getJSON());\n```', 'markdown'],
  ['github-issue', 'Let\'s add a `--json` flag to the CLI that prints the result with `JSON.stringify(result, null, 2)` instead of the table renderer.', 'markdown'],
  ['github-issue', '### Implementation\n- add `retry` option to `fetchWithTimeout`\n- exponential backoff, base 200ms, max 5 attempts\n- wrap in `p-retry`', 'markdown'],
  ['github-issue', 'The settings screen should become a React component with a `<Tabs>` container and lazy-loaded panels. Use Zustand for the form state.', 'markdown'],
  ['github-issue', 'Proposal: swap the hand-rolled LRU for `lru-cache` v10 and set `max: 500`.', 'markdown'],
  ['github-issue', 'Add a `CREATE INDEX CONCURRENTLY idx_orders_created ON orders(created_at)` migration to speed up the dashboard query.', 'markdown'],
  ['github-issue', 'I think we should build this on top of a Web Worker that runs the diff with Myers\' algorithm so the UI doesn\'t freeze.', 'markdown'],
  ['github-issue', 'For the export, generate the CSV with a streaming writer (`csv-stringify`) and pipe it straight to the response.', 'markdown'],
  ['jira-story', 'h3. Technical approach\n* New table {{subscription_pause}} (subscription_id, starts_at, ends_at)\n* Cron in the billing worker skips paused subscriptions\n* Toggle switch on the account page', 'wiki'],
  ['jira-story', 'h2. Solution\nUse a GraphQL subscription on the {{orderStatus}} field and show it in a stepper component.', 'wiki'],
  ['jira-story', 'Implementation notes\n- Add a "pause" boolean column on subscriptions\n- New PATCH /subscriptions/:id endpoint\n- Radio buttons for 1, 2 or 3 months', 'adf'],
  ['jira-story', 'Build a microservice in Go that consumes the payments queue and writes to DynamoDB.'],
  ['jira-story', 'Use OAuth2 PKCE flow with Auth0 for the mobile login screen.'],
  ['jira-story', 'Refactor the search to use Postgres full-text search with a GIN index on tsvector.'],
  ['jira-story', 'The onboarding should be a 4-step carousel with a skip link and dots at the bottom.'],
  ['comment', 'Can we just use a hashmap keyed by SKU here instead of the nested loop? O(n) instead of O(n²).'],
  ['comment', 'Suggest we implement this with a second Lambda triggered by the SQS dead-letter queue.'],
  ['comment', 'Just add a `disabled` prop on the submit button while the request is in flight.'],
  ['comment', 'I\'d put this in a separate `audit_events` table with a JSONB payload column.'],
  ['jira-story', 'Add Sentry to the frontend and set the sample rate to 0.2.'],
  ['jira-story', 'Use Stripe Checkout hosted page instead of our custom card form; wire the webhook to mark orders paid.'],
  ['jira-story', 'Let\'s add a MySQL trigger that updates stock_count whenever an order_line row is inserted.'],
  ['jira-story', 'Add an autocomplete input backed by the Algolia index for the city field.'],
  ['jira-story', 'Create a Slack bot with slash command /standup that writes answers into a Google Sheet.'],
  ['user-story', 'As a developer, I want the API responses gzip-compressed by nginx so that the payloads are smaller.'],
  ['user-story', 'As an admin I want a "Delete" button with a confirmation modal on each user row.'],
  ['user-story', 'As a user I want a hamburger menu with a slide-out drawer so that I can navigate on small screens.'],
  ['user-story', 'As a shopper I want the cart saved in a cookie so that it survives a reload.'],
  ['user-story', 'As a manager I want a bar chart using Chart.js showing hours per person.'],
];

const NEGATIVE: Array<[string, string, Draft['format']?]> = [
  ['bug-report', 'The API returns 500 when the name field is empty.'],
  ['bug-report', 'Login fails on Safari 17: blank page after redirect from the identity provider.'],
  ['bug-report', 'Clicking the Save button does nothing on the profile page (Chrome 120, macOS).'],
  ['bug-report', 'NullPointerException in OrderService.calculateTotal when the cart has a removed product.\n    at com.shop.OrderService.calculateTotal(OrderService.java:88)\n    at com.shop.CheckoutController.submit(CheckoutController.java:41)'],
  ['bug-report', 'The dropdown for country is cut off on mobile, you can\'t see the last options.'],
  ['bug-report', 'Redis connection timeouts during peak hours cause checkout to hang for ~30s.'],
  ['bug-report', 'Steps to reproduce:\n1. Open the invoices page\n2. Filter by "overdue"\n3. Click Export\n\nExpected: a CSV download\nActual: TypeError: Cannot read properties of undefined (reading \'map\')'],
  ['bug-report', 'Kafka consumer lag on the orders topic keeps growing since Friday\'s deploy.'],
  ['bug-report', 'The modal closes when I press Enter in the comment box and I lose what I typed.'],
  ['bug-report', 'GET /v2/customers/{id} returns the wrong currency for Swiss customers.'],
  ['bug-report', 'Postgres disk usage grew 40% this week; dashboards are timing out.'],
  ['bug-report', 'fails on null: parseDate(undefined) throws instead of returning an empty value'],
  ['bug-report', 'Build is red on main — `npm ci` fails with ERESOLVE after the dependabot bump.'],
  ['bug-report', 'The JWT expires after 5 minutes instead of 60, users get logged out mid-form.'],
  ['bug-report', 'Push notifications arrive twice on Android 14.'],
  ['bug-report', 'Search results are empty for queries with accents (café, naïve).'],
  ['bug-report', 'Import hangs at 99% for files over 50 MB.'],
  ['bug-report', 'The "Buy again" button on the order history is misaligned in RTL languages.'],
  ['bug-report', 'Timezone bug: the cron job sends the weekly report on Sunday night for customers in Asia.'],
  ['bug-report', 'Kill the process and restart it, and the queue is empty again — messages are lost on restart.'],
  ['github-issue', '## Problem\n\nPeople who work on trains lose their edits when the connection drops. We get about 30 tickets a month about lost work.\n\n## Who\n\nField sales, mostly on tablets.', 'markdown'],
  ['github-issue', 'Users keep asking how to get their data out of the app. Today they have to email support and wait two days.', 'markdown'],
  ['github-issue', 'It\'s hard to tell which of the 40 dashboards are still used. Could we find out which ones nobody opens?', 'markdown'],
  ['github-issue', '### Context\nThe onboarding drop-off between step 2 and 3 is 45%. We don\'t know why yet; let\'s interview five new customers before deciding anything.', 'markdown'],
  ['github-issue', 'Customers on the free plan don\'t understand what they get by upgrading. Sales says it comes up in every call.', 'markdown'],
  ['jira-story', 'Customers want to pause their subscription during holidays instead of cancelling.'],
  ['jira-story', 'Support agents need to see a customer\'s last five orders while on the phone.'],
  ['jira-story', 'Drivers should know about a route change before they leave the depot.'],
  ['jira-story', 'Let managers approve expenses while travelling.'],
  ['jira-story', 'Reduce the time it takes a new customer to send their first invoice.'],
  ['jira-story', 'Help teachers see which students have not handed in homework.'],
  ['jira-story', 'Make it easier to find old conversations.'],
  ['jira-story', 'Investigate why the monthly report numbers differ from finance\'s spreadsheet.'],
  ['jira-story', 'Spike: understand why mobile users abandon checkout.'],
  ['jira-story', 'Nurses need to hand over patient notes at shift change without paper.'],
  ['jira-story', 'Allow guests to check out without creating an account.'],
  ['jira-story', 'Let users choose how often they get email notifications.'],
  ['jira-story', 'Show warehouse staff which orders are late.'],
  ['jira-story', 'Admins need to know who exported customer data, and when.'],
  ['jira-story', 'h3. Problem\nRestaurant owners can\'t change opening hours for public holidays; they call us.\nh3. Goal\nOwners can manage exceptions themselves.', 'wiki'],
  ['jira-story', 'Problem\nWe don\'t know which customers are about to churn until they cancel.\nOutcome\nAccount managers get a heads-up a month in advance.', 'adf'],
  ['comment', 'This blocks the build for the mobile team, can someone take a look today?'],
  ['comment', 'Which customers asked for this? I\'d like to talk to two of them before we size it.'],
  ['comment', 'I tested on Firefox and Chrome, both fine now. Closing.'],
  ['comment', 'The Postgres upgrade is done, nothing else needed from ops.'],
  ['comment', 'Agreed, let\'s keep the scope to the invoices page for now.'],
  ['comment', 'Can we check with legal whether we may keep the data for two years?'],
  ['comment', 'We saw the same 502s from the load balancer last month; it was the health check.'],
  ['comment', 'Thanks! Merged. The API docs will update with the next release.'],
  ['user-story', 'As a user I want to select my country so that prices show in my currency.'],
  ['user-story', 'As an admin I want to remove a user so that former staff lose access.'],
  ['user-story', 'As a shopper I want my cart to survive a reload so that I don\'t lose my items.'],
  ['user-story', 'As a developer I want API responses to be smaller so that the mobile app loads faster on 3G.'],
  ['user-story', 'As a manager I want to see hours per person so that I can balance the workload.'],
  ['user-story', 'As a user I want to navigate the app comfortably on a small screen.'],
  ['user-story', 'As a user, I want to be notified when my export is ready, so that I don\'t have to keep the tab open.'],
  ['user-story', 'As an API consumer, I want clear error messages so that I can fix my requests without contacting support.'],
  ['user-story', 'As a data analyst I want yesterday\'s events available by 8am so that my morning report is complete.'],
  ['github-issue', 'Version: 3.2.1\nOS: Ubuntu 22.04\nNode: 20.11\n\nRunning `tandem analyze` on a Jira export with 5k issues takes 40s. Expected a few seconds.', 'markdown'],
  ['github-issue', 'When the GitHub API rate limit is hit, the panel shows nothing at all. It would be good to tell the user what happened.', 'markdown'],
  ['bug-report', 'Upload via the drag-and-drop zone silently fails for HEIC photos from iPhones.'],
  ['bug-report', 'After the migration to the new database, some user avatars are missing.'],
  ['bug-report', 'The endpoint is slow: p95 latency 2.3s on /search since Tuesday.'],
  ['bug-report', 'The checkbox "remember me" is ignored, session ends on browser close.'],
];

export function solutionDrafts(): Draft[] {
  const r = rng(101);
  const drafts: Draft[] = [];
  for (const [style, text, format] of POSITIVE) drafts.push({ text, label: true, style, ...(format ? { format } : {}) });
  for (const [style, text, format] of NEGATIVE) drafts.push({ text, label: false, style, ...(format ? { format } : {}) });
  // Templated user stories: problem-oriented wants (false) and prescribing wants (true), with or without benefit.
  for (const want of PROBLEM_WANTS) {
    for (let k = 0; k < 4; k++) {
      const benefit = r() < 0.7 ? pick(r, BENEFITS) : undefined;
      drafts.push({ text: story(r, pick(r, PERSONAS), want, benefit), label: false, style: 'user-story' });
    }
  }
  for (const want of SOLUTION_WANTS) {
    for (let k = 0; k < 2; k++) {
      const benefit = r() < 0.6 ? pick(r, BENEFITS) : undefined;
      drafts.push({ text: story(r, pick(r, PERSONAS), want, benefit), label: true, style: 'user-story' });
    }
  }
  return drafts;
}
