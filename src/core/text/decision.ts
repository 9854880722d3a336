// Says whether a text records a decision together with its reason ("We dropped X because Y"). A bare
// "decided to do X", a proposal ("should we…?") or a decision still pending is not one: the point of
// the signal is that readers can understand why.
import type { ClassifyOptions } from './types';
import { cues } from './cues';
import { proseOf } from './prose';

/** Wording that records a choice as made. */
const MADE = cues([
  String.raw`\b(?:we|i|they|team|the\s+team|product|leadership|everyone|pm|em|\w+\s+and\s+\w+)\s+(?:have\s+|'ve\s+|had\s+|all\s+|finally\s+|just\s+|jointly\s+)?(?:decided|agreed|chose|chosen|opted|settled|concluded|picked(?!\s+(?:\w+\s+){0,2}up\b)|selected|aligned|landed|voted)\b`,
  String.raw`(?:^|[.!?\n]\s*)(?:picked(?!\s+(?:\w+\s+)?up\b)|chose|opted\s+for|went\s+with|moving\s+(?:ahead|forward)\s+with|agreed\s+(?:with|to|on)|rejected|declined|dropping|cutting|parking|deferring|postponing)\b`,
  String.raw`\b(?:the\s+)?(?:outcome|conclusion|decision|verdict|call|resolution)\s+(?:is|was)\b|\b(?:conclusion|outcome|decision|resolution)\s+(?:from|of)\s+[^:\n]{0,40}:|\bthe\s+call\s+is\b`,
  String.raw`\b(?:going\s+forward|from\s+now\s+on|from\s+next\s+\w+)\s*,?\s+(?:we|the\s+team)\s+(?:will|'ll|are\s+going\s+to|won'?t)\b|\bwe'?ll\s+(?:estimate|release|deploy|ship|work|keep|stay|retire|sunset)\b`,
  String.raw`\b(?:team|we|they)\s+(?:agree|agrees|decide|decides)\s+(?:to|on)\b`,
  String.raw`\bvoted\s+(?:to|for)\b`,
  String.raw`\b(?:our|the|team'?s?|product'?s?)\s+call(?:\s+(?:for|on)\s+[^:\n]{1,20})?\s*:`,
  String.raw`\b(?:we'?ll|we\s+will)\s+(?:drop|remove|deprecate|sunset|retire|cut|defer|postpone|pause|stop|keep|stick\s+with)\b`,
  String.raw`\b(?:we|i|we'?ve|i'?ve|we\s+have|i\s+have)\s+(?:re-?prioriti[sz]ed|re-?ordered|re-?ranked|re-?scoped|re-?planned)\b`,
  String.raw`(?:^|[.!?\n]\s*)(?:(?:team|group|our|the)\s+)?(?:consensus|product\s+call|scope\s+change|plan|agreed|the\s+call|our\s+call|team\s+call|call|direction)(?:\s+(?:in|from|at|after)\s+[^:\n]{1,30})?\s*:`,
  String.raw`(?:^|[.!?\n]\s*)(?:tabling|holding|pausing|keeping|sticking\s+with|going\s+to\s+(?:hold|keep|drop|stick|go|ship|wait|pause|park))\b`,
  String.raw`\b(?:we'?re|we\s+are)\s+(?:sticking\s+with|keeping|tabling|holding|pausing|charging|removing|cutting)\b|\bwe\s+(?:will\s+|'ll\s+)?no\s+longer\b`,
  String.raw`\bwe\s+(?:dropped|cut|removed|deferred|postponed|parked|shelved|descoped|killed|cancelled|canceled|retired|paused|stopped|moved|switched)\b(?!\s+the\s+ball)`,
  String.raw`(?:^|[.!?\n]\s*)(?:ok\s+|okay\s+|so\s+)?final(?:\s+(?:call|decision|answer|word))?\s*:`,
  String.raw`(?:we'?ve|i'?ve|they'?ve)\s+(?:decided|agreed|chosen|opted|settled|concluded|picked|landed)\b`,
  String.raw`(?:^|\n|[.!]\s)\s*(?:[-*#]+\s*)?(?:\*|_)?(?:decision|decided|resolution|outcome|conclusion|verdict|final\s+call|agreed|won'?t\s+do|wont\s+do|won'?t\s+fix|wontfix|not\s+planned|out\s+of\s+scope|descoped|de-scoped|declined|deferred)(?:\s+for\s+now|\s+(?:by|from|of)\s+(?:the\s+)?[^:\n—–.]{1,30}?)?(?:\*|_)?\s*[:\-—–]`,
  String.raw`\b(?:the\s+)?decision\s+(?:is|was|has\s+been)\b`,
  String.raw`\b(?:we'?re|we\s+are|we'?ll|we\s+will|i'?m|i\s+am|i'?ll|i\s+will)\s+(?:going\s+with|going\s+to\s+go\s+with|go\s+with|sticking\s+with|stick\s+with|keep|stay\s+(?:on|with)|dropping|deferring|postponing|parking|punting|descoping|de-scoping|cutting|shelving|keeping|moving\s+forward\s+with|proceeding\s+with|not\s+(?:doing|going\s+to\s+do|pursuing|building|shipping|supporting|fixing))\b`,
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
  String.raw`\b(?:we'?ll|we\s+will|we\s+are\s+going\s+to|we'?re\s+going\s+to|we'?re|we\s+are)\s+(?:use|build|ship|adopt|adopting|switch|switching|migrate|migrating|retire|retiring|moving|shifting|pushing|delaying|changing|removing|stay)\b`,
  String.raw`\bdecision\s*\([^)\n]{0,30}\)\s*[:\-—–]`,
  String.raw`(?:^|\n)\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*)?(?:decision|decisions|outcome|resolution|conclusion)\s*\*?\s*:?\s*(?:\n|$)`,
  // decisions recorded in passing: "Settled: …", "Architecture review outcome: …", "per the call: …",
  // "Agreed with design: …", "we ended up using …", "and landed on …", "Scrapping …", "Not doing …"
  String.raw`(?:^|\n|[.!]\s)\s*(?:[-*#]+\s*)?(?:(?:ok|okay|so|alright)\s*,?\s+)?(?:\*|_)?(?:settled|call\s+made|decision\s+made|verdict|ruling)(?:\*|_)?\s*[:\-—–,]`,
  String.raw`\b(?:review|meeting|sync|spike|discussion|board|committee|workshop|refinement|planning|retro|architecture|design|legal|product|team)\s+(?:outcome|decision|verdict|conclusion|resolution)\s*[:—–-]`,
  String.raw`\bfinal\s+(?:call|answer|word|decision)\s+(?:from|by|of)\s+[^:\n—–]{1,30}[:—–]`,
  String.raw`\b(?:per|from|after|in)\s+(?:the|today'?s|yesterday'?s|this\s+morning'?s|our)\s+(?:\w+\s+)?(?:call|sync|meeting|standup|stand-up|planning|refinement|retro|review|discussion|huddle|spike|investigation|poc|prototype|workshop)\s*:`,
  String.raw`(?:^|[.!?\n]\s*)(?:agreed|aligned|settled|approved|signed\s+off|resolved|decided)\s+(?:with|by|in|at|during)\s+[^:\n]{1,40}:`,
  String.raw`\bsigned\s+off\s+on\b`,
  String.raw`\b(?:we|i|they|team)\s+(?:ended|wound)\s+up\s+(?:going\s+with|using|picking|choosing|keeping|dropping|building|sticking)\b`,
  String.raw`\b(?:landed|settled|converged)\s+on\s+(?!(?:the|a|our|your|this)\s+(?:page|homepage|site|website|screen|app|wrong|error)\b|\d)`,
  String.raw`(?:^|[.!?\n]\s*)(?:scrapping|shelving|cancell?ing|sunsetting|retiring|descoping|de-scoping|punting\s+on)\b`,
  String.raw`(?:^|[.!?\n]\s*)not\s+(?:doing|building|shipping|supporting|pursuing|adding|fixing|implementing)\b`,
  String.raw`(?:^|[.!?\n]\s*)(?:removing|moving|taking|pulling)\s+[^.\n]{1,40}\s+(?:out\s+of|from)\s+(?:the\s+)?(?:[\w.]+\s+)?(?:scope|roadmap|release|plan|epic|sprint|mvp|milestone|launch)\b`,
  String.raw`\b(?:we'?re|we\s+are)\s+(?:gonna|going\s+to)\s+(?:ship|go|keep|drop|stick|use|launch|release|wait|skip|cut|park)\b|\bwe'?re\s+(?:cancell?ing|scrapping|dropping|shelving|sunsetting|retiring|parking|postponing|deferring|descoping|skipping)\b`,
  String.raw`\b(?:the|our)\s+plan\s+is\s+(?:now\s+)?to\b`,
  String.raw`\bwe'?ll\s+(?:do|run|use|go|ship|release|deploy|build|keep)\b[^.?!\n]{0,60}\binstead\b`,
  String.raw`\b(?:we'?ll|we\s+will)\s+(?:launch|go\s+live|start|only\s+support|offer|limit)\b|\bwe'?re\s+not\s+(?:migrating|doing|building|shipping|supporting|adding|fixing|pursuing|changing|moving|releasing|launching|upgrading|porting|implementing|offering)\b`,
  String.raw`\b(?<!-)(?:pick|choice|winner|selection)\s+(?:is|was)\b(?!\s+(?:due|pending|still|not|open|tbd|expected|next|up\s+to|yours|between|hard|easy|clear))|\bcall\s+(?:from|by)\s+[^:\n—–]{1,30}[:—–]`,
  String.raw`\b(?:we'?re|we\s+are|we'?ll|we\s+will)\s+(?:doing|going\s+ahead\s+with|going\s+for)\b[^.\n]{0,50}\b(?:after\s+all|in\s+the\s+end|instead|for\s+now|anyway)\b|(?:^|[.!?\n]\s*)(?:going|moving)\s+ahead\s+with\b`,
  String.raw`(?:^|[.!?\n]\s*)(?:killing|removing|dropping)\s+the\s+(?:beta|feature|preview|experiment(?:al)?)\s+(?:flag|label|toggle|badge)\b|\bship(?:ping)?\s+(?:it\s+|this\s+)?to\s+(?:everyone|all\s+(?:users|customers|tenants)|100\s*%)`,
  String.raw`(?:^|[.!?\n]\s*)(?:went|going)\s+for\s+(?:the\b|option\b|plan\b|an?\s+(?:\w+\s+)?(?:approach|option|version|solution|design|plan)\b)`,
]);

