// The weekly self-check: one question per sign only the PM can judge, answered never / sometimes /
// often, kept locally (settings/checkins.ts), with the last weeks shown beside the questions.
import { useEffect, useState } from 'preact/hooks';
import { type Answer, ANSWERS, type CheckIn, isoWeek, makeCheckIn, SELF_CHECK_IDS, type SelfCheckId, seriesOf } from '../../settings/checkins';
import { loadCheckIns, saveCheckIn } from '../../settings/manage';
import { say, sayCount, type MessageKey } from '../../core/words';
import { Sparkline, type SparkPoint } from '../shared/Sparkline';

const QUESTION: Record<SelfCheckId, MessageKey> = {
  'lost-in-tech': 'checkLostInTech',
  'engineer-to-be-heard': 'checkEngineerToBeHeard',
  'knows-tech': 'checkKnowsTech',
  'org-values': 'checkOrgValues',
  frustrated: 'checkFrustrated',
  'following-orders': 'checkFollowingOrders',
};
const ANSWER_LABEL: Record<Answer, MessageKey> = { 0: 'answerNever', 1: 'answerSometimes', 2: 'answerOften' };
/** Weeks shown in the history: enough to see a direction, narrow enough for the popup. */
const HISTORY_WEEKS = 6;
/** Weeks the sparkline spans: a quarter, as the backlog trends do. */
const TREND_WEEKS = 12;

/** never / sometimes / often drawn at 0, ½ and 1 of the sparkline's height. */
export function answerPoints(history: readonly CheckIn[], id: SelfCheckId): SparkPoint[] {
  return history
    .slice(-TREND_WEEKS)
    .flatMap((c) => (c.answers[id] === undefined ? [] : [{ day: c.date.slice(0, 10), value: c.answers[id] / 2 }]));
}
const answerWord = (value: number) => say(ANSWER_LABEL[Math.round(value * 2) as Answer]);

export function SelfCheck(props: { now?: () => Date }) {
  const now = props.now ?? (() => new Date());
  const week = isoWeek(now());
  const [history, setHistory] = useState<CheckIn[] | null>(null);
  const [answers, setAnswers] = useState<Partial<Record<SelfCheckId, Answer>>>({});
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void loadCheckIns().then((loaded) => {
      setHistory(loaded);
      // Answering again this week starts from this week's answers.
      const mine = loaded.find((c) => c.week === week);
      if (mine) setAnswers(mine.answers);
    });
  }, []);

  const done = history?.some((c) => c.week === week) ?? false;
  const answered = Object.keys(answers).length;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!answered) return setStatus(say('checkNothing'));
    setHistory(await saveCheckIn(makeCheckIn(answers, now())));
    setStatus(say('checkSaved', week));
  };

  return (
    <details class="self-check" data-testid="self-check">
      <summary>
        <h2 id="self-check-heading">{say('checkHeading')}</h2>{' '}
        <span class="muted">{say(done ? 'checkDoneThisWeek' : 'checkDueThisWeek', week)}</span>
      </summary>
      <p class="muted">{say('checkIntro')}</p>
      <form onSubmit={save} aria-labelledby="self-check-heading">
        {SELF_CHECK_IDS.map((id) => (
          <fieldset key={id} data-question={id} class="question">
            <legend>{say(QUESTION[id])}</legend>
            <div class="scale">
              {ANSWERS.map((a) => (
                <label key={a}>
                  <input
                    type="radio"
                    name={`check-${id}`}
                    value={a}
                    checked={answers[id] === a}
                    onChange={() => setAnswers({ ...answers, [id]: a })}
                  />{' '}
                  {say(ANSWER_LABEL[a])}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" class="plain">
          {say(done ? 'checkUpdate' : 'checkSave')}
        </button>
        <p role="status" class="status">{status}</p>
      </form>
      {history && <History history={history} />}
    </details>
  );
}

function History({ history }: { history: CheckIn[] }) {
  if (!history.length) return <p class="muted">{say('checkNoHistory')}</p>;
  const weeks = history.slice(-HISTORY_WEEKS);
  return (
    <table class="history" data-testid="check-history">
      <caption>{sayCount(weeks.length, 'checkHistoryOne', 'checkHistoryOther')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="sr-only">{say('checkSign')}</span>
          </th>
          {weeks.map((c) => (
            <th scope="col" key={c.week} data-week={c.week}>
              {c.week.slice(5)}
            </th>
          ))}
          {history.length > 1 && <th scope="col">{say('checkTrend', TREND_WEEKS)}</th>}
        </tr>
      </thead>
      <tbody>
        {SELF_CHECK_IDS.map((id) => (
          <tr key={id} data-history={id}>
            <th scope="row">{say(QUESTION_SHORT[id])}</th>
            {seriesOf(history, id, HISTORY_WEEKS).map((a, i) => (
              <td key={weeks[i]?.week} data-answer={a ?? ''}>
                {a === null ? <span class="muted">–</span> : <Dots answer={a} />}
              </td>
            ))}
            {history.length > 1 && (
              <td class="trend-cell">
                <Sparkline label={say(QUESTION_SHORT[id])} points={answerPoints(history, id)} days={TREND_WEEKS * 7} width={56} height={18} format={answerWord} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The answer as a word with a small bar of one to three dots, so a run of weeks reads at a glance. */
function Dots({ answer }: { answer: Answer }) {
  return (
    <span title={say(ANSWER_LABEL[answer])}>
      <span aria-hidden="true" class="dots">
        {'●'.repeat(answer + 1)}
      </span>
      <span class="sr-only">{say(ANSWER_LABEL[answer])}</span>
    </span>
  );
}

const QUESTION_SHORT: Record<SelfCheckId, MessageKey> = {
  'lost-in-tech': 'checkShortLostInTech',
  'engineer-to-be-heard': 'checkShortEngineerToBeHeard',
  'knows-tech': 'checkShortKnowsTech',
  'org-values': 'checkShortOrgValues',
  frustrated: 'checkShortFrustrated',
  'following-orders': 'checkShortFollowingOrders',
};
