// The panel's keyboard shortcut: which key the browser has for it now, and the way to the browser's
// own settings to change it (extensions can't set it themselves in Chrome). Read again whenever the
// page comes back into view, since that is where people return from changing it.
import { useEffect, useState } from 'preact/hooks';
import { say } from '../../core/words';
import { openShortcutSettings, readShortcut } from '../shared/shortcut';

export function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    const refresh = () => void readShortcut().then(setShortcut);
    refresh();
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, []);

  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{say('shortcutHeading')}</h2>
      <p class="muted">{say('shortcutIntro')}</p>
      {shortcut !== undefined && (
        <p data-testid="shortcut-current">
          {shortcut === null ? say('shortcutUnknown') : shortcut ? say('shortcutCurrent', shortcut) : say('shortcutCurrentNone')}
        </p>
      )}
      <button type="button" onClick={() => void openShortcutSettings()}>
        {say('shortcutChange')}
      </button>
    </section>
  );
}
