// Reads the emotional tone of one tracker text as an engineer would: most technical writing is neutral,
// defect reports included ("fails on null", "kill the process"); negative means the writer shows
// annoyance, sarcasm, blame or resignation; positive means sincere thanks, praise or enthusiasm.
import { cues } from './cues';
import { proseOf } from './prose';
import type { ClassifyOptions, Tone } from './types';
import { PHRASE_STARTS, TONE_SYMBOLS, TONE_WORDS } from './tone-lexicon';

// ---------------------------------------------------------------------------------------------------
// Cues: phrases that carry the feeling on their own, whatever the single words score.

/** Sarcasm: praise words aimed at something bad. A match also cancels the praise words' score. */
const SARCASM = cues([
  String.raw`\b(?:oh\s+)?(?:great|wonderful|fantastic|awesome|perfect|brilliant|lovely|nice|amazing|splendid|yay|cool)\s*[,.!…]+\s*(?:yet\s+)?(?:another|again|more)\b`,
  String.raw`\boh\s+(?:great|joy|good|wonderful|perfect|fantastic|nice|lovely|cool)\b`,
  String.raw`\bthanks\s+for\s+nothing\b`,
  String.raw`\byeah,?\s+right\b`,
  String.raw`\bwhat\s+a\s+(?:surprise|shock|shocker|concept|novel\s+idea)\b`,
  String.raw`\bsurprise,?\s+surprise\b`,
  String.raw`\b(?:because|since)\s+(?:that|this|it)\s+(?:worked|went)\s+(?:so\s+)?well\b`,
  String.raw`\bhow\s+(?:convenient|nice|lovely|original|shocking)\b`,
  String.raw`\b(?:love|just\s+love|gotta\s+love|i\s+love)\s+(?:it\s+)?(?:how|when|that)\b.{0,60}\b(?:again|broke|breaks|break|fail|fails|failing|crash|crashes|another|every\s+time|always|never)\b`,
  String.raw`\b(?:nice|great|good)\s+(?:job|work)\s+(?:breaking|deleting|ignoring|removing|on\s+breaking)\b`,
  String.raw`\bclearly\s+(?:nobody|no\s+one|someone\s+didn't)\b`,
  String.raw`\bwho\s+(?:could\s+have|would\s+have)\s+(?:guessed|thought|predicted)\b`,
  String.raw`\bshocking(?:ly)?,?\s+(?:i\s+know|nobody|no\s+one)\b`,
  String.raw`\b(?:thanks|thank\s+you)\s+for\s+(?:breaking|deleting|ignoring|wasting|ruining|nothing|taking\s+down|reverting\s+my)\b`,
  String.raw`\bapparently\b[^.!?\n]{0,60}\b(?:(?:is|are)\s+optional|optional\s+now|doesn'?t\s+matter|don'?t\s+matter|not\s+a\s+thing|nobody|no\s+one)\b`,
  String.raw`\b(?:sure|yeah|right|oh\s+sure)\s*,\s*(?:let'?s|because|that'?ll|that\s+will|why\s+not)\b[^.!?\n]{0,60}\b(?:again|another|more|fourth|third|fifth|sixth|faster|better)\b`,
  // "is" at a word's start, not after any whitespace: "\s+is" rescanned each run of spaces from every space
  String.raw`(?:'s|\bis)\s+the\s+charm\b`,
  String.raw`\bjust\s+wow\b`,
  // scare quotes around what was promised: this 'feature', the 'quick fix', a 'temporary' workaround
  String.raw`['"‘“](?:feature|fix|fixed|improvement|quick|quick\s+fix|quick\s+win|quick\s+tasks?|small|small\s+change|easy|temporary|simple|upgrade|stable|urgent|minor|enhancement|refactor(?:ing)?|cleanup|optimi[sz]ation|just\s+a\s+\w+|works|tested|done|agile|priority|in\s+progress|on\s+track|soon|next\s+sprint|high\s+priority|top\s+priority|best\s+practices?|communication|process|planning|hotfix|reviewed|documented|self-explanatory|intuitive|seamless|simple\s+fix|small\s+tweak|minor\s+change|late|ready|finished|supported|improved|simplified|streamlined|just\s+[a-z][^'"’”\n]{0,30})['"’”]`,
  // "another week, another outage"; "progress, I guess"; "Shame nobody checked it on a laptop."
  String.raw`\banother\s+\w+\s*,\s*another\b|\b(?:cool[,.!]?\s+cool|great[,.!]?\s+great|perfect[,.!]?\s+perfect|awesome[,.!]?\s+awesome)\b`,
  String.raw`\b(?:progress|innovation|efficiency|agile|teamwork|great|fun|nice|cool)\s*,?\s*i\s+guess\b`,
  // politeness that is the complaint: "Would be great if it didn't take an escalation to get it fixed."
  String.raw`\b(?:would\s+be|it'?d\s+be)\s+(?:great|nice|good|lovely|helpful)\s+if\s+(?:\w+\s+){0,3}(?:didn'?t|did\s+not|actually|for\s+once|at\s+least|once)\b`,
  String.raw`\b(?:sure|right|ok|okay|fine)\s*,\s*(?:i'?ll|we'?ll|let\s+me)\s+just\b|\b(?:love|loving|just\s+love|gotta\s+love)\s+(?:finding\s+out|hearing|learning|discovering|getting|waking\s+up\s+to|being\s+told)\b`,
  String.raw`(?:^|[.!?]\s+)(?:shame|pity|too\s+bad)\s+(?:that\s+)?(?:nobody|no\s+one|it\s+(?:doesn'?t|does\s+not|didn'?t)|they|you|we)\b`,
]);

