import { describe, expect, it } from 'vitest';
import { cues } from './cues';
import { proseOf, reuseProse } from './prose';
import { toneOf } from './tone';
import { TONE_WORDS } from './tone-lexicon';

describe('toneOf', () => {
  it.each([
    // engineering jargon that a general-purpose lexicon reads as violent or sad
    ['kill the process', 'Kill the process before running the migration.'],
    ['blocks the build', 'This bug blocks the build on ARM runners.'],
    ['fails on null', 'Fails on null when the customer has no billing address.'],
    ['fatal error', 'Fatal error in module loader when the config file is missing.'],
    ['abort', 'The job aborts after 30 minutes because of the hard timeout.'],
    ['dead code', 'Remove dead code in the legacy exporter.'],
    ['execute', 'Execute the seed script with --force to reset the sandbox.'],
    ['attack surface', 'This widens the attack surface of the admin endpoint.'],
    ['critical issue', 'Critical issue: the webhook returns 500 for all EU merchants.'],
    ['problem', 'Problem: the CSV export truncates long names.'],
    ['a defect report with negation', "It doesn't work on Firefox, the button stays disabled."],
    ['not working', 'Not working with Node 18, works with Node 20.'],
    ['a courtesy closing on a technical comment', 'Could you rebase onto main and re-run the pipeline? The failing test is unrelated. Thanks.'],
    ['thanks before a request for information', 'Thanks for the report. Can you share your config file and the full log?'],
    ['bare thanks', 'ok thanks'],
    ['mild "not bad" in a review', 'Not bad as a first pass; a couple of comments inline.'],
    ['approval without warmth', 'Approved, but please squash before merging.'],
    ['a good question answered', 'Good question — the limit comes from the upstream API.'],
    ['sorry for the delay', 'Sorry for the late reply, I was out last week. The config lives in infra/prod.'],
    ['quoted anger, neutral reply', '> This is ridiculous, nobody tested this!\n\nThe fix is in #2290, it was a missing index.'],
    ['anger inside a code block', 'Log below.\n\n```\nERROR fatal: this is terrible, abort abort\n```'],
    ['a stack trace', 'Crash on save:\njava.lang.IllegalStateException: dead connection\n\tat com.acme.Db.kill(Db.java:12)'],
    ['a contraction that is not a word ("I\'ll" is not "ill")', "Still no response from the vendor on the quote, I'll follow up Monday."],
    ['a count of runs, calmly', 'Fourth run of the benchmark today, numbers are consistent with the first three.'],
    ['"at this rate" as an estimate', 'At this rate the backfill finishes around 3pm.'],
    ['an empty text', ''],
  ])('neutral: %s', (_name, text) => {
    expect(toneOf(text)).toBe('neutral');
  });

  it.each([
    ['sarcasm with an eye-roll', 'great, another breaking change 🙄'],
    ['sarcastic praise opener', 'Perfect. Now nothing builds.'],
    ['sarcastic "oh great"', 'Oh great, the build is red again.'],
    ['exasperation with caps and ?!', 'Why is this STILL broken?!'],
    ['blame', 'You broke it again.'],
    ['blame on a change', 'Your change broke the nightly export, and finance is on my back.'],
    ['resignation: whatever', 'Whatever, ship it.'],
    ['resignation: give up', 'I give up.'],
    ["resignation: my view doesn't matter", "Doesn't matter what I think, it's decided anyway."],
    ['repetition', 'How many times do I have to say that staging is not production?'],
    ['frustration named', "I'm frustrated that we keep getting requirements after the sprint starts."],
    ['disappointment', 'Really disappointed with how this release was handled.'],
    ['a technical comment ending in exasperation', 'The cron runs twice because both pods think they are leader.\n\nHonestly this is getting ridiculous.'],
    ['a rhetorical "did anyone test"', 'Did anyone even test this before merging?'],
    ['scare quotes', "This 'feature' has cost us two days of debugging."],
    ['curt praise closing a complaint', 'Again we find out about the launch from the marketing email. Great communication.'],
    ['a negated phrase', 'Not cool to merge this while I was on holiday.'],
    ['non-native complaint', 'We have this problem since one year and nobody respond. Very bad support.'],
    ['recurrence without cue words', 'third time this sprint the staging deploy has eaten my whole afternoon'],
    ['"another X, another Y"', 'Another week, another migration that wipes my local DB.'],
    ['a curt "Again."', 'Had to roll back at 11pm. Again. Because the migration was not tested against real data.'],
    ['a sarcastic "Very helpful."', "I lost my whole morning to this. The error message says 'unknown error'. Very helpful."],
    ['praise undone by "shame nobody"', 'Great that the redesign looks nice in Figma. Shame nobody checked it on a laptop.'],
  ])('negative: %s', (_name, text) => {
    expect(toneOf(text)).toBe('negative');
  });

  it.each([
    ['warm thanks', 'Thanks so much, this is great!'],
    ['praise for a catch', 'Great catch! I would never have found that race condition.'],
    ['thanks with what it saved', 'Thank you for the quick fix, it saved our release!'],
    ['enthusiasm with emoji', 'Awesome work on the new onboarding flow 🎉'],
    ['appreciation', 'Really appreciate you jumping on this late on a Friday.'],
    ['well done', 'Well done everyone, the migration went through without a single incident.'],
    ['praise in a review', 'Really nice refactor, much easier to read now.'],
    ['GitHub shortcode', 'Merged :tada: thanks a lot!'],
    ['Jira emoticon', 'Nice work (y)'],
    ['short thanks for a contribution', 'Thanks for the PR, merged.'],
    ['thanks for something that now works', 'Thanks, it works now!'],
  ])('positive: %s', (_name, text) => {
    expect(toneOf(text)).toBe('positive');
  });

  it('reads "not" as turning praise into complaint, and complaint into mild relief', () => {
    expect(toneOf('I am not happy with this at all.')).toBe('negative');
    expect(toneOf('I am happy with this, great!')).toBe('positive');
    expect(toneOf('not bad')).toBe('neutral');
  });

  it('counts mild frustration only together with another sign', () => {
    expect(toneOf("I'm afraid this is still broken in 3.3.")).toBe('negative');
    expect(toneOf('Tests are still failing on main.')).toBe('neutral');
  });

  it('weighs intensifiers and diminishers', () => {
    expect(toneOf('The new shortcut is really annoying.')).toBe('negative');
    expect(toneOf('The new shortcut is slightly annoying.')).toBe('neutral');
  });

  it('reads emoticons and emoji, and ignores hyphenated tool names', () => {
    expect(toneOf('Demo got cancelled again :(')).toBe('negative');
    expect(toneOf('Demo went well :)')).toBe('positive');
    expect(toneOf('Awesome-lint reports 3 warnings in the docs folder.')).toBe('neutral');
  });

  it('lets sincere praise beat a defect word, and sarcasm beat the praise word', () => {
    expect(toneOf('Nice, this fixes the crash. Great work!')).toBe('positive');
    expect(toneOf('Nice, now the tests take 40 minutes.')).toBe('negative');
  });
});

