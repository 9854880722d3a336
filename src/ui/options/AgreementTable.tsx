// The working agreement of one project: who owns each routine (PM, EM, engineering or shared).
import { useEffect, useState } from 'preact/hooks';
import { ROUTINE_NAME, type Routine, type RoutineOwner } from '../../core/roster';
import { say, type MessageKey } from '../../core/words';
import { ROUTINE_OWNERS, ROUTINES, type AgreementSetting } from '../../settings/schema';
import { WordOptions } from '../shared/WordOptions';
import { scopeName } from './useTeamSettings';

const OWNER_LABEL: Record<RoutineOwner, MessageKey> = {
  pm: 'ownerPm',
  em: 'ownerEm',
  engineering: 'ownerEngineering',
  shared: 'ownerShared',
};

export function AgreementTable(props: { agreement: AgreementSetting; project: string; onChange(routine: Routine, owner: RoutineOwner | ''): void }) {
  const { agreement } = props;
  // Folded until an agreement exists, so the team section's first view stays short; once one does it
  // opens by itself (agreements load after the first render), and a user's own toggle is kept.
  const agreed = ROUTINES.filter((r) => agreement.owners[r]).length;
  const anyAgreed = agreed > 0;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (anyAgreed) setOpen(true);
  }, [anyAgreed]);
  return (
    <>
      <h3 id="agreement-heading">{say('agreementHeading', scopeName(props.project))}</h3>
      <p class="muted">{say('agreementIntro')}</p>
      {agreement.updated && <p class="muted small">{say('agreementUpdated', new Date(agreement.updated).toLocaleDateString())}</p>}
      <details class="fold agreement" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{say('agreementFold', agreed, ROUTINES.length)}</summary>
        <table class="grid" data-testid="agreement">
          <caption class="sr-only">{say('agreementCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{say('agreementRoutine')}</th>
              <th scope="col">{say('agreementOwner')}</th>
            </tr>
          </thead>
          <tbody>
            {ROUTINES.map((routine) => (
              <tr key={routine} data-routine={routine}>
                <th scope="row" id={`routine-${routine}`}>
                  {say(ROUTINE_NAME[routine])}
                </th>
                <td>
                  <select
                    aria-labelledby={`routine-${routine}`}
                    value={agreement.owners[routine] ?? ''}
                    onChange={(e) => props.onChange(routine, (e.target as HTMLSelectElement).value as RoutineOwner | '')}
                  >
                    <option value="">{say('ownerNone')}</option>
                    <WordOptions values={ROUTINE_OWNERS} words={OWNER_LABEL} />
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
