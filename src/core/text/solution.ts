// Solution-oriented: does the text prescribe HOW to build (technology, data store, widget, algorithm,
// code) rather than the problem and its outcome? Naming a technology is not enough: "the API returns
// 500" is context in a bug report. It takes a prescription — a building verb before the technical
// term ("store it in Redis", "add a dropdown"), a user story whose "I want" part names one, an
// implementation section, or code written as a proposal.
import type { ClassifyOptions } from './types';
import { tokens } from './tokens';
import { gated } from './gate';

// Technical terms: widgets, data stores and schema, protocols, platforms, libraries, algorithms, code shapes.
// Deliberately left out because they are everyday words in problem statements: api, app, page, screen,
// form, menu, tab, queue, topic, worker, switch, email, data, csv, pdf, search, filter, link.
const TECH = [
  // UI widgets
  'drop-?downs?', 'modals?', 'buttons?', 'check-?box(?:es)?', 'radio(?: buttons?)?', 'toggle (?:switch|button)(?:es)?s?', '(?:a|the) toggle', 'tool-?tips?', 'toasts?',
  'spinners?', 'carousels?', 'accordions?', 'sidebars?', 'side-?panels?', 'nav-?bars?', 'hamburger (?:menu|icon|button)s?', '(?:slide-?out|navigation|nav|side) drawers?', 'tabs',
  'wizards?', 'steppers?', 'icons?', 'date-?pickers?', 'date picker', 'auto-?complete', 'typeahead', 'sliders?',
  'pop-?ups?', 'pop-?overs?', 'overlays?', 'banners?', 'tree ?views?', 'breadcrumbs?', 'pagination', 'infinite scroll',
  'progress bars?', '(?:pie|bar|line|donut) charts?', 'widgets?', 'slide-?overs?', '(?:modal|confirmation|pop-?up) dialogs?', 'dialog box(?:es)?', 'text ?fields?', 'input fields?',
  'drop ?zones?', 'grid of', 'lightbox', 'kanban board', 'context menus?', '(?:nav|navigation|side|drop-?down) menus?',
  // data stores and schema
  // not "book a table": a table only counts outside dining and booking talk
  '(?<!(?:book|reserve|booking|reserving|dinner|dining|free|round|seating|pool|coffee|kitchen|times) (?:a |an |the |my |our )?)tables?',
  'columns?', 'index(?:es)? on', 'indexed (?:by|on|in)', 'search index(?:es)?', '(?:db|database|composite|unique|b-?tree|gin) index(?:es)?', 'db schema', 'database schema', '(?:db|database|schema|data) migrations?', 'migration (?:script|file)s?', 'foreign keys?', 'fk', 'primary keys?', 'jsonb',
  'materiali[sz]ed views?', '(?:db|database|sql|mysql|postgres) triggers?', 'sql', 'nosql', 'postgres(?:ql)?', 'mysql', 'sqlite',
  'mongo(?:db)?', 'redis', 'memcached?', 'elastic(?:search)?', 'opensearch', 'dynamo(?:db)?', 'bigquery', 'snowflake',
  's3', 'cassandra', 'localstorage', 'local storage', 'sessionstorage', 'indexeddb', 'cookie', 'caches?', 'ttl',
  'kafka', 'rabbitmq', 'sqs', 'sns', 'pub/?sub', 'dead-?letter', 'message queues?', 'bloom filter', 'hash ?maps?',
  'min-?heap', 'max-?heap', 'priority queues?', 'lru', 'b-?tree', 'gin index', 'tsvector', 'full-?text search',
  // protocols, platforms, libraries
  'endpoints?', 'rest api', 'restful', 'rest endpoints?', 'graphql', 'grpc', 'webhooks?', 'web-?sockets?', 'server-sent events', 'sse', 'json',
  'jwt', 'oauth2?', 'saml', 'pkce', 'lambdas?', 'micro-?services?', 'cron(?: ?jobs?)?', 'web workers?',
  'service workers?', 'cdn', 'nginx', 'docker', 'kubernetes', 'k8s', 'react(?!\\s+(?:to|faster|quickly|slowly|when|in time|before|on|with))', 'vue', 'angular', 'svelte', 'preact',
  'd3', 'chart\\.js', 'zustand', 'redux', 'firebase', 'auth0', 'stripe checkout', 'algolia', 'sentry', 'launchdarkly',
  'feature flags?', 'airflow', 'apache spark', 'spark (?:jobs?|cluster|mllib|streaming)', 'mllib', 'puppeteer', 'xhr', 'ajax', '(?:ui|react|vue|angular|shared|reusable) components?', 'serializers?',
  'regex(?:es)?', 'regular expressions?', 'algorithms?', 'quicksort', 'levenshtein', 'token bucket', 'collaborative filtering',
  'moment\\.js', 'date-fns', 'lodash', 'jquery', 'tailwind', 'bootstrap', 'headless ui', 'react-\\w+', 'golang', 'in go',
  'python', 'java', 'node\\.?js', 'typescript', '(?:in|with|using) rust', 'aws', 'gcp', 'azure', 'api gateway', 'load balancers?',
  'idb-keyval', 'prosemirror', 'p-retry', 'lru-cache', 'csv-stringify', 'slash commands?', 'slack bots?', 'chat ?bots?', 'google sheets?',
  'presigned urls?', 'hmac',
  // observability, search, frameworks and infrastructure products often named as the way to build something
  'new relic', 'datadog', 'grafana', 'prometheus', 'splunk', 'kibana', 'opentelemetry', 'solr', 'lucene', 'neo4j',
  'couchdb', 'firestore', 'supabase', 'hasura', 'prisma', 'sequelize', 'hibernate', 'orm', 'django', 'flask', 'ruby on rails', 'rails (?:app|controller|model)s?',
  'laravel', 'spring boot', 'spring framework', 'express\\.?js', 'nestjs', 'next\\.js', 'nuxt', 'celery', 'sidekiq', 'terraform',
  'ansible', 'helm charts?', 'jenkins', 'github actions', 'sftp', 'smtp', 'blob storage', 'cosmos ?db', 'tokeni[sz]ers?',
  'parsers?', 'recursive-descent', 'circuit breakers?', 'resilience4j', 'virtuali[sz]ed lists?', 'react-window',
  'formik', 'tiptap', 'wysiwyg', 'snowflake', 'snowpipe', 'chatbot widget', 'web components?', 'iframes?',
  'css', 'svg', 'webgl', 'wasm', 'webassembly', 'http/2', 'protobuf', 'avro', 'parquet', 'yaml', 'memoi[sz]\\w*', 'debounc\\w*', 'throttl\\w*', 'abortcontroller', 'weakmaps?', 'promise\\.all', 'async/await', 'mutex(?:es)?', 'semaphores?', 'thread pools?', 'singletons?', 'enums?', 'exponential backoff', 'retry options?', 'web-?hooks?',
];
// Keeping data somewhere named: "store the drafts in the database", "write them to disk". A database
// named as a place to search ("find a recipe in the database") is not a prescription.
const STORE_IN = gated(
  /\b(?:store|stores|stored|storing|save|saves|saved|saving|persist\w*|write|writes|written|writing|keep|kept|migrate\w*|insert\w*|cache|cached)\b[^.!?\n]{0,40}?\b(?:in|into|to)\s+(?:a|an|the|our|its|my|their|a separate|a new)?\s*(?:\w+\s+)?(?:database|db|data ?base|data ?warehouse|file ?system|disk)\b/);
