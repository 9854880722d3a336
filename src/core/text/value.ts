// Value statement: does the text say why, for whom, or what outcome/metric? Strict on purpose
// (precision ≥ 0.9 is the goal): "because the token is null" and "so that the test passes" are
// reasons, not value; a purpose only counts when it reaches people or a business outcome.
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';
import { cues } from './cues';
import { gated } from './gate';

// People a benefit can reach, as words (plural and singular), including pronouns of the reader/team.
const PEOPLE_NOUNS =
  '(?:people|persons?|users?|customers?|clients?|buyers?|shoppers?|sellers?|merchants?|visitors?|guests?|members?|subscribers?|admins?|administrators?|managers?|owners?|agents?|staff|employees?|colleagues?|team|teams|teammates?|support|sales|finance|marketing|ops|operators?|engineers?|developers?|maintainers?|contributors?|analysts?|editors?|authors?|readers?|teachers?|students?|parents?|nurses?|doctors?|patients?|clinicians?|drivers?|riders?|passengers?|travell?ers?|tenants?|landlords?|partners?|vendors?|suppliers?|prospects?|leads|accounts?|companies|businesses|restaurants?|shops?|stores?|volunteers?|moderators?|reviewers?|players?|learners?|citizens?|residents?|technicians?|workers?|clerks?|reps?|newcomers?|beginners?|accountants?|bookkeepers?|dispatchers|cashiers?|recruiters?|pharmacists?|carers?|caregivers?|couriers?|auditors?|marketers?|folks|pharmacies|clinics|hospitals|schools|practices|warehouses|branches|agencies)';
const PEOPLE = `(?:i|we|you|they|them|he|she|me|us|my|our|your|their|nothing|no one|nobody|everyone|everybody|${PEOPLE_NOUNS})`;
// Business outcomes a metric or an effect can be about. Not "support" ("improve support for Safari" is a
// feature) nor bare time units ("reduce the TTL to 2 hours" is a setting).
const OUTCOME =
  '(?:churn|conversion|conversions|retention|revenue|sales|upgrades?|sign-?ups?|signups|activation|adoption|engagement|satisfaction|nps|csat|tickets?|calls|complaints|costs?|spend|time|errors?|mistakes|abandonment|drop-?off|bounce|deals?|renewals?|trust|loyalty|onboarding|productivity|efficiency|workload|risk|fraud|compliance|usage|traffic|orders|bookings|customers?|users?|people|staff|teams?|admins?|agents?|owners?)';
