// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from './navigation';

describe('following in-app navigation', () => {
  afterEach(() => vi.useRealTimers());

  it('reports a pushState navigation once, on the next check', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchNavigation((href) => seen.push(href), window);
    history.pushState({}, '', '/acme/widgets/issues/43');
    vi.advanceTimersByTime(600);
    vi.advanceTimersByTime(600);
    expect(seen).toEqual([`${location.origin}/acme/widgets/issues/43`]);
    stop();
  });

  it('reacts at once to Turbo’s events, and not to a same-URL event', () => {
    const seen: string[] = [];
    const stop = watchNavigation((href) => seen.push(href), window);
    document.dispatchEvent(new Event('turbo:load'));
    expect(seen).toEqual([]);
    history.pushState({}, '', '/browse/SHOP-13');
    document.dispatchEvent(new Event('turbo:load'));
    expect(seen).toEqual([`${location.origin}/browse/SHOP-13`]);
    stop();
  });

  it('stops listening when asked', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    watchNavigation((href) => seen.push(href), window)();
    history.pushState({}, '', '/somewhere-else');
    document.dispatchEvent(new Event('turbo:load'));
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([]);
  });
});