const TECH_RE = `(?:${TECH.join('|')})`;
// Code-shaped text: `inline code`, dotted names (array.includes), {{wiki monospace}}, snake_case, call(),
// HTTP verb + path, /api/ paths, O(n).
const CODE_RE = '(?:`[^`\\n]+`|\\b[a-z_]{3,}\\.[a-z_]{3,}\\b|\\{\\{[^{}\\n]+\\}\\}|\\b[a-z]+_[a-z0-9_]+\\b|\\b\\w+\\(\\)|\\b(?:get|post|put|patch|delete) /\\S+|/api/\\S*|\\bo\\(n)';
const TERM = `(?:\\b${TECH_RE}\\b|${CODE_RE})`;

// Building verbs and phrasings that prescribe. "add a …", "store … in", "should become a …", "via …".
const PRESCRIBE =
  "\\b(?:use|using|uses|implement\\w*|add|adding|create|creating|build|built|store|stored|storing|save[ds]? (?:in|to|into)|persist\\w*|replace|replacing|migrate|moving|move|switch(?:ing)? (?:to|from)|swap\\w*|introduce|refactor\\w*|wrap\\w*|expose|write|render\\w*|put|cache|index|wire|generate|pipe|backfill|should (?:be|become|use|have)|become|via|through|backed by|built with|powered by|based on|on top of|with an?|as an?|in an?|into an?|instead of|rather than|drop|set up|setup|integrate|deploy|run|show an?|display an?|change (?:\\w+ ){0,3}to|make (?:it|this) an?|it would be (?:cleaner|better|easier|simpler) to|suggestion|let's|we should|i'd|suggest\\w*|propos\\w*|just)\\b";
