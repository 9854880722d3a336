// The 200-navigation endurance run (issue #12, item 6), shared by the Chromium and Firefox specs:
// where each tracker's in-app navigation goes and how the page's own script makes it, as the apps
// do (no reload): GitHub's Turbo swaps the content, pushes the URL and fires turbo:load; Jira's
// router pushes `?selectedIssue=` on a board. src/content/navigation.ts follows both.
import { englishWords } from '../src/core/english';
import { GITHUB_REPO, JIRA_SITE } from './demo-world';

export const NAVIGATIONS = 200;
/** Where the bounds are compared: after the first warm-up, and at the end. */
export const CHECKPOINTS = [20, 100, 200];

export interface EnduranceSite {
  name: string;
  start: string;
  /** The panel's scope line names this item, read from the tracker's API, after navigation n. */
  key(n: number): string;
  /** The page-world step for navigation n: what the app itself does. */
  step: (n: number) => string;
}

const ISSUE = (n: number) => (n % 2 === 1 ? 43 : 42);
const CARD = (n: number) => `CART-${n % 2 === 1 ? 2 : 1}`;

export const ENDURANCE_SITES: EnduranceSite[] = [
  {
    name: 'GitHub issue to issue (Turbo-like: content swapped, pushState, turbo:load)',
    start: `https://github.com/${GITHUB_REPO}/issues/42`,
    key: (n) => `${GITHUB_REPO}#${ISSUE(n)} · ${englishWords('sourceApi', 'GitHub')}`,
    step: (n) => `/${GITHUB_REPO}/issues/${ISSUE(n)}`,
  },
  {
    name: 'Jira board, issue to issue (the router’s ?selectedIssue=)',
    start: `${JIRA_SITE}/jira/software/projects/CART/boards/7/backlog?selectedIssue=CART-1`,
    key: (n) => `${CARD(n)} · ${englishWords('sourceApi', 'Jira')}`,
    step: (n) => `?selectedIssue=${CARD(n)}`,
  },
];

/**
 * Runs in the page's world: GitHub paths swap in the next page's #app as the fixture's soft
 * navigation does, then push and fire turbo:load; Jira's query only pushes (the board stays).
 */
export async function navigateInApp(target: string): Promise<void> {
  if (target.startsWith('/')) {
    // Each page is fetched once and kept, as Turbo's cache does: the run measures us, not the fetch.
    const pages = ((window as unknown as { endurancePages?: Map<string, string> }).endurancePages ??= new Map());
    const html = pages.get(target) ?? (await (await fetch(target)).text());
    pages.set(target, html);
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.getElementById('app')!.replaceWith(document.adoptNode(next.getElementById('app')!));
    history.pushState({}, '', target);
    document.dispatchEvent(new Event('turbo:load'));
  } else {
    history.pushState({}, '', target);
  }
}

/** Runs in the page's world: one panel, done reading, its scope line holding `key` (item and source). */
export function panelShows(key: string): boolean {
  const roots = document.querySelectorAll('[data-tandem-root]');
  if (roots.length !== 1) return false;
  const panel = roots[0]!.shadowRoot?.querySelector('.tandem');
  return panel?.getAttribute('data-phase') === 'ready' && (panel.querySelector('.scope')?.textContent ?? '').includes(key);
}
