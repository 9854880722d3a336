// A valibot schema of the engine's output (the CLI's shape, docs/contracts.md). Tests check every analysis against
// it; the CLI and the panel may use it to validate what they read back from storage.
import * as v from 'valibot';
import { SIGNAL_IDS } from '../../src/core/guide';

const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const EvidenceSchema = v.strictObject({
  label: v.pipe(v.string(), v.minLength(1)),
  url: v.optional(v.string()),
  itemKey: v.optional(v.string()),
  person: v.optional(v.string()),
  at: v.optional(v.string()),
  count: v.optional(count),
  exception: v.optional(v.boolean()),
});

export const SignalSchema = v.strictObject({
  id: v.picklist(SIGNAL_IDS as [string, ...string[]]),
  kind: v.picklist(['healthy', 'warning']),
  status: v.picklist(['present', 'absent', 'insufficient-data', 'needs-setup', 'self-check']),
  confidence: share,
  summary: v.pipe(v.string(), v.minLength(1)),
  evidence: v.pipe(v.array(EvidenceSchema), v.maxLength(20)),
  observations: v.optional(v.strictObject({ have: v.pipe(v.number(), v.minValue(0)), need: v.pipe(v.number(), v.minValue(0)), of: v.string() })),
  setup: v.optional(
    v.strictObject({ what: v.picklist(['em', 'engineers', 'pm', 'teams', 'agreement', 'me']), label: v.pipe(v.string(), v.minLength(1)) }),
  ),
  figure: v.optional(v.pipe(v.number(), v.finite())),
});

export const AnalysisSchema = v.strictObject({
  scope: v.strictObject({
    kind: v.picklist(['item', 'backlog']),
    tracker: v.picklist(['jira', 'github']),
    site: v.string(),
    project: v.nullable(v.string()),
    items: count,
    sprint: v.optional(
      v.strictObject({
        name: v.string(),
        state: v.picklist(['active', 'closed', 'future', 'other']),
        start: v.nullable(v.string()),
        end: v.nullable(v.string()),
        goal: v.optional(v.string()),
      }),
    ),
  }),
  people: v.array(
    v.strictObject({
      id: v.string(),
      name: v.string(),
      role: v.picklist(['pm', 'em', 'engineer', 'other']),
      source: v.picklist(['roster', 'me', 'inferred', 'unknown']),
      reason: v.optional(v.string()),
      team: v.optional(v.string()),
      aliases: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
      matchedByName: v.optional(v.literal(true)),
      nameOnly: v.optional(v.literal(true)),
    }),
  ),
  signals: v.pipe(v.array(SignalSchema), v.length(SIGNAL_IDS.length)),
  stats: v.strictObject({
    issues: count,
    pullRequests: v.optional(count),
    comments: count,
    events: count,
    routineActions: v.record(v.string(), count),
    routineActionsByKind: v.optional(v.record(v.string(), v.record(v.string(), count))),
  }),
});
