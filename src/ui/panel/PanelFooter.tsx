// The panel's footer: copy the report, move the panel to another corner, hide it for now, or open
// the settings.
import browser from 'webextension-polyfill';
import { say } from '../../core/words';
import { CORNERS, type Corner, type SiteSettings } from '../../settings/schema';
import { CORNER_WORDS, WordOptions } from '../shared/WordOptions';
import { CopyReport } from './CopyReport';
import type { Reading } from './reading';
import { reportMarkdown } from './report';

/** Content scripts can't open the options page; the background does it for them. */
export const openSettings = () => void browser.runtime.sendMessage({ type: 'open-options' });

export interface PanelFooterProps {
  reading: Reading | null;
  /** The panel's scope line, which the report repeats. */
  scope: string;
  corner: Corner;
  onChange(change: Partial<SiteSettings>): void;
  onHide(): void;
}

export function PanelFooter({ reading, scope, corner, onChange, onHide }: PanelFooterProps) {
  return (
    <div class="foot">
      <CopyReport
        disabled={!reading}
        markdown={() =>
          reading ? reportMarkdown({ analysis: reading.analysis, pageUrl: location.href, date: new Date().toISOString(), scope }, say) : ''
        }
      />
      <div class="foot-row">
        <label class="corner">
          <span>{say('panelCorner')}</span>
          <select value={corner} onChange={(e) => onChange({ corner: (e.currentTarget as HTMLSelectElement).value as Corner })}>
            <WordOptions values={CORNERS} words={CORNER_WORDS} />
          </select>
        </label>
        <button class="link-button" title={say('hideForNowHint')} onClick={onHide}>
          {say('hideForNow')}
        </button>
        <button class="link-button" onClick={openSettings}>
          {say('openSettings')}
        </button>
      </div>
    </div>
  );
}
