// The pure core's public API: the engine, the guide, and the types the UI and the CLI share.
export { analyze, createContext } from './engine';
export type { Analysis, AnalysisPerson, AnalysisSignal, AnalysisStats, AnalyzeOptions, Classifier } from './engine';
export { GUIDE, GUIDE_BY_ID, SIGNAL_IDS, DISPLAY_ORDER } from './guide';
export type { GuideItem, GuideMessages, SignalId, SignalKind } from './guide';
export type * from './model';
export type { Role, Roster, RosterPerson, Routine, RoutineOwner, WorkingAgreement } from './roster';
export { buildRoles } from './roles';
export type { RoleBook, RoleEntry, RoleSource } from './roles';
export { DEFAULT_THRESHOLDS, THRESHOLD_INFO, THRESHOLD_KEYS, resolveThresholds } from './thresholds';
export type { Thresholds, ThresholdInfo, ThresholdKey } from './thresholds';
export { SIGNALS } from './signals';
export type { Evidence, SetupNeed, Signal, SignalContext, SignalResult, SignalStatus } from './signals/types';
