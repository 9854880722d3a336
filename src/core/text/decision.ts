// Says whether a text records a decision together with its reason ("We dropped X because Y"). A bare
// "decided to do X", a proposal ("should we…?") or a decision still pending is not one: the point of
// the signal is that readers can understand why.
import type { ClassifyOptions } from './types';
import { proseOf } from './tone';

/** Wording that records a choice as made. */
const MADE = new RegExp(
  [
    String.raw`\b(?:we|i|they|team|the\s+team|product|leadership|everyone|pm|em|\w+\s+and\s+i)\s+(?:have\s+|'ve\s+|had\s+|all\s+|finally\s+|just\s+|jointly\s+)?(?:decided|agreed|chose|chosen|opted|settled|concluded|picked|selected|aligned|landed)\b`,
    String.raw`(?:we'?ve|i'?ve|they'?ve)\s+(?:decided|agreed|chosen|opted|settled|concluded|picked|landed)\b`,
    String.raw`(?:^|\n|[.!]\s)\s*(?:[-*#]+\s*)?(?:\*|_)?(?:decision|decided|resolution|outcome|conclusion|verdict|final\s+call|agreed|won'?t\s+do|wont\s+do|won'?t\s+fix|wontfix|not\s+planned|out\s+of\s+scope|descoped|de-scoped|declined|deferred)(?:\*|_)?\s*[:\-—–]`,
    String.raw`\b(?:the\s+)?decision\s+(?:is|was|has\s+been)\b`,
    String.raw`\b(?:we'?re|we\s+are|we'?ll|we\s+will|i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going\s+with|going\s+to\s+go\s+with|go\s+with|sticking\s+with|stick\s+with|dropping|deferring|postponing|parking|punting|descoping|de-scoping|cutting|shelving|keeping|moving\s+forward\s+with|proceeding\s+with|not\s+(?:doing|going\s+to\s+do|pursuing|building|shipping|supporting|fixing))\b`,
    String.raw`(?:^|\n|[.!]\s)\s*(?:going\s+with|went\s+with|sticking\s+with|proceeding\s+with)\b`,
    String.raw`\b(?:we|i)\s+(?:went|go)\s+with\b`,
    String.raw`\bclos(?:ing|ed)\s+(?:this\s+)?(?:as|—|-)\s+(?:won'?t\s*(?:do|fix)|wontfix|not\s+planned|out\s+of\s+scope|by\s+design|obsolete|declined|duplicate\s+by\s+design)\b`,
    String.raw`\b(?:won'?t|will\s+not)\s+(?:do|fix|be\s+(?:doing|fixing|implementing|supporting|building|shipping))\b`,
    String.raw`\b(?:is|are|was|has\s+been)\s+(?:now\s+)?(?:out\s+of\s+scope|descoped|de-scoped|deprioriti[sz]ed|deferred|postponed|dropped|shelved|parked|cancelled|canceled)\b`,
    String.raw`\bafter\s+(?:some\s+|much\s+|a\s+long\s+)?(?:discussion|debate|review|the\s+\w+\s+(?:sync|meeting|review|call))\b[^.?!\n]{0,30}\b(?:we|the\s+team)\b`,
    String.raw`\bagreed\s+(?:in|at|during)\s+(?:the\s+)?(?:\w+\s+)?(?:sync|meeting|standup|stand-up|planning|refinement|retro|review|call)\b`,
    String.raw`\b(?:let'?s|lets)\s+go\s+with\b`,
    String.raw`\bdecided\s+(?:to|on|against|that|not|with)\b`,
    String.raw`(?:^|[.!?\n]\s*)(?:descoped|de-scoped|deferred|dropped|parked|postponed|shelved|deprioriti[sz]ed|cut|marked\s+(?:as\s+)?(?:won'?t|not\s+planned|out\s+of\s+scope))\b`,
    String.raw`\b(?:we|i)\s+(?:will\s+not|won'?t|are\s+not\s+going\s+to|'re\s+not\s+going\s+to|aren'?t\s+going\s+to)\s+(?:\w+)`,
    String.raw`\b(?:we'?ll|we\s+will|we\s+are\s+going\s+to|we'?re\s+going\s+to|we'?re|we\s+are)\s+(?:use|using|build|building|ship|shipping|adopt|adopting|switch|switching|migrate|migrating|retire|retiring|moving|shifting|pushing|delaying|changing|removing|stay|staying)\b`,
    String.raw`\bdecision\s*\([^)\n]{0,30}\)\s*[:\-—–]`,
  ].join('|'),
  'i',
);

