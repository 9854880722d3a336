// Export, import and reset. An import is checked completely first (settings/transfer.ts): a wrong
// file changes nothing and the message says which part is wrong; a right one replaces the settings
// it contains and says what came in.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { applyImport, exportSettings, resetEverything } from '../../settings/manage';
import { loadCustomSites } from '../../settings/store';
import { type ImportProblem, type ImportSummary, parseImport } from '../../settings/transfer';
import { formatNumber, say, sayCount, type MessageKey } from '../../core/words';
import { permissionPattern } from '../../settings/added-sites';

const PROBLEM: Record<ImportProblem['code'], MessageKey> = {
  'too-big': 'importTooBig',
  'not-json': 'importNotJson',
  'not-tandem': 'importNotTandem',
  'newer-version': 'importNewer',
  'bad-version': 'importBadVersion',
  'bad-part': 'importBadPart',
  'item-too-big': 'importItemTooBig',
};

export function describeProblem(problem: ImportProblem): string {
  return say(PROBLEM[problem.code], problem.part ?? '');
}

export function describeSummary(s: ImportSummary): string {
  const parts = [
    say(
      'importedSites',
      formatNumber(s.sites),
      sayCount(s.rosters, 'countRostersOne', 'countRostersOther'),
      sayCount(s.people, 'countPeopleOne', 'countPeopleOther'),
      sayCount(s.agreements, 'countAgreementsOne', 'countAgreementsOther'),
    ),
    say('importedThresholds', s.thresholds),
    say('importedAddedSites', s.customSites),
  ];
  if (s.token) parts.push(say('importedToken'));
  if (s.kept.length) parts.push(say('importedKept', s.kept.map((k) => say(k === 'prefs' ? 'sectionPrefs' : k === 'sites' ? 'sectionSites' : 'sectionAddedSites')).join(', ')));
  return parts.join(' ');
}

export function TransferSection(props: { onReplaced(): void }) {
  const [includeToken, setIncludeToken] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [resetMessage, setResetMessage] = useState<string | null>(null);

  const download = async () => {
    const file = await exportSettings(includeToken);
    offerDownload(`tandem-settings-${file.exported.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setMessage({ text: say(file.githubToken ? 'exportDoneWithToken' : 'exportDone'), error: false });
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (!file) return;
    const result = parseImport(await file.text());
    setResetMessage(null);
    if (!result.ok) return setMessage({ text: say('importRefused', file.name, describeProblem(result.problem)), error: true });
    try {
      await applyImport(result.settings);
    } catch (problem) {
      return setMessage({ text: say('importWriteFailed', problem instanceof Error ? problem.message : String(problem)), error: true });
    }
    props.onReplaced();
    setMessage({ text: say('importDone', file.name, describeSummary(result.summary)), error: false });
  };

  const reset = async (forgetToken: boolean) => {
    if (!confirm(say(forgetToken ? 'resetAllConfirm' : 'optionsResetConfirm'))) return;
    // Added sites go with the settings: give their access back too.
    const added = (await loadCustomSites()).value;
    if (added.length) await browser.permissions.remove({ origins: added.map((s) => permissionPattern(s.origin)) }).catch(() => false);
    await resetEverything({ forgetToken });
    props.onReplaced();
    setMessage(null);
    setResetMessage(say(forgetToken ? 'resetAllDone' : 'optionsResetDone'));
  };

  return (
    <>
      <section aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">{say('transferHeading')}</h2>
        <p class="muted">{say('transferIntro')}</p>
        <div class="row start wrap">
          <label>
            <input type="checkbox" checked={includeToken} onChange={(e) => setIncludeToken((e.target as HTMLInputElement).checked)} />{' '}
            {say('exportIncludeToken')}
          </label>
          <button type="button" class="plain" onClick={() => void download()}>
            {say('exportButton')}
          </button>
        </div>
        <div class="row start">
          <label for="import-file">{say('importLabel')}</label>
          <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void upload(e.target as HTMLInputElement)} />
        </div>
        <p role="status" class="status" data-testid="transfer-status">
          {message && !message.error ? message.text : null}
        </p>
        <div role="alert" data-testid="transfer-error">
          {message?.error ? <p class="notice">{message.text}</p> : null}
        </div>
      </section>
      <ResetSection reset={(forgetToken) => void reset(forgetToken)} message={resetMessage} />
    </>
  );
}

/** Hands the browser a file to save, as a download link clicked at once would. */
function offerDownload(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ResetSection({ reset, message }: { reset(forgetToken: boolean): void; message: string | null }) {
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">{say('resetHeading')}</h2>
      <p class="muted">{say('resetIntro')}</p>
      <div class="row start wrap">
        <button type="button" class="plain" onClick={() => reset(false)}>
          {say('optionsReset')}
        </button>
        <button type="button" class="plain" onClick={() => reset(true)}>
          {say('resetAll')}
        </button>
      </div>
      <p role="status" class="status" data-testid="reset-status">
        {message}
      </p>
    </section>
  );
}
