// Written by `npm run catalog` from the registry (src/core/signals/index.ts); do not edit by hand.
// The signals' ids, kinds and thresholds as data, so the settings, the popup and the options page know
// them without loading the signals' code and the text models, which run in the background only.
import type { Catalog } from './define';

export const CATALOG: Catalog = {
  "signals": [
    {
      "id": "shared-routines",
      "kind": "healthy"
    },
    {
      "id": "working-agreement",
      "kind": "healthy"
    },
    {
      "id": "engineering-ownership",
      "kind": "healthy"
    },
    {
      "id": "concerns-early",
      "kind": "healthy"
    },
    {
      "id": "impact-priority",
      "kind": "healthy"
    },
    {
      "id": "small-scopes",
      "kind": "healthy"
    },
    {
      "id": "pivots",
      "kind": "healthy"
    },
    {
      "id": "knows-tech",
      "kind": "healthy",
      "selfCheck": true
    },
    {
      "id": "clear-decisions",
      "kind": "healthy"
    },
    {
      "id": "clear-artifacts",
      "kind": "healthy"
    },
    {
      "id": "team-accountability",
      "kind": "healthy"
    },
    {
      "id": "org-values",
      "kind": "healthy",
      "selfCheck": true
    },
    {
      "id": "avoids-em",
      "kind": "warning"
    },
    {
      "id": "assigned-like-report",
      "kind": "warning"
    },
    {
      "id": "leads-routines",
      "kind": "warning"
    },
    {
      "id": "sole-documenter",
      "kind": "warning"
    },
    {
      "id": "following-orders",
      "kind": "warning"
    },
    {
      "id": "engineer-opinion-priority",
      "kind": "warning"
    },
    {
      "id": "value-someday",
      "kind": "warning"
    },
    {
      "id": "unclear-value",
      "kind": "warning"
    },
    {
      "id": "lost-in-tech",
      "kind": "warning",
      "selfCheck": true
    },
    {
      "id": "engineer-to-be-heard",
      "kind": "warning",
      "selfCheck": true
    },
    {
      "id": "solutioning",
      "kind": "warning"
    },
    {
      "id": "cant-say-no",
      "kind": "warning"
    },
    {
      "id": "intermediary",
      "kind": "warning"
    },
    {
      "id": "frustrated",
      "kind": "warning"
    }
  ],
  "thresholds": [
    {
      "key": "minItems",
      "declaration": {
        "default": 5,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "minComments",
      "declaration": {
        "default": 5,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "itemScale",
      "declaration": {
        "default": 0.3,
        "unit": "factor",
        "min": 0.05,
        "max": 1
      }
    },
    {
      "key": "itemConfidence",
      "declaration": {
        "default": 0.6,
        "unit": "factor",
        "min": 0.05,
        "max": 1
      }
    },
    {
      "key": "inferredConfidence",
      "declaration": {
        "default": 0.7,
        "unit": "factor",
        "min": 0.05,
        "max": 1
      }
    },
    {
      "key": "recentDays",
      "declaration": {
        "default": 30,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "minClosed",
      "declaration": {
        "default": 3,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "minInteractions",
      "declaration": {
        "default": 5,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "minRoutineActions",
      "declaration": {
        "default": 10,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "routineShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "sharedMinRoles",
      "declaration": {
        "default": 2,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "sharedMinRoleShare",
      "declaration": {
        "default": 0.15,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "agreementMatchShare",
      "declaration": {
        "default": 0.7,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "ownershipShare",
      "declaration": {
        "default": 0.25,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "earlyLifeShare",
      "declaration": {
        "default": 0.25,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "earlyConcernShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "concernAnsweredShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "minConcerns",
      "declaration": {
        "default": 3,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "impactShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "atomicShare",
      "declaration": {
        "default": 0.7,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "maxMedianCloseDays",
      "declaration": {
        "default": 14,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "maxMedianEstimate",
      "declaration": {
        "default": 5,
        "unit": "points",
        "min": 0,
        "max": 1000
      }
    },
    {
      "key": "maxClosureGapDays",
      "declaration": {
        "default": 14,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "cadenceWindowDays",
      "declaration": {
        "default": 84,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "maxMedianChecklist",
      "declaration": {
        "default": 8,
        "unit": "count",
        "min": 1,
        "max": 100
      }
    },
    {
      "key": "pivotReasonShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "reasonWindowHours",
      "declaration": {
        "default": 48,
        "unit": "hours",
        "min": 1,
        "max": 720
      }
    },
    {
      "key": "decisionShare",
      "declaration": {
        "default": 0.3,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "discussionMinComments",
      "declaration": {
        "default": 3,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "minDiscussions",
      "declaration": {
        "default": 3,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "artifactShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "directShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "emInteractionShare",
      "declaration": {
        "default": 0.2,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "emAssignmentsMin",
      "declaration": {
        "default": 2,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "soleDocumenterShare",
      "declaration": {
        "default": 0.9,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "minDocContributions",
      "declaration": {
        "default": 5,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "engineerCreatedShare",
      "declaration": {
        "default": 0.1,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "engineerVoiceShare",
      "declaration": {
        "default": 0.1,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "deferenceShare",
      "declaration": {
        "default": 0.1,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "requestWindowHours",
      "declaration": {
        "default": 72,
        "unit": "hours",
        "min": 1,
        "max": 1440
      }
    },
    {
      "key": "engineerDrivenShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "minPriorityChanges",
      "declaration": {
        "default": 3,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "unscheduledShare",
      "declaration": {
        "default": 0.6,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "unscheduledAgeDays",
      "declaration": {
        "default": 30,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "epicOpenDays",
      "declaration": {
        "default": 90,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "epicDoneShare",
      "declaration": {
        "default": 0.25,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "valueStatementShare",
      "declaration": {
        "default": 0.5,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "solutionShare",
      "declaration": {
        "default": 0.4,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "minAuthoredTexts",
      "declaration": {
        "default": 5,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "wontDoShare",
      "declaration": {
        "default": 0.05,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "staleAgeDays",
      "declaration": {
        "default": 180,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    },
    {
      "key": "staleShare",
      "declaration": {
        "default": 0.3,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "backlogGrowthRatio",
      "declaration": {
        "default": 1.5,
        "unit": "ratio",
        "min": 1,
        "max": 100
      }
    },
    {
      "key": "minRelayThreads",
      "declaration": {
        "default": 2,
        "unit": "count",
        "min": 1,
        "max": 10000,
        "integer": true
      }
    },
    {
      "key": "negativeToneShare",
      "declaration": {
        "default": 0.3,
        "unit": "share",
        "min": 0,
        "max": 1
      }
    },
    {
      "key": "frustrationSpanDays",
      "declaration": {
        "default": 14,
        "unit": "days",
        "min": 1,
        "max": 3650
      }
    }
  ]
};
