// manage.ts, the storage side of export/import, reset, the token and check-ins, against an in-memory stand-in
// for browser.storage that behaves like it: sync refuses items over 8 KB (QUOTA_BYTES_PER_ITEM).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Bag = Record<string, unknown>;
const areas = vi.hoisted(() => {
  const make = (perItemLimit: number | null) => {
    let data: Record<string, unknown> = {};
    const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    return {
      reset: () => void (data = {}),
      peek: () => copy(data),
      async get(keys: null | string | string[]) {
        if (keys === null) return copy(data);
        const list = typeof keys === 'string' ? [keys] : keys;
        return copy(Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]])));
      },
      async set(items: Record<string, unknown>) {
        // Like the browser: the whole write is refused when one item is too large.
        if (perItemLimit !== null)
          for (const [k, v] of Object.entries(items))
            if (k.length + JSON.stringify(v).length > perItemLimit) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        data = { ...data, ...copy(items) };
      },
      async remove(keys: string | string[]) {
        for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
      },
      async clear() {
        data = {};
      },
    };
  };
  return { sync: make(8192), local: make(null) };
});
// IndexedDB (where tokens live in the extension) is a Map here; the same one for the whole file.
const secrets = vi.hoisted(() => new Map<string, string>());
vi.mock('./tokens', async (original) => {
  const real = await original<typeof import('./tokens')>();
  return {
    ...real,
    indexedDbTokens: {
      get: async (site: string) => secrets.get(site) ?? null,
      set: async (site: string, token: string) => void secrets.set(site, token),
      remove: async (site: string) => void secrets.delete(site),
      sites: async () => [...secrets.keys()],
    },
  };
});
vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: areas.sync, local: areas.local, onChanged: { addListener() {}, removeListener() {} } } },
}));

const { applyImport, exportSettings, loadCheckIns, loadToken, removeToken, resetEverything, saveCheckIn, saveToken, tokenSites } = await import('./manage');
const { parseImport } = await import('./transfer');
const { makeCheckIn } = await import('./checkins');

const SITE = { v: 1, enabled: false, corner: 'top-left', collapsed: true, rosters: { '*': { people: [{ id: 'mrossi', role: 'em' }] } }, agreements: {} };
const TOKEN = 'ghp_0123456789abcdef0123456789abcdef0123';

beforeEach(async () => {
  areas.sync.reset();
  areas.local.reset();
  secrets.clear();
  await areas.sync.set({ 'site:github.com': SITE, 'site:old.atlassian.net': { v: 1, enabled: true }, prefs: { v: 1, thresholds: { minItems: 9 } } });
  // The single token of older versions, in local storage: moved to github.com on first use.
  await areas.local.set({ githubToken: TOKEN, 'cache:x': 1 });
});

describe('export', () => {
  it('holds every synced setting and no token unless asked', async () => {
    const file = await exportSettings(false, new Date('2026-11-24T00:00:00Z'));
    expect(Object.keys(file.sites).sort()).toEqual(['github.com', 'old.atlassian.net']);
    expect(file.sites['github.com']?.corner).toBe('top-left');
    expect(file.prefs.thresholds).toEqual({ minItems: 9 });
    expect(file).not.toHaveProperty('githubToken');
    expect((await exportSettings(true)).githubToken).toBe(TOKEN);
  });
});