/** Exasperation, blame and resignation. */
const GRIEVANCE = cues([
  // exasperation
  String.raw`\bwhy\s+(?:is|are|does|do|did|would|on\s+earth|the\s+hell|tf)\b[^.?!\n]{0,60}\b(?:still|again|always|ever|never|every\s+time)\b`,
  String.raw`\b(?:still|again|yet\s+again|once\s+again)\s*[?!]{2,}`,
  String.raw`\bhow\s+many\s+(?:more\s+)?times\b`,
  String.raw`\bfor\s+the\s+(?:\w+\s+)?(?:(?:\d+|hundred|hundredth|millionth|nth|umpteenth|fifth|tenth|third|fourth)(?:th|rd|nd|st)?)\s+time\b`,
  String.raw`\b(?:are\s+you|you\s+(?:must\s+be|gotta\s+be))\s+(?:kidding|joking|serious)\b`,
  String.raw`\bseriously\s*[?!,]`,
  String.raw`\bcome\s+on\s*[,.!]`,
  String.raw`\bfor\s+(?:god'?s|heaven'?s|pete'?s|crying\s+out\s+loud|f\w*'?s)\s+sake\b`,
  String.raw`\b(?:this|that|it)\s+is\s+(?:just\s+|so\s+|really\s+|getting\s+|beyond\s+)?(?:ridiculous|absurd|insane|unacceptable|a\s+joke|embarrassing|a\s+mess|a\s+nightmare|painful|exhausting|silly|maddening|frustrating|annoying|old)\b`,
  String.raw`\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|really\s+|getting\s+|pretty\s+|quite\s+)?(?:tired|sick|fed\s+up)\s+(?:of|with)\b`,
  String.raw`\bwaste\s+of\s+(?:my\s+|our\s+|everyone'?s\s+|a\s+|the\s+|a\s+whole\s+)?(?:time|sprint|day|week|effort|money|meeting|quarter)\b`,
  String.raw`\b(?:losing|lost|running\s+out\s+of|out\s+of)\s+(?:my\s+|all\s+)?patience\b`,
  String.raw`\b(?:getting|got|gotten|is)\s+out\s+of\s+hand\b`,
  String.raw`\bhow\s+(?:did|does|could|can)\s+(?:this|that|it|something\s+like\s+this)\s+(?:\w+\s+)?(?:pass|get\s+past|get\s+through|make\s+it|get\s+merged|be\s+merged|ship|go\s+out)\b`,
  String.raw`\bmakes?\s+(?:absolutely\s+)?no\s+sense\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:ever\s+)?asked\s+for\b`,
  String.raw`\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth)\s+(?:\w+\s+)?in\s+a\s+row\b`,
  String.raw`\bstep\s+backwards?\b|\ba\s+step\s+back\b`,
  String.raw`\bwhy\s+(?:on\s+earth|the\s+hell|tf|would\s+anyone|would\s+you\s+(?:ever\s+)?(?:remove|change|break|do|delete|drop|ship|make))\b`,
  String.raw`(?:^|[.!?]\s+)really\s*\?`,
  String.raw`\bi\s+wish\s+(?:someone|somebody|anyone|you|they|people)\s+(?:had|would\s+have)\b`,
  String.raw`\bcost\w*\s+(?:us|me|everyone|my\s+team)\s+(?:(?:a|an|the|two|three|\d+)\s+)?(?:whole\s+|full\s+|entire\s+)?(?:hours?|days?|weeks?|evening|morning|afternoon|weekend|night|sprint)\b`,
  String.raw`(?:^|[.!?]\s+)fine\s*[.!]\s*$`,
  String.raw`\bhow\s+(?:this|that|it)\s+(?:ever\s+)?(?:passed|got\s+past|got\s+through|got\s+merged|was\s+merged|was\s+approved|shipped)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:even\s+)?(?:bothered|cared|bothers|thought\s+to|explained|replied|asked\s+us|mentioned|documented|warned|told\s+(?:us|me|anyone))\b`,
  String.raw`\b(?:ignores?|ignored|ignoring)\s+(?:everything|all|every\s+\w+)\s+(?:we|that\s+we|i|you)\b`,
  String.raw`\bwasted\s+(?:my|our|a|the|half|two|three|another)\b[^.?!\n]{0,20}\b(?:day|days|hours?|week|afternoon|morning|time)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:reads|listens|cares|bothers|tests|tested|checked|looked|answers|answered|replies|replied|responds|responded)\b`,
  String.raw`\bwhat\s+a\s+(?:mess|joke|nightmare|disaster|waste)\b`,
  String.raw`\b(?:ugh+|argh+|grr+|sigh+|smh|ffs|wtf|omfg|facepalm)\b`,
  String.raw`\bnot\s+again\b`,
  String.raw`\bevery\s+(?:single\s+)?(?:time|release|sprint|week)\b[^.?!\n]{0,40}\b(?:same|again|breaks|broken)\b`,
  String.raw`\b(?:driving|drives)\s+me\s+(?:crazy|nuts|mad)\b`,
  String.raw`\bi\s+can'?t\s+believe\b`,
  String.raw`\bsick\s+and\s+tired\b`,
  String.raw`\bat\s+this\s+point\b[^.?!\n]{0,40}\b(?:why|whatever|pointless|give\s+up|don'?t\s+care)\b`,
  // blame
  String.raw`\byou\s+(?:guys\s+|people\s+|folks\s+)?(?:broke|keep\s+breaking|have\s+broken|just\s+broke|clearly\s+didn'?t|obviously\s+didn'?t|didn'?t\s+(?:even\s+)?(?:read|test|bother|check|look|listen)|never\s+(?:test|read|listen|check)|don'?t\s+(?:even\s+)?(?:read|test|listen|care))\b`,
  String.raw`\b(?:who|which\s+genius)\s+(?:wrote|approved|merged|thought|decided)\b[^.?!\n]{0,50}\?`,
  String.raw`\bdid\s+(?:anyone|anybody|nobody)\s+(?:even\s+|actually\s+)?(?:test|read|look|check|try|run)\b[^.\n]{0,40}\?`,
  String.raw`\bdid\s+you\s+(?:even|actually|ever)\s+(?:test|read|look|check|try|run)\b`,
  String.raw`(?:^|[.!?\n]\s*)typical(?:ly)?\s*[.!]`,
  String.raw`\b(?:please\s+)?stop\s+(?:pretending|ignoring|closing|changing|moving|adding|pushing|blaming|asking\s+us|merging|breaking|skipping|force[- ]pushing)\b`,
  String.raw`\bwhat'?s\s+the\s+point\b`,
  String.raw`\bwhy\s+(?:do|does|are|did)\s+(?:we|they|you|people|product|management)\s+(?:even|keep|always)\b`,
  String.raw`\b(?:i'?m|i\s+am|we'?re)\s+done\s+(?:arguing|discussing|fighting|explaining|trying|asking|chasing)\b`,
  String.raw`\b(?:my|our|engineering'?s?)\s+(?:opinion|input|voice|feedback|view|estimate)s?\s+(?:doesn'?t|does\s+not|don'?t|never)\s+(?:count|matter)\b`,
  String.raw`\bslap\s+in\s+the\s+face\b`,
  String.raw`\bnot\s+what\s+(?:we|i|you|they)\s+(?:discussed|agreed|asked\s+for|wanted|requested|specified|signed\s+up\s+for)\b`,
  String.raw`\b(?:again|once\s+more),?\s+i\s+have\s+to\s+(?:ask|say|remind|repeat|explain)\b|\bi\s+have\s+to\s+(?:ask|say|remind\s+you|repeat)\s+(?:this\s+)?again\b`,
  String.raw`\b(?:this|that)\s+is\s+not\s+how\s+(?:you|we|one)\s+(?:treat|handle|do|run|talk|work)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:seems\s+to|ever|even|really)\s+(?:care|cares|read|reads|listen|listens|answer|answers|respond|responds|own|owns|know|knows|look|looks)\b`,
  String.raw`\b(?:asked|said|told|explained|reported|mentioned|raised)\s+(?:this|it)?\s*(?:twice|three\s+times|\d+\s+times|several\s+times|multiple\s+times|many\s+times|so\s+many\s+times)\b`,
  String.raw`\b(?:is|was)\s+the\s+(?:third|fourth|fifth|tenth|nth|umpteenth|\d+(?:rd|th))\s+time\b`,
  String.raw`\b(?:your|their|his|her)\s+(?:change|commit|pr|pull\s+request|merge|patch|refactor|team)\s+(?:broke|has\s+broken|just\s+broke|keeps\s+breaking)\b`,
  String.raw`\b(?:thanks|thank\s+you)\s+to\s+(?:you|whoever|someone|the\s+\w+\s+team)\b[^.!?\n]{0,40}\b(?:broken|broke|down|fails?|failing|gone|lost)\b`,
  String.raw`\bnot\s+(?:my|our)\s+(?:fault|problem)\b`,
  String.raw`\b(?:as\s+usual|like\s+always|as\s+always)\s*[,.!]?\s*(?:nobody|no\s+one|it|the|they|we|you)?\b[^.?!\n]{0,30}\b(?:broke|broken|late|ignored|fails?|failing|missed)\b`,
  // resignation
  String.raw`(?:^|[.!?\n]\s*)whatever\s*[,.!]`,
  String.raw`\bwhatever\s*[,.]?\s*(?:ship|merge|do|just|i\s+don'?t|you|close)\b`,
  String.raw`\bi\s+(?:give|gave)\s+up\b`,
  String.raw`\b(?:doesn'?t|does\s+not|don'?t)\s+matter\s+what\s+(?:i|we)\s+(?:think|say|want)\b`,
  String.raw`\b(?:why|what'?s\s+the\s+point)\s+(?:do\s+i|did\s+i|should\s+i|even)\s+(?:even\s+)?(?:bother|try|ask|say)\b`,
  String.raw`\bwhy\s+(?:do|did)\s+i\s+even\b`,
  String.raw`\b(?:don'?t|do\s+not)\s+(?:even\s+|really\s+)?care\s+any\s*more\b`,
  String.raw`\bnot\s+my\s+problem\s+any\s*more\b`,
  String.raw`\bdo\s+(?:what|whatever)\s+you\s+want\b`,
  String.raw`\b(?:fine|ok|okay)\s*[,.]\s*(?:do|ship|merge|have)\s+it\s+your\s+way\b`,
  String.raw`\b(?:have|do)\s+it\s+your\s+way\b`,
  String.raw`\bforget\s+it\b`,
  String.raw`\bi'?m\s+(?:done|out)\s*(?:with\s+this|here)?\s*[.!]`,
  String.raw`\bno\s+(?:one|body)\s+(?:ever\s+)?(?:asks|asked|listens|listened)\b`,
  String.raw`\bwhat\s+do\s+i\s+know\b`,
  String.raw`\b(?:nothing|not)\s+(?:i|we)\s+can\s+do\s+about\s+it\s+anyway\b`,
  String.raw`\bi\s+(?:already|have\s+already)\s+(?:said|told|explained|asked)\b[^.?!\n]{0,30}\b(?:times|twice|before|again)\b`,
  String.raw`\b(?:as\s+i\s+(?:already\s+)?said|like\s+i\s+said)\s*(?:\w+\s+){0,2}(?:times|before|twice|already)\b`,
  // negativity without swear or cue words: recurrence, time lost, promises broken, giving up
  String.raw`\b(?:third|fourth|fifth|sixth|nth|umpteenth|\d+(?:rd|th))\s+time\s+(?:this|today|in\s+(?:a|two|three|\d+)|running|now|already|that)\b`,
  String.raw`\bfor\s+the\s+(?:\w+\s+)?(?:third|fourth|fifth|sixth|nth|umpteenth|\d+(?:rd|th))\s+(?:month|week|day|release|sprint|year|quarter)\s+(?:running|in\s+a\s+row)\b`,
  String.raw`\b(?:ate|eaten|eats|eating|killed|burned|burnt|blew|wasted|lost)\s+(?:up\s+)?(?:my|our|a|the)\s+(?:whole\s+|entire\s+|full\s+)?(?:afternoon|morning|day|evening|weekend|week|night|sprint|friday|monday)\b`,
  String.raw`\bso\s+now\s+(?:i|we|you|everyone)\s+(?:have\s+to|need\s+to|must|get\s+to|can'?t)\b`,
  String.raw`\bthe\s+same\s+(?:bug|issue|problem|error|question|questions|thing|story|mistake|conversation|discussion|crash)\s+(?:\w+\s+){0,2}(?:keeps|again|every|over\s+and\s+over|comes\s+back|came\s+back|coming\s+back)\b`,
  String.raw`\b(?:someone|somebody|anyone|people)\s+who\s+actually\s+(?:uses?|reads?|tests?|knows?|understands?|works?|cares?)\b`,
  String.raw`\b(?:asked|told|said|tried|rebased|restarted|reported|explained|reopened|pinged|re-?ran|retried|fixed|chased)\s+(?:\w+\s+){0,3}?(?:\d+|two|three|four|five|six|several|many|multiple)\s+times\s+now\b`,
  String.raw`\bnot\s+(?:thrilled|happy|pleased|impressed|amused|a\s+fan)\s+(?:that|about|with|to\s+see)\b`,
  String.raw`\bwhy\s+(?:i|we|they|you|people)\s+(?:even\s+)?(?:keep|still\s+bother|bother)\b`,
  String.raw`\bthe\s+(?:one|only)\s+(?:\w+\s+)?(?:thing|feature|item|request|bug|button)\s+(?:that\s+|we\s+|i\s+)?(?:didn'?t|did\s+not|wasn'?t|was\s+not|never|got\s+(?:cut|dropped))\b|\bthe\s+(?:one|only\s+one)\s+that\s+(?:got|was)\s+(?:cut|dropped|descoped)\b`,
  String.raw`(?:^|[.!?]\s+)again\s+with\s+the\b|(?:^|[.!?]\s+)again\s*[.!]|(?:^|[.!?]\s+)still\s+nothing\b`,
  String.raw`\b(?:don'?t|do\s+not)\s+have\s+the\s+(?:energy|patience|nerve|strength)\s+(?:to|for)\b`,
  String.raw`\bat\s+this\s+rate\b[^.?!\n]{0,60}\b(?:never|before|churn\w*|retire|dead|gone|give\s+up|by\s+the\s+time)\b`,
  String.raw`\b(?:can'?t|cannot)\s+(?:even\s+)?(?:tell|keep\s+track|follow|understand)\s+any\s*more\b`,
  String.raw`\b(?:i'?m|i\s+am)\s+not\s+going\s+to\s+keep\b`,
  String.raw`\b(?:please\s+)?stop\s+\w+ing\s+(?:me|us|my|our)\b`,
  String.raw`\b(?:nobody|no\s+one)\s+(?:will|is\s+going\s+to|would)\s+(?:ever\s+)?(?:read|care|bother)\b|\bdon'?t\s+think\s+(?:anyone|anybody)\s+(?:will|would|is\s+going\s+to)\s+(?:ever\s+)?(?:read|care|bother)\b`,
  String.raw`\b(?:weeks?|months?|days)\s+(?:\w+\s+){0,2}(?:for|on)\s+(?:a|an)\s+(?:one[- ]line|one-liner|trivial|tiny|two[- ]line|single[- ]line)\b`,
  String.raw`\b(?:keep|keeps|keeping|just)\s+(?:\w+\s+)?pretending\b|(?:^|[.!?]\s+)(?:and\s+)?here\s+we\s+are\b|\b(?:raised|reported|asked|mentioned|flagged)\s+(?:this|it)\s+(?:in|on|back\s+in)\s+\w+\.\s+and\s+(?:in|on|again)\b`,
  String.raw`\b(?:\d+|two|three|four|five|six|several)\s+(?:\w+\s+)?(?:hotfixes|rollbacks|incidents|outages|reverts|regressions|reopens)\s+(?:for|on|in)\b[^.\n]{0,40}\b(?:one|a|the\s+same|this|single)\s+(?:week|day|sprint|month|release)\b`,
  String.raw`\bwhat\s+the\s+point\s+(?:of\s+[^.?!\n]{1,40}\s+)?(?:is|was)\b|\bmore\s+time\s+\w+ing\b[^.\n]{0,40}\bthan\s+\w+ing\b`,
  String.raw`\b(?:third|fourth|fifth|sixth|nth|umpteenth|\d+(?:rd|th))\s+(?:meeting|call|sync|thread|ticket|time|round|reminder|discussion|attempt)\s+(?:about|on|for|in)\s+(?:the\s+)?same\b|\bsame\s+(?:comment|question|feedback|bug|issue|mistake|problem|thing)\s+(?:that\s+)?(?:i|we)\s+(?:left|gave|raised|reported|asked|made|said)\b[^.\n]{0,40}\b(?:last|previous|every|two|three|four|\d+)\b`,
  String.raw`\bor\s+is\s+\w+\s+the\s+\w+\s+(?:\w+\s+)?now\s*\?`,
  String.raw`\b(?:half|most|all)\s+(?:of\s+)?my\s+(?:week|day|sprint|month|morning|afternoon|weekend)\s+(?:went|was|got)\b[^.\n]{0,60}\b(?:cancelled|canceled|scrapped|thrown\s+away|binned|reverted|dropped|for\s+nothing|wasted)\b|\bjust\s+once\s+(?:i'?d|i\s+would|we|it\s+would)\b`,
  String.raw`\bexactly\s+what\s+(?:we|i|everyone)\s+(?:said|predicted|warned|feared|flagged)\b|\bnot\s+(?:blaming|pointing\s+fingers)\b[^.\n]{0,20}\bbut\b`,
  String.raw`\bwould(?:'ve|\s+have)\s+been\s+(?:nice|good|great|helpful)\s+to\s+(?:know|hear|be\s+told|be\s+asked|get\s+a\s+heads-?up|be\s+informed|be\s+consulted)\b`,
  String.raw`\b(?:find|found)\s+out\s+in\s+prod(?:uction)?\b|\bi\s+guess\b[^.\n]{0,60}\b(?:like\s+last\s+time|as\s+usual|as\s+always)\b|\bwhy\s+(?:does|do|is|are|must)\s+every\s+(?:single\s+)?\w+\s+[^?\n]{0,50}\bnow\s*\?`,
]);

