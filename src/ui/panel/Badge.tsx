// The collapsed panel: a quiet badge with the counts of warning signs and healthy behaviours seen, or
// a word while reading or when reading failed. A click opens the panel.
import type { Ref } from 'preact';
import { say } from '../../core/words';
import type { ReadingState } from './usePanelAnalysis';

export interface BadgeProps {
  phase: ReadingState['phase'];
  warnings: number;
  healthy: number;
  badgeRef: Ref<HTMLButtonElement>;
  onOpen(): void;
}

export function Badge({ phase, warnings, healthy, badgeRef, onOpen }: BadgeProps) {
  return (
    <button
      ref={badgeRef}
      class="badge"
      aria-expanded="false"
      aria-controls="tandem-card"
      aria-label={phase === 'ready' ? say('badgeLabel', warnings, healthy) : undefined}
      onClick={onOpen}
    >
      <span class="name">{say('panelName')}</span>
      {phase === 'loading' && <span class="muted">{say('badgeReading')}</span>}
      {phase === 'error' && <span class="muted">{say('badgeCouldNotRead')}</span>}
      {phase === 'ready' && (
        <>
          <span class="count warn" title={say('badgeWarnCount', warnings)}>
            <span aria-hidden="true">▲</span> {say('badgeWarnShort', warnings)}
          </span>
          <span class="count good" title={say('badgeHealthyCount', healthy)}>
            <span aria-hidden="true">●</span> {say('badgeHealthyShort', healthy)}
          </span>
        </>
      )}
    </button>
  );
}
