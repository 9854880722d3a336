// What a tab's content script answers the popup's `status` message with.
import type { PageMatch } from '../sites/types';
import type { SignalStatus } from '../core/signals/types';
import type { SignalId, SignalKind } from '../core/guide';

/** What a tab tells the popup: where it is, whether Tandem is on there, and what fired. */
export interface PageStatus {
  host: string;
  match: PageMatch | null;
  enabled: boolean;
  analysis: {
    state: 'loading' | 'ready' | 'error';
    message?: string;
    signals: { id: SignalId; kind: SignalKind; status: SignalStatus; summary: string }[];
    /** Once read: what the findings cover, and the project they (and their trends) are kept under. */
    scope?: 'item' | 'backlog';
    project?: string | null;
  } | null;
}
