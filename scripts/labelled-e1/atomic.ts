// Labelled set: is the story/title ONE feature (label true) or several joined (label false)?
import { type Draft, PERSONAS, pick, rng, story } from './common';
import { BENEFITS, PROBLEM_WANTS } from './pools';

/** Single features whose wording contains and/or/& but is one thing. */
const ATOMIC_TRICKY = [
  'drag and drop files into a folder', 'accept the terms and conditions before I sign up',
  'search and replace text across the whole document', 'copy and paste rows from a spreadsheet',
  'see the pros and cons of each plan', 'print the ticket in black and white', 'see my profit and loss for the quarter',
  'read the Q&A for a product', 'see the R&D budget for this year', 'sign in quickly and securely',
  'upload a photo of the receipt and have it read automatically', // near miss, labelled below as non-atomic instead
  'scroll back and forth through the timeline', 'check in and out of a shift with one tap',
  'pick a date and time for the delivery', 'see the latitude and longitude of a stop',
  'see the question and answer history of a ticket', 'see the name and photo of my driver',
  'toggle between light and dark mode', 'see the before and after of a change',
];
const NOT_REALLY_TRICKY = new Set(['upload a photo of the receipt and have it read automatically', 'check in and out of a shift with one tap']);

/** Several features joined: the want lists two or more deliverables. */
const COMPOUND_WANTS = [
  'add, edit and delete tags', 'export my invoices as CSV or PDF', 'create an account and invite my team',
  'upload a document and share it with a client', 'filter orders by status and sort them by date',
  'see my balance and transfer money', 'log in with Google or with Microsoft', 'rename, move or archive a folder',
  'reset my password and change my email address', 'see the forecast & plan the route', 'comment on a task + attach files',
  'book a room and order catering', 'pause or cancel my subscription', 'see the agenda, the attendees and the minutes',
  'import contacts from a CSV and merge duplicates', 'approve or reject a request', 'mute a thread and mark it as read',
  'export the report and schedule it weekly', 'tag a photo and set it as cover', 'track my order and change the delivery address',
  'edit my profile, change my avatar, and update my notification settings', 'see the stock level and reorder from the supplier',
  'create invoices and send reminders', 'upload a photo of the receipt and have it read automatically',
  'check in and out of a shift with one tap', 'see open incidents and assign them to the on-call engineer',
  'rate the driver or report a problem', 'print and email the boarding pass', 'add notes and set a follow-up date',
  'search for a course, enrol, and pay the fee', 'block a user and delete their messages', 'archive or restore a project',
];

const ATOMIC_TITLES: Array<[string, string]> = [
  ['jira-story', 'Export invoices to PDF'], ['jira-story', 'Show estimated delivery date on the order page'],
  ['jira-story', 'Drag and drop for the file upload'], ['jira-story', 'Terms and conditions checkbox at sign-up'],
  ['jira-story', 'Search and replace in the template editor'], ['jira-story', 'Password reset via email'],
  ['jira-story', 'Reminder before subscription renewal'], ['jira-story', 'Let guests check out without an account'],
  ['jira-story', 'Pause subscription for up to three months'], ['jira-story', 'Audit log for customer data exports'],
  ['bug-report', 'Login fails on Safari and the page stays blank'], ['bug-report', 'Crash when opening settings'],
  ['bug-report', 'Export hangs and never finishes for large files'], ['bug-report', 'Build fails on Node 22'],
  ['bug-report', 'Dropdown cut off on small screens'], ['bug-report', 'Wrong totals when a coupon and a gift card are combined'],
  ['jira-story', 'Copy & paste rows from Excel'], ['jira-story', 'Q&A section on product pages'],
  ['jira-story', 'Support light and dark mode'], ['jira-story', 'Bulk delete for archived projects'],
  ['jira-story', 'Notify the on-call engineer when a build breaks'], ['jira-story', 'Show profit and loss per store'],
  ['github-issue', 'CLI: add a --json flag'], ['github-issue', 'Docs: explain how to configure the roster'],
  ['github-issue', 'Panel flickers when switching between issues quickly'], ['github-issue', 'Support GitHub Enterprise Server'],
  ['jira-story', 'Spike: why do mobile users abandon checkout?'], ['jira-story', 'Read-only access for auditors'],
  ['bug-report', 'fails on null input and throws in parseDate'], ['bug-report', 'Kill the process and restart loses queued jobs'],
];

const COMPOUND_TITLES: Array<[string, string]> = [
  ['jira-story', 'Export invoices to PDF and CSV'], ['jira-story', 'Add login with Google, Apple and Microsoft'],
  ['jira-story', 'Subscription pause + cancellation flow'], ['jira-story', 'Dark mode and new onboarding'],
  ['jira-story', 'Invite teammates & assign roles'], ['jira-story', 'Order history, reorder button and tracking page'],
  ['jira-story', 'Create and edit recurring invoices'], ['jira-story', 'Bulk import users and send welcome emails'],
  ['github-issue', 'Add --json flag and a quiet mode to the CLI'], ['github-issue', 'Support GitHub Enterprise and GitLab'],
  ['jira-story', 'Audit log, data export and GDPR deletion'], ['jira-story', 'Refund requests / partial refunds'],
  ['jira-story', 'Password reset and 2FA setup'], ['jira-story', 'Shift swap, overtime tracking'],
  ['jira-story', 'Add search; add filters; add saved views'], ['jira-story', 'Upload receipts or forward them by email'],
  ['jira-story', 'Notifications: email, SMS and push'], ['jira-story', 'Mobile: offline mode and biometric login'],
];

export function atomicDrafts(): Draft[] {
  const r = rng(202);
  const drafts: Draft[] = [];
  const maybeBenefit = (): string | undefined => (r() < 0.65 ? pick(r, BENEFITS) : undefined);
  for (const want of PROBLEM_WANTS) {
    for (let k = 0; k < 3; k++) drafts.push({ text: story(r, pick(r, PERSONAS), want, maybeBenefit()), label: true, style: 'user-story' });
  }
  for (const want of ATOMIC_TRICKY) {
    const label = !NOT_REALLY_TRICKY.has(want);
    if (!label) continue; // those are listed with the compound wants
    for (let k = 0; k < 3; k++) drafts.push({ text: story(r, pick(r, PERSONAS), want, maybeBenefit()), label: true, style: 'user-story' });
  }
  for (const want of COMPOUND_WANTS) {
    for (let k = 0; k < 3; k++) drafts.push({ text: story(r, pick(r, PERSONAS), want, maybeBenefit()), label: false, style: 'user-story' });
  }
  // Benefits that themselves join two things: still atomic, the "so that" part doesn't count.
  for (let k = 0; k < 25; k++) {
    const want = pick(r, PROBLEM_WANTS);
    const benefit = pick(r, ['I can plan and budget ahead', 'my team and I stay in sync', 'I save time and money', 'customers get answers faster and churn less', 'I can compare prices and choose, or skip it']);
    drafts.push({ text: story(r, pick(r, PERSONAS), want, benefit), label: true, style: 'user-story' });
  }
  for (const [style, text] of ATOMIC_TITLES) drafts.push({ text, label: true, style });
  for (const [style, text] of COMPOUND_TITLES) drafts.push({ text, label: false, style });
  return drafts;
}
