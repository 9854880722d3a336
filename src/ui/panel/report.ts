// "Copy as Markdown": the findings on the page in view, as text a PM can paste into a 1:1 or retro
// document. Pure: the words come in as a function (the panel passes `say`), so tests run in Node.
import type { Analysis, AnalysisPerson, AnalysisSignal } from '../../core/engine';
import { DISPLAY_ORDER, GUIDE_BY_ID } from '../../core/guide';
import type { Evidence, SignalStatus } from '../../core/signals/types';
import { formatPercent, type MessageKey } from '../../core/words';
import { safeUrl } from '../shared/links';

export type Words = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface ReportInput {
  analysis: Analysis;
  /** The page the findings are about. */
  pageUrl: string;
  /** When the findings were read (ISO). */
  date: string;
  /** What was read, in the panel's words ("acme/roadmap#42 · from the GitHub API"). */
  scope: string;
}

/** Evidence lines per signal; the rest is counted, so a long backlog stays a readable note. */
export const EVIDENCE_LIMIT = 8;

export const STATUS_WORDS: Record<SignalStatus, MessageKey> = {
  present: 'statusPresent',
  absent: 'statusAbsent',
  'insufficient-data': 'statusInsufficient',
  'needs-setup': 'statusNeedsSetup',
  'self-check': 'statusSelfCheck',
};

export const ROLE_WORDS: Record<AnalysisPerson['role'], MessageKey> = {
  pm: 'rolePm',
  em: 'roleEm',
  engineer: 'roleEngineer',
  other: 'roleOther',
};

/** Tracker text is data, not Markdown: characters that would format or link are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');
}

/** A link target Markdown can't misread; only web links are kept. */
function linkTarget(url: string | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe?.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const link = (label: string, url: string | undefined): string => {
  const target = linkTarget(url);
  return target ? `[${escapeMarkdown(label)}](${target})` : escapeMarkdown(label);
};

/** The working agreement's exceptions: who did a routine the agreement gives to someone else. */
export function agreementExceptions(analysis: Analysis): Evidence[] {
  return analysis.signals.find((s) => s.id === 'working-agreement')?.evidence.filter((e) => e.exception) ?? [];
}

/** How a person's role is known, never stated as fact when it is a guess. */
export function roleLine(person: AnalysisPerson, words: Words): string {
  if (person.source === 'unknown') return words('roleUnknown');
  const role = words(ROLE_WORDS[person.role]);
  if (person.source === 'roster') return words('roleFromRoster', role);
  if (person.source === 'me') return words('roleFromMe', role);
  return words('roleInferred', role, person.reason ?? words('roleInferredNoReason'));
}

function signalBlock(signal: AnalysisSignal, words: Words): string[] {
  const guide = GUIDE_BY_ID[signal.id];
  const status = words(STATUS_WORDS[signal.status]);
  const settled = signal.status === 'present' || signal.status === 'absent';
  const confidence = settled ? ` (${words('confidence', formatPercent(signal.confidence))})` : '';
  const lines = [`- **${escapeMarkdown(words(guide.messages.words))}**: ${status}${confidence}`];
  if (signal.summary) lines.push(`  ${escapeMarkdown(signal.summary)}`);
  if (!settled) return lines;
  for (const e of signal.evidence.slice(0, EVIDENCE_LIMIT)) lines.push(`  - ${link(e.label, e.url)}`);
  const more = signal.evidence.length - EVIDENCE_LIMIT;
  if (more > 0) lines.push(`  - ${words('reportMoreEvidence', more)}`);
  return lines;
}

export function reportMarkdown(input: ReportInput, words: Words): string {
  const { analysis } = input;
  const byId = new Map(analysis.signals.map((s) => [s.id, s]));
  const ordered = DISPLAY_ORDER.map((g) => byId.get(g.id)).filter((s): s is AnalysisSignal => !!s);
  const settled = (s: AnalysisSignal) => s.status === 'present' || s.status === 'absent';
  // Within each section, what was seen comes before what wasn't.
  const section = (kind: 'warning' | 'healthy') =>
    ordered
      .filter((s) => s.kind === kind && settled(s))
      .sort((a, b) => Number(b.status === 'present') - Number(a.status === 'present'));

  const day = input.date.slice(0, 10);
  const page = linkTarget(input.pageUrl);
  const out: string[] = [
    `## ${words('reportTitle', escapeMarkdown(input.scope))}`,
    '',
    words('reportRead', page ? `<${page}>` : escapeMarkdown(input.pageUrl), day),
    '',
  ];

  const warnings = section('warning');
  const healthy = section('healthy');
  const seenWarnings = warnings.filter((s) => s.status === 'present').length;
  const seenHealthy = healthy.filter((s) => s.status === 'present').length;
  out.push(words('reportCounts', seenWarnings, seenHealthy), '');

  for (const [heading, list] of [
    [words('sectionWarnings'), warnings],
    [words('sectionHealthy'), healthy],
  ] as const) {
    out.push(`### ${heading}`, '');
    if (list.length === 0) out.push(words('reportNoneSettled'));
    for (const s of list) out.push(...signalBlock(s, words));
    out.push('');
  }

  // Exceptions to the working agreement, each linked: the agreement → exceptions → retro loop.
  const exceptions = agreementExceptions(analysis);
  if (exceptions.length > 0) {
    out.push(`### ${words('reportExceptions')}`, '');
    for (const e of exceptions) out.push(`- ${link(e.label, e.url)}`);
    out.push('');
  }

  const open = ordered.filter((s) => !settled(s));
  if (open.length > 0) {
    out.push(`### ${words('reportOpen')}`, '');
    for (const s of open) out.push(...signalBlock(s, words));
    out.push('');
  }

  if (analysis.people.length > 0) {
    out.push(`### ${words('peopleHeading')}`, '');
    for (const p of analysis.people) {
      const name = p.name && p.name !== p.id ? `${escapeMarkdown(p.name)} (${escapeMarkdown(p.id)})` : escapeMarkdown(p.id);
      const team = p.team ? `, ${words('teamOf', escapeMarkdown(p.team))}` : '';
      out.push(`- ${name}: ${roleLine(p, words)}${team}`);
    }
    out.push('');
  }
  out.push(`_${words('reportFooter')}_`);
  return out.join('\n') + '\n';
}
