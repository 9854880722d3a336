// 200 in-app navigations on each tracker (issue #12, item 6): exactly one panel all along, our event
// listeners and observers bounded, and the heap bounded. Counted through the DevTools protocol, which
// can look from our isolated world: DOMDebugger lists each listener of that world on the page's
// window, document, <html> and Navigation object with the script that added it (ours are the
// chrome-extension:// scripts), the page's own listeners are counted from the page's world, and
// queryObjects counts the MutationObserver/ResizeObserver/IntersectionObserver objects made by our
// isolated world. A watcher left behind per navigation would add one of each every time.
import type { CDPSession } from '@playwright/test';
import { serveDemo } from './demo-world';
import { CHECKPOINTS, ENDURANCE_SITES, NAVIGATIONS, navigateInApp, panelShows } from './endurance';
import { expect, test } from './harness';

/** Heap growth allowed from navigation 20 to 200: a leak of one analysis per navigation is far more. */
const HEAP_GROWTH_BOUND = 1024 * 1024;

interface Count {
  listeners: number;
  ours: number;
  observers: number;
  heap: number;
}

async function measure(cdp: CDPSession, scripts: Map<string, string>, extensionId: string): Promise<Count> {
  const ourScript = (scriptId: string) => (scripts.get(scriptId) ?? '').startsWith(`chrome-extension://${extensionId}/`);
  const { executionContextId } = await ourWorld(cdp, extensionId);
  let listeners = 0;
  let ours = 0;
  // DevTools lists the listeners of the world the object was read in: the page's, then ours.
  for (const contextId of [undefined, executionContextId]) {
    for (const target of ['window', 'document', 'document.documentElement', 'navigation']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target, ...(contextId ? { contextId } : {}) });
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      if (contextId) ours += found.filter((l) => ourScript(l.scriptId)).length;
      else listeners += found.length;
    }
  }
  let observers = 0;
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `${kind}.prototype`, contextId: executionContextId });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId! });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    observers += result.value as number;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { listeners, ours, observers, heap: usedSize };
}

let contexts: { id: number; origin: string; type?: string }[] = [];
async function ourWorld(_cdp: CDPSession, extensionId: string): Promise<{ executionContextId: number }> {
  const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}` || (c.type === 'isolated' && c.origin.includes(extensionId)));
  if (!world) throw new Error(`no isolated world of ours among ${JSON.stringify(contexts)}`);
  return { executionContextId: world.id };
}

for (const site of ENDURANCE_SITES) {
  test(`${site.name}: ${NAVIGATIONS} navigations keep one panel, our listeners, observers and heap bounded`, async ({ page, world, context, extensionId }) => {
    test.setTimeout(120_000);
    serveDemo(world);
    const cdp = await context.newCDPSession(page);
    const scripts = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
    contexts = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push({ id: c.id, origin: c.origin, type: (c.auxData as { type?: string } | undefined)?.type }));
    cdp.on('Runtime.executionContextsCleared', () => (contexts = []));
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');

    await page.goto(site.start);
    await page.waitForFunction(panelShows, site.key(0), { timeout: 20_000 });
    const counts = new Map<number, Count>();
    const requests = new Map<number, number>();
    for (let n = 1; n <= NAVIGATIONS; n++) {
      await page.evaluate(navigateInApp, site.step(n));
      await page.waitForFunction(panelShows, site.key(n), { timeout: 20_000 });
      requests.set(n, world.requests.length);
      if (CHECKPOINTS.includes(n)) counts.set(n, await measure(cdp, scripts, extensionId));
    }
    const first = counts.get(CHECKPOINTS[0]!)!;
    const last = counts.get(NAVIGATIONS)!;
    console.log(`${site.name}: at ${CHECKPOINTS.map((c) => `${c}: ${JSON.stringify(counts.get(c))}`).join('; ')}`);
    // The instruments see our listeners and observers at all (else "bounded" would prove nothing).
    expect(first.ours).toBeGreaterThan(0);
    expect(first.observers).toBeGreaterThan(0);
    for (const c of CHECKPOINTS) {
      expect(counts.get(c)!.ours, `our listeners at navigation ${c}`).toBe(first.ours);
      expect(counts.get(c)!.listeners, `all listeners at navigation ${c}`).toBe(first.listeners);
      expect(counts.get(c)!.observers, `our observers at navigation ${c}`).toBe(first.observers);
    }
    expect(last.heap - first.heap, `heap growth from navigation ${CHECKPOINTS[0]} to ${NAVIGATIONS}`).toBeLessThan(HEAP_GROWTH_BOUND);
    // Navigations cost no more requests at the end than after warming up (fewer once answers are
    // cached): nothing of ours answers a navigation twice.
    const per = (from: number, to: number) => requests.get(to)! - requests.get(from)!;
    expect(per(190, 200)).toBeGreaterThan(0);
    // Ten navigations cost 8 to 11 requests depending on how fast they follow each other (a quick one
    // is dropped before it asks); a second panel answering each navigation would double the count.
    expect(per(190, 200)).toBeLessThanOrEqual(1.5 * per(10, 20));
    await expect(page.locator('[data-tandem-root]')).toHaveCount(1);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
}
