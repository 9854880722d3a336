import { describe, expect, it } from 'vitest';
import { isAtomic, needOf } from './atomic';

describe('isAtomic', () => {
  it.each([
    ['one feature', 'As a user, I want to see my past orders.'],
    ['"and" only in the benefit', 'As a user, I want to see my past orders, so that I can plan and budget ahead.'],
    ['drag and drop', 'As an editor, I want to drag and drop files into a folder.'],
    ['terms and conditions', 'As a guest I want to accept the terms and conditions before I sign up.'],
    ['search and replace', 'As a writer I\'d like to search and replace text in the document.'],
    ['Q&A', 'Q&A section on product pages'],
    ['adverb pair', 'As an admin, I want to sign in quickly and securely.'],
    ['toggle between two modes', 'As a user I want to toggle between light and dark mode.'],
    ['defect title with "and"', 'Login fails on Safari and the page stays blank'],
    ['"and" inside a condition', 'As a cashier I want to see the total when a coupon and a gift card are combined.'],
    ['thousands separator', 'Import up to 1,000 rows'],
    ['bracketed acronym', 'Allow login via SSO (SAML) for enterprise plans'],
    ['benefit after "so my team"', 'As a manager I want to see hours per person so my team and I can plan.'],
    ['purpose after a comma', 'As a cook I want allergy flags on the menu, to keep guests safe and happy.'],
    ['comma before an ordering', 'As a user I want to sort results by date, newest first.'],
    ['short formats glued by a slash', 'Export as CSV/PDF'],
    ['e.g. example list', 'As an admin I want to reset a password, e.g. when users lose access and call support.'],
  ])('atomic: %s', (_name, text) => {
    expect(isAtomic(text)).toBe(true);
  });

  it.each([
    ['two verbs', 'As a user, I want to add and delete tags.'],
    ['list with commas', 'As an admin I want to add, edit and delete tags so that I stay organised.'],
    ['or', 'As a user I want to export my invoices as CSV or PDF.'],
    ['ampersand', 'Invite teammates & assign roles'],
    ['plus', 'Subscription pause + cancellation flow'],
    ['comma-joined title', 'Shift swap, overtime tracking'],
    ['title after a component prefix', 'Notifications: email, SMS and push'],
    ['bracketed list of actions', 'User management (create / edit / delete)'],
    ['slash between two features', 'Contacts import/export'],
    ['wiki summary heading skipped', 'h3. Summary\nExport to XLSX and print view'],
    ['a defect word inside a story need', 'As a guest I want to find lost items and report them.'],
    ['curly apostrophe', 'As a doctor, I’d like to add notes and set a follow-up date.'],
    ['I\'d like', 'As a doctor, I\'d like to add notes and set a follow-up date.'],
  ])('not atomic: %s', (_name, text) => {
    expect(isAtomic(text)).toBe(false);
  });

  it('reads the title from the options when the text is not a story', () => {
    const description = 'We talked to customers and they want more.\nLots of detail, and more detail.';
    expect(isAtomic(description, { title: 'Export invoices to PDF' })).toBe(true);
    expect(isAtomic(description, { title: 'Export invoices to PDF and CSV' })).toBe(false);
  });

  it('takes the need from the I-want part of a story', () => {
    expect(needOf('As a user, I want to see my orders, so that I can reorder and save time.')).toBe('see my orders');
  });
});
