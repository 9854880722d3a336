// The signal list: warning signs first, then healthy behaviours, each row opening into its status,
// confidence, evidence, how Tandem detects it and what to try. A `needs-setup` row offers its fix
// right under the summary, so setting who the EM is takes one click and a choice.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, AnalysisPerson, AnalysisSignal } from '../../core/engine';
import { DISPLAY_ORDER, GUIDE_BY_ID, type SignalId } from '../../core/guide';
import type { Role, Roster } from '../../core/roster';
import type { SetupNeed, SignalStatus } from '../../core/signals/types';
import { t, type MessageKey } from '../i18n';
import { safeUrl } from '../shared/links';
import { roleLine, STATUS_WORDS } from './report';
import { withRole } from './roster-edit';

/** What the list can change: the roster of this page's project (saved, then re-evaluated at once). */
export interface RosterEditor {
  /** Where edits are saved, in words ("SHOP", "this whole site"). */
  where: string;
  edit(change: (current: Roster | null) => Roster): void;
  openPeople(): void;
  openSettings(): void;
}

// Shapes as well as colours, so a status reads without colour vision: triangles for warning signs,
// circles for healthy behaviours, filled when seen.
export function markOf(status: SignalStatus | 'pending', kind: 'warning' | 'healthy'): string {
  switch (status) {
    case 'present':
      return kind === 'warning' ? '▲' : '●';
    case 'absent':
      return kind === 'warning' ? '△' : '○';
    case 'insufficient-data':
      return '◌';
    case 'needs-setup':
      return '⚙';
    case 'self-check':
      return '?';
    default:
      return '·';
  }
}

const EVIDENCE_SHOWN = 10;

export function SignalList({ analysis, editor }: { analysis: Analysis | null; editor: RosterEditor | null }) {
  const byId = new Map((analysis?.signals ?? []).map((s) => [s.id, s]));
  const section = (kind: 'warning' | 'healthy') => (
    <>
      <h3>{t(kind === 'warning' ? 'sectionWarnings' : 'sectionHealthy')}</h3>
      <ul class="signals">
        {DISPLAY_ORDER.filter((g) => g.kind === kind).map((g) => (
          <SignalRow key={g.id} id={g.id} result={byId.get(g.id) ?? null} people={analysis?.people ?? []} editor={editor} />
        ))}
      </ul>
    </>
  );
  return (
    <>
      {section('warning')}
      {section('healthy')}
    </>
  );
}

function SignalRow(props: { id: SignalId; result: AnalysisSignal | null; people: AnalysisPerson[]; editor: RosterEditor | null }) {
  const { id, result, people, editor } = props;
  const [open, setOpen] = useState(false);
  const [allEvidence, setAllEvidence] = useState(false);
  const guide = GUIDE_BY_ID[id];
  // Until the page is read, feeling-only items are already known to be self-checks.
  const status: SignalStatus | 'pending' = result?.status ?? (guide.selfCheck ? 'self-check' : 'pending');
  const settled = status === 'present' || status === 'absent';
  const detailsId = `tandem-details-${id}`;
  const evidence = result?.evidence ?? [];
  const shown = allEvidence ? evidence : evidence.slice(0, EVIDENCE_SHOWN);
  return (
    <li class="signal" data-signal={id} data-status={status} data-kind={guide.kind}>
      <button class="row" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="mark" aria-hidden="true">
          {markOf(status, guide.kind)}
        </span>
        <span class="words">{guide.words}</span>
        {status !== 'pending' && <span class="state">{t(STATUS_WORDS[status])}</span>}
      </button>
      {result && <p class="summary">{result.summary}</p>}
      {result?.status === 'needs-setup' && result.setup && editor && (
        <SetupFix signal={id} setup={result.setup} people={people} editor={editor} />
      )}
      <div class="details" id={detailsId} hidden={!open}>
        {open && (
          <>
            {result && settled && <p class="meta">{t('confidence', Math.round(result.confidence * 100))}</p>}
            {result?.status === 'insufficient-data' && result.observations && (
              <p class="meta">{t('observations', result.observations.have, result.observations.need, result.observations.of)}</p>
            )}
            {status === 'self-check' && <p class="meta">{t('selfCheckHint')}</p>}
            {evidence.length > 0 && (
              <>
                <h4>{t('evidence')}</h4>
                <ul class="evidence">
                  {shown.map((e, i) => {
                    const href = safeUrl(e.url);
                    return (
                      <li key={i}>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {e.label}
                          </a>
                        ) : (
                          e.label
                        )}
                      </li>
                    );
                  })}
                </ul>
                {evidence.length > EVIDENCE_SHOWN && (
                  <button class="link-button" onClick={() => setAllEvidence(!allEvidence)}>
                    {allEvidence ? t('evidenceFewer') : t('evidenceMore', evidence.length)}
                  </button>
                )}
              </>
            )}
            <h4>{t('howDetected')}</h4>
            <p>{guide.detection}</p>
            <h4>{t('whatToTry')}</h4>
            <p>{guide.advice}</p>
          </>
        )}
      </div>
    </li>
  );
}