const SENTENCE = `[^.!?\\n]`;
const IMPERATIVE =
  /^(?:[-*#]\s*)?(?:let's |we should |please |just |i'd |suggest(?:ion)?:? )?(?:use|implement|add|create|build|store|persist|replace|migrate|move|switch|swap|introduce|refactor|wrap|expose|write|render|put|cache|index|wire|generate|backfill|set up|integrate|show|display|change)\b(?!\s+(?:is|was|are|were|has|had|fails|failed|broke|breaks|keeps|still|doesn't|does not)\b)/;
const PRESCRIPTION = new RegExp(`${PRESCRIBE}${SENTENCE}{0,60}?${TERM}`);
// A term is a named technology or code-shaped text. The technologies are hundreds of words, so their
// regex sits behind a gate (gate.ts) and runs only on texts that hold one of them.
const TECH_ONLY = gated(new RegExp(`\\b${TECH_RE}\\b`));
const CODE_ONLY = new RegExp(CODE_RE);

/** Whether `text` names a technical term: what one regex of TERM would say, in two parts. */
function namesTerm(text: string): boolean {
  return TECH_ONLY.test(text) || CODE_ONLY.test(text);
}
// A sentence that reports a defect or a symptom: the technology in it is context, not a prescription.
const BUG = gated(
  /\b(?:error|errors|exception|fail|fails|failed|failing|crash\w*|returns? (?:a |an |the )?\d{3}|\d{3}s\b|time-?outs?|timing out|timed out|broken|bug|expected:|actual:|does nothing|doesn't work|does not work|not working|missing|ignored|silently|cut off|misaligned|twice|slow|lag|hangs?|hung|blank|throws?|thrown|wrong|undefined|null|stack ?trace|regression|repro\w*|steps to|can't see|cannot|is red|keeps? growing|grew|disk usage|lost|lose|(?:does not|doesn't|won't|can't|cannot) (?:start|load|open|connect|run)|blocks? the build|is down|stuck|eats)\b/);
// Section names under which the text describes the implementation.
const IMPLEMENTATION_HEADING =
  /^(?:#{1,6}\s*|h[1-6]\.\s*)?[*_]{0,2}(?:implementation(?: notes| details| plan)?|technical (?:approach|design|notes|solution)|tech(?:nical)? notes|solution|proposed solution|proposal|approach|how|possible (?:fix|solution)|suggested (?:fix|solution)|proposed fix|describe the solution you'd like)[*_]{0,2}\s*:?\s*$/;
// Lines of a bug-report template: in such a text, commands and code are how to reproduce, not a proposal.
const BUG_TEMPLATE = /^[*_#\s]*(?:steps to reproduce|to reproduce|expected(?: behaviou?r| result)?|actual(?: behaviou?r| result)?|repro|describe the bug)\b/;
// {noformat} blocks are mostly pasted logs, so only code blocks count.
const CODE_FENCE = /^(?:```|\{code)/;
// The need in a user story: what follows "I want" up to the benefit.
const WANT_PART = /\bi(?: want| need| would like|'d like|’d like| wish| can| am able to|'m able to)\b([^]*?)(?:\bso that\b|\bso i\b|\bin order to\b|$)/;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

export function isSolutionOriented(text: string, _options?: ClassifyOptions): boolean {
  const { lower, lines } = tokens(text);
  // Most texts name no technology and hold no code: one scan settles them.
  if (!namesTerm(lower) && !lower.includes('```') && !lower.includes('{code') && !STORE_IN.test(lower)) return false;
  const want = WANT_PART.exec(lower);
  if (want && /\bas an? \w/.test(lower)) {
    const need = want[1] ?? '';
    if (!BUG.test(need) && namesTerm(need)) return true;
  }
  let underImplementation = false;
  let bugText = false;
  for (const line of lines) {
    if (BUG_TEMPLATE.test(line) || /^at [\w.$]+\(/.test(line)) bugText = true;
  }
  for (const line of lines) {
    if (IMPLEMENTATION_HEADING.test(line)) {
      underImplementation = true;
      continue;
    }
    if (underImplementation && namesTerm(line)) return true;
    if (!bugText && CODE_FENCE.test(line)) return true;
    if (underImplementation) continue;
    for (const s of sentences(line)) {
      // A defect sentence names technology as context, unless it opens with a building verb ("Add a tooltip … error text").
      if (bugText || (BUG.test(s) && !IMPERATIVE.test(s))) continue;
      if (PRESCRIPTION.test(s) || STORE_IN.test(s)) return true;
    }
  }
  return false;
}
