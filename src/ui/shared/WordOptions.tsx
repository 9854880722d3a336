// A <select>'s options whose words are messages, one per value in the given order; and the corners'
// words, which the panel's footer and the options page's sites both offer.
import { say, type MessageKey } from '../../core/words';
import type { Corner } from '../../settings/schema';

export function WordOptions<T extends string>({ values, words }: { values: readonly T[]; words: Record<T, MessageKey> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {say(words[value])}
        </option>
      ))}
    </>
  );
}

export const CORNER_WORDS: Record<Corner, MessageKey> = {
  'bottom-right': 'cornerBottomRight',
  'bottom-left': 'cornerBottomLeft',
  'top-right': 'cornerTopRight',
  'top-left': 'cornerTopLeft',
};
