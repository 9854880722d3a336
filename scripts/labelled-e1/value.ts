// Labelled set: does the text state the value — why, for whom, what outcome or metric?
import { type Draft, PERSONAS, pick, rng, story } from './common';
import { BENEFITS, PROBLEM_WANTS, SOLUTION_WANTS } from './pools';

const POSITIVE: Array<[string, string, Draft['format']?]> = [
  ['jira-story', 'Add a reminder email 7 days before renewal. This should reduce involuntary churn, which was 3.1% last quarter.'],
  ['jira-story', 'Guest checkout. 38% of mobile visitors drop off at the "create account" step; letting them skip it should lift conversion.'],
  ['jira-story', 'Why: support spends ~20 hours a week answering "where is my order" emails. Showing the delivery date on the order page cuts that.'],
  ['jira-story', 'Goal: new customers send their first invoice within 10 minutes of signing up (today the median is 2 days).'],
  ['jira-story', 'Pause subscription instead of cancel, in order to keep seasonal customers (ski schools, beach bars) who otherwise churn every autumn.'],
  ['jira-story', 'Success metric: fewer than 5 tickets/month about lost drafts.'],
  ['jira-story', 'Field technicians lose their notes when they go offline in basements. Saving locally means they stop retyping reports, about 30 min a day each.'],
  ['jira-story', 'Teachers asked for this in 14 of the last 20 interviews: they want to see missing homework at a glance because chasing it takes their Friday afternoons.'],
  ['jira-story', 'This will let account managers spot at-risk customers a month before renewal, so they can intervene.'],
  ['jira-story', 'Business value: unblocks the Acme enterprise deal (120 seats), which requires SSO.'],
  ['jira-story', 'Impact: every on-call engineer gets paged about 40% less at night.'],
  ['jira-story', 'Hypothesis: if we show the total cost before payment, cart abandonment drops from 70% to 60%.'],
  ['jira-story', 'Our warehouse staff currently print the late-orders list by hand every morning; showing it on the dashboard saves them the first half hour of their shift.'],
  ['jira-story', 'Restaurant owners call us every public holiday to change opening hours. Letting them do it themselves frees up the support team and gives owners control.'],
  ['github-issue', '## Why\n\nPeople running the CLI in CI need machine-readable output; today they parse the table with regexes and it breaks on every release.\n\n## What\n\nA `--json` flag.', 'markdown'],
  ['github-issue', '## Motivation\n\nTeams on GitHub Enterprise Server (about a third of the people who wrote to us) can\'t use the extension at all.', 'markdown'],
  ['github-issue', 'This would help maintainers of large repos: triage currently takes us hours each week because we can\'t filter by "waiting on author".', 'markdown'],
  ['github-issue', '**Who benefits:** new contributors, who currently give up at the build step (3 of the last 5 first-time PRs were abandoned there).', 'markdown'],
  ['jira-story', 'h3. Why\nSales loses deals because prospects can\'t try the reporting module without a call.\nh3. What\nSelf-serve trial of reporting.', 'wiki'],
  ['jira-story', 'h2. Value\nReduces month-end closing time for finance from 3 days to 1.', 'wiki'],
  ['jira-story', 'Why this matters\nNurses spend 15 minutes per shift change copying notes by hand. A digital handover gives that time back to patients.', 'adf'],
  ['jira-story', 'Outcome\nDrivers know about route changes before they leave, so fewer failed deliveries (currently 4%).', 'adf'],
  ['comment', 'The reason we want this: enterprise customers won\'t sign without an audit log — it\'s in every security questionnaire.'],
  ['comment', 'Worth doing: it\'s the #2 request on the feedback board and would let us retire the old export script that only Sam understands.'],
  ['jira-story', 'Customers on the free plan don\'t see what they\'d gain by upgrading; a comparison page should increase upgrades.'],
  ['jira-story', 'Let admins bulk-invite users because onboarding a 200-person company one by one takes them a full day.'],
  ['jira-story', 'Improve search for accents, because our French and Spanish customers can\'t find half the catalogue.'],
  ['jira-story', 'Dark mode — requested by 230 users on the forum; night-shift staff say the bright screen gives them headaches.'],
  ['jira-story', 'KPI: increase weekly active editors from 1,200 to 1,500 by end of Q3.'],
  ['jira-story', 'For whom: billing admins at companies with more than 50 seats, who reconcile invoices every month.'],
];