/** Milder signs of frustration: worth something, but not enough alone. */
const MILD_GRIEVANCE = cues([
  String.raw`\bstill\s+(?:broken|not\s+(?:fixed|working|resolved)|doesn'?t\s+work|failing|happening|reproducible|an?\s+(?:issue|problem))\b`,
  String.raw`\b(?:open|broken|pending|waiting|waited|reported|unanswered)\s+(?:for\s+|since\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several)\s+(?:years?|months?)\b`,
  String.raw`\bwithout\s+(?:any\s+)?(?:notice|warning|telling\s+(?:anyone|us)|asking\s+(?:anyone|us|first|me)|a\s+word)\b`,
  String.raw`\bi\s+(?:have|need)\s+to\s+be\s+honest\b|\bto\s+be\s+(?:brutally\s+)?honest\b`,
  String.raw`\bi\s+wish\s+we\b`,
  String.raw`\bwhy\s+do\s+(?:we|i|you)\s+(?:even\s+)?need\s+(?:a|an|another|to)\b`,
  String.raw`\byet\s+another\b`,
  String.raw`\b(?:keeps?|kept)\s+(?:adding|changing|moving|ignoring|asking|breaking|pushing|skipping|forgetting|cancelling|canceling|reopening|closing|slipping)\b`,
  String.raw`\bis\s+(?:this|the)\s+(?:project|repo|library|package|thing)\s+(?:still\s+)?(?:maintained|alive|dead|abandoned)\b|\b(?:look(?:ing)?\s+elsewhere|look(?:ing)?\s+for\s+(?:an\s+)?alternatives?)\b`,
  String.raw`\bstill\s+(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+(?:shipped|fixed|released|done|heard|started|delivered|merged|reviewed|answered)\b|\b(?:do|does|did|are|is|can)\s+(?:we|you|they|anyone|this)\s+even\b`,
  String.raw`\b(?:pinging|bumping|following\s+up|chasing)\s+(?:this\s+|on\s+this\s+)?again\b|\bwithout\s+(?:a\s+(?:single\s+)?comment|an?\s+(?:explanation|reason))\b`,
  String.raw`\bonly\s+to\s+(?:find|discover|learn|realise|realize|see)\b|\bplease\s+just\b|\bwithout\s+a\s+single\s+(?:test|review|comment|word|reply|approval)\b`,
  String.raw`\bnot\s+(?:a\s+)?(?:fun|great|good|nice|pleasant)\s+(?:call|conversation|day|morning|week|experience|look)\b|\bhad\s+to\s+(?:explain|apologi[sz]e)\s+to\s+(?:a\s+|the\s+|our\s+|my\s+)?(?:customer|client|users?|management|boss)\b`,
  String.raw`\bthe\s+(?:one|only)\s+(?:\w+\s+)?(?:thing|button|feature|setting|option|shortcut|screen)\s+(?:that\s+)?(?:i|we|people|users|everyone)\s+(?:actually\s+)?(?:use|need)\b|\bexists?\s+for\s+a\s+reason\b`,
]);