const PICK: Partial<Record<SetupNeed['what'], { role: Role; question: MessageKey }>> = {
  em: { role: 'em', question: 'setupWhoEm' },
  pm: { role: 'pm', question: 'setupWhoPm' },
  engineers: { role: 'engineer', question: 'setupWhoEngineer' },
  // The page didn't say who is signed in: the user picks themself, as the PM Tandem is for.
  me: { role: 'pm', question: 'setupWhoAmI' },
};

/** The one-click fix of a `needs-setup` result: a button that opens the smallest form that fixes it. */
function SetupFix(props: { signal: SignalId; setup: SetupNeed; people: AnalysisPerson[]; editor: RosterEditor }) {
  const { signal, setup, people, editor } = props;
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const pick = PICK[setup.what];
  // Opening the picker moves focus into it, so a keyboard user lands on the choice; cancelling
  // gives focus back to the button that opened it.
  useEffect(() => {
    if (picking) selectRef.current?.focus();
    else if (wasOpen.current) openRef.current?.focus();
    wasOpen.current = picking;
  }, [picking]);

  if (setup.what === 'teams')
    return (
      <div class="fix-line">
        <button class="fix" onClick={() => editor.openPeople()}>
          {setup.label}
        </button>
      </div>
    );
  if (setup.what === 'agreement')
    return (
      <div class="fix-line">
        <button class="fix" onClick={() => editor.openSettings()}>
          {setup.label}
        </button>
      </div>
    );
  if (!picking)
    return (
      <div class="fix-line">
        <button ref={openRef} class="fix" data-opens="picker" onClick={() => setPicking(true)}>
          {setup.label}
        </button>
      </div>
    );

  const selectId = `tandem-fix-${signal}`;
  const close = () => {
    setPicking(false);
    setChoice('');
  };
  const save = (form: HTMLFormElement) => {
    if (!choice) return;
    // The fix disappears once saved: focus goes back to the signal's own row.
    const row = form.closest('li')?.querySelector<HTMLButtonElement>('button.row');
    // Not back to the opener: it goes away when the new result arrives, and focus would be lost.
    wasOpen.current = false;
    setTimeout(() => row?.focus(), 0);
    if (pick) {
      const person = people.find((p) => p.id === choice);
      editor.edit((r) => withRole(r, choice, pick.role, person?.name));
    }
    close();
  };

  if (!pick || people.length === 0)
    return (
      <div class="fix-form">
        <p class="meta">{t('setupNoPeople')}</p>
        <button class="fix" onClick={() => editor.openSettings()}>
          {t('openSettings')}
        </button>
      </div>
    );

  return (
    <form
      class="fix-form"
      onSubmit={(event) => {
        event.preventDefault();
        save(event.currentTarget as HTMLFormElement);
      }}
    >
      <label for={selectId}>{t(pick.question)}</label>
      <select
        id={selectId}
        value={choice}
        ref={selectRef}
        onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('setupChoose')}</option>
        {people
          .filter((p) => !(p.source === 'roster' && p.role === pick.role))
          .map((p) => (
            <option key={p.id} value={p.id}>
              {t('personChoice', p.name === p.id ? p.id : `${p.name} (${p.id})`, roleLine(p, t))}
            </option>
          ))}
      </select>
      <div class="fix-buttons">
        <button class="fix primary" type="submit" disabled={!choice}>
          {t('setupSave')}
        </button>
        <button class="fix" type="button" onClick={close}>
          {t('setupCancel')}
        </button>
      </div>
    </form>
  );
}
