// The team roster a user keeps per site and project, and the working agreement with the EM.
// Plain data (settings store it as JSON); the engine resolves roles from it in roles.ts.
import type { MessageKey } from './words';

export type Role = 'pm' | 'em' | 'engineer' | 'other';

export interface RosterPerson {
  /** Person.id on that tracker: GitHub login, Jira accountId (Cloud) or name (Data Center). */
  id: string;
  role: Role;
  team?: string;
  name?: string;
}

/** Who is who on one site/project. */
export interface Roster {
  people: RosterPerson[];
  /** The signed-in user's role when it isn't PM (the default). */
  myRole?: Role;
}

/** Routines a PM and EM can share out; the working agreement says who owns each. */
export type Routine =
  | 'backlog-grooming'
  | 'sprint-planning'
  | 'stand-up'
  | 'status-updates'
  | 'documentation'
  | 'estimation'
  | 'triage'
  | 'release-notes'
  | 'prioritisation';

/** Each routine's name, as a message: the options page and the working-agreement signal both say it. */
export const ROUTINE_NAME: Record<Routine, MessageKey> = {
  'backlog-grooming': 'routineBacklogGrooming',
  'sprint-planning': 'routineSprintPlanning',
  'stand-up': 'routineStandUp',
  'status-updates': 'routineStatusUpdates',
  documentation: 'routineDocumentation',
  estimation: 'routineEstimation',
  triage: 'routineTriage',
  'release-notes': 'routineReleaseNotes',
  prioritisation: 'routinePrioritisation',
};

export type RoutineOwner = 'pm' | 'em' | 'engineering' | 'shared';

export interface WorkingAgreement {
  owners: Partial<Record<Routine, RoutineOwner>>;
  /** When it was last edited (ISO), to show its age. */
  updated?: string;
}
