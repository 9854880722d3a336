// Thresholds: every number a signal uses, with its default and why, an input and a reset. Shares are
// shown as percentages (people think in "half", not 0.5). Only values that differ from the default
// are stored, so a later change of a default reaches everyone who never touched it. The numbers are
// folded into a few themes (threshold-groups.ts) so the section stays short; a filter opens them all.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_THRESHOLDS, THRESHOLD_INFO, THRESHOLD_KEYS, type ThresholdInfo, type ThresholdKey } from '../../core/thresholds';
import { loadPrefs, savePrefs } from '../../settings/store';
import { say, type MessageKey } from '../../core/words';
import { Field } from '../shared/Field';
import { THRESHOLD_GROUPS, type ThresholdGroup as ThresholdGroupInfo } from './threshold-groups';
import { parseThreshold, shownThreshold as shown, thresholdWords } from './values';

// Next to the input: the unit the number is typed in (a count needs none: the label names what is counted).
const UNIT_LABEL: Record<ThresholdInfo['unit'], MessageKey | null> = {
  share: 'unitShare',
  count: null,
  days: 'unitDays',
  hours: 'unitHours',
  ratio: 'unitRatio',
  points: 'unitPoints',
  factor: 'unitFactor',
};

export function ThresholdsSection() {
  const [overrides, setOverrides] = useState<Record<string, number>>({});
  const [drafts, setDrafts] = useState<Partial<Record<ThresholdKey, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadPrefs().then((p) => setOverrides(p.value.thresholds));
  }, []);

  const save = async (next: Record<string, number>, message: string) => {
    const prefs = await savePrefs({ thresholds: next });
    setOverrides(prefs.thresholds);
    setStatus(message);
  };

  const forgetDraft = (key: ThresholdKey) =>
    setDrafts((d) => {
      const rest = { ...d };
      delete rest[key];
      return rest;
    });

  const commit = (key: ThresholdKey, text: string) => {
    const info = THRESHOLD_INFO[key];
    const value = parseThreshold(info, text);
    if (value === null) return setDrafts((d) => ({ ...d, [key]: text }));
    forgetDraft(key);
    const next = { ...overrides };
    if (value === DEFAULT_THRESHOLDS[key]) delete next[key];
    else next[key] = value;
    void save(next, say('thresholdSaved', say(info.label)));
  };

  const reset = (key: ThresholdKey) => {
    const next = { ...overrides };
    delete next[key];
    forgetDraft(key);
    void save(next, say('thresholdResetDone', say(THRESHOLD_INFO[key].label)));
  };

  // Over fifty numbers: a filter on their words finds the one a signal's explanation mentioned.
  const words = query.trim().toLowerCase();
  const matches = (k: ThresholdKey) => !words || `${say(THRESHOLD_INFO[k].label)} ${say(THRESHOLD_INFO[k].basis)}`.toLowerCase().includes(words);
  const shownKeys = THRESHOLD_KEYS.filter(matches);
  const changed = Object.keys(overrides).filter((k) => k in DEFAULT_THRESHOLDS).length;

  const item = (key: ThresholdKey) => (
    <ThresholdItem
      key={key}
      name={key}
      value={overrides[key] ?? DEFAULT_THRESHOLDS[key]}
      draft={drafts[key]}
      isOverride={key in overrides}
      commit={(text) => commit(key, text)}
      reset={() => reset(key)}
    />
  );

  return (
    <section aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{say('thresholdsHeading')}</h2>
      <p class="muted">{say('thresholdsIntro')}</p>
      <div class="row start">
        <span data-testid="thresholds-changed">{say('thresholdsChanged', changed)}</span>
        <button type="button" class="plain" disabled={!changed} onClick={() => void save({}, say('thresholdsResetAllDone'))}>
          {say('thresholdsResetAll')}
        </button>
      </div>
      <ThresholdFilter query={query} setQuery={setQuery} />
      {shownKeys.length === 0 && <p class="muted">{say('thresholdsFilterNone', query)}</p>}
      {THRESHOLD_GROUPS.map((group) => (
        <ThresholdGroup key={group.id} group={group} keys={group.keys.filter(matches)} changed={group.keys.filter((k) => k in overrides).length} filtering={!!words} item={item} />
      ))}
      <p role="status" class="status">{status}</p>
    </section>
  );
}

function ThresholdFilter({ query, setQuery }: { query: string; setQuery(query: string): void }) {
  return (
    <div class="row start">
      <Field id="threshold-filter" type="search" label={say('thresholdsFilter')} placeholder={say('thresholdsFilterPlaceholder')} value={query} onValue={setQuery} />
    </div>
  );
}

/** One theme's numbers (those the filter matches), folded; the count of changed ones on its title. */
function ThresholdGroup(props: { group: ThresholdGroupInfo; keys: ThresholdKey[]; changed: number; filtering: boolean; item(key: ThresholdKey): JSX.Element }) {
  const { group, keys, changed } = props;
  if (keys.length === 0) return null;
  // While a filter is typed every group with a match is open, so the matches are on show.
  return (
    <details class="threshold-group" data-group={group.id} open={props.filtering ? true : undefined}>
      <summary>
        <span class="group-title">{say(group.title)}</span>
        {changed > 0 && <span class="muted"> · {say('thresholdGroupChanged', changed)}</span>}
      </summary>
      <ul class="thresholds">{keys.map(props.item)}</ul>
    </details>
  );
}

interface ThresholdItemProps {
  name: ThresholdKey;
  /** The value in force: the user's own, else the default. */
  value: number;
  /** What the user typed when it isn't acceptable (then nothing was saved). */
  draft: string | undefined;
  isOverride: boolean;
  commit(text: string): void;
  reset(): void;
}

/** One number: its words, default and basis, its input with the unit, a reset, and why a value is refused. */
function ThresholdItem({ name: key, value, draft, isOverride, commit, reset }: ThresholdItemProps) {
  const info = THRESHOLD_INFO[key];
  const invalid = draft !== undefined;
  const unitKey = UNIT_LABEL[info.unit];
  const unit = unitKey ? say(unitKey) : null;
  const range = info.unit === 'share' ? [info.min * 100, info.max * 100] : [info.min, info.max];
  return (
    <li data-threshold={key} class={isOverride ? 'changed' : undefined}>
      <label for={`th-${key}`} class="words">
        {say(info.label)}
      </label>
      <p id={`th-${key}-default`} class="explain">
        {say('thresholdDefault', thresholdWords(key, info, DEFAULT_THRESHOLDS[key]))}
      </p>
      <details class="basis">
        <summary>{say('thresholdWhy')}</summary>
        <p id={`th-${key}-basis`} class="explain">
          {say(info.basis)}
        </p>
      </details>
      <div class="row start">
        <input
          id={`th-${key}`}
          type="text"
          inputMode="decimal"
          class="number"
          value={draft ?? shown(info, value)}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={`th-${key}-default th-${key}-basis${invalid ? ` th-${key}-error` : ''}`}
          onChange={(e) => commit((e.target as HTMLInputElement).value)}
        />
        {unit && <span class="muted">{unit}</span>}
        {isOverride && (
          <button type="button" class="plain" aria-label={say('thresholdResetLabel', say(info.label))} onClick={reset}>
            {say('thresholdReset')}
          </button>
        )}
      </div>
      {invalid && (
        <p id={`th-${key}-error`} class="notice" role="alert">
          {say(info.integer ? 'thresholdInvalidWhole' : 'thresholdInvalid', String(range[0]), String(range[1]))}
        </p>
      )}
    </li>
  );
}
