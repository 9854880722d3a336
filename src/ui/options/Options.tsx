// The options page: every site with its switch and corner, and a reset.
import { useEffect, useState } from 'preact/hooks';
import { CORNERS, type Corner, type SiteSettings } from '../../settings/schema';
import { listSites, resetSettings, saveSite } from '../../settings/store';
import { t, type MessageKey } from '../i18n';
import { Switch } from '../shared/Switch';

const CORNER_LABEL: Record<Corner, MessageKey> = {
  'bottom-right': 'cornerBottomRight',
  'bottom-left': 'cornerBottomLeft',
  'top-right': 'cornerTopRight',
  'top-left': 'cornerTopLeft',
};

type SiteRow = { host: string; settings: SiteSettings; notice: string | null };

export function Options() {
  const [sites, setSites] = useState<SiteRow[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = async () => {
    const listed = await listSites();
    setSites(listed.map(({ host, settings }) => ({ host, settings: settings.value, notice: settings.notice })));
  };
  useEffect(() => void refresh(), []);

  const change = async (host: string, patch: Partial<SiteSettings>) => {
    await saveSite(host, patch);
    await refresh();
  };

  return (
    <main style="max-width: 720px; margin: 24px auto; padding: 0 16px">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        <p class="muted">{t('optionsSitesIntro')}</p>
        {sites?.length === 0 && <p>{t('optionsNoSites')}</p>}
        <ul class="guide" data-testid="site-list">
          {sites?.map((site) => (
            <li key={site.host} data-site={site.host} class="row">
              <span>{site.host}</span>
              <span class="row">
                <label>
                  {t('optionsCorner')}{' '}
                  <select
                    value={site.settings.corner}
                    onChange={(event) => void change(site.host, { corner: (event.target as HTMLSelectElement).value as Corner })}
                  >
                    {CORNERS.map((c) => (
                      <option key={c} value={c}>
                        {t(CORNER_LABEL[c])}
                      </option>
                    ))}
                  </select>
                </label>
                <Switch
                  checked={site.settings.enabled}
                  label={t('optionsSiteSwitch', site.host)}
                  onChange={(next) => void change(site.host, { enabled: next })}
                />
              </span>
              {site.notice && <p class="notice">{site.notice}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('optionsReset')}</h2>
        <button
          class="plain"
          onClick={async () => {
            if (!confirm(t('optionsResetConfirm'))) return;
            await resetSettings();
            await refresh();
            setMessage(t('optionsResetDone'));
          }}
        >
          {t('optionsReset')}
        </button>
        {message && <p role="status">{message}</p>}
      </section>
    </main>
  );
}
