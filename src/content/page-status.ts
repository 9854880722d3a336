// What a tab's content script answers the popup's `status` message with. A message is declared by
// the side that answers it, and the askers import it from there: the popup (src/ui/popup) asks the
// content script, whose panel (src/ui/panel/mount.tsx) fills in the analysis; both sit above
// src/content, so neither import goes upward. The background's messages live in src/background.
import type { PageMatch } from '../sites/types';
import type { SignalStatus } from '../core/signals/types';
import type { SignalId, SignalKind } from '../core/guide';

/** The popup's question to a tab's content script. */
export const STATUS_REQUEST = { type: 'status' } as const;

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
