// Says whether a text raises a concern: a risk, a blocker or dependency, or a doubt about the plan.
// What it must not flag: a plain report of something already broken ("fails on null"), a question
// that only asks for information ("which endpoint is it?"), or text that rules a risk out ("no risk").
import type { ClassifyOptions } from './types';
import { cues, proseOf } from './tone';

// Each group is one way people voice a concern; kept as separate sources so each stays readable.
const CUES = [
  // worry and concern in the first person or named as such
  String.raw`\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|a\s+bit|a\s+little|slightly|bit|little|somewhat|really|quite)\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+|somewhat\s+|really\s+|quite\s+|also\s+|still\s+)?(?:worried|concerned|nervous|uneasy|wary|hesitant|sceptical|skeptical|uncomfortable|afraid|scared)\b`,
  String.raw`\bi\s+(?:worry|fear|doubt|suspect\s+this\s+(?:will|could|might))\b`,
  String.raw`\b(?:my|our|one|the\s+main|main|a|big|biggest|real|only|another|some|security|privacy|performance|legal|product)\s+(?:concern|worry|fear|doubt|reservation|hesitation)s?\b`,
  String.raw`(?:^|\n|[.!]\s)\s*(?:[-*#]+\s*)?(?:\w+\s+)?(?:concerns?|risks?|blockers?|blocked|dependency|dependencies|caveats?|open\s+questions?|warning|heads[- ]up|watch\s+out|caution|careful|worry|worries)(?:\s+(?:from|for|about|re|on|with)\s+[^:\n]{1,30})?\s*[:!-]`,
  String.raw`⚠|:warning:|(?:^|\n)\s*\(!\)`,
  String.raw`\b(?:data\s+loss|lose\s+(?:data|their|the|all|everything)|irreversible|can'?t\s+be\s+undone|cannot\s+be\s+undone|no\s+way\s+back|no\s+rollback|(?:doesn'?t|does\s+not)\s+cover\s+(?:rollback|the\s+case)|we'?re\s+stuck|we'?d\s+be\s+stuck)\b`,
  String.raw`\b(?:relies|rely|relying|counting|betting)\s+on\b|\b(?:we'?re|we\s+are|it'?s|it\s+is|the\s+plan\s+is|this\s+is)\s+assuming\b|\b(?:the\s+\w+\s+)?assumes\b`,
  String.raw`\b(?:looks|seems|feels|sounds|is)\s+(?:\w+\s+)?(?:tight|optimistic|risky|ambitious|aggressive|unrealistic|fragile|brittle|premature)\b`,
  String.raw`\b(?:needs?|requires?|pending|without)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}(?:sign[- ]off|approval|security\s+review|legal\s+review)\b`,
  String.raw`\bbefore\s+(?:this|we|it)\s+can\s+(?:go\s+live|ship|launch|start|release|be\s+(?:released|merged|enabled|deployed|shipped))\b`,
  String.raw`\b(?:won'?t|wouldn'?t|couldn'?t|doesn'?t|isn'?t)\s+(?:this|that|it)\s+(?:\w+\s+){0,2}(?:break|lock|leak|expose|affect|conflict|mean|cause|confuse|overwrite|delete|double|slow|hurt|risk|race)\w*\b`,
  String.raw`\b(?:might|could|may)\s+be\s+able\s+to\s+(?:see|access|read|view|delete|edit|bypass|change|download)\b`,
  String.raw`\bslip(?:s|ping)?\s+(?:the|our|a)\s+(?:milestone|date|release|deadline|launch|sprint)\b`,
  String.raw`\bnot\s+(?:so\s+|entirely\s+|fully\s+|totally\s+)?(?:convinced|confident)\b`,
  String.raw`\bheads[- ]up\b`,
  String.raw`\b(?:red\s+flag|gotcha|footgun|single\s+point\s+of\s+failure|bottleneck|race\s+condition\s+(?:if|when|could))\b`,
  // risk stated
  String.raw`\b(?:there'?s|there\s+is|there\s+are|carries|carry|a|big|real|high|serious|some|the)\s+(?:a\s+)?(?:real\s+|big\s+|high\s+|serious\s+|some\s+)?risks?\s+(?:that|of|here|in|to|with|if|because)\b`,
  String.raw`\b(?:at\s+risk|risky|too\s+risky|jeopardi[sz]e|in\s+jeopardy|put\s+\w+\s+at\s+risk)\b`,
  // what may go wrong: modal + harm
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
  String.raw`\b(?:needs?|requires?)\s+[^.?!\n]{0,80}\b(?:first|before\s+(?:we|this|it))\b`,
  String.raw`\b(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:even\s+|yet\s+)?(?:started|begun|been\s+started)\b|\bnot\s+(?:even\s+|yet\s+)?started\s+yet\b`,
  String.raw`\b(?:estimate|plan|timeline|scope|spec|story|design|rollout|proposal)\s+(?:ignores|misses|doesn'?t\s+(?:include|cover|account\s+for|mention)|does\s+not\s+(?:include|cover|account\s+for|mention)|leaves\s+out|forgets|skips)\b`,
  String.raw`\bstill\s+(?:don'?t|do\s+not|haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:have|got|heard|received|decided|agreed|confirmed|signed)\b`,
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
  // flags, gaps in the plan, people and capacity
  String.raw`\b(?:worth\s+flagging|(?:quick|small|just\s+a)\s+flag|flagging\s+(?:that|this)|raising\s+(?:this|a\s+concern))\b`,
  String.raw`\bi\s+(?:don'?t|do\s+not)\s+think\s+(?:\w+\s+){0,5}(?:survives?|will\s+(?:work|hold|scale|be\s+enough|make\s+it)|works?\s+for|scales?|is\s+(?:enough|realistic|feasible|safe|ready)|can\s+(?:handle|cope)|holds?\s+up)\b`,
  String.raw`\bi\s+wouldn'?t\s+(?:trust|rely|count|bet)\b|\b(?:have|had|got)\s+(?:my\s+|some\s+|serious\s+)?doubts\b|\bdoubts?\s+(?:that|about|whether)\b`,
  String.raw`\b(?:customers|users|they|people|tenants|viewers|guests)\s+shouldn'?t\s+(?:see|have|get|be\s+able)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:has|have|had)\s+(?:yet\s+)?(?:estimated|tested|reviewed|checked|thought|looked|signed|confirmed|asked|owned)\b|\b(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:been\s+)?(?:yet\s+)?(?:reviewed|tested|load\s+tested|estimated|signed\s+off|approved|decided\s+who|agreed)\b`,
  String.raw`(?:^|[.!?:\n]\s*)what\s+if\s+(?!we\b|i\b)|\bdevil'?s\s+advocate\b`,
  String.raw`\b(?:over-?committed|over-?loaded|over\s+capacity|stretched\s+(?:thin|too\s+thin)|too\s+much\s+(?:scope|work|on\s+(?:our|my|their)\s+plate)|burn(?:ing)?\s+out)\b`,
  String.raw`\bwhat'?s\s+(?:our|the)\s+plan\s+(?:if|for\s+when|when|in\s+case)\b|\bdo\s+we\s+have\s+a\s+plan\s+(?:for|if|in\s+case)\b|\bplan\s+b\b`,
  String.raw`\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+[^.?!\n]{0,50}\buntil\b`,
  String.raw`\bscope\s+creep\b|\b\w+\s+alert\s*:`,
  String.raw`\bbefore\s+we\s+(?:commit|promise|announce|agree\s+to|sign|lock\s+in|go\s+all\s+in)\b`,
  String.raw`\b(?:do|would|will|could)\s+we\s+(?:end\s+up|lose|break|have\s+to\s+(?:redo|rewrite|migrate)|risk)\b`,
  String.raw`\b(?:don'?t|do\s+not)\s+see\s+(?:a|any)\s+(?:plan|owner|test|rollback|monitoring|mention|transaction|check|guard|validation|limit|lock|handling)\b|\b(?:there'?s|there\s+is|we\s+have|has|have)\s+no\s+(?:plan|owner|rollback|monitoring|alerting|tests?|test\s+coverage|backup|fallback|upper\s+bound|limit|timeout|on-?call|integration\s+tests|step|process|runbook|communication|budget|capacity)\b`,
  String.raw`\bdo\s+we\s+(?:know|have\s+data\s+on)\s+(?:whether|if)\b`,
  String.raw`\bonly\s+(?:works|holds|fits|flies|succeeds)\s+if\b`,
  String.raw`\b(?:fully\s+booked|at\s+capacity|no\s+capacity|out\s+of\s+capacity)\b|\b(?:on\s+leave|away|on\s+holiday|on\s+vacation|out)\s+(?:during|for)\s+the\s+(?:cutover|launch|release|migration|rollout)\b|\b(?:only|single)\s+(?:person|one|engineer|dba|dev|developer)\s+who\b|\bour\s+only\s+(?:dba|engineer|developer|designer|sre|person|expert)\b`,
  String.raw`\b(?:marked(?:\s+as)?|is|are)\s+(?:experimental|unmaintained)\b`,
  String.raw`\b(?:going\s+to|will|would|could|might|may)\s+be\s+(?:a\s+|an\s+)?(?:real\s+|big\s+)?(?:problem|issue|pain|headache|nightmare|bottleneck|blocker|risk|challenge|tricky|hard|difficult|expensive|confusing)\b`,
  String.raw`\b(?:concerned|worried|nervous)\s+(?:that|about)\b`,
  String.raw`\b(?:could|might|would|will|can)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:break|corrupt|leak|expose|lock|overload|lose|delete|overwrite|double[- ]charge|confuse|slow)\b`,
  String.raw`\b(?:would|could|might|will|may)\s+(?:\w+\s+)?(?:spin|loop|run|retry|hang|wait|block)\s+forever\b`,
];
const CONCERN = cues(CUES);

