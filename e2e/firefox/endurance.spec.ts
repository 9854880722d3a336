// Firefox: 200 in-app navigations on each tracker (issue #12, item 6), as in e2e/endurance.spec.ts:
// exactly one panel after every navigation, naming the item navigated to, and navigations costing
// no more requests at the end than after warming up (a watcher left behind per navigation would
// read each page again). Listener, observer and heap counts need the DevTools protocol, which
// Firefox's WebDriver BiDi does not offer; the Chromium spec counts those.
import { serveDemo } from '../demo-world';
import { ENDURANCE_SITES, NAVIGATIONS, navigateInApp, panelShows } from '../endurance';
import { expect, test } from './harness';

for (const site of ENDURANCE_SITES) {
  test(`${site.name}: ${NAVIGATIONS} navigations keep one panel and cost no more at the end`, async ({ firefox, tab, world }) => {
    test.setTimeout(120_000);
    serveDemo(world);
    await firefox.navigate(tab, site.start);
    await tab.waitForFunction(panelShows, { timeout: 20_000 }, site.key(0));
    const requests = new Map<number, number>();
    for (let n = 1; n <= NAVIGATIONS; n++) {
      await tab.evaluate(navigateInApp, site.step(n));
      await tab.waitForFunction(panelShows, { timeout: 20_000 }, site.key(n));
      requests.set(n, world.requests.length);
    }
    const per = (from: number, to: number) => requests.get(to)! - requests.get(from)!;
    expect(per(190, 200)).toBeGreaterThan(0);
    // Ten navigations cost 8 to 11 requests depending on how fast they follow each other (a quick one
    // is dropped before it asks); a second panel answering each navigation would double the count.
    expect(per(190, 200)).toBeLessThanOrEqual(1.5 * per(10, 20));
    expect(await tab.evaluate(() => document.querySelectorAll('[data-tandem-root]').length)).toBe(1);
    expect(await tab.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
}
