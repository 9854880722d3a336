// How the signals write numbers and lists in their summaries, in the UI language.
import { formatPercent, say } from '../words';

/** "70%" in English: how the panel writes a share, in the UI language's percent format. */
export function pct(share: number): string {
  return say('sigCommonShare', formatPercent(share));
}

/** "a", "a and b", "a, b and c". */
export function listJoin(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  let head = parts[0]!;
  for (let i = 1; i < parts.length - 1; i++) head = say('sigCommonListMore', head, parts[i]!);
  return say('sigCommonListTwo', head, parts[parts.length - 1]!);
}

/** Several findings as one sentence: "Findings one; two; three." */
export function findingsSentence(findings: string[]): string {
  const joined = findings.reduce((head, next) => say('sigCommonFindingsMore', head, next));
  return say('sigCommonFindings', joined).replace(/^./, (c) => c.toUpperCase());
}
