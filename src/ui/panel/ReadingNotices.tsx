// What the panel says about the reading itself, above the signals: a settings repair, the progress
// while reading, why reading failed (with "Try again"), the tracker's notices, and partial evidence.
import { say } from '../../core/words';
import type { LoadProgress, Notice } from '../../sites/types';
import { openSettings } from './PanelFooter';
import type { ReadingState } from './usePanelAnalysis';

export interface ReadingNoticesProps {
  state: ReadingState;
  settingsNotice: string | null;
  retry(): void;
}

export function ReadingNotices({ state, settingsNotice, retry }: ReadingNoticesProps) {
  const reading = state.phase === 'ready' ? state.reading : null;
  return (
    <>
      {settingsNotice && <p class="notice warning">{settingsNotice}</p>}
      {state.phase === 'loading' && <Progress progress={state.progress} />}
      {state.phase === 'error' && (
        <div class="notice error" role="alert">
          <p>{say('errorGeneric', state.message)}</p>
          <button class="fix" onClick={retry}>
            {say('retry')}
          </button>
        </div>
      )}
      {reading && (
        <>
          {reading.notices.map((notice, i) => (
            <NoticeLine key={i} notice={notice} retry={retry} />
          ))}
          {reading.partial && <p class="notice warning">{say('partialEvidence')}</p>}
        </>
      )}
    </>
  );
}

function Progress({ progress }: { progress: LoadProgress | null }) {
  if (!progress || progress.total === null)
    return (
      <p class="progress" role="status">
        {progress?.label || say('loadingPage')}
      </p>
    );
  return (
    <div class="progress" role="status">
      <span>{say('loadingProgress', progress.done, progress.total)}</span>
      <progress max={progress.total} value={progress.done} aria-label={say('loadingProgress', progress.done, progress.total)} />
    </div>
  );
}

function NoticeLine({ notice, retry }: { notice: Notice; retry: () => void }) {
  return (
    <div class={`notice ${notice.level}`} role={notice.level === 'error' ? 'alert' : undefined}>
      <p>{notice.message}</p>
      {notice.action === 'open-options' && (
        <button class="fix" onClick={openSettings}>
          {say('noticeOpenSettings')}
        </button>
      )}
      {notice.action === 'retry' && (
        <button class="fix" onClick={retry}>
          {say('retry')}
        </button>
      )}
    </div>
  );
}
