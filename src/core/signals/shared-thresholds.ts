// The thresholds several signals read: how much evidence a verdict needs, how a single item lowers
// the bar, and what "recent" means. A threshold only one signal uses is declared in that signal's file.
import { count, days, factor, share } from './define';

export const SHARED_THRESHOLDS = {
  minItems: count(5, 'with fewer than five items one odd item swings a share by 20 % or more'),
  minComments: count(5, 'fewer comments say more about one day than about a habit'),
  itemScale: factor(0.3, 'a single issue has fewer observations: a third of the bar, at a lower confidence'),
  itemConfidence: factor(0.6, 'one item is a small sample of how the team works: our starting point'),
  inferredConfidence: factor(0.7, 'roles guessed from activity are facts less sure than a roster'),
  recentDays: days(30, 'a month: two two-week sprints'),
  minClosed: count(3, 'the fewest closed or estimated items for a median'),
  minInteractions: count(5, 'as minItems, for addressed comments: five at least'),
  minRoutineActions: count(10, 'ten keeps one action under 10 % of the total, so one busy day does not decide a share'),
  routineShare: share(0.5, 'CHAOSS "contributor absence factor": one person doing half or more of a kind of work'),
} as const;
