// What a demo page must be, in either browser: rendered (no raw Markdown, no literal HTML comment),
// readable (its links and text keep WCAG AA contrast on its own background, in light and dark), and
// consistent with the panel (a backlog lists as many items as the panel counts). `pageFacts` runs in
// the page (each harness hands it to its driver's evaluate), so it takes nothing from outside.

export interface PageFacts {
  /** Lines of the page's own text that look like unrendered Markdown or markup. */
  raw: string[];
  /** Whether the page's background is dark. */
  dark: boolean;
  /** The lowest contrast of the page's links and text against the background each sits on. */
  lowestContrast: number;
  /** The backlog or board cards the page lists (0 elsewhere). */
  cards: number;
}

export function pageFacts(): PageFacts {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number) as [number, number, number];
  const luminance = ([r, g, b]: [number, number, number]) => {
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const ours = (el: Element) => el.closest('[data-tandem-root]') !== null;
  // The colour an element's text sits on: its own background or the nearest ancestor's that has one.
  const backgroundOf = (el: Element | null): number => {
    for (let at = el; at; at = at.parentElement) {
      const css = getComputedStyle(at).backgroundColor;
      const alpha = css.startsWith('rgba') ? Number(css.match(/[\d.]+/g)?.[3] ?? 1) : 1;
      if (alpha > 0.5) return luminance(rgb(css));
    }
    return 1;
  };
  const bg = backgroundOf(document.body);
  const samples = [...document.querySelectorAll('main a, main p, main li, main h1')].filter((el) => !ours(el) && (el as HTMLElement).offsetParent !== null).slice(0, 200);
  const lowestContrast = Math.min(21, ...samples.map((el) => contrast(luminance(rgb(getComputedStyle(el).color)), backgroundOf(el))));
  const text = document.body.innerText ?? '';
  const raw = text.split('\n').filter((line) => /<!--|-->|^\s*#{1,6}\s|^\s*- \[[ xX]\]|\*\*\S|^\s*```|"type":\s*"/.test(line));
  return { raw, dark: bg < 0.2, lowestContrast, cards: document.querySelectorAll('#cards [data-issue-key]').length };
}

/** The number of items the panel's scope line names ("60 items in this backlog"), or null. */
export function countInScope(scope: string): number | null {
  const n = /(\d+)\s+items?\b/.exec(scope)?.[1];
  return n === undefined ? null : Number(n);
}
