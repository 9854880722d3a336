// Says whether a text raises a concern: a risk, a blocker or dependency, or a doubt about the plan.
// What it must not flag: a plain report of something already broken ("fails on null"), a question
// that only asks for information ("which endpoint is it?"), or text that rules a risk out ("no risk").
import type { ClassifyOptions } from './types';
import { cues } from './cues';
import { proseOf } from './prose';

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
  String.raw`\b(?:looks|seems|feels|sounds|is|are)\s+(?:\w+\s+)?(?:tight|optimistic|risky|ambitious|aggressive|unrealistic|fragile|brittle|premature)\b`,
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
  String.raw`\b(?:depends|depend|depending|dependent|contingent)\s+(?:on|upon)\b|\bhard\s+dependency\b|\bdependency\s+on\b`,
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
  String.raw`\b(?:don'?t|do\s+not)\s+see\s+(?:a|any)\s+(?:plan|owner|test|rollback|monitoring|mention|transaction|check|guard|validation|limit|lock|handling)\b|\b(?:there'?s|there\s+is|we\s+have|has|have)\s+no\s+(?:plan|owner|rollback|monitoring|alerting|tests?|test\s+coverage|backup|fallback|upper\s+bound|limit|timeout|on-?call|integration\s+tests|step|process|runbook|communication|budget|capacity|sandbox|kill\s+switch|undo|sla)\b`,
  String.raw`\bdo\s+we\s+(?:know|have\s+data\s+on)\s+(?:whether|if)\b`,
  String.raw`\bonly\s+(?:works|holds|fits|flies|succeeds)\s+(?:if|as\s+long\s+as|while)\b(?!\s+you\b)`,
  String.raw`\b(?:fully\s+booked|at\s+capacity|no\s+capacity|out\s+of\s+capacity)\b|\b(?:on\s+leave|away|on\s+holiday|on\s+vacation|out)\s+(?:during|for)\s+the\s+(?:cutover|launch|release|migration|rollout)\b|\b(?:only|single|exactly\s+one|just\s+one)\s+(?:person|one|engineer|dba|dev|developer)\s+who\b|\bour\s+only\s+(?:dba|engineer|developer|designer|sre|person|expert)\b`,
  String.raw`\b(?:marked(?:\s+as)?|is|are)\s+(?:experimental|unmaintained|abandoned|unresponsive)\b|\b(?:hasn'?t|has\s+not)\s+had\s+an?\s+(?:release|commit|update)\s+(?:in|since)\b`,
  String.raw`\b(?:going\s+to|will|would|could|might|may)\s+be\s+(?:a\s+|an\s+)?(?:real\s+|big\s+)?(?:problem|issue|pain|headache|nightmare|bottleneck|blocker|risk|challenge|tricky|hard|difficult|expensive|confusing)\b`,
  String.raw`\b(?:concerned|worried|nervous)\s+(?:that|about)\b`,
  String.raw`\b(?:could|might|would|will|can)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:break|corrupt|leak|expose|lock|overload|lose|delete|overwrite|double[- ]charge|confuse|slow)\b`,
  String.raw`\b(?:would|could|might|will|may)\s+(?:\w+\s+)?(?:spin|loop|run|retry|hang|wait|block)\s+forever\b`,
  // idioms of risk
  String.raw`\b(?:on\s+sand|house\s+of\s+cards|time\s+bomb|can\s+of\s+worms|land\s?mine|minefield|recipe\s+for\s+disaster|accident\s+waiting\s+to\s+happen|famous\s+last\s+words|what\s+could\s+(?:possibly\s+)?go\s+wrong)\b`,
];
const CONCERN = cues(CUES);

