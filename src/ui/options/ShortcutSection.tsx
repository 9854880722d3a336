// The panel's keyboard shortcut: which key the browser has for it now, and the way to the browser's
// own settings to change it (extensions can't set it themselves in Chrome). Read again whenever the
// page comes back into view, since that is where people return from changing it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
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
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <p class="muted">{t('shortcutIntro')}</p>
      {shortcut !== undefined && (
        <p data-testid="shortcut-current">
          {shortcut === null ? t('shortcutUnknown') : shortcut ? t('shortcutCurrent', shortcut) : t('shortcutCurrentNone')}
        </p>
      )}
      <button type="button" onClick={() => void openShortcutSettings()}>
        {t('shortcutChange')}
      </button>
    </section>
  );
}
