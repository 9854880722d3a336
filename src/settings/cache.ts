// The adapters' cache (ETags with their bodies, Jira field ids) in extension local storage, kept
// bounded: Chrome gives an extension 10 MB of local storage, and a cache that only grows would one day
// crowd out the settings, trends and check-ins. The oldest entries go first; an answer too big to be
// worth keeping is simply not cached.
import type { KeyValueCache } from '../sites/types';

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface CacheLimits {
  entries: number;
  bytes: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = { entries: 300, bytes: 4_000_000 };

const INDEX = 'cache-index';
type Index = Record<string, { at: number; size: number }>;

function readIndex(raw: unknown): Index {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const index: Index = {};
  for (const [key, entry] of Object.entries(raw)) {
    const { at, size } = (entry ?? {}) as { at?: unknown; size?: unknown };
    if (typeof at === 'number' && typeof size === 'number') index[key] = { at, size };
  }
  return index;
}

export function boundedCache(area: StorageAreaLike, limits: CacheLimits = DEFAULT_CACHE_LIMITS, clock: () => number = Date.now): KeyValueCache {
  // Writes are chained so two saves from one page never read the same old index.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async get<T>(key: string) {
      const got = await area.get(`cache:${key}`);
      return got[`cache:${key}`] as T | undefined;
    },
    set<T>(key: string, value: T) {
      const run = queue.then(async () => {
        const size = JSON.stringify(value)?.length ?? 0;
        if (size > limits.bytes / 4) return;
        const index = readIndex((await area.get(INDEX))[INDEX]);
        index[key] = { at: clock(), size };
        const keys = Object.keys(index).sort((a, b) => index[a]!.at - index[b]!.at);
        let total = keys.reduce((sum, k) => sum + index[k]!.size, 0);
        const evicted: string[] = [];
        while (keys.length > limits.entries || total > limits.bytes) {
          const oldest = keys.shift()!;
          if (oldest === key) continue;
          total -= index[oldest]!.size;
          delete index[oldest];
          evicted.push(`cache:${oldest}`);
        }
        if (evicted.length) await area.remove(evicted);
        await area.set({ [`cache:${key}`]: value, [INDEX]: index });
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