// Implied risks: what broke last time, a missing safeguard, a limit already near, something that never
// ran at this scale. A list of its own, read with the attention words below when the main list found
// nothing: the main list is past 17 KB, and a regex over 20 KB loses the engine's optimisations. Each
// pattern starts at its rarest word and checks the common words before it with a lookbehind, so the
// engine does not try it at every "is", "we" or "the".
const IMPLIED_CUES = [
  // what broke last time: "the last two times we changed the timeout, the kiosks got logged out"
  String.raw`\b(?:(?:last|previous)\s+(?:\w+\s+)?times?|last(?<=\bwhen\s+we\s+last))\s+(?:we|someone|somebody|anyone|they|you)\b[^.?!\n]{0,80}\b(?:broke|broken|failed|went\s+down|took\s+down|crashed|lost|corrupted|got\s+(?:\w+\s+)?(?:logged|locked|kicked)\s+out|outage|incident|rolled\s+back|double[- ]charged|paged|stopped|silently|duplicat\w+|wrong|empty|missing|hotfix|complain\w*)\b`,
  // questions about consequences: "what about orders mid-checkout when we flip the flag?"
  String.raw`\bwhat\s+about\s+(?!\w+ing\b)[^?\n]{0,80}\b(?:when|if|during|while|once|after|mid)\b(?!\s+(?:you|we|i)\s+(?:have|get|find)\b)[^?\n]{0,80}\?`,
  String.raw`\b(?:idempotent|thread-?safe|backwards?[- ]compatible|reversible|atomic|transactional)\s*\?`,
  String.raw`\b(?:excluded|covered|handled|accounted\s+for|protected|notified|informed|told|warned)\s*\?(?<=\b(?:is|are)\s[^?.\n]{1,60})`,
  String.raw`\b(?:during|mid-?)(?<=\b(?:what|how|which|are|is|do|does|will|would)\b[^.?!\n]{0,60}(?:during|mid-?))\s*(?:the\s+)?(?:cutover|migration|switchover|rollout|roll-out|failover|maintenance\s+window|backfill|upgrade)\b[^.?!\n]{0,60}\?`,
  // safeguards and who else is affected: "what stops two runs overlapping?", "who else reads it?"
  String.raw`\bwhat\s+(?:stops|prevents|keeps|protects|guarantees|ensures)\b[^?\n]{0,80}\?|\bhow\s+do\s+we\s+(?:prevent|stop|avoid|guarantee|make\s+sure|ensure|recover|undo|know\s+(?:if|when|whether))\b`,
  String.raw`\b(?:telling|informing|notifying|warning|monitoring|owning|covering)\b(?<=\b(?:is|are)\s+(?:anyone|anybody|someone|somebody|we)\s+\w+)`,
  String.raw`\bwho\s+else\s+(?:uses|consumes|calls|reads|depends|relies|subscribes)\b|\bdo\s+we\s+know\s+(?:who|what|which|how\s+many)\s+(?:else|other)\b`,
  // nobody on call, nobody owns it, nobody knows where
  String.raw`\b(?:rota|rotation|on-?call\s+(?:schedule|rota))\s+is\s+empty\b|\bno(?:body|\s+one)\s+(?:is\s+)?on[- ]call\b`,
  String.raw`\bno(?:body|\s+one)\s+(?:really\s+)?knows\s+(?:where|how|who|which|whether)\b|\bno(?:body|\s+one)\s+(?:(?:on\s+the\s+team|here|left|else)\s+)?(?:owns|has\s+(?:looked\s+at|checked|confirmed|tested|access)|is\s+(?:on[- ]call|assigned)|knows\s+how)\b`,
  // limits already near: "memory is already at 85%", "already at 48 of 50 fields allowed"
  String.raw`\balready\s+(?:at|over|near|close\s+to|above)\s+~?\d(?<=\b(?:memory|cpu|disk|storage|quota|capacity|budget|usage|load|utili[sz]ation|connections?|pool|heap)\b[^.\n]{0,40}already\s+(?:at|over|near|close\s+to|above)\s+~?\d)|\balready\s+(?:at|over|near|close\s+to|above|using)\s+(?:\d+\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\b[^.\n]{0,40}\b(?:allowed|available|included|limit|max|quota|seats|licen[cs]es|slots)|(?:the\s+|our\s+)?(?:limit|capacity|quota|max(?:imum)?|ceiling))\b`,
  // never tried at that scale: "we've never run this job with more than 10k rows"
  String.raw`\b(?:only|never)(?<=\b(?:we|i|it|they|we'?ve|i'?ve|it'?s|has|have|was|were|been)\s+(?:only|never))\s+(?:ever\s+)?(?:been\s+)?(?:run|ran|tested|tried|load[- ]tested|checked|verified|benchmarked)\s+(?:it\s+|this\s+)?(?:with|against|at|beyond|past|above|more\s+than)\b`,
  // the biggest customer's size
  String.raw`\b(?:biggest|largest)\s+(?:\w+\s+){0,2}?(?:customers?|tenants?|accounts?|workspaces?|clients?|orgs?|organi[sz]ations?|shops?|stores?|projects?|instances?)\s+(?:has|have|had|is\s+at|sends?|stores?|holds?)\s+(?:~|about\s+|around\s+|over\s+|almost\s+|nearly\s+)?(?:\d[\d,.]{0,20}\s*(?:k|m|million|thousand)\b|\d{1,3}(?:,\d{3})+|\d{4,})`,
  // end of life, licence change
  String.raw`\b(?:end[- ]of[- ]life|eol|out\s+of\s+support|unsupported)\b(?<=\b(?:goes|going|reaches|reaching|hits|will\s+be|is\s+about\s+to\s+(?:go|be))\s+(?:end[- ]of[- ]life|eol|out\s+of\s+support|unsupported))|\bno\s+(?:more\s+)?(?:security\s+)?(?:patches|security\s+(?:updates|fixes))\b|\blicen[cs]e\s+(?:\w+\s+){0,3}changed\b|\brelicen[cs]ed\b`,
  // blast radius: "a typo here takes down the whole API"
  String.raw`\b(?:typo|mistake|bug|error|slip|misconfiguration)(?<=\b(?:a|one|any)\s+\w+)\s+(?:here|in\s+(?:this|here|there))\s+(?:\w+\s+){0,2}(?:takes?|brings?|breaks?|kills?|would|could|will|means)\b`,
  // a changed default for everyone already using it
  String.raw`\b(?:default|defaults|behaviou?r)(?<=\b(?:changes?|changing|flips?|flipping)\s+(?:the\s+)?(?:default|defaults|behaviou?r))\s+(?:\w+\s+){0,2}for\s+(?:everyone|everybody|existing|current|all\s+(?:existing|current)|every\s+existing)\b`,
  // order of merges, sarcastic luck
  String.raw`\bwrong\s+order\b(?<=\b(?:merg|deploy|appl|runn?|ship|releas)\w*\s+(?:them|these|those|it|this|both)\s+in\s+the\s+wrong\s+order)|\bgood\s+luck\s+(?:with|debugging|explaining|rolling)\b`,
  // no undo: "we don't have a way to undo this once the emails go out"
  String.raw`\b(?:undo|unsend|recall|revert|roll\s+(?:it\s+|this\s+)?back|take\s+(?:it|this|them)\s+back)\b(?<=(?:\b(?:we|they|customers|users|people)\s+(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)|\bno\s+way\s+to|\b(?:don'?t|do\s+not)\s+have\s+a\s+way\s+to)\s+(?:undo|unsend|recall|revert|roll\s+(?:it\s+|this\s+)?back|take\s+(?:it|this|them)\s+back))`,
  // not through review; estimates too low; inputs not there yet
  String.raw`\b(?:through|past)\s+(?:legal|review|qa|security|compliance|brand|design\s+review|a\s+review)\b(?<=\b(?:hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:through|past)\s+\w+(?:\s+\w+)?)`,
  String.raw`\bunder-?estimat\w*(?<=\b(?:think|suspect|fear|afraid|feels\s+like|looks\s+like|might\s+have|may\s+have|probably|we'?re|we\s+are)\s+(?:\w+\s+)?under-?estimat\w*)|\b(?:under-?scoped|over-?promised|over-?promising)\b`,
  String.raw`\byet\b(?<=\b(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:even\s+)?(?:seen|had|got|received)\s+(?:a|the|any)\s+(?:\w+\s+)?(?:build|access|design|designs|spec|contract|data|environment|keys|credentials|sign-?off)\s+yet)`,
  // a safety property missing: "the webhook handler isn't idempotent", "the bucket is public-read"
  String.raw`\b(?:idempotent|thread-?safe|backwards?[- ]compatible|reversible|transactional|paginated|encrypted|versioned|backed\s+up|load[- ]tested|monitored)\b(?<=\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not|never|nothing\s+is)\s+(?:\w+\s+)?(?:idempotent|thread-?safe|backwards?[- ]compatible|reversible|transactional|paginated|encrypted|versioned|backed\s+up|load[- ]tested|monitored))|\b(?:public-?read|publicly\s+(?:readable|accessible|writable)|world-?(?:readable|writable))\b`,
  // collisions: two things writing the same place, someone else changing it at the same time
  String.raw`\bat\s+the\s+same\s+time\b(?<=\b(?:rewriting|changing|reworking|migrating|refactoring|touching|editing|updating|redesigning|deploying|releasing)\b[^.\n]{0,60}at\s+the\s+same\s+time)|\bboth\b[^.\n]{0,40}\b(?:write|writes|update|updates|modify|modifies|lock|locks|run|runs|touch|touches|change|changes)\b[^.\n]{0,40}\b(?:at\s+(?:the\s+same\s+time|\d{1,2}[:.]\d{2}|midnight)|the\s+same\s+(?:table|row|rows|file|column|record|records|time|sprint|release))\b(?![^.\n]{0,60}\b(?:different|separate)\b)`,
  // no way back; a freeze already passed; a cap that the plan exceeds; the first customer on something new
  String.raw`\b(?:one[- ]way\s+door|no\s+going\s+back|point\s+of\s+no\s+return|(?:migration|change|operation|step|upgrade)\s+is\s+one[- ]way)\b|\b(?:rolling\s+back|a\s+rollback|rollback|reverting|undoing\s+(?:it|this))\s+(?:would|will|'d)\s+(?:require|mean|take|need|involve|cost)\b`,
  String.raw`\b(?:release\s+train|code\s+freeze|feature\s+freeze|cut-?off|merge\s+window)\s+(?:already\s+)?(?:closed|has\s+closed|started|has\s+started|passed|has\s+passed)\b|\bmiss(?:ed)?\s+the\s+(?:release\s+)?(?:train|cut|cut-?off|freeze|window)\b`,
  // numbers are at most 21 characters: an open "[\d,.]*" restarts at every digit of "1.1.1.…" (quadratic)
  String.raw`\b(?:caps?|limits?|throttles?|rate[- ]limits?)\s+(?:us|our\s+\w+)\s+(?:at|to)\s+~?\d|\b(?:\d[\d,.]{0,20}\s*k|\d{4,}|thousands|millions)\s+(?:\w+\s+){0,2}at\s+once\b`,
  String.raw`\bbe\s+the\s+first\s+(?:customer|team|user|company|tenant|client|ones?)\b(?<=\b(?:we'?d|we\s+would|we'?ll|we\s+will|we'?re|we\s+are)\s+be\s+the\s+first\s+\w+)|\bhistorically\b[^.\n]{0,60}\b(?:flaky|unstable|unreliable|slipped|late|broken|failed|buggy|down|outages?)\b`,
  // edge cases asked about: "does this account for customers who changed plans mid-cycle?"
  String.raw`\b(?:account\s+for|handle|cover|consider|work\s+for)\b(?<=\b(?:does|do|will|did|would)\s+(?:this|that|it|we|the\s+\w+)\s+(?:account\s+for|handle|cover|consider|work\s+for))\s+(?:\w+\s+){0,3}(?:who|that|when|where|with|mid-?\w*|in\s+the\s+middle)\b[^?\n]{0,80}\?`,
  // partial test data, defaults on for everyone, nobody who knows it, dependants not in the loop
  String.raw`\bonly\s+(?:has|have|covers?|includes?|tests?|uses?|checks?)\b(?<=\b(?:test\s+data|tests?|fixtures?|staging|sandbox|spec|pr|coverage)\s+only\s+\w+)`,
  String.raw`\b(?:defaults?\s+to\s+(?:on|true|enabled)|(?:on|enabled)\s+by\s+default)\b[^.\n]{0,60}\b(?:every|all|everyone|existing)\b`,
  String.raw`\bwho(?:'s|\s+has|\s+have)\s+never\s+(?:touched|worked|seen|used|deployed|run|done)\b|\bnone\s+of\s+them\s+(?:are|is|were|have\s+been)\s+(?:in|on|aware|informed|told|involved|here)\b`,
  String.raw`\bworth\s+(?:double-?\s*checking|checking|a\s+(?:second\s+)?look|verifying|confirming)\b|\b(?:unconfirmed|not\s+(?:yet\s+)?confirmed\s+in\s+writing|only\s+verbal(?:ly)?)\b`,
  // existing users broken by a change: "every existing integration … will start getting 400s"
  String.raw`\bexisting\s+\w+\b(?<=\b(?:every|all|any)\s+existing\s+\w+)[^.\n]{0,60}\bwill\s+(?:start|stop|break|fail|get|lose|need)\b|\bnew\s+required\s+(?:field|parameter|param|header|argument|column)\b`,
  // someone who should have seen it has not; only one person holds the keys
  String.raw`\b(?:legal|security|compliance|qa|design|finance|the\s+customer|the\s+client|product|ops|support)\s+(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:even\s+|yet\s+)?(?:seen|reviewed|approved|checked|looked\s+at|signed\s+off\s+on|tested)\b|\bonly\s+\w+\s+(?:has|have|knows)\s+(?:the\s+)?(?:credentials|access|keys?|password|rights|admin|login)\b`,
  // a slipping date takes others with it; a silent failure asked about
  String.raw`\b(?:launch|release|date|deadline|go-?live|milestone|demo)\s+(?:moves|slips|shifts|gets\s+pushed)\b|\bsilently\s+\w+[^?\n]{0,40}\?`,
  // unsettled inputs
  String.raw`\bstill\s+(?:being\s+)?(?:argued|debated|fought|in\s+flux|up\s+in\s+the\s+air)\b`,
  // what this does to something: "have a look at what this does to the cache hit rate"
  String.raw`\b(?:look\s+at|check|think\s+about|consider)\s+what\s+(?:this|that|it)\s+(?:does|will\s+do|would\s+do)\s+to\b(?![^.!?\n]{0,60}\b(?:nicer|better|faster|cleaner|great|nice|love|improve\w*)\b)|\bwhat\s+(?:does|will|would)\s+(?:this|that|it)\s+do\s+to\b`,
  // review before shipping; missing from the spec
  String.raw`\bbefore\s+(?:we|this|it)\b(?<=\b(?:should|needs?\s+to|must|has\s+to|have\s+to|ought\s+to)\s+(?:\w+\s+){0,3}(?:look|review|check|sign|approve|weigh\s+in)\b[^.\n]{0,40}before\s+(?:we|this|it))`,
  String.raw`\bsee(?<=\b(?:don'?t|do\s+not|can'?t)\s+see)\s+(?:that|this|it|anything|any\s+mention)\s+(?:anywhere\s+)?in\s+the\s+(?:spec|design|plan|ticket|story|pr|doc|docs|rfc|proposal|requirements)\b`,
];

