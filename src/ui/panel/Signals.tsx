// The signal list, findings first: warning signs seen (the surest and best-evidenced first), then
// healthy behaviors seen, each a line with its key figure. Everything that waits for the team's setup
// is one row with one picker; the checks that saw nothing, lacked data or only the user can judge
// are folded under a count, so the first screen shows what matters now. Every signal keeps its
// `data-signal`/`data-status` row (the contract outside checks read), folded or not.
import { useState } from 'preact/hooks';
import type { Analysis, AnalysisPerson, AnalysisSignal } from '../../core/engine';
import { DISPLAY_ORDER, GUIDE_BY_ID, type SignalId } from '../../core/guide';
import type { Role, Roster } from '../../core/roster';
import type { Evidence, SetupNeed, SignalStatus } from '../../core/signals/types';
import { formatPercent, say, sayCount, type MessageKey } from '../../core/words';
import { safeUrl } from '../shared/links';
import { agreementExceptions, roleLine, STATUS_WORDS } from './report';
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
// circles for healthy behaviors, filled when seen.
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

/** One signal as the panel shows it: the engine's result, or none yet (still reading). */
export interface Shown {
  id: SignalId;
  result: AnalysisSignal | null;
}

export interface Grouped {
  /** Warning signs seen, surest first; then healthy behaviors seen, surest first. */
  findings: Shown[];
  /** Results that wait for the team's setup. */
  setup: AnalysisSignal[];
  /** Checks that are not findings: not seen, not enough data, only the user can say, still reading. */
  folded: Shown[];
}

// Surest first; with equal confidence, the one with more evidence behind it.
const bySureness = (a: Shown, b: Shown) =>
  (b.result?.confidence ?? 0) - (a.result?.confidence ?? 0) || (b.result?.evidence.length ?? 0) - (a.result?.evidence.length ?? 0);

/** Sorts the page's results into what the first screen shows. Signals switched off are left out. */
export function groupSignals(analysis: Analysis | null, off: ReadonlySet<string> = new Set()): Grouped {
  const byId = new Map((analysis?.signals ?? []).map((s) => [s.id, s]));
  const shown: Shown[] = DISPLAY_ORDER.filter((g) => !off.has(g.id)).map((g) => ({ id: g.id, result: byId.get(g.id) ?? null }));
  const seen = (kind: 'warning' | 'healthy') =>
    shown.filter((s) => s.result?.status === 'present' && s.result.kind === kind).sort(bySureness);
  return {
    findings: [...seen('warning'), ...seen('healthy')],
    setup: shown.flatMap((s) => (s.result?.status === 'needs-setup' ? [s.result] : [])),
    folded: shown.filter((s) => s.result?.status !== 'present' && s.result?.status !== 'needs-setup'),
  };
}

export function SignalList(props: { analysis: Analysis | null; editor: RosterEditor | null; off?: ReadonlySet<string> }) {
  const { analysis, editor } = props;
  const off = props.off ?? new Set<string>();
  const [foldOpen, setFoldOpen] = useState(false);
  const groups = groupSignals(analysis, off);
  const people = analysis?.people ?? [];
  const row = (s: Shown) => <SignalRow key={s.id} id={s.id} result={s.result} />;
  const count = (status: SignalStatus | 'pending') =>
    groups.folded.filter((s) => (s.result?.status ?? (GUIDE_BY_ID[s.id].selfCheck ? 'self-check' : 'pending')) === status).length;
  const detail = (
    [
      ['absent', 'foldNotSeen'],
      ['insufficient-data', 'foldNotEnough'],
      ['self-check', 'foldSelfCheck'],
      ['pending', 'foldPending'],
    ] as const
  )
    .map(([status, words]) => [count(status), words] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => say(words, n))
    .join(' · ');
  const offCount = DISPLAY_ORDER.filter((g) => off.has(g.id)).length;
  return (
    <>
      {analysis && (
        <>
          <h3 id="tandem-findings">{say('panelFindingsHeading')}</h3>
          {groups.findings.length === 0 && <p class="meta pad">{say('panelFindingsNone')}</p>}
          <ul class="signals findings" aria-labelledby="tandem-findings">
            {groups.findings.map(row)}
          </ul>
        </>
      )}
      {analysis && <Exceptions analysis={analysis} off={off} />}
      {groups.setup.length > 0 && editor && <SetupRow needs={groups.setup} people={people} editor={editor} row={row} />}
      {groups.folded.length > 0 && (
        <section class="folded">
          <h3>
            <button class="disclosure" aria-expanded={foldOpen} aria-controls="tandem-folded" onClick={() => setFoldOpen(!foldOpen)}>
              <span aria-hidden="true">{foldOpen ? '▾' : '▸'}</span> {sayCount(groups.folded.length, 'foldOne', 'foldOther', detail)}
            </button>
          </h3>
          <div id="tandem-folded" hidden={!foldOpen}>
            <p class="meta pad">{say('foldIntro')}</p>
            <ul class="signals">{groups.folded.map(row)}</ul>
          </div>
        </section>
      )}
      {offCount > 0 && <p class="meta pad">{sayCount(offCount, 'signalsOffOne', 'signalsOffOther')}</p>}
    </>
  );
}

