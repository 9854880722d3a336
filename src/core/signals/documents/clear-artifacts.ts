// clear-artifacts: items carrying acceptance criteria, a checklist or definition of done (classifier
// `acceptanceCriteria`), a link to a spec or design (document, design-tool or wiki address), or a
// breakdown into GitHub sub-issues. Precision first: an item lacks criteria only when the model is sure;
// unsure ones are left out.
import { defineSignal, share } from '../define';
import type { Item } from '../../model';
import type { SignalResult, SignalContext } from '../types';
import { say, sayCount } from '../../words';
import { judge } from '../../text';
import { ratio } from '../../numbers';
import { countEvidence, itemEvidence } from '../evidence';
import { confidenceFor, insufficient, minItemsFor, result } from '../verdicts';
import { pct } from '../wording';
import { memoizeReading } from '../../context';

// Addresses of specs and designs: design tools, document and wiki hosts, Markdown documents.
const SPEC_LINK = /https?:\/\/\S*(figma\.com|docs\.google\.com|notion\.so|miro\.com|lucid\.app|confluence|atlassian\.net\/wiki|\/wiki\/|\.md\b)/i;

/** Sub-issues that make a breakdown. */
const MIN_BREAKDOWN = 2;

export function hasArtifact(ctx: SignalContext, item: Item): 'criteria' | 'spec' | 'breakdown' | 'unsure' | null {
  const criteria = judge(ctx.textOf(item), 'acceptanceCriteria', 'no');
  if (criteria === 'for') return 'criteria';
  if (item.description && SPEC_LINK.test(item.description.text)) return 'spec';
  // Broken into tracked sub-issues: GitHub's successor to the task list, which counts as a checklist.
  // One sub-issue is a move or a link rather than a plan.
  if ((item.subItems?.total ?? 0) >= MIN_BREAKDOWN) return 'breakdown';
  return criteria === 'unsure' ? 'unsure' : null;
}

const HAVING_WORDS = { criteria: 'sigClearArtifactsCriteria', spec: 'sigClearArtifactsSpec', breakdown: 'sigClearArtifactsBreakdown' } as const;

export const clearArtifacts = defineSignal({
  id: 'clear-artifacts',
  kind: 'healthy',
  thresholds: {
    artifactShare: share(0.5, 'INVEST "Testable": half or more items testable'),
  },
  evaluate(ctx, signal): SignalResult {
    // The data and the texts alone decide it: worked out once per model and reader.
    const judged = memoizeReading(ctx, 'artifacts', () => ctx.data.items.map((i) => ({ i, kind: hasArtifact(ctx, i) })).filter((j) => j.kind !== 'unsure'));
    const items = judged.map((j) => j.i);
    const need = minItemsFor(ctx);
    if (items.length < need) return insufficient(signal, items.length, need, say('sigCommonOfItems'), sayCount(items.length, 'sigClearArtifactsTooFewOne', 'sigClearArtifactsTooFewOther', need));
    const withArtifact = judged.filter((j) => j.kind).length;
    const share = ratio(withArtifact, items.length);
    const present = share >= ctx.thresholds.artifactShare;
    // Items missing artifacts first: they are what the PM can act on.
    const missing = judged.filter((j) => !j.kind).map((j) => itemEvidence(j.i, say('sigClearArtifactsMissing')));
    const having = judged.flatMap(({ i, kind }) =>
      kind && kind !== 'unsure'
        ? [itemEvidence(i, kind === 'breakdown' ? say(HAVING_WORDS[kind], i.subItems?.total ?? 0) : say(HAVING_WORDS[kind]))]
        : [],
    );
    const evidence = [
      countEvidence(say('sigClearArtifactsCount', withArtifact, items.length), withArtifact),
      ...missing,
      ...having,
    ];
    return result(signal, present ? 'present' : 'absent', say('sigClearArtifactsSummary', withArtifact, items.length, pct(share)), evidence, {
      confidence: confidenceFor(ctx, items.length, need),
      figure: share,
    });
  },
});