/**
 * Waiting, broken promises and abandonment: mild too, but a different sign from the list above, so a
 * text with one of each ("No response in 6 weeks. Is this project still maintained?") reads negative.
 */
const STALE = cues([
  String.raw`\bno\s+(?:response|reply|answer|update|feedback|word)\s+(?:in|for|after|since)\s+(?:over\s+)?(?:\d+|two|three|four|five|six|several|many|a)\s+(?:days?|weeks?|months?|years?)\b|\bstill\s+no\s+(?:answer|reply|response|update|word|owner|fix|news)\b`,
  String.raw`\b(?:we|i)\s+were\s+(?:told|promised|assured)\b|\bit'?s\s+been\s+(?:\d+|two|three|four|five|six|several|many)\s+(?:releases|sprints|months|years|weeks|versions)\s+and\b`,
  String.raw`\b(?:open|broken|pending|waiting|stuck|sitting|in\s+progress|in\s+review|unanswered|asking|blocked|red|down|failing)\b[^.!?\n]{0,40}\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|last\s+(?:year|month|quarter|week|spring|summer|autumn|fall|winter)|\d{4})\b`,
  String.raw`\b(?:waiting|open|pending|sitting|stuck|blocked|idle)\b[^.!?\n]{0,30}\bfor\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months|years)\b`,
]);

