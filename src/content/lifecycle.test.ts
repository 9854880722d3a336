// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded } from './lifecycle';

describe('waiting for the page to load before the first panel', () => {
  afterEach(() => vi.useRealTimers());

  it('goes at once when the page has loaded', async () => {
    const win = { document: { readyState: 'complete' } } as unknown as Window;
    await expect(pageLoaded(win, 60)).resolves.toBeUndefined();
  });

  it('goes on the load event when it comes first', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const win = Object.assign(target, { document: { readyState: 'interactive' }, setTimeout: globalThis.setTimeout }) as unknown as Window;
    let done = false;
    void pageLoaded(win, 60).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    target.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('goes after the wait when the page is slow to load', async () => {
    vi.useFakeTimers();
    const win = Object.assign(new EventTarget(), { document: { readyState: 'loading' }, setTimeout: globalThis.setTimeout }) as unknown as Window;
    let done = false;
    void pageLoaded(win, 60).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(59);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(true);
  });
});
