import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisSignal } from '../../core/engine';
import '../../core/english';
import { GUIDE_BY_ID, SIGNAL_IDS, type SignalId } from '../../core/guide';
import { groupSignals, setupNeeds } from './Signals';

const sig = (id: SignalId, status: AnalysisSignal['status'], confidence = 0.5, evidence = 0, setup?: AnalysisSignal['setup']): AnalysisSignal => ({
  id,
  kind: GUIDE_BY_ID[id].kind,
  status,
  confidence,
  summary: id,
  evidence: Array.from({ length: evidence }, (_, i) => ({ label: `e${i}` })),
  ...(setup ? { setup } : {}),
});

const analysisOf = (signals: AnalysisSignal[]): Analysis => ({
  scope: { kind: 'backlog', tracker: 'github', site: 'github.com', project: 'acme/roadmap', items: 10 },
  people: [],
  signals: [...signals, ...SIGNAL_IDS.filter((id) => !signals.some((s) => s.id === id)).map((id) => sig(id, 'absent'))],
  stats: { issues: 10, comments: 0, events: 0, routineActions: {} },
});

describe('the panel’s first screen', () => {
  const analysis = analysisOf([
    sig('leads-routines', 'present', 0.6, 2),
    sig('value-someday', 'present', 0.9, 1),
    sig('cant-say-no', 'present', 0.6, 5),
    sig('small-scopes', 'present', 0.99, 9),
    sig('avoids-em', 'needs-setup', 0, 0, { what: 'em', label: 'Set who the EM is' }),
    sig('assigned-like-report', 'needs-setup', 0, 0, { what: 'em', label: 'Set who the EM is' }),
    sig('intermediary', 'needs-setup', 0, 0, { what: 'teams', label: 'Set teams' }),
    sig('lost-in-tech', 'self-check'),
  ]);

  it('puts warning signs seen first, surest first (then the better evidenced), then healthy behaviors seen', () => {
    expect(groupSignals(analysis).findings.map((s) => s.id)).toEqual(['value-someday', 'cant-say-no', 'leads-routines', 'small-scopes']);
  });

  it('collects what waits for setup, most-waited-for need first, and folds every other check', () => {
    const groups = groupSignals(analysis);
    expect(groups.setup.map((s) => s.id)).toEqual(['avoids-em', 'assigned-like-report', 'intermediary']);
    expect(setupNeeds(groups.setup).map((n) => [n.what, n.signals])).toEqual([
      ['em', 2],
      ['teams', 1],
    ]);
    expect(groups.folded).toHaveLength(26 - 4 - 3);
    expect(groups.folded.every((s) => s.result?.status === 'absent' || s.result?.status === 'self-check')).toBe(true);
  });

  it('leaves out signals switched off on the site, everywhere', () => {
    const groups = groupSignals(analysis, new Set(['value-someday', 'avoids-em', 'frustrated']));
    const all = [...groups.findings.map((s) => s.id), ...groups.setup.map((s) => s.id), ...groups.folded.map((s) => s.id)];
    expect(all).toHaveLength(23);
    expect(all).not.toContain('value-someday');
    expect(all).not.toContain('avoids-em');
    expect(all).not.toContain('frustrated');
  });

  it('before the page is read, has no findings and folds every signal as still reading', () => {
    const groups = groupSignals(null);
    expect(groups.findings).toEqual([]);
    expect(groups.setup).toEqual([]);
    expect(groups.folded.map((s) => s.id).sort()).toEqual([...SIGNAL_IDS].sort());
  });
});