// Text that rules a risk out or reports it solved is not raising one.
const RELIEF = cues([
  String.raw`\b(?:no|zero|low|minimal|little|negligible)\s+(?:real\s+)?(?:risks?|concerns?|blockers?|dependencies|worries)\b`,
  String.raw`\b(?:risks?|blockers?|concerns?|dependencies)\s*:\s*(?:none|n/a|low|no|nothing|minimal|-)\b`,
  String.raw`\bno\s+longer\s+(?:blocked|a\s+blocker|blocking|an\s+issue|a\s+concern)\b`,
  String.raw`\b(?:unblocked|not\s+(?:blocked|worried|concerned)|nothing\s+(?:is\s+)?blocking|not\s+a\s+(?:concern|blocker|risk))\b`,
  String.raw`\bnot\s+(?:a\s+)?breaking\s+change\b`,
  String.raw`\b(?:explain|tell\s+(?:me|us)|describe|document|clarify)\s+what\s+happens\b`,
  String.raw`\bbut\s+(?:that'?s|it'?s|this\s+is|that\s+is)\s+(?:now\s+)?(?:done|resolved|fixed|merged|closed|sorted|gone)\b|\bworry\s+less\b|\bless\s+(?:worried|concerned)\b`,
  String.raw`\b(?:will|should)\s+be\s+(?:fine|ok|okay|safe)\b|\brisk\s+is\s+(?:low|minimal|small|negligible)\b|\bwithout\s+(?:any\s+)?issues\b`,
  String.raw`\bdepends\s+on\s+nothing\b|\b(?:doesn'?t|does\s+not)\s+depend\s+on\b|\bno\s+(?:external\s+)?dependencies\b`,
]);
// The general shape of a risk: a sentence that looks ahead and names harm. A firm "could / might /
// would / likely" is enough; a plain "will" or "if" needs someone who would suffer (we, customers,
// support). Specifications ("if the upload fails, the job will retry"), bug reports ("when I click…"),
// requests and offers share that grammar and are left out.
const SPECULATIVE =
  /\b(?:could|might|may|would|going\s+to|gonna|likely|probably|chance|risk|means|leaves)\b|'d\b/i;