// Text that rules a risk out or reports it solved is not raising one.
const RELIEF = cues([
  String.raw`\b(?:no|zero|low|minimal|little|negligible)\s+(?:real\s+)?(?:risks?|concerns?|blockers?|dependencies|worries)\b`,
  String.raw`\b(?:risks?|blockers?|concerns?|dependencies)\s*:\s*(?:none|n/a|low|no|nothing|minimal|-)\b`,
  String.raw`\bno\s+longer\s+(?:blocked|a\s+blocker|blocking|an\s+issue|a\s+concern)\b`,
  String.raw`\b(?:unblocked|not\s+(?:blocked|worried|concerned)|nothing\s+(?:is\s+)?blocking|not\s+a\s+(?:concern|blocker|risk))\b`,
  String.raw`\bnot\s+(?:a\s+)?breaking\s+change\b`,
  String.raw`\b(?:explain|tell\s+(?:me|us)|describe|document|clarify)\s+what\s+happens\b`,
  String.raw`\b(?:i'?ll|i\s+will|i\s+can)\s+(?:take|own|pick\s+up|handle)\s+(?:it|this|that)\b|\bnothing\s+(?:serious|major|critical|to\s+worry\s+about)\b|\bnot\s+a\s+big\s+deal\b`,
  String.raw`\bso\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:upgraded|migrated|moved|switched|replaced|pinned|added|fixed|updated)\b|\b(?:adding|fixing|updating)\s+(?:it\s+)?(?:now|in\s+this\s+pr)\b`,
  String.raw`\bwhat\s+happens\b[^.?!\n]{0,60}\b(?:is|are)\s+(?:documented|described|explained|covered|in\s+the\s+(?:runbook|docs?|spec|readme|wiki))\b`,
  String.raw`\bbut\s+(?:that'?s|it'?s|this\s+is|that\s+is)\s+(?:now\s+)?(?:done|resolved|fixed|merged|closed|sorted|gone)\b|\bworry\s+less\b|\bless\s+(?:worried|concerned)\b`,
  String.raw`\b(?:will|should)\s+be\s+(?:fine|ok|okay|safe)\b|\brisk\s+is\s+(?:low|minimal|small|negligible)\b|\bwithout\s+(?:any\s+)?issues\b`,
  String.raw`\bdepends?\s+on\s+nothing\b|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+depend\s+on\b|\bno\s+(?:external\s+)?dependencies\b`,
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
const HARM_CUES = [
  String.raw`\b(?:red|fail|fails|failing|break|breaks|lose|loses|leak|leaks|delete|deletes|deleted|reject|rejects|rejected|expire|expires|crash|crashes|overload|overloads|down|outage|time\s+out|times\s+out|timeout|slow|slower|conflict|conflicts|duplicate|duplicates|inconsistent|expose|exposes|exposed|confuse|confuses|confused|surprise|stale|wrong|miss|misses|missed|slip|slips|late|stuck|block|blocks|blocked|lock|locks|locked|flood|flooded|swamped|overwhelmed|buried|rate-?limit|rate-?limited|throttle|throttled|ban|banned|suspend|suspended|cut\s+off|penali[sz]e|penali[sz]ed|churn|cancel)\b`,
  String.raw`\b(?:no\s+room|no\s+time|no\s+way|hard\s+to|harder\s+to|impossible|can'?t|cannot|won'?t\s+be\s+able|not\s+able|problem|problems|tickets|complain|complaints|hate|keeps?\s+access|half\s+a|manual|archived|unmaintained|too\s+(?:much|many|few|long|late|low|high)|not\s+enough|nobody|no\s+one|without|firing|spike|stampede|bitten|regress\w*|corrupt\w*|data\s+loss|let\s+(?:them|anyone|everyone|people|users|contractors|guests))\b`,
];
const HARM = cues(HARM_CUES);
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
const MODAL_HARM_CUES = [
  String.raw`\bif\s+(?:it|this|that|something|anything|the\s+\w+)\s+(?:goes\s+wrong|fails|breaks|goes\s+down)\b`,
  String.raw`\b(?:could|might|may|will\s+likely|would\s+likely|will\s+probably|would\s+probably|is\s+going\s+to|are\s+going\s+to|this\s+will|that\s+will|it\s+will|would)\s+(?:also\s+|easily\s+|potentially\s+|quietly\s+|silently\s+|end\s+up\s+)?(?:break|breaking|cause|lead\s+to|result\s+in|corrupt|leak|expose|overload|overwhelm|regress|slow\s+down|hurt|harm|block|delay|conflict\s+with|affect|impact|lock\s+out|confuse|double[- ]charge|lose|drop|duplicate|not\s+scale|fail\s+(?:for|when|if|under|at)|time\s+out|blow\s+up|exceed|violate|bypass|invalidate|surprise|mislead|push\s+(?:\w+\s+){0,3}(?:back|out)|slip|miss|take\s+(?:\w+\s+){0,2}down|wipe|overwrite|mask|hide|hit\s+the\s+limit|run\s+out|fill\s+up|exhaust|crash|hang|deadlock|flood|spam|throttle|degrade|go\s+down|reset)\b`,
  String.raw`\bwill\s+(?:\w+\s+)?(?:break|corrupt|leak|expose|lock\s+out|overwrite|wipe|reset|delete|invalidate|double[- ]charge)\b`,
];
const MODAL_HARM = cues(MODAL_HARM_CUES);
// Either kind of harm: the one scan that tells whether any sentence is worth reading.
const ANY_HARM = cues([...HARM_CUES, ...MODAL_HARM_CUES]);

/** Whether one sentence looks ahead at harm. */
function looksAheadAtHarm(sentence: string): boolean {
  if (SPEC.test(sentence) || REQUEST.test(sentence) || FACT_PAST.test(sentence)) return false;
  if (MODAL_HARM.test(sentence)) return true;
  if (!HARM.test(sentence)) return false;
  return SPECULATIVE.test(sentence) || (PLAIN_AHEAD.test(sentence) && STAKEHOLDER.test(sentence));
}

/** Attention words people use to raise something without a modal ("Legal flagged…", "Dependency alert"). */
const ATTENTION_CUES = [
  String.raw`\b(?:flagged|flags|(?:dependency|security|risk|capacity|schedule|timeline)\s+alert|just\s+so\s+(?:we'?re|you'?re|everyone\s+is)\s+aware|for\s+awareness|hold\s+off|my\s+gut|gut\s+(?:says|feeling)|i\s+suspect|suspicious\s+(?:of|that)|wary|scaling\s+question|(?:circular|hidden|new)\s+dependency|introduces\s+(?:a\s+)?(?:\w+\s+)?dependency|not\s+ready\s+(?:until|before|in\s+time)|only\s+(?:be\s+)?ready\s+(?:in|by|after|on)|hasn'?t\s+even\s+started|haven'?t\s+even\s+started|no\s+room\s+for)\b`,
  String.raw`\bestimate\s+(?:is|feels|seems|looks)\s+(?:\w+\s+)?(?:off|low|wrong|optimistic|tight)\b|\b(?:feels|seems|looks)\s+(?:too\s+)?(?:low|off)\b`,
  String.raw`\buntil\s+(?:\w+\s+){1,4}(?:confirms?|approves?|signs?\s+off|is\s+ready|ships?|lands?|agrees?|replies|responds?|delivers?)\b`,
];

// Read like the main list; one scan for both lists instead of two.
const MORE = cues([...IMPLIED_CUES, ...ATTENTION_CUES]);

// A section heading ("Risks", "h3. Concerns", "*Open questions*") announces concerns on the lines below,
// unless what follows says there are none.
const SECTION =
  /(?:^|\n)\s*(?:#{1,6}\s*|h[1-6]\.\s*|\*|_)?(?:risks?|concerns?|blockers?|dependencies|open\s+(?:questions?|points|items)|caveats?|known\s+risks?|unknowns|watch[- ]?outs|gotchas|assumptions)(?:\s*\*|\s*_)?\s*:?\s*\n\s*(?:[-*#]|\d+[.)])?\s*(\S[^\n]*)/i;
const NOTHING = /^(?:none|n\/a|nothing|no\b|-|tbd|—)/i;

const SENTENCES = /(?<=[.!?])\s+|\n+/;
const BUT = /[,;]?\s+but\s+/i;

// A question asked for documentation or out of curiosity is not a doubt about the plan.
const INFO_ONLY =
  /\b(?:i'?m|i\s+am)\s+(?:documenting|writing\s+(?:the\s+|some\s+)?docs|updating\s+the\s+docs)\b|\bfor\s+the\s+docs\b|\bjust\s+curious\b|\bout\s+of\s+curiosity\b/i;

// Something that still relies on what the change removes: "the BI dashboards still join on it" next to
// "the PR deletes the column", "we're still on v1" next to "the provider deprecates the v1 webhooks". A consumer must be named before "still", and a text that says the old
// path was kept ("which is why I kept the v1 route") is not raising it.
const STILL_USED =
  /\b(?:clients?|consumers?|apps?|services?|teams?|dashboards?|customers?|users?|partners?|integrations|jobs?|lambdas?|functions?|scripts?|reports?|devices?|installs?|tenants?|half|some|most|many|\d+\s*%)\b[^\n]{0,40}?\bstill\b[^.\n]{0,40}?\b(?:calls?|calling|uses?|using|runs?\s+on|running\s+on|joins?\s+on|reads?\s+(?:from|it)|depends?\s+on|relies\s+on|rely(?:ing)?\s+on|points?\s+(?:at|to))\b/i;
const WE_STILL = /\b(?:we'?re|we\s+are|we)\s+still\s+(?:on|using|running|use|run|rely\s+on|calling|call)\b/i;
const CHANGING =
  /\b(?:deletes?|deleting|drops?|dropping|removes?|removing|renames?|renaming|deprecat\w+|upgrade\w*|without\s+the\s+new|breaking|replaces?|replacing|retir\w+|sunset\w*|turns?\s+off|shuts?\s+down)\b/i;
const KEPT = /\b(?:which\s+is\s+why|that'?s\s+why|kept|keeping|i'?ll\s+(?:update|migrate|fix|change|move)\s+(?:them|those|it)|until\s+(?:they|it|all|every)\b|only\s+(?:\d+|a\s+few|a\s+handful|one|two|three)\b)/i;

/** Whether a text raises a risk, blocker, dependency or doubt. */
export function isConcern(text: string, _options?: ClassifyOptions): boolean {
  const prose = proseOf(text);
  // A section heading needs a line below it.
  const section = prose.includes('\n') ? SECTION.exec(prose) : null;
  if (section !== null && !NOTHING.test(section[1] ?? '')) return true;
  const strong = CONCERN.test(prose) || MORE.test(prose);
  // Relief and questions asked for the docs are read only when something could count.
  let relief: boolean | undefined;
  let infoOnly: boolean | undefined;
  if (strong && !(relief = RELIEF.test(prose)) && !(infoOnly = INFO_ONLY.test(prose))) return true;
  if (prose.includes('till') && (STILL_USED.test(prose) || WE_STILL.test(prose)) && CHANGING.test(prose) && !KEPT.test(prose)) return true;
  // Only a sentence-by-sentence reading can still find one; skip it when no sentence could qualify.
  if (!strong && !ANY_HARM.test(prose)) return false;
  relief ??= RELIEF.test(prose);
  infoOnly ??= INFO_ONLY.test(prose);
  // Relief rules out only the concern in its own sentence ("No blockers. But what happens if…" still
  // counts), and the general shape of a risk is read within one sentence.
  for (const whole of prose.split(SENTENCES)) {
    let sentence = whole;
    if (relief && RELIEF.test(sentence)) {
      // "Not a blocker yet, but the design team is rewriting it at the same time": what follows "but"
      // is read on its own.
      const but = BUT.exec(sentence);
      if (but === null) continue;
      sentence = sentence.slice(but.index + but[0].length);
      if (RELIEF.test(sentence)) continue;
    }
    if (infoOnly && sentence.trimEnd().endsWith('?')) continue;
    if (strong && (CONCERN.test(sentence) || MORE.test(sentence))) return true;
    if (looksAheadAtHarm(sentence)) return true;
  }
  return false;
}
