// Says whether a text raises a concern: a risk, a blocker or dependency, or a doubt about the plan.
// What it must not flag: a plain report of something already broken ("fails on null"), a question
// that only asks for information ("which endpoint is it?"), or text that rules a risk out ("no risk").
import type { ClassifyOptions } from './types';
import { proseOf } from './tone';

// Each group is one way people voice a concern; kept as separate sources so each stays readable.
const CUES = [
  // worry and concern in the first person or named as such
  String.raw`\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|a\s+bit|a\s+little|slightly|bit|little|somewhat|really|quite)\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+|somewhat\s+|really\s+|quite\s+|also\s+|still\s+)?(?:worried|concerned|nervous|uneasy|wary|hesitant|sceptical|skeptical|uncomfortable|afraid|scared)\b`,
  String.raw`\bi\s+(?:worry|fear|doubt|suspect\s+this\s+(?:will|could|might))\b`,
  String.raw`\b(?:my|our|one|the\s+main|main|a|big|biggest|real|only|another|some|security|privacy|performance|legal|product)\s+(?:concern|worry|fear|doubt|reservation|hesitation)s?\b`,
  String.raw`(?:^|\n|[.!]\s)\s*(?:[-*#]+\s*)?(?:\w+\s+)?(?:concerns?|risks?|blockers?|blocked|dependency|dependencies|caveats?|open\s+questions?|warning|heads[- ]up|watch\s+out|caution)\s*[:!-]`,
  String.raw`(?:^|\n)\s*(?:⚠|:warning:|\(!\))`,
  String.raw`\b(?:data\s+loss|lose\s+(?:data|their|the|all|everything)|irreversible|can'?t\s+be\s+undone|cannot\s+be\s+undone|no\s+way\s+back|no\s+rollback|(?:doesn'?t|does\s+not)\s+cover\s+(?:rollback|the\s+case)|we'?re\s+stuck|we'?d\s+be\s+stuck)\b`,
  String.raw`\b(?:relies|rely|relying|counting|betting)\s+on\b|\b(?:we'?re|we\s+are|it'?s|it\s+is|the\s+plan\s+is|this\s+is)\s+assuming\b|\b(?:the\s+\w+\s+)?assumes\b`,
  String.raw`\b(?:looks|seems|feels|sounds|is)\s+(?:\w+\s+)?(?:tight|optimistic|risky|ambitious|aggressive|unrealistic|fragile|brittle|premature)\b`,
  String.raw`\b(?:needs?|requires?|pending|without)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}(?:sign[- ]off|approval|security\s+review|legal\s+review)\b`,
  String.raw`\bbefore\s+(?:this|we|it)\s+can\s+(?:go\s+live|ship|launch|start|release|be\s+(?:released|merged|enabled|deployed|shipped))\b`,
  String.raw`\b(?:won'?t|wouldn'?t|couldn'?t|doesn'?t|isn'?t)\s+(?:this|that|it)\s+(?:\w+\s+){0,2}(?:break|lock|leak|expose|affect|conflict|mean|cause|confuse|overwrite|delete|double|slow|hurt|risk|race)\w*\b`,
  String.raw`\b(?:might|could|may)\s+be\s+able\s+to\s+(?:see|access|read|view|delete|edit|bypass|change|download)\b`,
  String.raw`\bslip(?:s|ping)?\s+(?:the|our|a)\s+(?:milestone|date|release|deadline|launch|sprint)\b`,
  String.raw`\bnot\s+(?:so\s+|entirely\s+|fully\s+|totally\s+)?(?:convinced|confident)\b`,
  String.raw`\bwill\s+(?:\w+\s+)?(?:break|corrupt|leak|expose|lock\s+out|overwrite|wipe|reset|delete|invalidate|double[- ]charge)\b`,
  String.raw`\bheads[- ]up\b`,
  String.raw`\b(?:red\s+flag|gotcha|footgun|single\s+point\s+of\s+failure|bottleneck|race\s+condition\s+(?:if|when|could))\b`,
  // risk stated
  String.raw`\b(?:there'?s|there\s+is|there\s+are|carries|carry|a|big|real|high|serious|some|the)\s+(?:a\s+)?(?:real\s+|big\s+|high\s+|serious\s+|some\s+)?risks?\s+(?:that|of|here|in|to|with|if|because)\b`,
  String.raw`\b(?:at\s+risk|risky|too\s+risky|jeopardi[sz]e|in\s+jeopardy|put\s+\w+\s+at\s+risk)\b`,
  // what may go wrong: modal + harm
  String.raw`\b(?:could|might|may|will\s+likely|would\s+likely|will\s+probably|would\s+probably|is\s+going\s+to|are\s+going\s+to|this\s+will|that\s+will|it\s+will|would)\s+(?:also\s+|easily\s+|potentially\s+|quietly\s+|silently\s+|end\s+up\s+)?(?:break|breaking|cause|lead\s+to|result\s+in|corrupt|leak|expose|overload|overwhelm|regress|slow\s+down|hurt|harm|block|delay|conflict\s+with|affect|impact|lock\s+out|confuse|double[- ]charge|lose|drop|duplicate|not\s+scale|fail\s+(?:for|when|if|under|at)|time\s+out|blow\s+up|exceed|violate|bypass|invalidate|surprise|mislead|push\s+(?:\w+\s+){0,3}(?:back|out)|slip|miss|take\s+(?:\w+\s+){0,2}down|wipe|overwrite|mask|hide|hit\s+the\s+limit|run\s+out|fill\s+up|exhaust|crash|hang|deadlock|flood|spam|throttle|degrade|go\s+down|reset)\b`,
  String.raw`\b(?:potential(?:ly)?|possible|possibly)\s+(?:breaking|issue|problem|risk|regression|data\s+loss|security|privacy|outage|conflict|bottleneck|side\s+effects?|impact)\b`,
  String.raw`\bside\s+effects?\b`,
  String.raw`\bbreaking\s+change\b`,
  String.raw`\b(?:won'?t|will\s+not|doesn'?t|does\s+not|wouldn'?t)\s+scale\b`,
  // blockers and dependencies
  String.raw`\bblocked\s+(?:by|on|until|waiting)\b`,
  String.raw`\b(?:is|are|was|it'?s|this\s+is)\s+(?:a\s+|the\s+)?blocker\b|\bblocking\s+(?:us|the\s+release|release|this|the\s+launch|launch|deploy|rollout|progress)\b`,
  String.raw`\b(?:depends|depending|dependent|contingent)\s+(?:on|upon)\b|\bhard\s+dependency\b|\bdependency\s+on\b`,
  String.raw`\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:start|proceed|continue|ship|release|merge|deploy|move\s+forward|finish|launch)\b[^.?!\n]{0,40}\b(?:until|without|before|unless)\b`,
  String.raw`\bwaiting\s+(?:on|for)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:team|approval|sign[- ]off|legal|security|review|vendor|api|contract|decision|design|answer|response)\b`,
  String.raw`\b(?:needs?|requires?)\s+(?:\w+\s+){0,4}(?:first|before\s+(?:we|this|it))\b`,
  String.raw`\bprerequisite\b`,
  // schedule risk
  String.raw`\b(?:won'?t|will\s+not|not\s+going\s+to|unlikely\s+to|might\s+not|may\s+not)\s+(?:make|hit|meet)\s+(?:it|the\s+(?:deadline|date|release|sprint|milestone|cut)|the\s+\w+\s+(?:deadline|release|date))\b`,
  String.raw`\b(?:tight|aggressive|unrealistic)\s+(?:deadline|timeline|schedule|estimate)\b`,
  String.raw`\b(?:will|might|may|could)\s+slip\b|\bslipping\b`,
  // doubt about the plan
  String.raw`\bare\s+we\s+(?:sure|certain|confident|ok\s+with)\b`,
  String.raw`\b(?:not|isn'?t|aren'?t)\s+(?:so\s+|entirely\s+|fully\s+|totally\s+|100%\s+)?(?:sure|convinced|confident|clear)\s+(?:that\s+)?(?:this|that|we|it'?s?|the\s+(?:approach|plan|design|estimate|deadline|timeline)|about\s+(?:this|the|that))\b(?!\s+(?:is\s+related|was\s+related|happens|reproduces|means))`,
  String.raw`\b(?:what|how)\s+(?:happens?|will\s+happen|would\s+happen)\s+(?:if|when|to)\b`,
  String.raw`(?:^|[.!?\n]\s*)what\s+if\b`,
  String.raw`\b(?:have|did|has)\s+(?:we|anyone|you)\s+(?:considered|thought\s+about|checked\s+whether|accounted\s+for|looked\s+at\s+what\s+happens)\b`,
  String.raw`\b(?:does|will|would|can)\s+(?:this|that|it)\s+(?:really\s+)?(?:scale|hold\s+up|survive|cope|handle\s+(?:the\s+)?(?:load|peak|traffic))\b`,
  String.raw`\bhow\s+(?:will|would|do|does)\s+(?:this|that|it|we)\s+(?:scale|handle|cope|deal\s+with|behave)\b`,
  String.raw`\b(?:this|that|it)\s+assumes\b`,
  String.raw`\bedge\s+cases?\b[^.?!\n]{0,40}(?:\?|not\s+covered|missing|worry|concern|break|fail|unhandled)`,
  String.raw`\b(?:security|privacy|compliance|gdpr|legal|licen[cs]e|accessibility)\s+(?:implications?|risks?|issues?\s+(?:if|with|when)|concerns?|review\s+(?:first|needed|required))\b`,
  String.raw`\b(?:i'?m|i\s+am)\s+(?:not\s+)?(?:sure|convinced)\s+(?:this|that|we)\s+(?:is|are|will|should|can)\s+(?:a\s+good|the\s+right|safe|wise|worth|enough|ready|going\s+to)\b`,
  String.raw`\b(?:be\s+careful|careful\s+(?:with|here|about)|watch\s+out\s+for|beware)\b`,
  String.raw`\b(?:this|that|it)\s+(?:feels|seems|looks|sounds)\s+(?:a\s+bit\s+|quite\s+|really\s+|too\s+|very\s+)?(?:risky|fragile|brittle|dangerous|premature|optimistic|ambitious)\b`,
];
const CONCERN = new RegExp(CUES.join('|'), 'i');

