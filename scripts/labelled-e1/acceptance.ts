// Labelled set: does the text carry acceptance criteria (a criteria/DoD section with content,
// Given/When/Then, a checklist, "Done when")?
import { type Draft, pick, rng } from './common';
import { PROBLEM_WANTS } from './pools';

const CRITERIA = [
  'the reminder is sent 7 days before renewal', 'the email links to the billing page', 'admins can turn it off per account',
  'the list shows only orders older than 48 hours', 'the export contains one row per invoice', 'totals match the finance report',
  'works on iOS Safari and Android Chrome', 'an empty state explains what to do', 'errors are shown next to the field',
  'the page loads in under 2 seconds with 1,000 rows', 'the action is recorded in the audit log', 'guests can pay without an account',
  'the pause lasts at most three months', 'the customer gets a confirmation email', 'screen readers announce the new status',
  'the old link redirects to the new page', 'no data is lost when the connection drops', 'only owners see the button',
];

const HEADINGS: Array<(body: string) => { text: string; format: Draft['format'] }> = [
  (b) => ({ text: `## Acceptance criteria\n\n${b}`, format: 'markdown' }),
  (b) => ({ text: `### Acceptance Criteria\n${b}`, format: 'markdown' }),
  (b) => ({ text: `**Acceptance criteria**\n${b}`, format: 'markdown' }),
  (b) => ({ text: `h3. Acceptance Criteria\n${b}`, format: 'wiki' }),
  (b) => ({ text: `*Acceptance criteria:*\n${b}`, format: 'wiki' }),
  (b) => ({ text: `Acceptance criteria\n${b}`, format: 'adf' }),
  (b) => ({ text: `AC:\n${b}`, format: 'plain' }),
  (b) => ({ text: `Definition of Done\n${b}`, format: 'adf' }),
  (b) => ({ text: `## Definition of done\n${b}`, format: 'markdown' }),
  (b) => ({ text: `Done when:\n${b}`, format: 'plain' }),
  (b) => ({ text: `h4. AC\n${b}`, format: 'wiki' }),
  (b) => ({ text: `Criteria for acceptance:\n${b}`, format: 'plain' }),
];

function bullets(r: () => number, format: Draft['format'], n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(pick(r, CRITERIA));
  const mark = format === 'wiki' ? pick(r, ['* ', '# ']) : format === 'adf' ? '- ' : pick(r, ['- ', '* ', '1. ']);
  return items.map((x, i) => (mark === '1. ' ? `${i + 1}. ` : mark) + x.charAt(0).toUpperCase() + x.slice(1)).join('\n');
}

function checklist(r: () => number, style: 'md' | 'wiki' | 'adf' | 'icons', n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const done = r() < 0.4;
    const x = pick(r, CRITERIA);
    if (style === 'md') items.push(`- [${done ? 'x' : ' '}] ${x}`);
    else if (style === 'wiki') items.push(`* [${done ? 'x' : ' '}] ${x}`);
    else if (style === 'adf') items.push(`- [${done ? 'x' : ' '}] ${x}`);
    else items.push(`${done ? '(/)' : '(x)'} ${x}`);
  }
  return items.join('\n');
}

function gwt(r: () => number): string {
  const given = pick(r, ['a customer with an active subscription', 'I am logged in as an admin', 'an order older than 48 hours', 'the cart holds two items', 'a guest on the checkout page', 'the device is offline']);
  const when = pick(r, ['they open the billing page', 'I click "Pause"', 'the warehouse dashboard loads', 'I apply a coupon', 'they submit the payment form', 'the connection comes back']);
  const then = pick(r, ['they see the renewal date', 'the subscription shows as paused', 'the order is listed as late', 'the total drops by the coupon value', 'a confirmation email is sent', 'the draft is synced without loss']);
  return pick(r, [
    `Given ${given}\nWhen ${when}\nThen ${then}`,
    `GIVEN ${given}\nWHEN ${when}\nTHEN ${then}\nAND nothing else changes`,
    `Scenario: happy path\n  Given ${given}\n  When ${when}\n  Then ${then}`,
    `*Given* ${given} *when* ${when} *then* ${then}.`,
  ]);
}

const intro = (r: () => number): string => {
  const w = pick(r, PROBLEM_WANTS);
  return pick(r, [
    `Let users ${w}.`,
    `As a user I want to ${w} so that I save time.`,
    `Customers asked to ${w}. Today they email support.`,
    `${w.charAt(0).toUpperCase() + w.slice(1)}.`,
  ]);
};