const PLAIN_AHEAD = /\b(?:will|unless|until|if|once|at\s+\d+\s*k)\b|'ll\b/i;
const STAKEHOLDER =
  /\b(?:we|us|our|customers?|clients?|support|ops|on-?call|the\s+team|finance|legal|sales|partners?|everyone|users)\b(?!\s+who\b)/i;
const HARM = cues([
  String.raw`\b(?:red|fail|fails|failing|break|breaks|lose|loses|leak|leaks|delete|deletes|deleted|reject|rejects|rejected|expire|expires|crash|crashes|overload|overloads|down|outage|time\s+out|times\s+out|timeout|slow|slower|conflict|conflicts|duplicate|duplicates|inconsistent|expose|exposes|exposed|confuse|confuses|confused|surprise|stale|wrong|miss|misses|missed|slip|slips|late|stuck|block|blocks|blocked|lock|locks|locked|flood|flooded|swamped|overwhelmed|buried|rate-?limit|rate-?limited|throttle|throttled|ban|banned|suspend|suspended|cut\s+off|penali[sz]e|penali[sz]ed|churn|cancel)\b`,
  String.raw`\b(?:no\s+room|no\s+time|no\s+way|hard\s+to|harder\s+to|impossible|can'?t|cannot|won'?t\s+be\s+able|not\s+able|problem|problems|tickets|complain|complaints|hate|keeps?\s+access|half\s+a|manual|archived|unmaintained|too\s+(?:much|many|few|long|late|low|high)|not\s+enough|nobody|no\s+one|without|firing|spike|stampede|bitten|regress\w*|corrupt\w*|data\s+loss|let\s+(?:them|anyone|everyone|people|users|contractors|guests))\b`,
]);
// How trackers write specifications, instructions and bug reports.
const SPEC = cues([
  String.raw`^\s*(?:[-*#]+\s*|\d+[.)]\s*)?(?:given|when|then|and|show|display|make|add|send|allow|let|return|retry|restart|mark|log|notify|expected|actual|steps)\b`,
  String.raw`^\s*(?:[-*#]+\s*)?if\s+(?:you|the\s+user|a\s+user|it|the\s+(?:upload|request|job|file|email|server|token|payment|card|sync|import|export|pod|field|input|password))\b`,
  String.raw`\b(?:when|every\s+time|whenever)\s+(?:i|you|the\s+user|a\s+user|users)\b`,
  String.raw`\b(?:will|should|must|shall)\s+(?:retry|show|refresh|get|send|display|mark|receive|see|skip|log|return|redirect|be\s+(?:shown|notified|sent|redirected|asked|prompted|logged|retried|marked))\b`,
  String.raw`\bso\s+that\b|\bi\s+want\b|\blet\s+me\s+know\b|\bas\s+an?\s+\w+,?\s+i\b`,
]);
// Requests and offers use the same modals: "could you…", "would you like…", "I'll look".
const REQUEST =
  /\b(?:(?:could|would|can|will)\s+(?:you|someone|somebody)|would\s+(?:it|you)\s+(?:be|make|like|mind)|is\s+there\s+(?:a\s+)?(?:chance|way)\s+(?:you|someone)|feel\s+free)\b|\b(?:i'?ll|i\s+will)\s+(?:look|check|take|pick|update|add|fix|handle|do|get|follow|ping|send|review|try|have|make|delete|remove|close)\b/i;
const FACT_PAST = /\b(?:was|were|has\s+been|have\s+been|got|went)\s+(?:fixed|resolved|approved|accepted|renewed|removed|confirmed|enabled|done|merged|deployed|reverted|rolled\s+back)\b/i;

/** A modal followed by a harmful verb ("could break", "will likely corrupt"). */
const MODAL_HARM = cues([
  String.raw`\bif\s+(?:it|this|that|something|anything|the\s+\w+)\s+(?:goes\s+wrong|fails|breaks|goes\s+down)\b`,
  String.raw`\b(?:could|might|may|will\s+likely|would\s+likely|will\s+probably|would\s+probably|is\s+going\s+to|are\s+going\s+to|this\s+will|that\s+will|it\s+will|would)\s+(?:also\s+|easily\s+|potentially\s+|quietly\s+|silently\s+|end\s+up\s+)?(?:break|breaking|cause|lead\s+to|result\s+in|corrupt|leak|expose|overload|overwhelm|regress|slow\s+down|hurt|harm|block|delay|conflict\s+with|affect|impact|lock\s+out|confuse|double[- ]charge|lose|drop|duplicate|not\s+scale|fail\s+(?:for|when|if|under|at)|time\s+out|blow\s+up|exceed|violate|bypass|invalidate|surprise|mislead|push\s+(?:\w+\s+){0,3}(?:back|out)|slip|miss|take\s+(?:\w+\s+){0,2}down|wipe|overwrite|mask|hide|hit\s+the\s+limit|run\s+out|fill\s+up|exhaust|crash|hang|deadlock|flood|spam|throttle|degrade|go\s+down|reset)\b`,
  String.raw`\bwill\s+(?:\w+\s+)?(?:break|corrupt|leak|expose|lock\s+out|overwrite|wipe|reset|delete|invalidate|double[- ]charge)\b`,
]);

/** Whether one sentence looks ahead at harm. */
function looksAheadAtHarm(sentence: string): boolean {
  if (SPEC.test(sentence) || REQUEST.test(sentence) || FACT_PAST.test(sentence)) return false;
  if (MODAL_HARM.test(sentence)) return true;
  if (!HARM.test(sentence)) return false;
  return SPECULATIVE.test(sentence) || (PLAIN_AHEAD.test(sentence) && STAKEHOLDER.test(sentence));
}

/** Attention words people use to raise something without a modal ("Legal flagged…", "Dependency alert"). */
const ATTENTION = cues([
  String.raw`\b(?:flagged|flags|(?:dependency|security|risk|capacity|schedule|timeline)\s+alert|just\s+so\s+(?:we'?re|you'?re|everyone\s+is)\s+aware|for\s+awareness|hold\s+off|my\s+gut|gut\s+(?:says|feeling)|i\s+suspect|suspicious\s+(?:of|that)|wary|scaling\s+question|(?:circular|hidden|new)\s+dependency|introduces\s+(?:a\s+)?(?:\w+\s+)?dependency|not\s+ready\s+(?:until|before|in\s+time)|only\s+(?:be\s+)?ready\s+(?:in|by|after|on)|hasn'?t\s+even\s+started|haven'?t\s+even\s+started|no\s+room\s+for)\b`,
  String.raw`\bestimate\s+(?:is|feels|seems|looks)\s+(?:\w+\s+)?(?:off|low|wrong|optimistic|tight)\b|\b(?:feels|seems|looks)\s+(?:too\s+)?(?:low|off)\b`,
  String.raw`\buntil\s+(?:\w+\s+){1,4}(?:confirms?|approves?|signs?\s+off|is\s+ready|ships?|lands?|agrees?|replies|responds?|delivers?)\b`,
]);

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
  const strong = CONCERN.test(prose) || ATTENTION.test(prose);
  const relief = RELIEF.test(prose);
  if (strong && !relief) return true;
  // Only a sentence-by-sentence reading can still find one; skip it when no sentence could qualify.
  if (!strong && !HARM.test(prose) && !MODAL_HARM.test(prose)) return false;
  // Relief rules out only the concern in its own sentence ("No blockers. But what happens if…" still
  // counts), and the general shape of a risk is read within one sentence.
  for (const sentence of prose.split(SENTENCES)) {
    if (relief && RELIEF.test(sentence)) continue;
    if (strong && (CONCERN.test(sentence) || ATTENTION.test(sentence))) return true;
    if (looksAheadAtHarm(sentence)) return true;
  }
  return false;
}
