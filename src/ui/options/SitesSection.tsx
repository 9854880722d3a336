// Sites: the switch and corner of every site Tandem knows, and the self-hosted sites the user added.
// Adding one asks the browser for that one origin (it must be asked from the click itself: browsers
// only show the prompt in answer to a user gesture); the background then registers the content script
// there. Removing it gives the access back.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CORNERS, type Corner, type CustomSite, type SiteSettings } from '../../settings/schema';
import { listSites, loadCustomSites, saveCustomSites, saveSite } from '../../settings/store';
import { normaliseOrigin } from '../../settings/transfer';
import { say } from '../../core/words';
import { Switch } from '../shared/Switch';
import { CORNER_WORDS, WordOptions } from '../shared/WordOptions';
import { isBuiltInSite, permissionPattern } from '../../settings/added-sites';

type SiteRow = { host: string; settings: SiteSettings; notice: string | null };

export function SitesSection(props: { onChange(): void }) {
  const [sites, setSites] = useState<SiteRow[] | null>(null);
  const [added, setAdded] = useState<CustomSite[]>([]);
  // Added sites whose access the browser hasn't given (e.g. imported from another browser).
  const [withoutAccess, setWithoutAccess] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);

  const refresh = async () => {
    const listed = await listSites();
    setSites(listed.map(({ host, settings }) => ({ host, settings: settings.value, notice: settings.notice })));
    const list = (await loadCustomSites()).value;
    setAdded(list);
    setWithoutAccess(await withoutAccessOf(list));
  };

  // A click handler, not async: the request must be made inside the user's gesture.
  const allow = (site: CustomSite) => {
    browser.permissions
      .request({ origins: [permissionPattern(site.origin)] })
      .then(async (granted) => {
        setStatus(say(granted ? 'siteAccessGiven' : 'siteAccessDenied', site.origin));
        await refresh();
      })
      .catch((problem: unknown) => setStatus(say('siteAddFailed', problem instanceof Error ? problem.message : String(problem))));
  };
  useEffect(() => void refresh(), []);

  const change = async (host: string, patch: Partial<SiteSettings>) => {
    await saveSite(host, patch);
    await refresh();
  };

  const remove = async (site: CustomSite) => {
    const rest = added.filter((s) => s.origin !== site.origin);
    const pattern = permissionPattern(site.origin);
    // Another added site on the same host name (other port) still needs the access.
    if (!rest.some((s) => permissionPattern(s.origin) === pattern))
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await saveCustomSites(rest);
    await refresh();
    props.onChange();
    setStatus(say('siteRemoved', site.origin));
    // The row and its button are gone: focus goes to adding a site of the same kind.
    document.getElementById(`add-${site.kind}`)?.focus();
  };

  const onAdded = async (site: CustomSite) => {
    await saveCustomSites([...added.filter((s) => s.origin !== site.origin), site]);
    await refresh();
    props.onChange();
    setStatus(say('siteAdded', site.origin));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{say('optionsSites')}</h2>
      <p class="muted">{say('optionsSitesIntro')}</p>
      {sites?.length === 0 && <p>{say('optionsNoSites')}</p>}
      <ul class="guide" data-testid="site-list">
        {sites?.map((site) => (
          <KnownSite key={site.host} site={site} change={(patch) => void change(site.host, patch)} />
        ))}
      </ul>

      <h3 id="added-heading">{say('sitesAddedHeading')}</h3>
      <p class="muted">{say('sitesAddedIntro')}</p>
      {added.length === 0 && <p class="muted">{say('sitesAddedNone')}</p>}
      <ul class="guide" aria-labelledby="added-heading" data-testid="added-sites">
        {added.map((site) => (
          <AddedSite key={site.origin} site={site} hasAccess={!withoutAccess.has(site.origin)} allow={() => allow(site)} remove={() => void remove(site)} />
        ))}
      </ul>
      <AddSite kind="jira" added={added} onAdded={onAdded} />
      <AddSite kind="github" added={added} onAdded={onAdded} />
      <p role="status" class="status">{status}</p>
    </section>
  );
}

/** The origins of the added sites whose access the browser hasn't given. */
async function withoutAccessOf(sites: CustomSite[]): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const site of sites) {
    const granted = await browser.permissions.contains({ origins: [permissionPattern(site.origin)] }).catch(() => false);
    if (!granted) missing.add(site.origin);
  }
  return missing;
}

/** A site Tandem knows (built in or visited): its corner and its switch. */
function KnownSite({ site, change }: { site: SiteRow; change(patch: Partial<SiteSettings>): void }) {
  return (
    <li data-site={site.host} class="row">
      <span>{site.host}</span>
      <span class="row">
        <label>
          {say('optionsCorner')}{' '}
          <select value={site.settings.corner} onChange={(event) => change({ corner: (event.target as HTMLSelectElement).value as Corner })}>
            <WordOptions values={CORNERS} words={CORNER_WORDS} />
          </select>
        </label>
        <Switch checked={site.settings.enabled} label={say('optionsSiteSwitch', site.host)} onChange={(next) => change({ enabled: next })} />
      </span>
      {site.notice && <p class="notice">{site.notice}</p>}
    </li>
  );
}

/** A site the user added: its kind, whether the browser gives access there (with a way to ask), and removal. */
function AddedSite(props: { site: CustomSite; hasAccess: boolean; allow(): void; remove(): void }) {
  const { site, hasAccess } = props;
  return (
    <li data-added-site={site.origin} class="row">
      <span>
        {site.origin} <span class="muted">· {say(site.kind === 'jira' ? 'siteKindJira' : 'siteKindGitHub')}</span>
        {!hasAccess && <span class="notice inline"> {say('siteNoAccess')}</span>}
      </span>
      <span class="row start">
        {!hasAccess && (
          <button type="button" class="plain" aria-label={say('siteAllowLabel', site.origin)} onClick={props.allow}>
            {say('siteAllow')}
          </button>
        )}
        <button type="button" class="plain" aria-label={say('siteRemoveLabel', site.origin)} onClick={props.remove}>
          {say('siteRemove')}
        </button>
      </span>
    </li>
  );
}

function AddSite(props: { kind: 'jira' | 'github'; added: CustomSite[]; onAdded(site: CustomSite): Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `add-${props.kind}`;

  // Not async on purpose: permissions.request must run inside the submit's user gesture, before any await.
  const submit = (event: Event) => {
    event.preventDefault();
    setError(null);
    const origin = normaliseOrigin(text);
    if (!origin) return setError(say('siteAddInvalid'));
    if (isBuiltInSite(origin)) return setError(say('siteAddBuiltIn', new URL(origin).hostname));
    if (props.added.some((s) => s.origin === origin)) return setError(say('siteAddDuplicate', origin));
    browser.permissions
      .request({ origins: [permissionPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return setError(say('siteAddDenied', origin));
        await props.onAdded({ origin, kind: props.kind, added: new Date().toISOString() });
        setText('');
      })
      .catch((problem: unknown) => setError(say('siteAddFailed', problem instanceof Error ? problem.message : String(problem))));
  };

  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label for={id}>{say(props.kind === 'jira' ? 'siteAddJira' : 'siteAddGitHub')}</label>
      <div class="row start">
        <input
          id={id}
          type="url"
          inputMode="url"
          placeholder={say(props.kind === 'jira' ? 'siteAddJiraPlaceholder' : 'siteAddGitHubPlaceholder')}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="plain" aria-label={say(props.kind === 'jira' ? 'siteAddJiraButton' : 'siteAddGitHubButton')}>
          {say('siteAddButton')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} class="notice" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