describe('tone lexicon', () => {
  it.each(['kill', 'fatal', 'dead', 'abort', 'attack', 'critical', 'issue', 'problem', 'error', 'fail', 'crash'])(
    'neutralises the jargon word "%s"',
    (word) => {
      expect(TONE_WORDS.get(word) ?? 0).toBe(0);
    },
  );

  it('keeps emotion words AFINN has, and adds engineering ones it lacks', () => {
    expect(TONE_WORDS.get('terrible')).toBeLessThan(0);
    expect(TONE_WORDS.get('frustrating')).toBeLessThan(0);
    expect(TONE_WORDS.get('kudos')).toBeGreaterThan(0);
  });
});

describe('proseOf', () => {
  it.each([
    ['Markdown fence', 'Before\n```\nkill -9 1\n```\nAfter', ['Before', 'After'], ['kill']],
    ['wiki code and quote', 'Before {code}abort(){code} {quote}awful{quote} after', ['Before', 'after'], ['abort', 'awful']],
    ['inline code and monospace', 'Call `killAll()` or {{terminate}} now', ['Call', 'now'], ['killAll', 'terminate']],
    ['URL and mention', 'See https://example.com/fatal-error by @alex', ['See', 'by'], ['fatal', 'alex']],
    ['quoted reply and log line', '> you broke it\n2026-01-02 10:00:01 ERROR boom\nMy reply', ['My reply'], ['broke', 'boom']],
    ['log records by level', 'Seen:\n[WARN] pool exhausted\nERROR com.acme.Pool - gave up\nDone', ['Seen:', 'Done'], ['exhausted', 'gave up']],
    ['issue-template comment', '<!-- Describe the bug. Is it terrible? -->\nThe export is empty', ['export'], ['terrible']],
    ['Python traceback', 'Fails:\nTraceback (most recent call last):\n  File "a.py", line 3, in <module>\nok', ['Fails:', 'ok'], ['Traceback', 'a.py']],
  ])('keeps the author\'s words only: %s', (_name, text, kept, dropped) => {
    const prose = proseOf(text);
    for (const word of kept) expect(prose).toContain(word);
    for (const word of dropped) expect(prose).not.toContain(word);
  });
});

describe('cues', () => {
  // The shapes `test` regroups: literal starts, leading groups (optional, with options that start
  // anywhere), alternatives outside word boundaries that share an opening group, quantified groups.
  const list = cues([
    String.raw`\b(?:we|i|\w+\s+and\s+\w+)\s+(?:have\s+)?decided\b`,
    String.raw`\b(?:the\s+)?call\s+is\b|\bvoted\s+(?:to|for)\b`,
    String.raw`\b(?:\w+\s+){0,2}alert\s*:`,
    String.raw`(?:^|[.!?\n]\s*)(?:final|verdict)\s*:|(?:^|[.!?\n]\s*)parked\b|⚠`,
  ]);

  it.each([
    ['We decided', true],
    ['Ops and product have decided', true],
    ['Call is yours', true],
    ['the call is yours', true],
    ['Team voted for it', true],
    ['Dependency alert: the SDK', true],
    ['So. Final: keep it', true],
    ['Parked until Q3', true],
    ['⚠ careful', true],
    ['undecided calls', false],
    ['the finale: soon', false],
    ['', false],
  ])('answers %j as one regex of the list would (%s)', (text, expected) => {
    expect(list.test(text)).toBe(expected);
    expect(list.exec(text) !== null).toBe(expected);
  });

  it('keeps the leftmost match, first alternative first, for exec', () => {
    expect(list.exec('ok. Final: we decided')?.[0]).toBe('. Final:');
  });

  it('splits a list too long for one optimised regex and still finds every cue', () => {
    const many = Array.from({ length: 3000 }, (_, i) => String.raw`\b(?:cue|word)${i}\s+(?:a|b)\b`);
    const long = cues(many);
    expect(long.test('x word2999 b')).toBe(true);
    expect(long.test('cue0 a')).toBe(true);
    expect(long.test('cue3000 a')).toBe(false);
  });
});

describe('reuseProse', () => {
  it('hands a kept prose pass back after other texts were read', () => {
    const prose = proseOf('Looks fine > quoted');
    proseOf('another text');
    reuseProse('Looks fine > quoted', prose);
    expect(proseOf('Looks fine > quoted')).toBe(prose);
  });
});
