// The first-run step on a site: what Tandem reads and that nothing leaves the browser, and the one
// question most signals wait for (who the EM is), answered from a picker of this page's people or
// skipped. Done or skipped, it is not shown on this site again; the setup row asks the same later.
import type { AnalysisPerson } from '../../core/engine';
import { say } from '../../core/words';
import { focusHeadingAfter, SetupFix, type RosterEditor } from './Signals';

/** `editor` saves the EM and marks the step done in one save; `onSkip` marks it done alone. */
export function Welcome(props: { host: string; people: AnalysisPerson[]; editor: RosterEditor; onSkip(): void }) {
  const { host, people, editor, onSkip } = props;
  return (
    <section class="welcome" aria-labelledby="tandem-welcome-heading" data-first-run="">
      <h3 id="tandem-welcome-heading">{say('welcomeHeading', host)}</h3>
      <p>{say('welcomeReads', host)}</p>
      <p>{say('welcomeAsk')}</p>
      <SetupFix what="em" people={people} editor={editor} idPrefix="tandem-welcome" />
      <div class="fix-buttons">
        <button
          class="fix"
          type="button"
          onClick={(event) => {
            focusHeadingAfter(event.currentTarget);
            onSkip();
          }}
        >
          {say('welcomeSkip')}
        </button>
        <span class="meta">{say('welcomeLater')}</span>
      </div>
    </section>
  );
}