/** Sincere thanks and praise as phrases, counted once whatever their words score. */
const PRAISE = cues([
  String.raw`\b(?:great|good|nice|excellent|awesome|amazing|brilliant|fantastic|superb|solid|stellar|terrific|lovely|beautiful|impressive)\s+(?:job|work|catch|find|idea|stuff|write-?up|fix|call|effort|investigation|analysis|thinking|suggestion|news|improvement|demo|session|collaboration|teamwork|progress|result|results|pr|patch|change|refactor)\b`,
  String.raw`\bwell\s+done\b`,
  String.raw`\b(?:thank\s+you|thanks)\s+(?:so|very)\s+much\b`,
  String.raw`\b(?:thanks|thank\s+you)\s+a\s+(?:lot|ton|bunch|million)\b`,
  String.raw`\b(?:many|huge|big|massive|special)\s+thanks\b`,
  String.raw`\b(?:much|really|truly|greatly)\s+appreciated\b`,
  String.raw`\breally\s+appreciate\b`,
  String.raw`\b(?:love|loving|loved)\s+(?:this|it|that|the\s+new|how|these|what)\b`,
  String.raw`\b(?:this|that|it)\s+(?:is|looks|was|works)\s+(?:so\s+|really\s+|just\s+)?(?:great|awesome|amazing|fantastic|perfect|brilliant|beautiful|excellent|wonderful)\b`,
  String.raw`\bso\s+much\s+(?:better|cleaner|nicer|faster|easier)\b`,
  String.raw`\bcan'?t\s+wait\b`,
  String.raw`\b(?:you|this|that)\s+rock(?:s|ed)?\b`,
  String.raw`\b(?:life|day|time)[- ]?saver\b`,
  String.raw`\bmade\s+my\s+(?:day|week)\b`,
  String.raw`\bhats\s+off\b`,
  String.raw`\blooking\s+forward\s+to\b`,
  String.raw`\bi\s+(?:really\s+|do\s+|just\s+|truly\s+)?(?:like|dig|adore)\s+(?:this|it|that|the\s+new|how|these|what|your)\b`,
  String.raw`\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?to\s+(?:everyone|everybody|all\s+(?:of\s+you|who)|the\s+(?:whole\s+)?(?:\w+\s+)?team)\b`,
  String.raw`\b(?:really|so|very)\s+help(?:ed|ful)\b|\bsaved\s+(?:our|my|us|the)\s+(?:day|release|launch|demo|week|weekend|bacon|sprint|lives?|time)\b`,
]);

