import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type AnalysisPerson, type AnalysisSignal } from '../../core/engine';
import { GUIDE_BY_ID } from '../../core/guide';
import { comment, day, event, item, NOW, tracker } from '../../../test/support/factory';
import { EVIDENCE_LIMIT, escapeMarkdown, reportMarkdown, roleLine } from './report';
import { englishWords } from '../../core/english';

const base = (signals: AnalysisSignal[], people: AnalysisPerson[] = []): Analysis => ({
  scope: { kind: 'item', tracker: 'github', site: 'github.com', project: 'acme/roadmap', items: 1 },
  people,
  signals,
  stats: { issues: 1, comments: 0, events: 0, routineActions: {} },
});

const sig = (over: Partial<AnalysisSignal> & Pick<AnalysisSignal, 'id' | 'status'>): AnalysisSignal => ({
  kind: GUIDE_BY_ID[over.id].kind,
  confidence: 0.8,
  summary: `Summary of ${over.id}.`,
  evidence: [],
  ...over,
});

const input = (analysis: Analysis) => ({
  analysis,
  pageUrl: 'https://github.com/acme/roadmap/issues/42',
  date: '2026-11-24T07:00:00.000Z',
  scope: 'Issue acme/roadmap#42',
});

describe('reportMarkdown', () => {
  it('says what was read, from where and when, with the counts of what was seen', () => {
    const md = reportMarkdown(
      input(base([sig({ id: 'solutioning', status: 'present' }), sig({ id: 'clear-artifacts', status: 'absent' })])),
      englishWords,
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Tandem findings: Issue acme/roadmap\\#42');
    expect(md).toContain('Read from <https://github.com/acme/roadmap/issues/42> on 2026-11-24.');
    expect(md).toContain('Seen here: warning signs 1 · healthy behaviors 0.');
  });

  it('lists warnings before healthy behaviors, what was seen first, each with status, confidence and summary', () => {
    const md = reportMarkdown(
      input(
        base([
          sig({ id: 'clear-artifacts', status: 'present', confidence: 0.9 }),
          sig({ id: 'avoids-em', status: 'absent', confidence: 0.5 }),
          sig({ id: 'solutioning', status: 'present', confidence: 0.7 }),
        ]),
      ),
      englishWords,
    );
    const at = (id: Parameters<typeof sig>[0]['id']) => md.indexOf(GUIDE_BY_ID[id].words);
    expect(md.indexOf('### Warning signs')).toBeLessThan(md.indexOf('### Healthy behaviors'));
    expect(at('solutioning')).toBeLessThan(at('avoids-em'));
    expect(at('avoids-em')).toBeLessThan(at('clear-artifacts'));
    expect(md).toContain(`- **${escapeMarkdown(GUIDE_BY_ID.solutioning.words)}**: Seen (Confidence 70%)`);
    expect(md).toContain(`- **${escapeMarkdown(GUIDE_BY_ID['avoids-em'].words)}**: Checked, not seen (Confidence 50%)`);
    expect(md).toContain('  Summary of clear-artifacts.');
  });

  it('links evidence, escapes tracker text, keeps only web links, and counts what it leaves out', () => {
    const evidence = [
      { label: 'acme/roadmap#7: [urgent] *fix* it', url: 'https://github.com/acme/roadmap/issues/7' },
      { label: 'a trap', url: 'javascript:alert(1)' },
      { label: 'a (paren) link', url: 'https://example.com/a_(b)' },
      ...Array.from({ length: EVIDENCE_LIMIT }, (_, n) => ({ label: `more ${n}`, url: `https://example.com/${n}` })),
    ];
    const md = reportMarkdown(input(base([sig({ id: 'solutioning', status: 'present', evidence })])), englishWords);
    expect(md).toContain('  - [acme/roadmap\\#7: \\[urgent\\] \\*fix\\* it](https://github.com/acme/roadmap/issues/7)');
    expect(md).toContain('  - a trap\n');
    expect(md).not.toContain('javascript:');
    expect(md).toContain('(https://example.com/a_%28b%29)');
    expect(md).toContain(`  - …and ${evidence.length - EVIDENCE_LIMIT} more`);
    expect(md).not.toContain(`more ${EVIDENCE_LIMIT - 1}`);
  });

  it('puts what could not be judged in its own section, without evidence or confidence', () => {
    const md = reportMarkdown(
      input(
        base([
          sig({ id: 'avoids-em', status: 'needs-setup', confidence: 0, summary: 'Tandem doesn’t know who the EM is yet.' }),
          sig({ id: 'lost-in-tech', status: 'self-check', confidence: 0, summary: 'Only you can say.' }),
        ]),
      ),
      englishWords,
    );
    const open = md.slice(md.indexOf('### Not judged from this data'));
    expect(open).toContain(`**${escapeMarkdown(GUIDE_BY_ID['avoids-em'].words)}**: Needs setup\n`);
    expect(open).toContain('Tandem doesn’t know who the EM is yet.');
    expect(md).not.toContain('Confidence 0');
    expect(md.slice(md.indexOf('### Warning signs'), md.indexOf('### Healthy'))).toContain('None could be judged');
  });

  it('carries the working agreement’s exceptions, each linked, for a retro', () => {
    const evidence = [
      { label: 'Prioritization: 3 of 5 by the PM (agreed: engineering)', count: 3 },
      { label: 'S-1: Prioritization by Pam, agreed owner engineering', url: 'https://acme.atlassian.net/browse/S-1', exception: true },
      { label: 'S-2: Prioritization by Pam, agreed owner engineering', url: 'javascript:alert(1)', exception: true },
    ];
    const md = reportMarkdown(input(base([sig({ id: 'working-agreement', status: 'absent', evidence })])), englishWords);
    const section = md.slice(md.indexOf('### Exceptions to the working agreement'));
    expect(section.split('\n').slice(2, 4)).toEqual([
      '- [S-1: Prioritization by Pam, agreed owner engineering](https://acme.atlassian.net/browse/S-1)',
      '- S-2: Prioritization by Pam, agreed owner engineering',
    ]);
    // No exceptions, no section.
    expect(reportMarkdown(input(base([sig({ id: 'working-agreement', status: 'present', evidence: evidence.slice(0, 1) })])), englishWords)).not.toContain('Exceptions');
  });

  it('lists people with how their role is known, never stating a guess as fact', () => {
    const people: AnalysisPerson[] = [
      { id: 'pnair', name: 'Priya Nair', role: 'pm', source: 'me' },
      { id: 'emma', name: 'emma', role: 'em', source: 'roster', team: 'Payments' },
      { id: 'dev1', name: 'Dev One', role: 'engineer', source: 'inferred', reason: 'authored merged pull requests' },
      { id: 'visitor', name: 'visitor', role: 'other', source: 'unknown' },
    ];
    const md = reportMarkdown(input(base([], people)), englishWords);
    expect(md).toContain('- Priya Nair (pnair): PM (you)');
    expect(md).toContain('- emma: EM (from your roster), team Payments');
    expect(md).toContain('- Dev One (dev1): probably engineer (inferred: authored merged pull requests)');
    expect(md).toContain('- visitor: role not known');
  });

  it('reports a real evaluation: every settled signal appears once', () => {
    const data = tracker(
      [
        item('SHOP-1', {
          creator: 'pam',
          assignees: ['eli'],
          description: { text: 'As a buyer I want to pay by card so that checkout is faster.', format: 'plain' },
          comments: [comment('eli', 'I think we should split this.', day(1))],
          events: [event('status', 'eli', day(2), { to: 'In Progress' })],
        }),
      ],
      { project: 'SHOP', scope: 'item', me: 'pam' },
    );
    const analysis = analyze(data, { now: NOW });
    const md = reportMarkdown(input(analysis), englishWords);
    for (const s of analysis.signals) {
      const words = `**${escapeMarkdown(GUIDE_BY_ID[s.id].words)}**`;
      expect(md.split(words).length - 1, s.id).toBe(1);
    }
  });
});

describe('roleLine', () => {
  it.each([
    [{ source: 'roster', role: 'em' }, 'EM (from your roster)'],
    [{ source: 'me', role: 'pm' }, 'PM (you)'],
    [{ source: 'inferred', role: 'engineer', reason: 'closes work assigned to them' }, 'probably engineer (inferred: closes work assigned to them)'],
    [{ source: 'inferred', role: 'engineer' }, 'probably engineer (inferred: from their activity)'],
    [{ source: 'unknown', role: 'other' }, 'role not known'],
  ] as const)('%o → %s', (p, expected) => {
    expect(roleLine({ id: 'x', name: 'x', ...p }, englishWords)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['line\nbreaks\tand  spaces', 'line breaks and spaces'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '\\1. not a list'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['a | table', 'a \\| table'],
  ])('%j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