const HARD_NEGATIVES: Array<[string, string, Draft['format']?]> = [
  ['comment', 'We still need acceptance criteria for this one before sprint planning.'],
  ['comment', 'AC to follow after the design review.'],
  ['jira-story', 'Acceptance criteria: TBD'],
  ['jira-story', 'h3. Acceptance Criteria\nTBD', 'wiki'],
  ['jira-story', '## Acceptance criteria\n\n_To be defined with the PM._', 'markdown'],
  ['comment', 'Can someone write the definition of done? I don\'t know when to stop.'],
  ['comment', 'Given the current load, I don\'t think we can ship this week.'],
  ['comment', 'Given that the API is rate-limited, we should batch the calls. Then we can retry later.'],
  ['bug-report', 'Steps to reproduce:\n1. Open the invoices page\n2. Filter by overdue\n3. Click Export\nExpected: CSV\nActual: error'],
  ['bug-report', 'When I click Save, then the page reloads and the changes are gone.'],
  ['bug-report', 'Repro:\n- log in\n- open settings\n- change language\n- app crashes'],
  ['jira-story', 'Tasks\n- design review\n- backend endpoint\n- frontend form', 'adf'],
  ['github-issue', '## Notes\n\n- the old exporter is in `legacy/`\n- ask Priya about the file format', 'markdown'],
  ['github-issue', 'Related: #412, #415\n\nSee the discussion in the RFC.', 'markdown'],
  ['comment', 'Done when you are, no rush.'],
  ['comment', 'I\'m done when this PR is merged, then I\'ll pick up the next one.'],
  ['comment', 'The criteria for choosing a vendor are still being discussed with procurement.'],
  ['jira-story', 'Make the dashboard faster. It\'s really slow.'],
  ['jira-story', 'h3. Description\nAdd the pause option to the account page.\nh3. Design\nIn Figma.', 'wiki'],
  ['comment', 'Checked with QA, looks good (y)'],
  ['comment', 'Is this accepted by the customer? They said they\'d check next week.'],
  ['github-issue', '### Environment\n- OS: macOS 14\n- Browser: Firefox 121\n- Version: 3.2.1', 'markdown'],
  ['jira-story', 'Then we should revisit the pricing page as well.'],
  ['comment', 'When the build is green, then merge. Given it\'s Friday, maybe Monday.'],
];

export function acceptanceDrafts(): Draft[] {
  const r = rng(404);
  const drafts: Draft[] = [];
  for (const [style, text, format] of HARD_NEGATIVES) drafts.push({ text, label: false, style, ...(format ? { format } : {}) });
  for (let k = 0; k < 150; k++) {
    const roll = r();
    if (roll < 0.45) {
      const h = pick(r, HEADINGS);
      const probe = h('');
      const body = bullets(r, probe.format, 1 + Math.floor(r() * 4));
      const { text, format } = h(body);
      drafts.push({ text: r() < 0.7 ? `${intro(r)}\n\n${text}` : text, label: true, style: pick(r, ['jira-story', 'github-issue']), format });
    } else if (roll < 0.75) {
      const style = pick(r, ['md', 'wiki', 'adf', 'icons'] as const);
      const format: Draft['format'] = style === 'md' ? 'markdown' : style === 'adf' ? 'adf' : 'wiki';
      drafts.push({ text: `${intro(r)}\n\n${checklist(r, style, 2 + Math.floor(r() * 4))}`, label: true, style: style === 'md' ? 'github-issue' : 'jira-story', format });
    } else {
      drafts.push({ text: r() < 0.6 ? `${intro(r)}\n\n${gwt(r)}` : gwt(r), label: true, style: 'jira-story' });
    }
  }
  // Descriptions without criteria: intro alone, intro + notes, prose that mentions words like "when"/"then".
  for (let k = 0; k < 270; k++) {
    const roll = r();
    const body = intro(r);
    if (roll < 0.4) drafts.push({ text: body, label: false, style: 'jira-story' });
    else if (roll < 0.7) {
      const notes = pick(r, [
        '\n\nDesign: see Figma.\nQuestions: ask in #product.',
        '\n\nWhen we talked to customers, most of them said the current flow is confusing. Then again, some like it.',
        '\n\nBackground\nWe tried this in 2023 but dropped it.',
        '\n\n## Context\n\nThe current page was built before we had teams.',
        '\n\nh3. Notes\n* check with legal\n* talk to support',
        '\n\nOut of scope: mobile.',
        '\n\nOpen questions\n- who owns the data?\n- do we need a migration?',
      ]);
      drafts.push({ text: body + notes, label: false, style: pick(r, ['jira-story', 'github-issue']) });
    } else {
      const list = `\n\n${pick(r, ['Steps', 'Ideas', 'Open questions', 'Links', 'Subtasks', 'Notes'])}:\n- ${pick(r, CRITERIA)}\n- ${pick(r, PROBLEM_WANTS)}`;
      drafts.push({ text: body + list, label: false, style: 'jira-story' });
    }
  }
  return drafts;
}