/** Thanks that names what it is for and how it mattered: warmer than a closing "thanks". */
const THANKS_FOR =
  /\b(?:thanks|thank\s+you|cheers)\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\b[^.!?\n]{0,80}\b(?:quick(?:ly)?|fast|patien\w*|detailed|thorough|time|effort|jumping|staying|being|all|great|clear|kind|hard\s+work|explain\w*|help(?:ing)?|support|feedback|pushing|fix|fixing)\b/i;

/** A praise word opening a sentence, read with the clause after it to tell sincere from sarcastic. */
const PRAISE_OPENER =
  /(?:^|[.!?\n]\s*)(?:oh\s+)?(?:great|perfect|lovely|wonderful|awesome|fantastic|brilliant|nice|cool|super|excellent|splendid|yay|just\s+great)\s*[,.!…]+\s*([^\n]{0,100})/gi;
/** What makes the clause after an opener bad news... */
const BAD_NEWS =
  /\b(?:nothing|nobody|no\s+one|broken|broke|breaks|down|red|again|another|still|now\s+(?:we|it|the|nothing|everything|i)\b[^.!?]{0,40}\b(?:take|takes|have|has|need|needs|is|are)|years?\s+old|months?\s+old|fails?|failing|crash\w*|gone|lost|deleted|wiped|reverted|slower|worse|ignored|skipped|late|404|credentials|secrets?|passwords?|leak\w*|exposed|public\s+gist|missing|wrong|empty|nowhere|outdated)\b/i;
/** ...unless it is good news about bad news ("nice, that fixes the crash"). */
const GOOD_NEWS = /\b(?:fix|fixes|fixed|solves|solved|resolved|works|working|no\s+more|green|thanks|thank)\b/i;

/** A curt praise line closing a complaint ("…from the marketing email. Great communication."). */
const SARCASTIC_CLOSER =
  /(?:^|[.!?]\s+)(?:(?:great|nice|good|brilliant|fantastic|awesome|lovely|excellent|wonderful|stellar|perfect|solid)\s+(?:communication|planning|job|work|process|teamwork|testing|idea|call|stuff|management|coordination|prioriti[sz]ation|leadership|foresight|alignment)|(?:just\s+)?(?:love|loving|gotta\s+love)\s+(?:it|that|this)|(?:how\s+)?(?:lovely|wonderful|perfect|fantastic|brilliant)|(?:very|super|really|so|most)\s+helpful|(?:very|how)\s+(?:useful|informative))\s*[.!]*\s*(?:🙄|🙃|😒|:roll_eyes:|:upside_down_face:)?\s*$/i;
const COMPLAINT_CONTEXT =
  /\b(?:again|another|lost|wasted|unknown\s+error|nobody|no\s+one|without\s+(?:asking|telling|testing|warning)|find\s+out|found\s+out|never|still|broke|broken|breaks|down|late|surprise|fails?|failing)\b/i;
/** Gratitude for something that now works: warm even when short. */
const RELIEVED_THANKS =
  /\b(?:thanks|thank\s+you|thx|cheers)\b[^\n]{0,80}\b(?:works?\s+(?:now|again|perfectly|great|like\s+a\s+charm)|fixed\s+it|did\s+the\s+trick|solved\s+(?:it|my)|that\s+was\s+it)\b|\b(?:works?\s+(?:now|again|perfectly|great|like\s+a\s+charm)|fixed\s+it|did\s+the\s+trick|solved\s+(?:it|my)|that\s+was\s+it)\b[^\n]{0,80}\b(?:thanks|thank\s+you|thx|cheers)\b/i;
const EXCLAIMED_THANKS = /\b(?:thanks|thank\s+you|thx|ty)\b[^.?\n]{0,20}!/i;
const ANY_THANKS_FOR =
  /\b(?:thanks|thank\s+you)\s+(?:\w+\s+)?for\s+(?!(?:the|your)\s+(?:update|info|information|reply|response|report|link|ping)\b)/i;

