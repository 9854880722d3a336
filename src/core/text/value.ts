// Value statement: does the text say why, for whom, or what outcome/metric? Strict on purpose
// (precision ≥ 0.9 is the goal): "because the token is null" and "so that the test passes" are
// reasons, not value; a purpose only counts when it reaches people or a business outcome.
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';

// People a benefit can reach, as words (plural and singular), including pronouns of the reader/team.
const PEOPLE_NOUNS =
  '(?:people|persons?|users?|customers?|clients?|buyers?|shoppers?|sellers?|merchants?|visitors?|guests?|members?|subscribers?|admins?|administrators?|managers?|owners?|agents?|staff|employees?|colleagues?|team|teams|teammates?|support|sales|finance|marketing|ops|operators?|engineers?|developers?|maintainers?|contributors?|analysts?|editors?|authors?|readers?|teachers?|students?|parents?|nurses?|doctors?|patients?|clinicians?|drivers?|riders?|passengers?|travell?ers?|tenants?|landlords?|partners?|vendors?|suppliers?|prospects?|leads|accounts?|companies|businesses|restaurants?|shops?|stores?|volunteers?|moderators?|reviewers?|players?|learners?|citizens?|residents?|technicians?|workers?|clerks?|reps?|newcomers?|beginners?)';
const PEOPLE = `(?:i|we|you|they|them|he|she|me|us|my|our|your|their|nothing|no one|nobody|everyone|everybody|${PEOPLE_NOUNS})`;
// Business outcomes a metric or an effect can be about.
const OUTCOME =
  '(?:churn|conversion|conversions|retention|revenue|sales|upgrades?|sign-?ups?|signups|activation|adoption|engagement|satisfaction|nps|csat|tickets?|calls|complaints|support|costs?|spend|time|hours?|minutes?|days?|weeks?|errors?|mistakes|abandonment|drop-?off|bounce|deals?|renewals?|trust|loyalty|onboarding|productivity|efficiency|workload|risk|fraud|compliance|usage|traffic|orders|bookings|customers?|users?|people|staff|teams?|admins?|agents?|owners?)';
const RE = {
  // "so that I can…", "so that our customers…", "so we can…" — a person within the first words.
  soThat: new RegExp(`\\bso that\\s+(?:\\S+\\s+){0,2}?${PEOPLE}\\b(?!\\s*(?:'s|’s))`),
  soCan: /\bso (?:i|we|you|they|users|customers|people) (?:can|could|will|won't|don't|do not|no longer|get to|never|always|only)\b/,
  // "in order to keep customers" — any purpose except the mechanics of debugging or unblocking.
  inOrderTo: /\bin order (?:to|for)\s+(?!(?:reproduce|repro|debug|test|trigger|verify|check|see|run|unblock|fix|make the (?:test|build)|get the (?:build|test))\b)\w+/,
  // "because our French customers can't…", "because they lose track".
  becausePeople: new RegExp(`\\bbecause\\s+(?:\\S+\\s+){0,4}?(?:they|them|their|${PEOPLE_NOUNS})\\b`),
  // "this will reduce support tickets", "should lift conversion", "saves them half an hour".
  effect: new RegExp(
    `\\b(?:reduc\\w*|increas\\w*|improv\\w*|cuts?|cutting|lift\\w*|lower\\w*|boost\\w*|rais\\w*|sav(?:e|es|ing)|grow\\w*|decreas\\w*|free(?:s|ing)? up|speed\\w* up|shorten\\w*|halv\\w*|minimi[sz]\\w*|maximi[sz]\\w*|prevent\\w*|avoid\\w*|unblock\\w*|win|wins|retain\\w*|keep\\w*|gives?\\s+\\S+\\s+back)\\s+(?:\\S+\\s+){0,4}?${OUTCOME}\\b`,
  ),
  // "This will let account managers…", "would help maintainers", "lets owners…".
  helps: new RegExp(`\\b(?:(?:will|would|should|could|to|this|it|which)\\s+(?:help|let|allow|enable|give)|helps|lets|allows|enables|gives)\\s+(?:\\S+\\s+){0,1}?${PEOPLE}\\b`),
  // A heading or label for a value section followed by its content on the same line or the next one.
  heading:
    /^(?:#{1,6}\s*|h[1-6]\.\s*)?[*_]{0,2}(?:why|why this matters|why it matters|motivation|rationale|business value|user value|customer value|value|impact|goal|goals|outcome|outcomes|desired outcome|expected outcome|success metrics?|success measures?|kpis?|metric|metrics|targets?|use case|hypothesis|who benefits|for whom|benefits?|the reason(?: we want this)?|problem statement|user problem|customer problem)[*_]{0,2}\s*(?:(?::|-|—|–)[*_]{0,2}\s*(.*))?$/,
  requestedBy: /\b(?:requested|asked for|voted|upvoted)\b[^.\n]{0,40}\b\d[\d,]*\s+(?:users?|customers?|people|accounts?|teams?)\b/,
  evidence: /\b\d+\s+of\s+(?:the\s+)?(?:last\s+)?\d+\s+(?:interviews|customers|users|calls|accounts)\b/,
  // Purpose clauses about the code, not about people: "so that the test passes", "so that it compiles".
  mechanical: /\bso(?:\s+that)?\s+(?:it|the\s+(?:test|tests|build|linter|field|column|flag|method|variable|scanner|cron|job|code|api|value|query|config))\b/,
};

const WANT = /\bi (?:want|need|would like|'d like|wish)\b/;

export function hasValueStatement(text: string, _options?: ClassifyOptions): boolean {
  const { lower, lines } = tokens(text);
  for (let i = 0; i < lines.length; i++) {
    const m = RE.heading.exec(lines[i] as string);
    if (m) {
      const rest = (m[1] ?? '').trim();
      const next = lines[i + 1];
      if ((rest.length >= 8 && !/^(?:tbd|n\/a|todo)\b/.test(rest)) || (!rest && next !== undefined && next.length >= 15)) return true;
    }
  }
  if (RE.soThat.test(lower) || RE.soCan.test(lower)) return true;
  if (RE.inOrderTo.test(lower) && (WANT.test(lower) || !RE.mechanical.test(lower))) return true;
  if (RE.becausePeople.test(lower)) return true;
  if (RE.effect.test(lower)) return true;
  if (RE.helps.test(lower)) return true;
  if (RE.requestedBy.test(lower) || RE.evidence.test(lower)) return true;
  return false;
}