// "to keep X" is a purpose only when it isn't the decided action itself ("we decided to keep X").
const NOT_THE_ACTION = String.raw`(?<!\b(?:decided|decide|agreed|agree|chose|choose|opted|voted|going|plan|planning|want|wants|need|needs|have|has|ok|not|and|or)\s+)\b`;

/** Wording that gives the why. */
const REASON = cues([
  String.raw`\bbecause\b`,
  String.raw`\bcuz\b|\bcos\b|\b'cause\b`,
  // "since" and "as" give reasons unless they start a time or a comparison
  String.raw`\bsince\s+(?!(?:v?\d+(?:\.\d+)+|\d{4}\b|\d+\s+(?:days?|weeks?|months?|years?|hours?|minutes?)|version|release|yesterday|today|tonight|last|this\s+(?:morning|week|sprint)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|when|early|late|the\s+(?:last|beginning|start|upgrade|update|migration|release|deploy)))\w`,
  String.raw`\bas\s+(?!(?:soon|well|long|far|usual|always|discussed|agreed|mentioned|planned|per|of|a\s+result\s+of\s+the\s+(?:meeting|sync))\b)(?:\S+\s+){1,8}(?:is|are|was|were|has|have|had|would|will|can'?t|cannot|doesn'?t|don'?t|won'?t|needs?|only|require|requires|expect|expects|want|wants|use|uses|told|asked|prefer|prefers)\b`,
  String.raw`\b(?:would|will|'d)\s+(?:need|take|cost|require|mean|force|add|break|double|save|slow|delay|confuse|block)\b`,
  String.raw`\bcan'?t\s+(?:afford|absorb|finish|staff|support|maintain|make\s+it|be\s+done|keep\s+up|do\s+both|do\s+it\s+all|fit|handle)\b`,
  String.raw`\b(?:we|they)\s+(?:don'?t|do\s+not)\s+want\s+to\b|\balready\s+(?:let|lets|does|do|covers?|handles?|supports?|solves?|provides?)\b`,
  String.raw`${NOT_THE_ACTION}to\s+(?:cut|stop|prevent|protect|support|match|comply|allow|let|give|make\s+sure|ensure|limit|reduce|avoid|keep|save|free|finish|complete|learn|test|validate|focus|unblock|simplify)\b`,
  String.raw`\b(?:exists?|is\s+there)\s+(?:to|because)\b|\breplaces\b`,
  String.raw`\b(?:experiment|a/b\s+test|pilot|trial|survey|interviews?|research|test\s+sessions?|usability\s+tests?)\s+(?:showed|shows|found|results?|says)\b|\b(?:converted|performed|tested|scored)\s+(?:worse|better|higher|lower)\b`,
  String.raw`(?:^|[.!?;:]\s+)(?:option\s+\w+|the\s+(?:alternative|other\s+option|old\s+one|new\s+one|current\s+one|other\s+one))\s+(?:needs|requires|would|costs|takes|is|has|had|was)\b`,
  String.raw`\bas\s+(?:it|it'?s|we|we'?re|they|this|that|there'?s?|our)\b`,
  String.raw`\bbased\s+on\b`,
  String.raw`\busage\s+(?:dropped|fell|is|was|went|has\s+dropped)\s+(?:below|under|to|down)\b|\b(?:dropped|fell)\s+(?:below|under)\b`,
  String.raw`\band\s+(?:it|this|that)\s+(?:blocks|costs|takes|needs|requires|breaks|slows)\b`,
  String.raw`\bas\s+(?:the|our|its|their|this|that|these|those)\s+(?:\w+\s+){0,4}\w+s\b`,
  String.raw`\bcovers?\s+(?:the|this|that|our|most|all|their|\d+%)\s+(?:of\s+the\s+)?(?:use\s+cases?|needs?|cases?|requests?|scenarios?)\b`,
  String.raw`\bnone\s+of\s+(?:the|our|them|these|those)\b|\b(?:we|they|it)\s+already\s+(?:have|has|use|uses|run|runs|own|support|supports|know|knows)\b|\b(?:told|showed|taught|asked)\s+us\b`,
  String.raw`,\s*so\s+(?:\w+\s+){1,2}(?:stay|stays|remain|remains|can|can'?t|don'?t|doesn'?t|won'?t|keep|keeps|get|gets|have|has|need|needs)\b`,
  String.raw`\bso\s+(?:that\s+)?(?:clients|customers|users|nobody|no\s+one|people|support|everyone|partners)\b`,
  String.raw`,\s*so\s+(?:that\s+)?(?:the|we|they|it|our|clients|customers|users|nobody|no\s+one|people|support|everyone|there)\b`,
  String.raw`(?:^|[.!?;:]\s+|,\s+)(?:it|this|that|they|there|which)\s+(?:would|will|'?d|doubles?|adds?|costs?|takes?|needs?|requires?|means?|gives?|saves?|breaks?|blocks?|tested|performed|works|worked|made|makes|covers?|overlaps?|is\s+(?:cheaper|simpler|faster|safer|easier|better|enough|the\s+only)|was\s+(?:cheaper|simpler|faster|safer|easier|better))\b`,
  String.raw`\b(?:is|are)\s+(?:enough|sufficient|good\s+enough)\s+for\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:needs|uses|used|asked|wants|requested|opened|has\s+(?:used|opened|asked))\b|\bchurned\b`,
  String.raw`\b(?:overlaps?\s+with|duplicates|covered\s+by|superseded\s+by|replaced\s+by|end[- ]of[- ]life|by\s+design)\b`,
  String.raw`(?:^|\n)\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*)?(?:why|reason|reasons|rationale|context|motivation|because)\s*\*?\s*(?:\n|:|$)`,
  String.raw`\b(?:due\s+to|given\s+(?:that|the|our|how|only|most|many|few|\d+|it|its|this|these|those|we|they|there|all|no)|owing\s+to|in\s+light\s+of|on\s+account\s+of|thanks\s+to)\b`,
  String.raw`\b(?:so\s+that|in\s+order\s+to)\b|${NOT_THE_ACTION}(?:to\s+avoid|to\s+keep|to\s+reduce|to\s+save|to\s+unblock|to\s+simplify|to\s+stay|to\s+minimi[sz]e|to\s+limit|to\s+focus|to\s+free\s+up|to\s+get\s+\w+\s+(?:out|faster|sooner))\b`,
  String.raw`\b(?:reason|rationale|why|reasoning|motivation|justification)\s*(?:is|was|being|:|—|-)`,
  String.raw`\bthe\s+(?:main\s+)?reason\b`,
  String.raw`\bfor\s+(?:simplicity|performance|consistency|security|cost|compliance|privacy|legal|now,\s+since)\b`,
  String.raw`\b(?:instead\s+of|rather\s+than|over\s+(?:option|the\s+alternative)|outweighs?|trade-?off|not\s+worth|doesn'?t\s+justify|does\s+not\s+justify|isn'?t\s+worth|too\s+(?:costly|expensive|risky|slow|complex|much))\b`,
  String.raw`\b(?:cheaper|simpler|faster|safer|easier|smaller|lighter|more\s+\w+|less\s+\w+)\s+(?:than|to|and|for|per|in|overall)\b`,
  String.raw`\b(?:we'?re|we\s+are)\s+(?:focusing|focussing|prioriti[sz]ing|concentrating)\s+on\b`,
  String.raw`\bfocus(?:ing)?\s+(?:is|on)\b`,
  String.raw`\b(?:which|that)\s+(?:means|gives|avoids|keeps|lets|saves|removes|halves|cuts|reduces|unblocks|matches|fits)\b`,
  String.raw`\b(?:the\s+)?(?:data|numbers|metrics|usage|research|interviews|survey|benchmark|benchmarks|results|feedback)\s+(?:show|shows|showed|says|said|suggest|suggests|indicated|indicates)\b`,
  String.raw`\bonly\s+(?:\d+|a\s+(?:few|handful)|one|two|three)\b[^.?!\n]{0,40}\b(?:users?|customers?|clients?|partners?|teams?|people|requests?|accounts?|tenants?|visits?|calls?)\b`,
  String.raw`\b(?:low|no|little)\s+(?:usage|demand|impact|value|adoption)\b`,
  String.raw`\b(?:doesn'?t|does\s+not|don'?t|won'?t|will\s+not)\s+(?:fit|align|scale|meet|move\s+the\s+needle|justify|pay\s+off)\b`,
  String.raw`\b(?:out\s+of\s+scope|not\s+in\s+scope)\s+(?:for|this)\b`,
  String.raw`\s(?:—|–|--)\s+\w|\s-\s+(?:we'?re|we|it|the|this|our|too|not|no|only|users?|usage)\b`,
  String.raw`\bso\s+(?:we|that)\b`,
  String.raw`\bto\s+(?:meet|hit|make)\s+(?:the\s+)?(?:deadline|date|release|launch)\b`,
  // reasons given in passing: capacity, evidence, the cost of the other option, what the other option
  // lacks, who owns it, what the rules say
  String.raw`\b(?:fully\s+booked|no\s+(?:capacity|bandwidth|budget|headcount)|(?:busy|booked|tied\s+up|swamped)\s+with|at\s+capacity|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have\s+(?:the\s+|that\s+|a\s+|enough\s+)?(?:capacity|bandwidth|people|person|budget|headcount|staff|expertise))\b`,
  String.raw`\bthe\s+(?:[\w-]+\s+){0,2}?(?:one|option|alternative|approach|version|route)\s+(?:needs|requires|would|costs|takes|means|adds|breaks|doesn'?t|didn'?t|can'?t|won'?t|failed)\b`,
  // a share starts where its number starts: from every digit of a long run it was quadratic
  String.raw`\b(?:under|below|less\s+than|fewer\s+than|only|just|barely)\s+~?\d+(?:\.\d+)?\s*%|(?<!\d)~?\d+(?:\.\d+)?\s*%\s+of\s+(?:\w+\s+){0,2}?(?:sessions|users|traffic|downloads|customers|revenue|visits|installs|sign-?ups|tickets|incidents|work|admins|accounts|companies|teams|people|merchants|orders|calls|requests)\b|\b(?:use|uses|used)\s+it\s+(?:daily|weekly|monthly|every|all\s+the\s+time|a\s+lot|regularly)\b`,
  String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|half|all)\s+(?:out\s+)?of\s+(?:the\s+)?(?:last\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\b|\b\d+\s+in\s+\d+\b(?!\s+(?:days?|weeks?|months?|hours?|minutes?|years?|sprints?)\b)`,
  String.raw`\b\d+(?:[-–]\d+)?\s+(?:\w+\s+){0,2}(?:incidents?|tickets?|complaints?|calls|errors?|failures?|deletions?|outages?|bugs|mistakes|escalations?|refunds?|chargebacks?|requests?)\s+(?:a|per|every|each)\s+(?:day|week|month|quarter|year)\b`,
  String.raw`\b(?:failed|passed|didn'?t\s+pass|flunked)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:audit|review|test|tests|check|benchmark|evaluation|pilot|trial)\b|\btested\s+(?:fine|well|ok|badly|poorly)\b`,
  String.raw`\b(?:is|'s|would\s+be|was)\s+(?:a|an)\s+(?:\w+[- ])?(?:week|month|day|sprint|quarter)[- ](?:long\s+)?(?:job|effort|project|rewrite|task)\b|\balone\s+(?:is|are|takes|take|would\s+take|costs?)\b|\bestimated\s+at\b|\b(?:a|an|one|two|three|four|six|several)\s+(?:full\s+)?(?:weeks?|months?|sprints?|quarters?)\s+of\s+(?:work|effort|dev|development|engineering)\b|\b(?:takes|would\s+take|needs|requires)\s+(?:about\s+|around\s+|~|over\s+|at\s+least\s+)?(?:\d+|a|an|two|three|four|six|several)\s+(?:weeks?|months?|sprints?|quarters?)\b`,
  String.raw`\b(?:ops|operational|maintenance|on-?call|support)\s+(?:work|burden|overhead|cost|load|toil)\b`,
  String.raw`\b(?:couldn'?t|could\s+not)\s+(?:keep\s+up|cope|handle|afford|absorb|support|maintain)\b|\bwe\s+tried\s+(?:\w+\s+){0,4}(?:and|but)\b`,
  String.raw`\b(?:doubles|triples|halves|quadruples|doubled|tripled|halved)\s+(?:our|the)\b|\b(?:added|adds|would\s+add)\s+~?\d+(?:\.\d+)?\s*(?:kb|mb|ms|s|seconds|%)|\b(?:they|we|users|customers|support|sales|everyone|people|most|team)\s+preferred\b|\bmakes?\s+(?:this|it|that)\s+(?:obsolete|redundant|unnecessary|moot|irrelevant)\b`,
  String.raw`\b(?:tanked|hurt|killed|dropped|halved|doubled|cut|lowered|raised|increased|decreased|reduced)\s+(?:our\s+|the\s+)?(?:\w+\s+)?(?:engagement|conversion|retention|sign-?ups|sales|revenue|usage|churn|traffic|nps|csat|tickets|complaints|load|latency|costs?)\b`,
  String.raw`\b(?:deciding|decisive|tipping)\s+factor\b|\btie-?breaker\b|\bswung\s+it\b|\btipped\s+(?:it|the\s+balance|the\s+scales)\b`,
  String.raw`\b(?:depends|depend|relies|rely)\s+on\b|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:\w+\s+)?support\s+[^.\n]{1,30}\byet\b|\b(?:needs?|requires?)\s+an?\s+[^.\n]{1,40}\b(?:we|that\s+we)\s+(?:haven'?t|don'?t|do\s+not|didn'?t)\s+(?:\w+\s+)?(?:built|have|support|own)\b|\b(?:can'?t|cannot|won'?t|doesn'?t|don'?t)\s+(?:\w+\s+){0,4}(?:until|before)\s+(?:q[1-4]|next|the\s+end|january|february|march|april|may|june|july|august|september|october|november|december|summer|spring|autumn|winter)\b`,
  String.raw`\b(?:they|we|who)\s+(?:already\s+)?own\s+(?:the|that|this|it)\b|\b(?:everyone|the\s+(?:whole\s+)?team|we\s+all)\s+(?:on\s+the\s+team\s+)?(?:already\s+)?(?:knows?|uses?|has\s+experience)\b`,
  String.raw`\bno\s+(?:point|sense|reason|use)\s+(?:in\s+)?\w+ing\b|\b(?:nobody|no\s+one)\s+(?:really\s+)?(?:has\s+)?(?:wants|needs|uses|used|asked|asked\s+for|opened|visited|clicked|touched|requested)\b`,
  String.raw`\b(?:covers|supersedes|replaces|obsoletes|solves)\s+(?:this|that|it|the\s+(?:same|use\s+case))\b`,
  String.raw`\b(?:is|are)\s+(?:still\s+)?(?:experimental|unmaintained|deprecated|in\s+beta|unstable|flaky|buggy|immature|abandoned)\b|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be|not)\s+(?:yet\s+)?ready\b|\b(?:won'?t|will\s+not|can'?t|isn'?t|aren'?t)\s+(?:\w+\s+){0,6}in\s+time\b`,
  String.raw`\b(?:count|counts|qualify|qualifies|classed|classified)\s+as\b|\bunder\s+(?:the\s+)?(?:new\s+)?(?:\w+\s+)?(?:rules|law|laws|regulations?|gdpr|policy|terms|contract)\b`,
  String.raw`\b(?:would|will|'d)\s+be\s+(?:a\s+|an\s+)?(?:second|another|extra|too|overkill)\b|\ba\s+(?:tenth|third|quarter|fraction)\s+of\b|\b(?:still|keeps?)\s+(?:fails?|failing|chokes?|breaks?|crashes?|times?\s+out)\b`,
  String.raw`\b(?:partners?|customers?|clients?|users?|teams?|tenants?)\s+(?:still\s+)?(?:haven'?t|have\s+not|hasn'?t|didn'?t|can'?t)\s+(?:\w+\s+)?(?:migrated|upgraded|moved|switched|adopted)\b`,
  String.raw`\b(?:tests?|testing|experiments?|pilots?|trials?|surveys?|interviews?|research|data|numbers|metrics|analytics|logs|benchmarks?|stud(?:y|ies))\s+(?:showed|shows|show|found|find|proved|suggested|suggest|suggests|confirmed|confirm|indicated)\b`,
  String.raw`\b(?:doesn'?t|does\s+not|don'?t|do\s+not|can'?t|cannot)\s+(?:\w+\s+)?support\b|\btoo\s+(?:many|few|late|big|long|buggy|unreliable|early)\b`,
  String.raw`\b(?:bitten|burned|burnt)\s+us\b|\boverkill\b|\b(?:has|have)\s+been\s+(?:flat|stable|green|quiet|zero)\s+for\b`,
  String.raw`\b(?:finance|support|sales|legal|ops|marketing|design|qa|the\s+team|customers|users|they)\s+(?:can'?t|cannot|couldn'?t|won'?t\s+be\s+able\s+to)\b|\b(?:\d+|two|three|four|five|several|many)\s+(?:customers?|users?|teams?|clients?|tenants?|partners?)\s+(?:are|is|were|have\s+been)\s+(?:blocked|waiting|stuck|affected|asking)\b`,
]);

/** Wording that keeps the choice open: proposals and pending calls. */
const OPEN = cues([
  String.raw`\b(?:should|could|shall|can)\s+we\b`,
  String.raw`\b(?:haven'?t|have\s+not|hasn'?t|not\s+yet|yet\s+to\s+be|still\s+need\s+to|need\s+to|needs\s+to\s+be|to\s+be|pending|awaiting|no)\s+(?:been\s+)?(?:decided|decision|agreed|chosen|settled)\b`,
  String.raw`\b(?:i\s+(?:propose|suggest|think\s+we\s+should|would\s+suggest|'?d\s+suggest|recommend)|my\s+(?:proposal|suggestion|vote)|proposal\s*:|what\s+if\s+we|how\s+about)\b`,
  String.raw`\b(?:tbd|to\s+be\s+decided|decision\s+needed|needs\s+a\s+decision|up\s+for\s+discussion)\b`,
  String.raw`\bdecided\s+nothing\b|\bnothing\s+(?:was\s+|got\s+)?decided\b|\bno\s+decision\s+(?:was\s+)?made\b`,
  String.raw`\b(?:let'?s|lets)\s+(?:decide|discuss|talk|sync|revisit)\b`,
  String.raw`\b(?:if\s+we\s+decide|once\s+we\s+decide|when\s+we\s+decide|before\s+we\s+decide|whether\s+to)\b`,
  String.raw`\b(?:if|unless|whether)\s+we\s+(?:go|decide|pick|choose|drop|keep|opt|stick)\b`,
  String.raw`\b(?:decision|call)\s+is\s+(?:yours|up\s+to)|\byour\s+call\b|\bup\s+to\s+you\b|\b(?:my|our)\s+recommendation\b`,
  // "Going with option B would need…" weighs an option instead of taking it
  String.raw`(?:^|[.!?\n]\s*)(?:going|sticking|switching|moving)\s+(?:with|to)\s+[^.?!\n]{1,40}?\s+(?:would|could|might)\b|\bgo(?:ing)?\s+with\s+the\s+flow\b`,
]);

/** A choice put up for approval is still open: "I went with the defaults. Is that ok?" */
const ASKING_APPROVAL =
  /\b(?:is\s+(?:that|this)|would\s+(?:that|this)\s+be|hope\s+(?:that'?s|this\s+is))\s+(?:ok|okay|fine|alright|acceptable)\b|\b(?:any\s+)?objections\s*\?|\bthoughts\s*\?/i;

const HEADING =
  /^\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*)?(?:decision|decisions|outcome|resolution|conclusion|decided)(?:\s+(?:of|from)\s+[^:\n]{1,40})?\s*\*?\s*:?\s*$/i;

const SENTENCE_END = /(?<=[.!?])\s+|\n+/;

// A setting changed with its cause ("Dropped the pool size to 10 since…") is an implementation step, and
// keeping a ticket open or moving a meeting is logistics; an explicit choice verb still makes either a
// decision.
const SETTING_CHANGE = /\b(?:dropped|bumped|raised|lowered|reduced|increased|set|changed|upped|cut|moved)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:to|from)\s+~?\d/i;
const LOGISTICS =
  /\b(?:keep(?:ing)?|leav(?:e|ing))\s+(?:this|it|the\s+(?:ticket|issue|pr|story))\s+open\b|\b(?:postpon\w+|mov\w+|push\w*|cancel\w*|reschedul\w+|shift\w*)\s+(?:the\s+|our\s+|today'?s\s+|tomorrow'?s\s+|this\s+week'?s\s+)?(?:\w+\s+)?(?:standup|stand-up|meeting|sync|retro|demo|1:1|one-on-one|planning|lunch|offsite|all-hands|call)\b/i;
const CHOICE = /\b(?:decided|decide|agreed|chose|chosen|opted|settled|voted)\b/i;

// After the decision itself, a colon, semicolon or dash often introduces the why: "we're cutting the
// teams feature: none of the companies we spoke to have more than one admin".
const EXPLAINING_BREAK = /[:;—–]|\s-\s/g;
const CLAUSE_WORDS = /[a-z0-9%']+/gi;

function explainedAfterMarker(sentence: string): boolean {
  const marker = MADE.exec(sentence);
  if (marker === null) return false;
  const rest = sentence.slice(marker.index + marker[0].length);
  EXPLAINING_BREAK.lastIndex = 0;
  for (let m = EXPLAINING_BREAK.exec(rest); m !== null; m = EXPLAINING_BREAK.exec(rest)) {
    // A break right after the marker ("Decision: …") opens the decision, not its reason.
    if (m.index < 12) continue;
    const clause = rest.slice(m.index + m[0].length);
    if ((clause.match(CLAUSE_WORDS)?.length ?? 0) >= 5) return true;
  }
  return false;
}

/** Whether a text records a decision and why it was made. */
export function isDecision(text: string, _options?: ClassifyOptions): boolean {
  const prose = proseOf(text);
  if (!MADE.test(prose) || ASKING_APPROVAL.test(prose)) return false;
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
    if (!CHOICE.test(sentence) && (SETTING_CHANGE.test(sentence) || LOGISTICS.test(sentence))) continue;
    if (explainedAfterMarker(sentence)) return true;
    const window = sentences.slice(Math.max(0, i - 1), i + 3).join(' ');
    if (REASON.test(window)) return true;
    // A heading like "Decision:" on its own line carries its content on the next lines.
    if (/[:\-—–]\s*$/.test(sentence) && REASON.test(sentences.slice(i + 1, i + 5).join(' '))) return true;
  }
  return false;
}
