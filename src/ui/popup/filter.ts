import type { GuideItem } from '../../core/guide';

/** Every word of the query must appear in the item's words, explanation, advice or id. */
export function filterGuide(items: readonly GuideItem[], query: string): GuideItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((item) => {
    const hay = `${item.words} ${item.explanation} ${item.advice} ${item.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