const RE = {
  // "so that I can…", "so that our customers…", "so we can…" — a person within the first words.
  soThat: new RegExp(`\\bso that\\s+(?:\\S+\\s+){0,2}?${PEOPLE}\\b(?!\\s*(?:'s|’s))`),
  soCan: /\bso (?:i|we|you|they|users|customers|people|(?:my|our|your|their) \w+) (?:can|could|will|won't|don't|do not|no longer|get to|never|always|only)\b/,
  // "in order to keep customers" — any purpose except the mechanics of debugging or unblocking.
  inOrderTo: /\bin order (?:to|for)\s+(?!(?:reproduce|repro|debug|test|trigger|verify|check|see|run|unblock|fix|get past|pass|make the (?:test|build)|get the (?:build|test))\b)\w+/,
  // "because our French customers can't…", "because they lose track".
  becausePeople: new RegExp(`\\bbecause\\s+(?:\\S+\\s+){0,4}?(?:they|them|their|${PEOPLE_NOUNS})\\b`),
  // "this will reduce support tickets", "should lift conversion", "saves them half an hour".
  effect: new RegExp(
    `\\b(?:reduc\\w*|increas\\w*|improv\\w*|cuts?|cutting|lift\\w*|lower\\w*|boost\\w*|rais\\w*|sav(?:e|es|ing)|grow\\w*|decreas\\w*|free(?:s|ing)? up|speed\\w* up|shorten\\w*|halv\\w*|minimi[sz]\\w*|maximi[sz]\\w*|prevent\\w*|avoid\\w*|unblock\\w*|win|wins|gives?\\s+\\S+\\s+back)\\s+(?:\\S+\\s+){0,4}?${OUTCOME}\\b`,
  ),
  // Time given back to people: "saves them the first half hour", "would save us about an hour".
  savesTime: /\bsav(?:e|es|ing)\s+(?:us|them|you|him|her|people|everyone|\w+s)\s+(?:about\s+|around\s+|roughly\s+|~)?(?:the first\s+)?(?:an?|one|half an?|half|\d+)\s*(?:hours?|minutes?|mins?|days?|weeks?)\b/,
  // "My team would really benefit from this".
  benefit: new RegExp(`\\b${PEOPLE}\\s+(?:would|will|could|should|all)?\\s*(?:really\\s+|greatly\\s+|hugely\\s+)?benefits?\\b`),
  // "keeps seasonal customers", "retain users": keeping people, not keeping a setting.
  keepPeople: /\b(?:keep|keeps|keeping|retain|retains|retaining)\s+(?:\S+\s+)?(?:customers?|users?|clients?|subscribers?|members?|them)\b(?![\s-]+(?:tables?|lists?|pages?|data|counts?|fields?|columns?|db|database|records?|query|queries|cache|index|ids?)\b)/,
  // "This will let account managers…", "would help maintainers", "lets owners…".
  helps: gated(new RegExp(`\\b(?:(?:will|would|should|could|to|this|it|which)\\s+(?:help|let|allow|enable|give)|helps|lets|allows|enables|gives)\\s+(?:\\S+\\s+){0,1}?${PEOPLE}\\b`)),
  // A heading or label for a value section followed by its content on the same line or the next one.
  heading:
    /^(?:#{1,6}\s*|h[1-6]\.\s*)?[*_]{0,2}(?:why\??|why this matters|why it matters|why (?:is this|this is|it is|it's) (?:important|needed|valuable|useful)\??|why we need (?:this|it)|why now\??|motivation|rationale|business value|user value|customer value|value|impact|goal|goals|outcome|outcomes|desired outcome|expected outcome|success metrics?|success measures?|kpis?|metric|metrics|targets?|use case|business case|hypothesis|who benefits|for whom|benefits?|the reason(?: we want this)?|problem statement|user problem|customer problem)[*_]{0,2}\s*(?:(?::|-|—|–)[*_]{0,2}\s*(.*))?$/,
  // "The goal is to halve…", "the aim is…".
  goalSentence: /\b(?:the|our) (?:goal|aim|objective|purpose) (?:is|here is) to\b/,
  // Time or money people lose today: "our ops team spends 20 minutes…", "costs us €40k".
  costToday: /\b(?:spends?|spent|wastes?|wasted|loses?|lost)\s+(?:about\s+|around\s+|~|over\s+)?\d+\s*(?:minutes?|mins?|hours?|h|days?|weeks?)\b|\bcosts? (?:us|them|customers|(?:the |our )?(?:\w+ )?(?:team|teams|staff|support|ops|finance))\b|\blos(?:e|es|ing) (?:money|revenue|sales|customers|deals)\b/,
  // People who would leave without it.
  churnThreat:
    /\b(?:will|would|might|could|are going to|threaten(?:ed)? to)\s+(?:stop using|leave us|churn|cancel|switch to a competitor)\b|\b(?:won't|will not|wouldn't|would not|don't|do not)\s+(?:switch|buy|sign|upgrade|renew|pay|subscribe)\b|\breasons?\s+(?:why\s+)?(?:people|customers|users|clients|subscribers)\s+(?:cancel|leave|churn|quit|give up)\b/,
  // The benefit part of a user story ("As a …, I want …, so that …"), unless it is about the code.
  storySoThat: /\bas an? [^,\n]{1,60}?,? i(?: want| need| would like|'d like| can| am able to|'m able to)\b[^\n]*?\bso that\s+(?!it\b|the (?:test|tests|build|field|column|flag|method|variable|name|names|code|value|query|config|warnings?|errors?|linter|lint|types?|ci|pipeline|compiler|deprecations?)\b)\w/,
  // "…, I want allergy flags on the meal plan, to keep campers safe": a purpose after a comma in a story.
  storyCommaTo: /\bas an? [^,\n]{1,60}?,? i(?: want| need| would like|'d like)\b[^\n]*?, (?:to|in order to) (?!be able\b)[a-z]+/,
  requestedBy: /\b(?:requested|asked for|voted|upvoted)\b[^.\n]{0,40}\b\d[\d,]{0,20}\s+(?:users?|customers?|people|accounts?|teams?)\b/,
  evidence: /\b\d+\s+of\s+(?:the\s+)?(?:last\s+)?\d+\s+(?:interviews|customers|users|calls|accounts)\b/,
  // Purpose clauses about the code, not about people: "so that the test passes", "so that it compiles".
  mechanical: /\bso(?:\s+that)?\s+(?:it|the\s+(?:test|tests|build|linter|field|column|flag|method|variable|scanner|cron|job|code|api|value|query|config))\b/,
};

// Value stated in prose, without a purpose clause: people doing repetitive or manual work at a cost
// ("ops restarts the importer by hand every night"), pain counted per period ("~40 tickets a week"),
// shares of people affected ("8% of mobile checkouts", "1 in 5 new signups"), business lost to
// competitors. Each needs a person or a business noun, so job durations ("the export takes 40
// minutes") and technical counts ("600 rows per batch") stay out.
//
// The rules that count on their own are two cue lists (grouped by first letter, one read only when the
// text has a digit); most texts then need one more scan, for the work words, before the toil rule reads
// their lines.
const STUCK =
  "(?:abandon|abandons|abandoned|give\\s+up|gives\\s+up|gave\\s+up|drop\\s+off|drops\\s+off|dropped\\s+off|churn|churns|churned|complain|complains|complained|get\\s+stuck|gets\\s+stuck|got\\s+stuck|struggle|struggles|can't\\s+find|cannot\\s+find|don't\\s+find|dont\\s+find|do\\s+not\\s+find|don't\\s+understand|dont\\s+understand|do\\s+not\\s+understand|open\\s+a\\s+dispute|file\\s+a\\s+complaint|open\\s+a\\s+(?:support\\s+)?ticket|(?:call|email|contact)\\s+support)";
// Shares of people or business: what a count or a percentage is of.
const SHARED =
  '(?:users|customers|signups|sign-ups|checkouts|accounts|tenants|merchants|visitors|buyers|shoppers|people|respondents|participants|admins|teams|companies|subscribers|members|students|teachers|schools|clients|partners|trials|revenue|arr|mrr|orders|bookings|sessions|installs|downloads)';
// Counted forms, read only when the text has a digit: pain per period ("~40 tickets a week", "€3k a
// month"), shares ("8% of mobile checkouts", "1 in 5 new signups", "6 of 8 people"; "for 10% of users" is a
// rollout), people counted in brackets, "#1 complaint". A number is at most 21 characters: an open
// "[\d,.]*" restarted at every digit of "1.1.1.…" and made 80 KB of it take seconds.
const COUNTED = cues([
  String.raw`\b\d[\d,.]{0,20}k?\+?\s+(?:(?:support|extra|duplicate|failed|manual|angry|accidental|customer|inbound|mass)\s+){0,2}(?:tickets|calls|emails|complaints|refunds|disputes|chargebacks|escalations|contacts|pages|scans|clicks|deletions|cancell?ations|returns|support\s+requests)\s+(?:a|per|every|each)\s+(?:day|week|month|quarter|year|shift|night)\b`,
  String.raw`\b(?:last|this|every|each|per)\s+(?:week|month|quarter|year|day)\b[^.;\n]{0,30}\b\d[\d,]{0,20}\s+(?:tickets|calls|emails|complaints|refunds|disputes|chargebacks|escalations|contacts|support\s+requests)\b`,
  String.raw`[€$£]\s?~?\d[\d,.]{0,20}\s*(?:k|m|million|thousand)?\b[^.;\n]{0,30}?\b(?:a|per|every|each)\s+(?:day|week|month|quarter|year)\b`,
  String.raw`\b\d+(?:\.\d+)?\s*%(?<!\b(?:for|to|on)\s~?\d+(?:\.\d+)?\s*%)\s+of\s+(?:(?:our|the|all|their)\s+)?(?:[a-z-]+\s+){0,2}?${SHARED}\b`,
  String.raw`\b\d+\s+(?:in|out\s+of)\s+(?:every\s+)?\d+\s+(?:[a-z-]+\s+)?(?:users|customers|signups|sign-ups|checkouts|accounts|visitors|buyers|shoppers|people|orders|bookings|sessions|merchants|teams|companies)\b`,
  String.raw`\b\d+\s+(?:of|out\s+of)\s+(?:the\s+)?(?:last\s+)?\d+\s+(?:people|users|customers|participants|testers|respondents|interviewees|schools|teams|companies|merchants|admins)\b`,
  String.raw`\b\d+(?:\.\d+)?\s*%\s+(?:drop-?off|abandonment|churn|bounce|fail(?:ure)?\s+rate)\b|\b(?:drop-?off|abandonment|churn|bounce)\s+(?:rate\s+)?(?:of|is|at|was)\s+~?\d+(?:\.\d+)?\s*%`,
  String.raw`\(\s*~?\d[\d,.]{0,20}\+?\s*k?\s+(?:accounts|customers|users|tenants|seats|merchants|schools|companies|stores|restaurants|clinics|members|subscribers)\b`,
  String.raw`#\s?1\s+(?:\w+\s+){0,2}?(?:complaint|complaints|feature\s+request|ask|pain\s+point|topic)\b`,
]);
// Worded forms: "most of our users", people affected, business lost to competitors, the top complaint,
// what happens otherwise, a team that cannot do its job, life made easier.
const WORDED = [
  // (worded shares are of people only: "half of the trials use the old library" is a fact about trials)
  String.raw`\b(?:most|half|a\s+third|two\s+thirds|a\s+quarter|the\s+majority)\s+of\s+(?:(?:our|the|all|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:users|customers|signups|sign-ups|accounts|tenants|merchants|visitors|buyers|shoppers|people|respondents|participants|admins|teams|companies|subscribers|members|students|teachers|schools|clients|partners)\b|\bnever\s+(?:convert|activate|come\s+back|return|finish|complete|upgrade|pay|renew)\b`,
  String.raw`\b(?:affects?|affecting|impacts?|impacting|hits?|hitting|blocks?|blocking)\s+(?:\w+\s+){0,2}?(?:all|every|most|many|~?\d[\d,.]{0,20}\+?k?)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:\w+\s+)?(?:users|customers|tenants|accounts|merchants|stores|shops|restaurants|teams|people|clients|partners|seats|schools|students|teachers|patients|drivers|agents|admins|members|subscribers|companies|employees|staff)\b`,
  String.raw`\brefund(?:ed|ing)?\s+(?:about\s+|around\s+|~|over\s+)?\d[\d,]{0,20}\s+(?:orders|customers|bookings|tickets|subscriptions|payments|users)\b`,
  String.raw`\bwithout\s+(?:asking|calling|emailing|contacting|messaging|pinging)\b(?<=\b(?:nobody|no\s+one|[a-z]+s)\s+(?:\w+\s+){0,2}(?:can|can't|cannot|could|couldn't)\b[^.\n]{0,60}without\s+\w+)`,
  String.raw`\blost\s+(?:\w+\s+){0,2}?(?:deals?|customers?|accounts?|sales|renewals?|revenue|clients?|subscribers?|users)\b(?!')`,
  String.raw`\b(?:move|moves|moving|moved|switch|switches|switching|switched|go|going|went|leave|leaving|churn)\s+(?:over\s+)?to\s+(?:a\s+|our\s+)?competitors?\b|\bcompetitors?\s+(?:already\s+)?(?:have|has|offer|offers|do|does|pay|pays|support|supports|ship|provide|provides|let)\b`,
  String.raw`\b(?:number\s+one|top|most\s+common|biggest|most\s+frequent|main)\s+(?:\w+\s+){0,2}?(?:complaint|complaints|feature\s+request|ask|pain\s+point|support\s+topic|topic|reason\s+(?:for|why)\s+(?:refunds?|churn|cancell?ations?|tickets?|calls|complaints|people|customers|users))\b`,
  String.raw`\botherwise\s+(?:we|they|customers|users|people)\s+(?:\w+\s+)?(?:lose|loses|miss|won't|can't|cannot|will\s+(?:lose|leave|churn|miss|stop)|would\s+(?:lose|leave|churn|miss|stop))\b|\b(?:blocking|costing|hurting)\s+(?:their|our\s+customers'?|customers'?)\s+\w+`,
  // deals on hold, demand heard in every interview, people who need this ("without this, new admins…")
  String.raw`\b(?:deals?|renewals?|contracts?|purchases?|upgrades?)\s+(?:is\s+|are\s+|was\s+)?(?:on\s+hold|stalled|at\s+risk)\b|\bput\s+(?:the|their|a|our)\s+(?:deal|renewal|contract|purchase|upgrade|rollout)\s+on\s+hold\b`,
  String.raw`\b(?:in|across)\s+(?:every|most|all|each|several|many)\s+(?:\w+\s+)?(?:interviews?|surveys?|(?:customer|user|sales|discovery)\s+calls?)\b|\bwithout\s+(?:this|it)\s*,\s+(?:\w+\s+){0,2}?${PEOPLE_NOUNS}\b`,
  String.raw`\b(?:sales|support|finance|marketing|ops|team)\s+(?:can't|cannot|is\s+unable\s+to|are\s+unable\s+to)\s+(?!reproduce|repro\b)`,
  String.raw`\bmake\s+(?:(?:their|our|your|everyone's|people's)\s+)?(?:life|lives|jobs?|work|day)\s+(?:\w+\s+){0,2}?(?:easier|simpler|better|less\s+painful)\b|\b(?:easier|simpler|faster|quicker)\s+for\s+(?:the\s+)?(?:\w+\s+)?${PEOPLE_NOUNS}\b`,
];

// People stuck, giving up or calling us: "6 of 8 people gave up", "small landlords don't understand the
// deposit screen and call us". A regex of its own: in the cue list its people lookbehind would be copied
// under each first letter of the verbs and push the list past 20 KB.
const PEOPLE_STUCK = new RegExp(String.raw`\b${STUCK}\b(?<=\b${PEOPLE_NOUNS}\s+(?:\w+\s+){0,2}?${STUCK})`);

/** The toil rule: a person, their manual or repeated work, and how often or how long, in one paragraph. */
const TOIL = {
  people: cues([String.raw`\b(?:they|them|${PEOPLE_NOUNS})\b`]),
  work: cues([
    String.raw`\b${STUCK}\b`,
    String.raw`\b(?:by\s+hand|manually|one\s+by\s+one|one\s+at\s+a\s+time|twice|from\s+scratch|re-?(?:key|type|enter|creat|build)\w*|rebuild\w*|recreat\w*|cop(?:y|ies|ying)\b[^.;\n]{1,60}?\binto|past(?:e|es|ed|ing)\b[^.;\n]{1,60}?\binto|click(?:s|ing)?\s+through|walk(?:s|ing)?\s+(?:people|them|customers|users|clients|new\s+\w+)\s+through|check(?:s|ing)?\s+(?:two|three|four|several|multiple|\d+)\s+(?:different\s+)?(?:screens|tools|systems|places|apps|tabs|spreadsheets)|switch(?:es|ing)?\s+between|(?:have|has|had)\s+to|are\s+forced\s+to|(?:call|calls|email|emails|phone)\s+(?:us|support)|chas(?:e|es|ing)|wait(?:s|ing)?|wast(?:e|es|ing)|spend(?:s|ing)?|gets?\s+paged|paged|woken\s+up|interrupted|adds?\s+up|walk(?:s|ing)?\s+(?:to|over|back)|the\s+same\s+\w+(?:\s+\w+)?\s+(?:again|over\s+and\s+over|for\s+every|every|each)|handles?|answers?|(?:asks?|asked|asking)\s+(?:for|about|us|support|how|whether|where|why|when|if))\b`,
  ]),
  rate: cues([
    String.raw`\b(?:usually|often|always|regularly|constantly|daily|weekly|monthly|nightly|for\s+(?:every|each)\s+(?:single\s+)?\w+|every\s+(?:single\s+)?(?:prescription|invoice|ticket|return|shipment|patient|booking|customer|event|job|label|delivery|payment|claim|case|visit|call|email)|every\s+(?:single\s+)?(?:time|day|morning|evening|night|week|weekend|month|quarter|term|semester|shift|handover|order|monday|tuesday|wednesday|thursday|friday|year)|each\s+(?:time|day|morning|evening|night|week|month|term|shift)|(?:\d+|two|three|four|five|six|ten|several|many)\s+times|(?:a|per)\s+(?:day|week|month|term|quarter|year)|per\s+(?:shift|order|handover)|month[- ]end|(?:~?\d+(?:[-–]\d+)?|an?|one|two|three|four|five|several|a\s+few|half\s+an?)\s+(?:full\s+|whole\s+|entire\s+|extra\s+|business\s+|working\s+)?(?:minutes?|mins?|hours?|days|evenings?|afternoons?|mornings?|weekends?|weeks)|takes?\s+(?:days|hours|weeks|ages|forever)|(?:a\s+full|an\s+entire|the\s+whole)\s+(?:day|evening|afternoon|morning|weekend|week))\b`,
  ]),
};

const PROSE_LINE_LIMIT = 600;

/** Value stated in prose, without a purpose clause. */
function proseValue(lower: string, lines: readonly string[]): boolean {
  if (/\d/.test(lower) && COUNTED.test(lower)) return true;
  // The work words (the stuck verbs among them) are the rarest: one scan before the rest.
  if (!TOIL.work.test(lower)) return false;
  if (PEOPLE_STUCK.test(lower)) return true;
  for (const line of lines) {
    const unit = line.length > PROSE_LINE_LIMIT ? line.slice(0, PROSE_LINE_LIMIT) : line;
    if (TOIL.work.test(unit) && TOIL.rate.test(unit) && TOIL.people.test(unit)) return true;
  }
  return false;
}

// Rules that need no gate and count on their own, the worded prose forms included, read in one scan
// grouped by first letter instead of seven (the list stays under the 20 KB a regex can have before the
// engine stops optimising it).
const STANDALONE = cues([...[RE.effect, RE.requestedBy, RE.evidence, RE.goalSentence, RE.costToday, RE.churnThreat].map((re) => re.source), ...WORDED]);

const RATED = /^(?:#{1,6}\s*|h[1-6]\.\s*)?[*_]{0,2}(?:impact|value|business value|user value|customer value|goal|target|kpi)[*_]{0,2}\s*[:\-—–]/;
const WANT = /\bi(?: want| need| would like|'d like|’d like| wish)\b/;

export function hasValueStatement(text: string, _options?: ClassifyOptions): boolean {
  const { lower, lines } = tokens(text);
  for (let i = 0; i < lines.length; i++) {
    const m = RE.heading.exec(lines[i] as string);
    if (m) {
      const rest = (m[1] ?? '').trim();
      const next = lines[i + 1];
      const line = lines[i] as string;
      const placeholder = /^(?:tbd|n\/a|todo|none)\b/.test(rest);
      // "Impact: High - all regions" or "Value: 3" is a rating field, not a reason.
      const rating = RATED.test(line) && /^(?:low|medium|high|critical|major|minor|blocker|p[0-4]|\d+)\b/.test(rest);
      if ((rest.length >= 8 && !placeholder && !rating) || (!rest && next !== undefined && next.length >= 15)) return true;
    }
  }
  // Each rule is gated by a literal it cannot match without, so most texts skip most regexes.
  const has = (literal: string): boolean => lower.includes(literal);
  if (has('so ') && (RE.soThat.test(lower) || RE.soCan.test(lower) || RE.storySoThat.test(lower))) return true;
  if (has('in order') && RE.inOrderTo.test(lower) && (WANT.test(lower) || !RE.mechanical.test(lower))) return true;
  if (has('because') && RE.becausePeople.test(lower)) return true;
  if (STANDALONE.test(lower) || RE.helps.test(lower)) return true;
  if ((has('keep') || has('retain')) && RE.keepPeople.test(lower)) return true;
  if (has('sav') && RE.savesTime.test(lower)) return true;
  if (has('benefit') && RE.benefit.test(lower)) return true;
  if (has(', to ') && RE.storyCommaTo.test(lower)) return true;
  return proseValue(lower, lines);
}