describe('import', () => {
  it('replaces the sections the file has — sites not in it are removed — and leaves the others', async () => {
    const parsed = parseImport(JSON.stringify({ format: 'tandem-settings', version: 1, sites: { 'github.com': { enabled: true } } }));
    if (!parsed.ok) throw new Error('fixture should parse');
    await applyImport(parsed.settings);
    const sync = areas.sync.peek();
    expect(Object.keys(sync).sort()).toEqual(['prefs', 'site:github.com']);
    expect((sync['site:github.com'] as Bag).enabled).toBe(true);
    expect((sync['site:github.com'] as Bag).rosters).toEqual({});
    expect(sync.prefs).toEqual({ v: 1, thresholds: { minItems: 9 } });
    expect(await loadToken()).toBe(TOKEN);
  });

  it('puts everything back when the browser refuses the write', async () => {
    const before = areas.sync.peek();
    const people = Array.from({ length: 300 }, (_, i) => ({ id: `someone-with-a-long-id-${i}`, role: 'engineer' as const }));
    // Passes the checks of transfer.ts on purpose: this is about the browser's own refusal.
    const settings = {
      sites: { 'a.atlassian.net': { v: 2, enabled: true, corner: 'bottom-right' as const, collapsed: true, rosters: { '*': { people } }, agreements: {}, off: [], welcomed: true } },
      customSites: [],
    };
    await expect(applyImport(settings)).rejects.toThrow(/quota/);
    expect(areas.sync.peek()).toEqual(before);
  });

  it('stores an imported token for github.com only, never in browser.storage', async () => {
    await removeToken();
    await applyImport({ githubToken: 'ghp_new' });
    expect(await loadToken()).toBe('ghp_new');
    expect(JSON.stringify(areas.sync.peek())).not.toContain('ghp_new');
    expect(JSON.stringify(areas.local.peek())).not.toContain('ghp_new');
  });

  it('a file that adds an Enterprise site gives that site no token', async () => {
    const parsed = parseImport(
      JSON.stringify({ format: 'tandem-settings', version: 1, customSites: [{ origin: 'https://ghe.evil.example', kind: 'github' }], githubToken: 'ghp_fromfile' }),
    );
    if (!parsed.ok) throw new Error('fixture should parse');
    await applyImport(parsed.settings);
    expect(await loadToken('ghe.evil.example')).toBeNull();
    expect(await tokenSites()).toEqual(['github.com']);
    expect(await loadToken('github.com')).toBe('ghp_fromfile');
  });
});

describe('reset and token', () => {
  it('a plain reset keeps the tokens and the caches; the other forgets every site’s token', async () => {
    await saveToken('ghp_enterprise', 'ghe.corp.example');
    await resetEverything({ forgetToken: false });
    expect(areas.sync.peek()).toEqual({});
    expect(await loadToken()).toBe(TOKEN);
    expect(areas.local.peek()).toEqual({ 'cache:x': 1 });
    await resetEverything({ forgetToken: true });
    expect(await tokenSites()).toEqual([]);
    expect(areas.local.peek()).toEqual({ 'cache:x': 1 });
  });

  it('moves the old single token to github.com, and only there', async () => {
    expect(await loadToken('ghe.corp.example')).toBeNull();
    expect(areas.local.peek()).toEqual({ 'cache:x': 1 });
    expect([...secrets]).toEqual([['github.com', TOKEN]]);
  });

  it('an old token found later does not replace the one saved for github.com', async () => {
    await saveToken('ghp_current');
    await areas.local.set({ githubToken: 'ghp_stale' });
    expect(await loadToken()).toBe('ghp_current');
    expect(areas.local.peek()).not.toHaveProperty('githubToken');
  });

  it('saves a token trimmed, per site, outside browser.storage', async () => {
    await saveToken(`  ${TOKEN}\n`);
    await saveToken('ghp_enterprise', 'ghe.corp.example');
    expect(await loadToken()).toBe(TOKEN);
    expect(await loadToken('ghe.corp.example')).toBe('ghp_enterprise');
    expect(JSON.stringify([areas.local.peek(), areas.sync.peek()])).not.toMatch(/ghp_/);
  });
});

describe('check-ins', () => {
  it('keeps one per week in local storage', async () => {
    await saveCheckIn(makeCheckIn({ frustrated: 2 }, new Date('2026-11-23T10:00:00Z')));
    await saveCheckIn(makeCheckIn({ frustrated: 0 }, new Date('2026-11-26T10:00:00Z')));
    await saveCheckIn(makeCheckIn({ frustrated: 1 }, new Date('2026-11-30T10:00:00Z')));
    const history = await loadCheckIns();
    expect(history.map((c) => [c.week, c.answers.frustrated])).toEqual([
      ['2026-W48', 0],
      ['2026-W49', 1],
    ]);
    expect(areas.sync.peek()).not.toHaveProperty('checkins');
  });
});
