// The guide the product is built around. `words` are the user's own words, exactly as written in the
// guide (curly quotes included); everything else is ours: a short explanation, how Tandem looks for it
// in tracker data, and what to try. All four are messages (guide<Id>Words, …About, …Detect, …Try), so
// they can be translated. Ids are stable: settings, tests and the CLI rely on them.
import { say, type MessageKey } from './words';
import type { SignalId } from './signals';
import { CATALOG } from './signals/catalog';
import { messageKey, pascal, type Catalog, type Pascal, type SignalKind } from './signals/define';

export type { SignalKind } from './signals/define';
export type { SignalId } from './signals';

/** The messages that hold an item's text. */
export interface GuideMessages {
  /** The guide's words, as written. */
  words: MessageKey;
  /** One or two plain sentences: what this means in a PM/EM partnership. */
  explanation: MessageKey;
  /** How Tandem looks for it, in a sentence. */
  detection: MessageKey;
  /** Something concrete to try, tied to the item. */
  advice: MessageKey;
}

export interface GuideEntry {
  id: SignalId;
  kind: SignalKind;
  messages: GuideMessages;
  /** True when only the person can judge it; Tandem asks instead of guessing. */
  selfCheck?: boolean;
}

/** A guide item with its text, in the language of the running program's catalogue. */
export interface GuideItem extends GuideEntry {
  readonly words: string;
  readonly explanation: string;
  readonly detection: string;
  readonly advice: string;
}

type GuideKey<Id extends string, Part extends string> = `guide${Pascal<Id>}${Part}`;
// Every derived key names a message that exists: a missing one is a type error here.
type AllGuideKeys = GuideKey<SignalId, 'Words' | 'About' | 'Detect' | 'Try'>;
const guideKeysExist: AllGuideKeys extends MessageKey ? true : never = true;
void guideKeysExist;

/** A signal's guide entry: its four messages are named after its id (guide<Id>Words, …About, …Detect, …Try). */
export function guideEntry(definition: Catalog['signals'][number]): GuideEntry {
  const name = `guide${pascal(definition.id)}`;
  const entry: GuideEntry = {
    id: definition.id as SignalId,
    kind: definition.kind,
    messages: {
      words: messageKey(`${name}Words`),
      explanation: messageKey(`${name}About`),
      detection: messageKey(`${name}Detect`),
      advice: messageKey(`${name}Try`),
    },
  };
  if (definition.selfCheck) entry.selfCheck = true;
  return entry;
}

/** The guide of a registry, in its order. */
export function guideOf(registry: Pick<Catalog, 'signals'>): GuideItem[] {
  return registry.signals.map((definition) => withText(guideEntry(definition)));
}

// Getters, not values: the text is looked up each time it is read, after the program has installed
// its catalogue, never when this module loads.
function withText(entry: GuideEntry): GuideItem {
  return {
    ...entry,
    get words() {
      return say(entry.messages.words);
    },
    get explanation() {
      return say(entry.messages.explanation);
    },
    get detection() {
      return say(entry.messages.detection);
    },
    get advice() {
      return say(entry.messages.advice);
    },
  };
}

// From the catalog (data written from the registry), not the registry itself: the pages that show the
// guide must not load the signals' code and the text models (they run in the background only).
export const GUIDE: readonly GuideItem[] = guideOf(CATALOG);

export const GUIDE_BY_ID: Readonly<Record<SignalId, GuideItem>> = Object.fromEntries(
  GUIDE.map((item) => [item.id, item]),
) as Record<SignalId, GuideItem>;

export const SIGNAL_IDS: readonly SignalId[] = GUIDE.map((item) => item.id);

/** Warning signs first (what people scan for), then healthy behaviors; guide order within each. */
export const DISPLAY_ORDER: readonly GuideItem[] = [
  ...GUIDE.filter((g) => g.kind === 'warning'),
  ...GUIDE.filter((g) => g.kind === 'healthy'),
];
