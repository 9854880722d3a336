// GitHub tokens, one per site (github.com and each GitHub Enterprise site the user added): optional
// (a token raises GitHub's rate limit from 60 to 5,000 requests an hour and reaches private
// repositories). Each is sent only to its own site's API, kept in the extension's own storage (never
// where a content script can read it), shown masked, never logged. "Check" asks the chosen site whose
// token it is and how much of the hourly limit is left.
import { useEffect, useState } from 'preact/hooks';
import { checkGitHubToken, maskToken, type TokenCheck, type TokenProblem } from '../../sites/github/token';
import type { KeyValueCache } from '../../sites/types';
import { loadToken, removeToken, saveToken } from '../../settings/manage';
import { loadCustomSites } from '../../settings/store';
import { say } from '../../core/words';

// The check must see GitHub's current answer, never a cached one.
const noCache: KeyValueCache = { get: async () => undefined, set: async () => undefined };

export function TokenSection() {
  const [saved, setSaved] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [visible, setVisible] = useState(false);
  const [hosts, setHosts] = useState<string[]>(['github.com']);
  const [host, setHost] = useState('github.com');
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<TokenCheck | TokenProblem | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  // Everything below acts on the chosen site's token only.
  useEffect(() => {
    void loadToken(host).then(setSaved);
    setText('');
    setResult(null);
    setStatus(null);
  }, [host]);

  useEffect(() => {
    void loadCustomSites().then((sites) =>
      setHosts(['github.com', ...sites.value.filter((s) => s.kind === 'github').map((s) => new URL(s.origin).host)]),
    );
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const token = text.trim();
    if (!token) return setStatus(say('tokenEmpty'));
    await saveToken(token, host);
    setSaved(token);
    setText('');
    setVisible(false);
    setResult(null);
    setStatus(say('tokenSaved'));
  };

  const check = async () => {
    const token = text.trim() || saved;
    if (!token) return setStatus(say('tokenEmpty'));
    setChecking(true);
    setResult(null);
    setResult(await askGitHub(token, host));
    setChecking(false);
  };

  const remove = async () => {
    await removeToken(host);
    setSaved(null);
    setResult(null);
    setStatus(say('tokenRemoved'));
  };

  return (
    <section aria-labelledby="token-heading">
      <h2 id="token-heading">{say('tokenHeading')}</h2>
      <p class="muted">{say('tokenIntro')}</p>
      {hosts.length > 1 && <TokenSite hosts={hosts} host={host} onChoose={setHost} />}
      <p data-testid="token-saved">{saved ? say('tokenSavedAs', maskToken(saved)) : say('tokenNone')}</p>
      <TokenForm replacing={!!saved} text={text} setText={setText} visible={visible} setVisible={setVisible} onSubmit={save} />
      <div class="row start wrap">
        <button type="button" class="plain" disabled={checking} onClick={() => void check()}>
          {say(checking ? 'tokenChecking' : 'tokenCheck')}
        </button>
        {saved && (
          <button type="button" class="plain" onClick={() => void remove()}>
            {say('tokenRemove')}
          </button>
        )}
      </div>
      <CheckResult result={result} />
      <p role="status" class="status">{status}</p>
    </section>
  );
}

/** Whose token it is and how much of the hourly limit is left, asked of the site's API; never throws. */
async function askGitHub(token: string, host: string): Promise<TokenCheck | TokenProblem> {
  try {
    const controller = new AbortController();
    return await checkGitHubToken(
      token,
      {
        fetch: (input, init) => globalThis.fetch(input, init),
        signal: controller.signal,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => Date.now(),
        cache: noCache,
      },
      host,
    );
  } catch {
    return { ok: false, error: say('tokenCheckFailed') };
  }
}

interface TokenFormProps {
  /** A token is saved already: the new one replaces it. */
  replacing: boolean;
  text: string;
  setText(text: string): void;
  /** Shown as typed rather than masked. */
  visible: boolean;
  setVisible(visible: boolean): void;
  onSubmit(event: Event): void;
}

function TokenForm({ replacing, text, setText, visible, setVisible, onSubmit }: TokenFormProps) {
  return (
    <form onSubmit={onSubmit} class="row start wrap" noValidate>
      <label for="token-input">{say(replacing ? 'tokenReplaceLabel' : 'tokenLabel')}</label>
      <input
        id="token-input"
        type={visible ? 'text' : 'password'}
        autoComplete="off"
        spellcheck={false}
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <button type="button" class="plain" aria-pressed={visible} aria-controls="token-input" onClick={() => setVisible(!visible)}>
        {say('tokenShow')}
      </button>
      <button type="submit" class="plain">
        {say('tokenSave')}
      </button>
    </form>
  );
}

/** Which GitHub site's token is shown, when there is more than one. */
function TokenSite({ hosts, host, onChoose }: { hosts: string[]; host: string; onChoose(host: string): void }) {
  return (
    <label class="row start">
      {say('tokenHost')}{' '}
      <select value={host} onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}>
        {hosts.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

function CheckResult({ result }: { result: TokenCheck | TokenProblem | null }) {
  return (
    <div aria-live="polite" data-testid="token-check">
      {result?.ok === true && (
        <p>
          {say('tokenCheckOk', result.login)}{' '}
          {result.remaining !== null && result.limit !== null ? say('tokenRateLimit', result.remaining, result.limit) : ''}
        </p>
      )}
      {result?.ok === false && <p class="notice">{result.error}</p>}
    </div>
  );
}