function SignalRow(props: { id: SignalId; result: AnalysisSignal | null }) {
  const { id, result } = props;
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
    <li class={open ? 'signal open' : 'signal'} data-signal={id} data-status={status} data-kind={guide.kind}>
      <button class="row" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="mark" aria-hidden="true">
          {markOf(status, guide.kind)}
        </span>
        <span class="words">{guide.words}</span>
        {status !== 'pending' && <span class="state">{say(STATUS_WORDS[status])}</span>}
      </button>
      {result && <p class="summary">{result.summary}</p>}
      <div class="details" id={detailsId} hidden={!open}>
        {open && (
          <>
            {result && settled && <p class="meta">{say('confidence', formatPercent(result.confidence))}</p>}
            {result?.status === 'insufficient-data' && result.observations && (
              <p class="meta">{say('observations', result.observations.have, result.observations.need, result.observations.of)}</p>
            )}
            {status === 'self-check' && <p class="meta">{say('selfCheckHint')}</p>}
            {evidence.length > 0 && (
              <>
                <h4>{say('evidence')}</h4>
                <ul class="evidence">
                  {shown.map((e, i) => (
                    <li key={i}>
                      <EvidenceLine evidence={e} />
                    </li>
                  ))}
                </ul>
                {evidence.length > EVIDENCE_SHOWN && (
                  <button class="link-button" onClick={() => setAllEvidence(!allEvidence)}>
                    {allEvidence ? say('evidenceFewer') : say('evidenceMore', evidence.length)}
                  </button>
                )}
              </>
            )}
            <h4>{say('howDetected')}</h4>
            <p>{guide.detection}</p>
            <h4>{say('whatToTry')}</h4>
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

/** What each kind of setup asks for, in the order the setup row offers them when counts tie. */
const NEEDS: readonly { what: SetupNeed['what']; words: MessageKey }[] = [
  { what: 'em', words: 'setupNeedEm' },
  { what: 'me', words: 'setupNeedMe' },
  { what: 'pm', words: 'setupNeedPm' },
  { what: 'engineers', words: 'setupNeedEngineers' },
  { what: 'teams', words: 'setupNeedTeams' },
  { what: 'agreement', words: 'setupNeedAgreement' },
];

/** One piece of evidence: a link to where it is when it has a web address, else its words. */
function EvidenceLine({ evidence }: { evidence: Evidence }) {
  const href = safeUrl(evidence.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {evidence.label}
    </a>
  ) : (
    <>{evidence.label}</>
  );
}

/** The exceptions, one line folded under its count, each with a link to its item: material for a retro. */
function Exceptions({ analysis, off }: { analysis: Analysis; off: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  const exceptions = off.has('working-agreement') ? [] : agreementExceptions(analysis);
  if (exceptions.length === 0) return null;
  return (
    <section class="exceptions">
      <h3>
        <button class="disclosure" aria-expanded={open} aria-controls="tandem-exceptions" onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {sayCount(exceptions.length, 'exceptionsToggleOne', 'exceptionsToggleOther')}
        </button>
      </h3>
      <div id="tandem-exceptions" hidden={!open}>
        <p class="meta pad">{say('exceptionsIntro')}</p>
        <ul class="evidence pad">
          {exceptions.map((e, i) => (
            <li key={i} data-exception="">
              <EvidenceLine evidence={e} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** The kinds of setup the results wait for, the one most signals wait for first. */
export function setupNeeds(waiting: readonly AnalysisSignal[]): { what: SetupNeed['what']; words: MessageKey; signals: number }[] {
  return NEEDS.map((need) => ({ ...need, signals: waiting.filter((s) => s.setup?.what === need.what).length }))
    .filter((need) => need.signals > 0)
    .sort((a, b) => b.signals - a.signals);
}

/**
 * Everything that waits for setup, as one row: "3 signals wait for your team: set who your EM is",
 * with the picker for it right there. Other kinds of setup are a click away on the same row; the
 * signals concerned are listed under "Which signals".
 */
function SetupRow(props: { needs: AnalysisSignal[]; people: AnalysisPerson[]; editor: RosterEditor; row(s: Shown): preact.JSX.Element }) {
  const { needs, people, editor, row } = props;
  const kinds = setupNeeds(needs);
  const [chosen, setChosen] = useState<SetupNeed['what'] | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const active = kinds.find((k) => k.what === chosen) ?? kinds[0];
  if (!active) return null;
  return (
    <section class="setup" data-setup={active.what} aria-labelledby="tandem-setup-line">
      <p class="setup-line" id="tandem-setup-line">
        <span class="mark" aria-hidden="true">
          ⚙
        </span>
        <span>{sayCount(active.signals, 'setupWaitOne', 'setupWaitOther', say(active.words))}</span>
      </p>
      <SetupFix key={active.what} what={active.what} people={people} editor={editor} />
      {kinds.length > 1 && (
        <p class="meta setup-also">
          {say('setupAlso')}
          {kinds
            .filter((k) => k !== active)
            .map((k) => (
              <button key={k.what} class="link-button" onClick={() => setChosen(k.what)}>
                {sayCount(k.signals, 'setupWaitOne', 'setupWaitOther', say(k.words))}
              </button>
            ))}
        </p>
      )}
      <button class="disclosure small" aria-expanded={listOpen} aria-controls="tandem-setup-signals" onClick={() => setListOpen(!listOpen)}>
        <span aria-hidden="true">{listOpen ? '▾' : '▸'}</span> {say('setupWhich')}
      </button>
      <ul class="signals" id="tandem-setup-signals" hidden={!listOpen}>
        {needs.map((s) => row({ id: s.id, result: s }))}
      </ul>
    </section>
  );
}

/**
 * A fix that is done goes away with its focused control: focus moves to the panel's heading rather
 * than being lost to the page.
 */
export function focusHeadingAfter(control: HTMLElement): void {
  const root = control.getRootNode() as ParentNode;
  setTimeout(() => root.querySelector<HTMLElement>('.card h2')?.focus(), 0);
}

/** The fix of one kind of setup: a picker of this page's people, or the place where it is done. */
export function SetupFix(props: { what: SetupNeed['what']; people: AnalysisPerson[]; editor: RosterEditor; idPrefix?: string }) {
  const { what, people, editor } = props;
  const [choice, setChoice] = useState('');
  const pick = PICK[what];

  if (what === 'teams')
    return (
      <div class="fix-line">
        <button class="fix" onClick={() => editor.openPeople()}>
          {say('setupTeamsLabel')}
        </button>
      </div>
    );
  if (what === 'agreement' || !pick)
    return (
      <div class="fix-line">
        <button class="fix" onClick={() => editor.openSettings()}>
          {say('openSettings')}
        </button>
      </div>
    );
  if (people.length === 0)
    return (
      <div class="fix-form">
        <p class="meta">{say('setupNoPeople')}</p>
        <button class="fix" onClick={() => editor.openSettings()}>
          {say('openSettings')}
        </button>
      </div>
    );

  const selectId = `${props.idPrefix ?? 'tandem-fix'}-${what}`;
  const candidates = people.filter((p) => !(p.source === 'roster' && p.role === pick.role));
  return (
    <form
      class="fix-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) return;
        const person = people.find((p) => p.id === choice);
        focusHeadingAfter(event.currentTarget as HTMLElement);
        editor.edit((r) => withRole(r, choice, pick.role, person?.name));
        setChoice('');
      }}
    >
      <label for={selectId}>{say(pick.question)}</label>
      <select id={selectId} value={choice} onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{say('setupChoose')}</option>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {say('personChoice', p.name === p.id ? p.id : `${p.name} (${p.id})`, roleLine(p, say))}
          </option>
        ))}
      </select>
      {candidates.some((p) => p.source === 'inferred') && <p class="meta">{say('setupGuessNote')}</p>}
      <div class="fix-buttons">
        <button class="fix primary" type="submit" disabled={!choice}>
          {say('setupSave')}
        </button>
      </div>
    </form>
  );
}
