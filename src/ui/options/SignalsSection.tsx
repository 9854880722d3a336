// Each signal can be switched off per site, like a feature of a browser extension one does not want
// there: it is left out of that site's panel (rows, counts, badge) and the popup's guide says so.
import { useEffect, useState } from 'preact/hooks';
import { DISPLAY_ORDER } from '../../core/guide';
import { listSites, saveSite } from '../../settings/store';
import { say } from '../../core/words';
import { Switch } from '../shared/Switch';

export function SignalsSection() {
  const [sites, setSites] = useState<{ host: string; off: string[] }[]>([]);
  const [host, setHost] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void listSites().then((list) => {
      setSites(list.map((s) => ({ host: s.host, off: s.settings.value.off })));
      setHost((current) => current ?? list[0]?.host ?? null);
    });
  }, []);

  const site = sites.find((s) => s.host === host) ?? null;
  const setOn = async (id: string, on: boolean) => {
    if (!site) return;
    const off = on ? site.off.filter((x) => x !== id) : [...site.off, id];
    const saved = await saveSite(site.host, { off });
    setSites((all) => all.map((s) => (s.host === site.host ? { ...s, off: saved.off } : s)));
    setStatus(say('signalsSaved', site.host));
  };

  return (
    <section aria-labelledby="signals-heading">
      <h2 id="signals-heading">{say('signalsHeading')}</h2>
      <p class="muted">{say('signalsIntro')}</p>
      {sites.length === 0 && <p class="muted">{say('signalsNoSites')}</p>}
      {site && (
        <>
          <div class="row start">
            <label for="signals-site">{say('signalsSite')}</label>
            <select id="signals-site" value={site.host} onChange={(e) => setHost((e.currentTarget as HTMLSelectElement).value)}>
              {sites.map((s) => (
                <option key={s.host} value={s.host}>
                  {s.host}
                </option>
              ))}
            </select>
          </div>
          <ul class="signal-switches">
            {DISPLAY_ORDER.map((g) => {
              const on = !site.off.includes(g.id);
              const id = `signal-${g.id}`;
              return (
                <li key={g.id} data-signal-switch={g.id} class={`row kind-${g.kind}`}>
                  <label for={id}>{g.words}</label>
                  <Switch id={id} checked={on} label={say('signalsSwitchLabel', g.words, site.host)} onChange={(next) => void setOn(g.id, next)} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