/** Wording that gives the why. */
const REASON = new RegExp(
  [
    String.raw`\bbecause\b`,
    String.raw`\bcuz\b|\bcos\b|\b'cause\b`,
    // "since" and "as" give reasons unless they start a time or a comparison
    String.raw`\bsince\s+(?!(?:v?\d|version|release|yesterday|today|tonight|last|this\s+(?:morning|week|sprint)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|when|early|late|the\s+(?:last|beginning|start|upgrade|update|migration|release|deploy)))\w`,
    String.raw`\bas\s+(?!(?:soon|well|long|far|usual|always|discussed|agreed|mentioned|planned|per|of|a\s+result\s+of\s+the\s+(?:meeting|sync))\b)(?:\S+\s+){1,4}(?:is|are|was|were|has|have|had|would|will|can'?t|cannot|doesn'?t|don'?t|won'?t|needs?|only)\b`,
    String.raw`\bas\s+(?:it|it'?s|we|we'?re|they|this|that|there'?s?|our)\b`,
    String.raw`\bbased\s+on\b`,
    String.raw`(?:^|[.!?;:]\s+|,\s+)(?:it|this|that|they|there|which)\s+(?:would|will|'?d|doubles?|adds?|costs?|takes?|needs?|requires?|means?|gives?|saves?|breaks?|blocks?|tested|performed|works|worked|covers?|overlaps?|is\s+(?:cheaper|simpler|faster|safer|easier|better|enough|the\s+only)|was\s+(?:cheaper|simpler|faster|safer|easier|better))\b`,
    String.raw`\b(?:is|are)\s+(?:enough|sufficient|good\s+enough)\s+for\b`,
    String.raw`\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:needs|uses|used|asked|wants|requested|opened|has\s+(?:used|opened|asked))\b|\bchurned\b`,
    String.raw`\b(?:overlaps?\s+with|duplicates|covered\s+by|superseded\s+by|replaced\s+by|end[- ]of[- ]life|by\s+design)\b`,
    String.raw`(?:^|\n)\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*)?(?:why|reason|reasons|rationale|context|motivation|because)\s*\*?\s*(?:\n|:|$)`,
    String.raw`\b(?:due\s+to|given\s+(?:that|the|our|how)|owing\s+to|in\s+light\s+of|on\s+account\s+of|thanks\s+to)\b`,
    String.raw`\b(?:so\s+that|in\s+order\s+to|to\s+avoid|to\s+keep|to\s+reduce|to\s+save|to\s+unblock|to\s+simplify|to\s+stay|to\s+minimi[sz]e|to\s+limit|to\s+focus|to\s+free\s+up|to\s+get\s+\w+\s+(?:out|faster|sooner))\b`,
    String.raw`\b(?:reason|rationale|why|reasoning|motivation|justification)\s*(?:is|was|being|:|—|-)`,
    String.raw`\bthe\s+(?:main\s+)?reason\b`,
    String.raw`\bfor\s+(?:simplicity|performance|consistency|security|cost|compliance|privacy|legal|now,\s+since)\b`,
    String.raw`\b(?:instead\s+of|rather\s+than|over\s+(?:option|the\s+alternative)|outweighs?|trade-?off|not\s+worth|doesn'?t\s+justify|does\s+not\s+justify|isn'?t\s+worth|too\s+(?:costly|expensive|risky|slow|complex|much))\b`,
    String.raw`\b(?:cheaper|simpler|faster|safer|easier|smaller|lighter|more\s+\w+|less\s+\w+)\s+(?:than|to|and|for)\b`,
    String.raw`\b(?:we'?re|we\s+are)\s+(?:focusing|focussing|prioriti[sz]ing|concentrating)\s+on\b`,
    String.raw`\bfocus(?:ing)?\s+(?:is|on)\b`,
    String.raw`\b(?:which|that)\s+(?:means|gives|avoids|keeps|lets|saves|removes|halves|cuts|reduces|unblocks|matches|fits)\b`,
    String.raw`\b(?:the\s+)?(?:data|numbers|metrics|usage|research|interviews|survey|benchmark|benchmarks|results|feedback)\s+(?:show|shows|showed|says|said|suggest|suggests|indicated|indicates)\b`,
    String.raw`\bonly\s+(?:\d+|a\s+(?:few|handful)|one|two|three)\b[^.?!\n]{0,40}\b(?:users?|customers?|teams?|people|requests?|accounts?|tenants?)\b`,
    String.raw`\b(?:low|no|little)\s+(?:usage|demand|impact|value|adoption)\b`,
    String.raw`\b(?:doesn'?t|does\s+not|don'?t|won'?t|will\s+not)\s+(?:fit|align|scale|meet|move\s+the\s+needle|justify|pay\s+off)\b`,
    String.raw`\b(?:out\s+of\s+scope|not\s+in\s+scope)\s+(?:for|this)\b`,
    String.raw`\s(?:—|–|--)\s+\w|\s-\s+(?:we'?re|we|it|the|this|our|too|not|no|only|users?|usage)\b`,
    String.raw`\bso\s+(?:we|that)\b`,
    String.raw`\bto\s+(?:meet|hit|make)\s+(?:the\s+)?(?:deadline|date|release|launch)\b`,
  ].join('|'),
  'i',
);

