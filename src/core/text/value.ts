// Value statement: does the text say why, for whom, or what outcome/metric? Strict on purpose
// (precision ≥ 0.9 is the goal): "because the token is null" and "so that the test passes" are
// reasons, not value; a purpose only counts when it reaches people or a business outcome.
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';

// People a benefit can reach, as words (plural and singular), including pronouns of the reader/team.
const PEOPLE_NOUNS =
  '(?:people|persons?|users?|customers?|clients?|buyers?|shoppers?|sellers?|merchants?|visitors?|guests?|members?|subscribers?|admins?|administrators?|managers?|owners?|agents?|staff|employees?|colleagues?|team|teams|teammates?|support|sales|finance|marketing|ops|operators?|engineers?|developers?|maintainers?|contributors?|analysts?|editors?|authors?|readers?|teachers?|students?|parents?|nurses?|doctors?|patients?|clinicians?|drivers?|riders?|passengers?|travell?ers?|tenants?|landlords?|partners?|vendors?|suppliers?|prospects?|leads|accounts?|companies|businesses|restaurants?|shops?|stores?|volunteers?|moderators?|reviewers?|players?|learners?|citizens?|residents?|technicians?|workers?|clerks?|reps?|newcomers?|beginners?)';
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
  helps: new RegExp(`\\b(?:(?:will|would|should|could|to|this|it|which)\\s+(?:help|let|allow|enable|give)|helps|lets|allows|enables|gives)\\s+(?:\\S+\\s+){0,1}?${PEOPLE}\\b`),
  // A heading or label for a value section followed by its content on the same line or the next one.
  heading:
    /^(?:#{1,6}\s*|h[1-6]\.\s*)?[*_]{0,2}(?:why\??|why this matters|why it matters|why (?:is this|this is|it is|it's) (?:important|needed|valuable|useful)\??|why we need (?:this|it)|why now\??|motivation|rationale|business value|user value|customer value|value|impact|goal|goals|outcome|outcomes|desired outcome|expected outcome|success metrics?|success measures?|kpis?|metric|metrics|targets?|use case|business case|hypothesis|who benefits|for whom|benefits?|the reason(?: we want this)?|problem statement|user problem|customer problem)[*_]{0,2}\s*(?:(?::|-|—|–)[*_]{0,2}\s*(.*))?$/,
  // "The goal is to halve…", "the aim is…".
  goalSentence: /\b(?:the|our) (?:goal|aim|objective|purpose) (?:is|here is) to\b/,
  // Time or money people lose today: "our ops team spends 20 minutes…", "costs us €40k".
  costToday: /\b(?:spends?|spent|wastes?|wasted|loses?|lost)\s+(?:about\s+|around\s+|~|over\s+)?\d+\s*(?:minutes?|mins?|hours?|h|days?|weeks?)\b|\bcosts? (?:us|them|customers)\b|\blos(?:e|es|ing) (?:money|revenue|sales|customers|deals)\b/,
  // People who would leave without it.
  churnThreat:
    /\b(?:will|would|might|could|are going to|threaten(?:ed)? to)\s+(?:stop using|leave us|churn|cancel|switch to a competitor)\b|\b(?:won't|will not|wouldn't|would not|don't|do not)\s+(?:switch|buy|sign|upgrade|renew|pay|subscribe)\b|\breasons?\s+(?:why\s+)?(?:people|customers|users|clients|subscribers)\s+(?:cancel|leave|churn|quit|give up)\b/,
  // The benefit part of a user story ("As a …, I want …, so that …"), unless it is about the code.
  storySoThat: /\bas an? [^,\n]{1,60}?,? i(?: want| need| would like|'d like| can| am able to|'m able to)\b[^\n]*?\bso that\s+(?!it\b|the (?:test|tests|build|field|column|flag|method|variable|name|names|code|value|query|config|warnings?|errors?|linter|lint|types?|ci|pipeline|compiler|deprecations?)\b)\w/,
  // "…, I want allergy flags on the meal plan, to keep campers safe": a purpose after a comma in a story.
  storyCommaTo: /\bas an? [^,\n]{1,60}?,? i(?: want| need| would like|'d like)\b[^\n]*?, (?:to|in order to) (?!be able\b)[a-z]+/,
  requestedBy: /\b(?:requested|asked for|voted|upvoted)\b[^.\n]{0,40}\b\d[\d,]*\s+(?:users?|customers?|people|accounts?|teams?)\b/,
  evidence: /\b\d+\s+of\s+(?:the\s+)?(?:last\s+)?\d+\s+(?:interviews|customers|users|calls|accounts)\b/,
  // Purpose clauses about the code, not about people: "so that the test passes", "so that it compiles".
  mechanical: /\bso(?:\s+that)?\s+(?:it|the\s+(?:test|tests|build|linter|field|column|flag|method|variable|scanner|cron|job|code|api|value|query|config))\b/,
};

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
  if (RE.effect.test(lower) || RE.helps.test(lower)) return true;
  if ((has('keep') || has('retain')) && RE.keepPeople.test(lower)) return true;
  if (has('sav') && RE.savesTime.test(lower)) return true;
  if (has('benefit') && RE.benefit.test(lower)) return true;
  if (RE.requestedBy.test(lower) || RE.evidence.test(lower)) return true;
  if (RE.goalSentence.test(lower) || RE.costToday.test(lower) || RE.churnThreat.test(lower)) return true;
  if (has(', to ') && RE.storyCommaTo.test(lower)) return true;
  return false;
}