function sarcasticOpener(prose: string): boolean {
  if (!/\b(?:great|perfect|lovely|wonderful|awesome|fantastic|brilliant|nice|cool|super|excellent|splendid|yay)\b/i.test(prose)) {
    return false;
  }
  PRAISE_OPENER.lastIndex = 0;
  for (let m = PRAISE_OPENER.exec(prose); m !== null; m = PRAISE_OPENER.exec(prose)) {
    const clause = m[1] ?? '';
    if (BAD_NEWS.test(clause) && !GOOD_NEWS.test(clause)) return true;
  }
  return false;
}

/** Praise or thanks that only cushions the complaint after "but" ("I appreciate the effort, but…"). */
const CUSHIONED = /\b(?:appreciate|thanks|thank\s+you|i\s+like|nice|good|great|love)\b[^.!?\n]{0,60}?,?\s+but\b/i;

/** A formulaic closing or request thanks: politeness, not feeling, when the rest is technical. */
const BARE_THANKS =
  /\b(?:thanks|thank\s+you|thx|ty|tia)\s*(?:in\s+advance|in\s+adv)?\s*[.!,]?\s*$|\b(?:thanks|thank\s+you)\s+in\s+advance\b|\btia\b/i;

// ---------------------------------------------------------------------------------------------------
// Word-level reading.

// Hyphenated words stay whole ("awesome-lint", "kill-switch"): tool names and compounds, not feelings.
const TOKEN_ASCII = /[A-Za-z]+(?:['-][A-Za-z]+)*|[!?]+|[.,;]|:[a-z0-9_+-]+:|[:;=][-']?[)(DdPp/]|\([yn]\)/g;
// Emoji need the Unicode flag, which is slower: used only when the text has non-ASCII characters.
const TOKEN_UNICODE =
  /[A-Za-z]+(?:['-][A-Za-z]+)*|[!?]+|[.,;]|:[a-z0-9_+-]+:|[:;=][-']?[)(DdPp/]|\([yn]\)|\p{Extended_Pictographic}\uFE0F?/gu;
const NON_ASCII = /[\u0080-\uffff]/;

const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'hardly', 'barely',
  'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'wont', 'wouldnt', 'shouldnt', 'couldnt',
  'arent', 'havent', 'hasnt', 'aint',
]);
const INTENSIFIERS = new Map<string, number>([
  ['very', 1.5], ['really', 1.5], ['so', 1.4], ['extremely', 1.8], ['super', 1.5], ['totally', 1.5],
  ['absolutely', 1.7], ['incredibly', 1.8], ['truly', 1.5], ['utterly', 1.8], ['completely', 1.4],
  ['too', 1.3], ['quite', 1.2], ['such', 1.3], ['most', 1.3], ['freaking', 1.6], ['bloody', 1.6],
  ['damn', 1.6], ['insanely', 1.8], ['hugely', 1.6], ['massively', 1.6],
]);
const DIMINISHERS = new Map<string, number>([
  ['slightly', 0.5], ['somewhat', 0.6], ['bit', 0.6], ['little', 0.7], ['kinda', 0.7], ['sort', 0.7],
  ['fairly', 0.8], ['mostly', 0.8], ['rather', 0.8],
]);
/** Words that, written in capitals, are raised voice rather than an acronym. */
const SHOUT_WORDS = new Set([
  'still', 'again', 'never', 'always', 'ever', 'why', 'every', 'nobody', 'seriously', 'really', 'please',
  'stop', 'already', 'anyone', 'anybody', 'how', 'what', 'even', 'once', 'literally', 'same', 'whole',
]);

/** Score contributions of one text, kept apart so the verdict can weigh them. */
interface Reading {
  positive: number;
  negative: number;
  praiseWords: number;
  tokens: number;
  /** Whether a word of thanks appears: the thanks phrases are only looked for then. */
  thanks: boolean;
}

const CONTRACTION = /'(?:ll|d|re|ve|s|m)$/;

const THANKS_WORDS = new Set(['thanks', 'thank', 'thx', 'thanx', 'ty', 'tia', 'cheers']);

/** What the word lists say about one lower-cased word. */
interface LexiconEntry {
  thanks: boolean;
  /** It may begin a two-word phrase of TONE_WORDS. */
  phraseStart: boolean;
  tone: number | undefined;
  negator: boolean;
  /** An intensifier's or diminisher's factor. */
  factor: number | undefined;
  /** Written in capitals, it is a raised voice. */
  shout: boolean;
}