/** Wording that keeps the choice open: proposals and pending calls. */
const OPEN = new RegExp(
  [
    String.raw`\b(?:should|could|shall|can)\s+we\b`,
    String.raw`\b(?:haven'?t|have\s+not|hasn'?t|not\s+yet|yet\s+to\s+be|still\s+need\s+to|need\s+to|needs\s+to\s+be|to\s+be|pending|awaiting|no)\s+(?:been\s+)?(?:decided|decision|agreed|chosen|settled)\b`,
    String.raw`\b(?:i\s+(?:propose|suggest|think\s+we\s+should|would\s+suggest|'?d\s+suggest|recommend)|my\s+(?:proposal|suggestion|vote)|proposal\s*:|what\s+if\s+we|how\s+about)\b`,
    String.raw`\b(?:tbd|to\s+be\s+decided|decision\s+needed|needs\s+a\s+decision|up\s+for\s+discussion)\b`,
    String.raw`\b(?:let'?s|lets)\s+(?:decide|discuss|talk|sync|revisit)\b`,
    String.raw`\b(?:if\s+we\s+decide|once\s+we\s+decide|when\s+we\s+decide|before\s+we\s+decide|whether\s+to)\b`,
  ].join('|'),
  'i',
);

const HEADING = /^\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*)?(?:decision|decisions|outcome|resolution|conclusion|decided)\s*\*?\s*:?\s*$/i;

const SENTENCE_END = /(?<=[.!?])\s+|\n+/;

/** Whether a text records a decision and why it was made. */
export function isDecision(text: string, _options?: ClassifyOptions): boolean {
  const prose = proseOf(text);
  if (!MADE.test(prose) || !REASON.test(prose)) return false;
  // The decision and its reason sit close together: the decision's sentence, the one before it, or
  // the two after. A decision asked about ("should we…?") or left open doesn't count.
  const sentences = prose.split(SENTENCE_END).filter((s) => s.trim() !== '');
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as string;
    // A "Decision" heading carries the decision on the lines below it; the reason follows further down.
    if (HEADING.test(sentence)) {
      if (REASON.test(sentences.slice(i + 1, i + 6).join('\n'))) return true;
      continue;
    }
    if (!MADE.test(sentence)) continue;
    if (sentence.trimEnd().endsWith('?') || OPEN.test(sentence)) continue;
    const window = sentences.slice(Math.max(0, i - 1), i + 3).join(' ');
    if (REASON.test(window)) return true;
    // A heading like "Decision:" on its own line carries its content on the next lines.
    if (/[:\-—–]\s*$/.test(sentence) && REASON.test(sentences.slice(i + 1, i + 5).join(' '))) return true;
  }
  return false;
}