// Text that rules a risk out or reports it solved is not raising one.
const RELIEF = new RegExp(
  [
    String.raw`\b(?:no|zero|low|minimal|little|negligible)\s+(?:real\s+)?(?:risks?|concerns?|blockers?|dependencies|worries)\b`,
    String.raw`\b(?:risks?|blockers?|concerns?|dependencies)\s*:\s*(?:none|n/a|low|no|nothing|minimal|-)\b`,
    String.raw`\bno\s+longer\s+(?:blocked|a\s+blocker|blocking|an\s+issue|a\s+concern)\b`,
    String.raw`\b(?:unblocked|not\s+(?:blocked|worried|concerned)|nothing\s+(?:is\s+)?blocking|not\s+a\s+(?:concern|blocker|risk))\b`,
    String.raw`\bnot\s+(?:a\s+)?breaking\s+change\b`,
    String.raw`\bdepends\s+on\s+nothing\b|\b(?:doesn'?t|does\s+not)\s+depend\s+on\b|\bno\s+(?:external\s+)?dependencies\b`,
  ].join('|'),
  'i',
);
// A section heading ("Risks", "h3. Concerns", "*Open questions*") announces concerns on the lines below,
// unless what follows says there are none.
const SECTION =
  /(?:^|\n)\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*|_)?(?:risks?|concerns?|blockers?|dependencies|open\s+questions?|caveats?|known\s+risks?)(?:\s*\*|\s*_)?\s*:?\s*\n\s*(?:[-*#]|\d+[.)])?\s*(\S[^\n]*)/i;
const NOTHING = /^(?:none|n\/a|nothing|no\b|-|tbd|—)/i;

const SENTENCES = /(?<=[.!?])\s+|\n+/;

/** Whether a text raises a risk, blocker, dependency or doubt. */
export function isConcern(text: string, _options?: ClassifyOptions): boolean {
  const prose = proseOf(text);
  const section = SECTION.exec(prose);
  if (section !== null && !NOTHING.test(section[1] ?? '')) return true;
  if (!CONCERN.test(prose)) return false;
  if (!RELIEF.test(prose)) return true;
  // Relief rules out only the concern in its own sentence: "No blockers. But what happens if…" still counts.
  for (const sentence of prose.split(SENTENCES)) {
    if (CONCERN.test(sentence) && !RELIEF.test(sentence)) return true;
  }
  return false;
}
