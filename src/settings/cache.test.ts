import { describe, expect, it } from 'vitest';
import { boundedCache, type StorageAreaLike } from './cache';

function memoryArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

describe('the bounded cache', () => {
  it('gives back what it was given', async () => {
    const cache = boundedCache(memoryArea());
    await cache.set('etag:https://api.github.com/repos/a/b/issues/1', { etag: 'W/"1"', body: { n: 1 } });
    expect(await cache.get('etag:https://api.github.com/repos/a/b/issues/1')).toEqual({ etag: 'W/"1"', body: { n: 1 } });
    expect(await cache.get('nothing')).toBeUndefined();
  });

  it('drops the oldest entries beyond the entry limit', async () => {
    let now = 0;
    const area = memoryArea();
    const cache = boundedCache(area, { entries: 3, bytes: 1_000_000 }, () => ++now);
    for (const k of ['a', 'b', 'c', 'd', 'e']) await cache.set(k, k);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeUndefined();
    expect(await Promise.all(['c', 'd', 'e'].map((k) => cache.get(k)))).toEqual(['c', 'd', 'e']);
    expect([...area.data.keys()].filter((k) => k.startsWith('cache:')).sort()).toEqual(['cache:c', 'cache:d', 'cache:e']);
  });

  it('drops the oldest entries beyond the size limit, and never caches a huge answer', async () => {
    let now = 0;
    const cache = boundedCache(memoryArea(), { entries: 100, bytes: 400 }, () => ++now);
    await cache.set('old', 'x'.repeat(90));
    await cache.set('mid', 'y'.repeat(90));
    await cache.set('new', 'z'.repeat(90));
    await cache.set('newer', 'v'.repeat(90));
    // 5 × 92 bytes is over 400: the oldest goes.
    await cache.set('newest', 'w'.repeat(90));
    await cache.set('huge', 'h'.repeat(200));
    expect(await cache.get('old')).toBeUndefined();
    expect(await cache.get('mid')).toBe('y'.repeat(90));
    expect(await cache.get('newest')).toBe('w'.repeat(90));
    expect(await cache.get('huge')).toBeUndefined();
  });

  it('keeps its order when writes overlap', async () => {
    let now = 0;
    const cache = boundedCache(memoryArea(), { entries: 2, bytes: 1_000_000 }, () => ++now);
    await Promise.all([cache.set('a', 1), cache.set('b', 2), cache.set('c', 3)]);
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('survives a corrupted index', async () => {
    const area = memoryArea();
    area.data.set('cache-index', 'garbage');
    const cache = boundedCache(area);
    await cache.set('k', 1);
    expect(await cache.get('k')).toBe(1);
  });
});