const NEGATIVE: Array<[string, string, Draft['format']?]> = [
  ['bug-report', 'Checkout fails because the token is null after the redirect.'],
  ['bug-report', 'In order to reproduce, open the invoices page and click Export twice.'],
  ['bug-report', 'The import crashes because the CSV has a BOM at the start.'],
  ['bug-report', 'Login loop on Safari. Cleared cookies, same result.'],
  ['bug-report', 'Steps to reproduce:\n1. Create a project\n2. Archive it\n3. Try to restore\nExpected: restored\nActual: 404'],
  ['bug-report', 'Users get logged out after 5 minutes because the JWT expiry is set in seconds, not minutes.'],
  ['bug-report', 'The cron runs twice so that every customer gets the report twice.'],
  ['bug-report', 'Set the retry count to 0 in order to see the original error.'],
  ['bug-report', 'Build is red because a snapshot changed; this blocks the build for everyone.'],
  ['bug-report', 'NullPointerException at OrderService.java:88 when the cart is empty.'],
  ['jira-story', 'Add a reminder email 7 days before renewal.'],
  ['jira-story', 'Guest checkout.'],
  ['jira-story', 'Show delivery date on the order page.'],
  ['jira-story', 'Dark mode'],
  ['jira-story', 'Bulk invite users from CSV.'],
  ['jira-story', 'Add SSO (SAML).'],
  ['jira-story', 'Audit log for exports'],
  ['jira-story', 'Refactor the billing module so that it compiles without warnings.'],
  ['jira-story', 'Rename the `userId` field to `accountId` so that it matches the API.'],
  ['jira-story', 'Update the dependency so that the CVE scanner is quiet.'],
  ['jira-story', 'Move the config to YAML. See the thread in #platform.'],
  ['jira-story', 'Follow-up from the retro.'],
  ['jira-story', 'As discussed with Maria.'],
  ['jira-story', 'Customer Acme reported this on the call yesterday.'],
  ['jira-story', 'Requested by the sales team.'],
  ['jira-story', 'Design is in Figma, link below. Copy is final.'],
  ['jira-story', 'h3. Description\nAdd the pause option to the account page.\nh3. Notes\nDesign in Figma.', 'wiki'],
  ['jira-story', 'Description\nAdd a filter for late orders on the warehouse dashboard.\nNotes\nUse the existing filter component.', 'adf'],
  ['github-issue', '## Description\n\nAdd a `--json` flag to the CLI.\n\n## Tasks\n- [ ] flag\n- [ ] docs', 'markdown'],
  ['github-issue', 'Would be nice to have.', 'markdown'],
  ['github-issue', 'Same as #123 but for the GitLab adapter.', 'markdown'],
  ['github-issue', 'Version 3.2.1, Node 20. Running analyze on 5k issues takes 40s.', 'markdown'],
  ['comment', 'Why is this still open? I thought we shipped it.'],
  ['comment', 'Because the tests were flaky, I re-ran the pipeline.'],
  ['comment', 'So that\'s why the numbers were off — the timezone.'],
  ['comment', 'Kill the process and start it again, that fixes it for now.'],
  ['comment', 'Can we do this in order to unblock the release? Or is it too risky?'],
  ['comment', 'Done, deployed to staging.'],
  ['comment', 'The users table now has the new column.'],
  ['comment', 'I reduced the timeout to 10s.'],
  ['comment', 'This will increase the bundle by 4 KB, fine by me.'],
  ['jira-story', 'Increase the max upload size to 50 MB.'],
  ['jira-story', 'Reduce logging noise in the worker.'],
  ['jira-story', 'Customers: add a column "segment" to the customers table.'],
  ['jira-story', 'Users page: sort by last login.'],
  ['user-story', 'As a user I want to export my data.'],
  ['user-story', 'As an admin, I want to see all users.'],
  ['user-story', 'As a developer I want the build to use Node 22.'],
];

/** Purpose clauses that only describe mechanics: not a value statement. */
const MECHANICAL_SO_THAT = [
  'the field is not null', 'the test passes', 'it compiles', 'the flag is set', 'the column is indexed',
  'the method returns a list', 'the variable is initialised before use', 'the linter stops complaining',
];

export function valueDrafts(): Draft[] {
  const r = rng(303);
  const drafts: Draft[] = [];
  for (const [style, text, format] of POSITIVE) drafts.push({ text, label: true, style, ...(format ? { format } : {}) });
  for (const [style, text, format] of NEGATIVE) drafts.push({ text, label: false, style, ...(format ? { format } : {}) });
  const wants = [...PROBLEM_WANTS, ...SOLUTION_WANTS];
  for (const want of [...wants, ...wants, ...wants]) {
    const persona = pick(r, PERSONAS);
    const roll = r();
    if (roll < 0.5) drafts.push({ text: story(r, persona, want, pick(r, BENEFITS)), label: true, style: 'user-story' });
    else if (roll < 0.9) drafts.push({ text: story(r, persona, want), label: false, style: 'user-story' });
    else {
      // "in order to" as a purpose, said differently
      const a = /^[aeiou]/i.test(persona) ? 'an' : 'a';
      drafts.push({ text: `I want to ${want} in order to ${pick(r, ['plan my week', 'save time', 'avoid mistakes', 'keep customers', 'get paid faster'])}. (${a} ${persona})`, label: true, style: 'user-story' });
    }
  }
  // Short Jira stories: a bare title line (no value) vs. the same line with a reason for a person.
  for (const want of [...PROBLEM_WANTS, ...PROBLEM_WANTS]) {
    const title = want.charAt(0).toUpperCase() + want.slice(1);
    const roll = r();
    if (roll < 0.35) drafts.push({ text: `${title}.`, label: false, style: 'jira-story' });
    else if (roll < 0.55) drafts.push({ text: `${title} so that ${pick(r, MECHANICAL_SO_THAT)}.`, label: false, style: 'jira-story' });
    else if (roll < 0.8) {
      const who = pick(r, ['Customers', 'Our users', 'Support agents', 'Admins', 'Teachers', 'Drivers', 'Nurses', 'Small shops']);
      const gain = pick(r, ['they stop calling support about it', 'it takes them too long today', 'they lose track otherwise', 'they asked for it in the last survey and churn without it']);
      drafts.push({ text: `${title}. ${who} need this because ${gain}.`, label: true, style: 'jira-story' });
    } else {
      const metric = pick(r, ['This should reduce support tickets by about 15%.', 'Expected to increase retention for new accounts.', 'Goal: cut the time to do this from 10 minutes to 1.', 'This will improve conversion on mobile.']);
      drafts.push({ text: `${title}.\n${metric}`, label: true, style: 'jira-story' });
    }
  }
  return drafts;
}