/** The word lists asked one by one. A word with apostrophes is also read without them ("dont"). */
function lexiconEntry(word: string): LexiconEntry {
  const bare = word.includes("'") ? word.replace(/'/g, '') : word;
  let tone = TONE_WORDS.get(word);
  // "don't" is read as "dont", but "I'll" is not "ill" nor "we're" "were".
  if (tone === undefined && bare !== word && !CONTRACTION.test(word)) tone = TONE_WORDS.get(bare);
  return {
    thanks: THANKS_WORDS.has(word),
    phraseStart: PHRASE_STARTS.has(word),
    tone,
    negator: NEGATORS.has(bare) || word.endsWith("n't"),
    factor: INTENSIFIERS.get(bare) ?? DIMINISHERS.get(bare),
    shout: SHOUT_WORDS.has(bare),
  };
}

// Every listed word without an apostrophe, with what all the lists say of it: one look-up per word
// instead of six on the tone reader's hottest path. Other words, and words with apostrophes, are
// asked of the lists one by one (`lexiconEntry`), which gives the same answers.
const LEXICON = new Map<string, LexiconEntry>();
for (const list of [THANKS_WORDS, PHRASE_STARTS, TONE_WORDS.keys(), NEGATORS, INTENSIFIERS.keys(), DIMINISHERS.keys(), SHOUT_WORDS]) {
  for (const word of list) if (!word.includes("'") && !LEXICON.has(word)) LEXICON.set(word, lexiconEntry(word));
}
const NOT_IN_LEXICON: LexiconEntry = lexiconEntry('');

// One pass over the tokens with the running state (negation, boosts, the sentence's sums) in locals:
// longer than our usual function, but split into helpers the state would travel in an object on the
// hottest path of the tone rule, which reads every comment.
function readWords(prose: string): Reading {
  const reading: Reading = { positive: 0, negative: 0, praiseWords: 0, tokens: 0, thanks: false };
  let negateLeft = 0; // tokens still under a negator
  let sentencePositive = 0;
  let sentenceNegative = 0;
  let boost = 1; // pending intensifier/diminisher factor
  const matches = prose.match(NON_ASCII.test(prose) ? TOKEN_UNICODE : TOKEN_ASCII);
  if (matches === null) return reading;
  for (let i = 0; i < matches.length; i++) {
    const raw = matches[i] as string;
    const first = raw.charCodeAt(0);
    const isWord = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!isWord) {
      if (raw === '.' || raw === ',' || raw === ';') {
        negateLeft = 0;
        boost = 1;
        if (raw === '.') {
          sentencePositive = 0;
          sentenceNegative = 0;
        }
      } else if (raw[0] === '!' || raw[0] === '?') {
        negateLeft = 0;
        boost = 1;
        // "?!" reads as exasperation; "!" and "!!" strengthen whatever their sentence already says.
        if (raw.includes('?') && raw.includes('!')) reading.negative += 2.5;
        else if (raw.length >= 3 && raw[0] === '?') reading.negative += 1;
        else if (raw[0] === '!') {
          const strength = raw.length >= 2 ? 1 : 0.5;
          if (sentenceNegative > sentencePositive) reading.negative += strength;
          else if (sentencePositive > 0) reading.positive += strength;
        }
        sentencePositive = 0;
        sentenceNegative = 0;
      } else {
        const value = TONE_SYMBOLS.get(raw.toLowerCase()) ?? TONE_SYMBOLS.get(raw.replace('\uFE0F', ''));
        if (value !== undefined) {
          if (value > 0) {
            reading.positive += value;
            sentencePositive += value;
          } else {
            reading.negative -= value;
            sentenceNegative -= value;
          }
        }
      }
      continue;
    }
    reading.tokens++;
    const word = raw.toLowerCase();
    const lex = word.includes("'") ? lexiconEntry(word) : (LEXICON.get(word) ?? NOT_IN_LEXICON);
    if (lex.thanks) reading.thanks = true;
    let value: number | undefined;
    let consumedNext = false;
    if (lex.phraseStart && i + 1 < matches.length) {
      const pair = TONE_WORDS.get(`${word} ${(matches[i + 1] as string).toLowerCase()}`);
      if (pair !== undefined) {
        value = pair;
        consumedNext = true;
      }
    }
    if (value === undefined) value = lex.tone;
    if (!consumedNext && lex.negator) {
      negateLeft = 3;
      continue;
    }
    const factor = lex.factor;
    if (factor !== undefined && !value) {
      boost *= factor;
      continue;
    }
    if (raw.length >= 3 && raw === raw.toUpperCase() && lex.shout) reading.negative += 1.5;
    if (value) {
      let v = value * boost;
      if (raw.length >= 3 && raw === raw.toUpperCase()) v *= 1.5;
      if (negateLeft > 0) v = v > 0 ? -0.9 * v : -0.4 * v;
      if (v > 0) {
        reading.positive += v;
        sentencePositive += v;
        if (value >= 3) reading.praiseWords++;
      } else {
        reading.negative -= v;
        sentenceNegative -= v;
      }
      boost = 1;
      negateLeft = 0;
    } else if (negateLeft > 0) {
      negateLeft--;
    }
    if (consumedNext) i++;
  }
  return reading;
}

/** How warm the thanks in a text are, beyond the words' own score. */
function readThanks(prose: string, reading: Reading): number {
  let extra = 0;
  if (THANKS_FOR.test(prose)) extra += 1.25;
  // A short message that is mostly thanks ("Thanks for the PR, merged.") is gratitude, not courtesy.
  else if (reading.tokens <= 12 && ANY_THANKS_FOR.test(prose)) extra += 1;
  if (RELIEVED_THANKS.test(prose)) extra += 1.5;
  // "Thanks!" / "Thank you!" on their own are gratitude, not a courtesy closing.
  if (reading.tokens <= 4 && reading.positive > 0 && EXCLAIMED_THANKS.test(prose)) extra += 1;
  // A closing "Thanks." on a technical comment is courtesy: it stops counting once the comment is
  // more than a couple of sentences and nothing else in it is warm.
  if (BARE_THANKS.test(prose) && reading.praiseWords === 0 && reading.tokens > 12) extra -= 2;
  return extra;
}

/** The tone of one text. Options are accepted for the shared classifier signature; tone reads all formats alike. */
export function toneOf(text: string, _options?: ClassifyOptions): Tone {
  const prose = proseOf(text);
  if (prose.trim() === '') return 'neutral';
  const reading = readWords(prose);
  let { positive, negative } = reading;

  const sarcastic =
    SARCASM.test(prose) ||
    sarcasticOpener(prose) ||
    (SARCASTIC_CLOSER.test(prose) && COMPLAINT_CONTEXT.test(prose));
  if (sarcastic) {
    negative += 4;
    positive = 0; // the praise words were the sarcasm
  }
  const aggrieved = GRIEVANCE.test(prose);
  if (aggrieved) negative += 3.5;
  if (MILD_GRIEVANCE.test(prose)) negative += 2;
  if (STALE.test(prose)) negative += 2;
  if (PRAISE.test(prose)) positive += 2;
  if (reading.thanks) positive += readThanks(prose, reading);

  // When the words after "but" are a complaint, the kind words before it don't count.
  if ((aggrieved || negative >= 2) && CUSHIONED.test(prose)) positive *= 0.3;

  const net = positive - 1.15 * negative;
  if (negative >= 2.5 && net <= -1) return 'negative';
  if (positive >= 2 && net >= 1.5) return 'positive';
  return 'neutral';
}
