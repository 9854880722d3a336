import { describe, expect, it } from 'vitest';
import { isDecision } from './decision';

describe('isDecision', () => {
  it.each([
    ['decided because', 'We decided to drop CSV export because only 3 customers used it last quarter.'],
    ['Decision: … since …', 'Decision: we keep Postgres, since the team already runs it.'],
    ['going with … as it', 'Going with option B as it avoids a data migration.'],
    ["won't do with a dash reason", "Won't do: out of scope for Q3 — we're focusing on onboarding."],
    ['agreed … so that', 'We agreed to ship the simple version first, so that we can learn from real usage.'],
    ['closing as not planned with the reason next', 'Closing as not planned. The feature overlaps with the new automation builder.'],
    ['reason before the decision', 'Given only 4 clients still call it, we have chosen to sunset API v1 on 1 July.'],
    ['reason in the next sentence', 'We chose Option 2. Option 1 needs a schema change on the riskiest table we have.'],
    ['Markdown decision record', '## Decision\nWe use the existing job queue.\n\n## Why\nA second queue is another system to run.'],
    ['wiki decision record', 'h3. Decision\nDrop the custom date picker.\nh3. Reason\nThe native one is accessible.'],
    ['non-native', 'we will use kafka because the other teams already have it'],
    ['colon introduces the why', "We're sticking with weekly releases: the daily experiment doubled the support load."],
    ['so-clause with its effect', 'Product call: we charge per seat, so invoices stay predictable for finance teams.'],
    ['in passing, the reason after a comma', "Going with option B, the vendor can't give us SSO before Q3 and option A depends on it."],
    ['a "Settled:" label', 'Settled: Postgres over Dynamo. Everyone on the team knows it.'],
    ['ended up using, with evidence', 'we ended up using the native date input, the custom picker failed the screen reader audit'],
    ['a usage share as the reason', "Dropping IE11 for the new checkout. It's 0.2% of sessions and it doubles our QA time."],
  ])('records a decision with its reason: %s', (_name, text) => {
    expect(isDecision(text)).toBe(true);
  });

  it.each([
    ['bare decision', 'Decided to do X.'],
    ['decided without a reason', 'We decided to go with Postgres.'],
    ['the decided action is not its own purpose', 'We decided to keep the old endpoint.'],
    ['a choice put up for approval', "I went with the default settings because I didn't know what else to choose. Is that ok?"],
    ['bare wontfix', "Won't fix."],
    ['proposal as a question', 'Should we go with option B?'],
    ['proposal with a reason', 'I propose we drop CSV export because nobody uses it. Thoughts?'],
    ['pending', "Haven't decided yet whether we ship dark mode this quarter, because pricing isn't final."],
    ['conditional', 'If we go with option B, we need a migration because the column type changes.'],
    ['asking why', 'Why did we decide to use Mongo here?'],
    ['a cause, not a decision', 'The build fails because the lockfile is out of date.'],
    ['a temporal "since"', 'Since version 3.0 the export includes archived projects.'],
    ['handing the call over', 'My recommendation is to keep the monolith because the team is small — decision is yours.'],
    ['picked up a ticket', 'Picked this up since nobody else was on it.'],
    ['a decision only in a quote', 'Can you reconsider?\n\n> We decided to drop the export because nobody uses it.'],
    ['weighing an option', 'Going with option B would need the vendor to support SSO. Option A then?'],
    ['a setting changed with its cause', 'Dropped the connection pool size to 10 since the DB was hitting max connections.'],
    ['a ticket kept open', "Keeping this open because the customer hasn't confirmed the fix yet."],
    ['"ended up with" a cause', 'We ended up with a flaky test because the fixture depends on the clock.'],
  ])('does not: %s', (_name, text) => {
    expect(isDecision(text)).toBe(false);
  });
});
