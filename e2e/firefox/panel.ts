// Reading and working the panel in a Puppeteer tab: the contract (docs/contracts.md) is a host element with
// `data-tandem-root` whose shadow root holds one `[data-signal][data-status]` per signal. Puppeteer's
// `>>>` selector goes into shadow roots.
import type { Page } from 'puppeteer-core';
import { expect } from './harness';

const WAIT = { timeout: 20_000 };

/** How many panels the page has (there must never be two). */
export const panelCount = (tab: Page) => tab.evaluate(() => document.querySelectorAll('[data-tandem-root]').length);

/** Waits for the panel to have read the page and concluded. */
export async function waitReady(tab: Page): Promise<void> {
  await tab.waitForFunction(() => document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector('.tandem')?.getAttribute('data-phase') === 'ready', WAIT);
  expect(await panelCount(tab)).toBe(1);
}

/** Text of the first element matching `selector` inside the panel ('' if none). */
export const panelText = (tab: Page, selector: string) =>
  tab.evaluate((s) => document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector(s)?.textContent ?? '', selector);

/** Waits until the panel's element matching `selector` contains `text`. */
export async function waitPanelText(tab: Page, selector: string, text: string): Promise<void> {
  await tab.waitForFunction(
    (s, t) => (document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelector(s)?.textContent ?? '').includes(t),
    WAIT,
    selector,
    text,
  );
}

/** Every signal's status in the panel, by id. */
export const panelStatuses = (tab: Page): Promise<Record<string, string>> =>
  tab.evaluate(() =>
    Object.fromEntries(
      [...(document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelectorAll('[data-signal]') ?? [])].map((r) => [r.getAttribute('data-signal'), r.getAttribute('data-status')]),
    ),
  );

/** The panel starts collapsed to its badge; open it to read details. */
export async function openPanel(tab: Page): Promise<void> {
  const badge = await tab.$('[data-tandem-root] >>> button.badge');
  if (badge && (await badge.isVisible())) await badge.click();
}

/**
 * Makes a signal's row visible: the panel folds the checks that are not findings, and lists the
 * signals waiting for setup under the setup row; this opens whichever holds the row.
 */
export async function revealSignal(tab: Page, id: string): Promise<void> {
  await openPanel(tab);
  await tab.evaluate((signal) => {
    const root = document.querySelector('[data-tandem-root]')?.shadowRoot;
    for (const holder of ['tandem-folded', 'tandem-setup-signals']) {
      if (!root?.querySelector(`#${holder} [data-signal="${signal}"]`)) continue;
      const opener = root.querySelector<HTMLButtonElement>(`button[aria-controls="${holder}"]`);
      if (opener?.getAttribute('aria-expanded') === 'false') opener.click();
    }
  }, id);
}

/** The number of evidence lines the panel lists for a signal (opens its details, and "Show all"). */
export async function evidenceCount(tab: Page, id: string): Promise<number> {
  await revealSignal(tab, id);
  const row = `[data-tandem-root] >>> [data-signal="${id}"]`;
  await tab.locator(`${row} button.row`).click();
  const more = await tab.$(`${row} ::-p-text(Show all)`);
  if (more) await more.click();
  return tab.evaluate(
    (signal) =>
      [...(document.querySelector('[data-tandem-root]')?.shadowRoot?.querySelectorAll(`[data-signal="${signal}"] h4`) ?? [])]
        .filter((h) => h.textContent === 'Evidence')
        .reduce((n, h) => n + (h.nextElementSibling?.matches('ul') ? h.nextElementSibling.children.length : 0), 0),
    id,
  );
}

/** The panel agrees with what the engine concludes in Node: every status, and the evidence of the first signals that have some. */
export async function expectConclusions(tab: Page, analysis: { signals: { id: string; status: string; evidence: unknown[] }[] }, minWithEvidence = 1): Promise<void> {
  expect(await panelStatuses(tab)).toEqual(Object.fromEntries(analysis.signals.map((s) => [s.id, s.status])));
  const withEvidence = analysis.signals.filter((s) => s.evidence.length > 0).slice(0, 3);
  expect(withEvidence.length).toBeGreaterThanOrEqual(minWithEvidence);
  for (const s of withEvidence) expect(await evidenceCount(tab, s.id), `evidence of ${s.id}`).toBe(s.evidence.length);
}
