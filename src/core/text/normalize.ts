// Text is normalised before any classifier reads it, so that invisible or look-alike characters cannot
// change an answer: "fr\u00ADustrating", "blo\u200Bcker" and "Ѕolution" (Cyrillic Ѕ) read like the plain words.
// Two steps, both linear in the text:
//  - `normalizeText`: NFKC (full-width and mathematical letters become plain ones), zero-width, bidi
//    and soft-hyphen characters removed, Cyrillic/Greek look-alike letters folded to Latin where safe.
//    The rules and the models read this form.
//  - `markText`: for the learned models only, fenced and inline code, URLs and @mentions become one
//    marker word each, so a pasted log or a user name does not count as the author's words.

// Characters with no visible width that only steer layout: soft hyphen, Mongolian vowel separator,
// zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word joiner and the
// invisible operators, bidi isolates, Arabic letter mark, byte-order mark.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/;
// Anything but printable ASCII, tabs and line breaks: only such text needs the slow path.
const NON_ASCII = /[^ -~\t\n\r]/;

// Cyrillic and Greek letters drawn like a Latin one (the Unicode confusables that matter for English words).
const LOOK_ALIKE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
    А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
    ο: 'o', ν: 'v', ι: 'i', κ: 'k', υ: 'u', ρ: 'p',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  }),
);
const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u052F]/;
const WORD_WITH_FOREIGN = /[\p{L}\p{M}]*[\u0370-\u03FF\u0400-\u052F][\p{L}\p{M}]*/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/**
 * Folds look-alike letters to Latin where that cannot damage real Cyrillic or Greek text: in a word that
 * also has Latin letters ("Ѕolution"), and in a word made only of look-alikes when the whole text has
 * no other Cyrillic or Greek letter (an English sentence with "ѕсаm" typed in Cyrillic).
 */
function foldLookAlikes(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text)) return text;
  let foreignOnly = 0;
  for (const ch of text) if (CYRILLIC_OR_GREEK.test(ch) && !LOOK_ALIKE.has(ch)) foreignOnly++;
  return text.replace(WORD_WITH_FOREIGN, (word) => {
    let onlyLookAlikes = true;
    for (const ch of word) {
      if (CYRILLIC_OR_GREEK.test(ch) && !LOOK_ALIKE.has(ch)) {
        onlyLookAlikes = false;
        break;
      }
    }
    const mixed = LATIN.test(word);
    if (!(mixed && onlyLookAlikes) && !(onlyLookAlikes && foreignOnly === 0)) return word;
    let out = '';
    for (const ch of word) out += LOOK_ALIKE.get(ch) ?? ch;
    return out;
  });
}

/** The form every classifier reads. ASCII text is returned as it is (the common case costs one test). */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = text.normalize('NFKC');
  if (HAS_INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  return foldLookAlikes(out);
}

// Marker words: letters only, so they tokenise as one word and never occur in real prose.
export const CODE_MARK = 'zzcodezz';
export const URL_MARK = 'zzurlzz';
export const MENTION_MARK = 'zzmentionzz';

const FENCE = /```|~~~|\{code[^}\n]{0,200}\}|\{noformat\}/g;
const INLINE_CODE = /`[^`\n]{1,200}`|\{\{[^}\n]{1,200}\}\}/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/gi;
const MENTION = /(^|[^\w@.])@[A-Za-z0-9][\w.-]{0,38}/g;

/**
 * Replaces code, URLs and @mentions with marker words. Fences are paired left to right in one pass; an
 * unclosed fence marks the rest of the text as code. Every pattern is bounded, so the pass is linear.
 */
export function markText(text: string): string {
  let out = '';
  let last = 0;
  let open = -1;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m !== null; m = FENCE.exec(text)) {
    if (open < 0) {
      out += text.slice(last, m.index);
      open = m.index;
    } else {
      out += ` ${CODE_MARK} `;
      last = m.index + m[0].length;
      open = -1;
    }
  }
  out += open >= 0 ? ` ${CODE_MARK} ` : text.slice(last);
  return out
    .replace(INLINE_CODE, ` ${CODE_MARK} `)
    .replace(URL, ` ${URL_MARK} `)
    .replace(MENTION, (_m, before: string) => `${before} ${MENTION_MARK} `);
}
