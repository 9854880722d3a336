// GitHub tokens, one per site ("github.com" or a GitHub Enterprise Server host). They are kept in
// the extension's own IndexedDB, not in browser.storage: content scripts can read storage.local and
// storage.sync in both browsers (Firefox offers no way to restrict them; Chrome's setAccessLevel
// would also lock out the panel's cache), while IndexedDB belongs to the extension's origin, which
// content scripts, running with the page's origin, can't open. Only the background (which makes the
// token-carrying requests) and the options page read them. Never logged, never synced.
export const GITHUB_COM = 'github.com';

/** Where tokens are kept; IndexedDB in the extension, a Map in tests. */
export interface TokenBackend {
  get(site: string): Promise<string | null>;
  set(site: string, token: string): Promise<void>;
  remove(site: string): Promise<void>;
  sites(): Promise<string[]>;
}

/** The part of storage.local the migration needs. */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/** Before tokens had a site, one token lived in storage.local under this key. */
export const LEGACY_KEY = 'githubToken';

/**
 * Moves the old single token (storage.local) to github.com, the only site it was ever meant for; a
 * token already saved for github.com wins. Safe to run any number of times: the old key is removed
 * only after the token is stored.
 */
export async function migrateLegacyToken(local: LegacyArea, backend: TokenBackend): Promise<void> {
  const old = (await local.get(LEGACY_KEY))[LEGACY_KEY];
  if (old === undefined) return;
  if (typeof old === 'string' && old.trim() && !(await backend.get(GITHUB_COM))) await backend.set(GITHUB_COM, old.trim());
  await local.remove(LEGACY_KEY);
}

/** Database and store names; the e2e harness writes tokens the same way. */
export const TOKEN_DB = 'tandem-secrets';
export const TOKEN_STORE = 'github-tokens';
const DB = TOKEN_DB;
const STORE = TOKEN_STORE;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

/** The extension's IndexedDB: reachable from the background and extension pages only. */
export const indexedDbTokens: TokenBackend = {
  async get(site) {
    const value = await inStore('readonly', (s) => s.get(site) as IDBRequest<unknown>);
    return typeof value === 'string' && value ? value : null;
  },
  async set(site, token) {
    await inStore('readwrite', (s) => s.put(token, site));
  },
  async remove(site) {
    await inStore('readwrite', (s) => s.delete(site));
  },
  async sites() {
    return (await inStore('readonly', (s) => s.getAllKeys())).filter((k): k is string => typeof k === 'string');
  },
};

/** A token store that first moves an old single token over. */
export function tokenStore(local: LegacyArea, backend: TokenBackend = indexedDbTokens): TokenBackend {
  // Every call checks (one storage read), so a token written the old way at any time still ends up
  // with github.com and nowhere else.
  const migrated = () => migrateLegacyToken(local, backend);
  return {
    get: async (site) => (await migrated(), backend.get(site)),
    set: async (site, token) => (await migrated(), backend.set(site, token.trim())),
    remove: async (site) => (await migrated(), backend.remove(site)),
    sites: async () => (await migrated(), backend.sites()),
  };
}

/** A Map-backed store for tests and the CLI-free Node code paths. */
export function memoryTokens(initial: Iterable<[string, string]> = []): TokenBackend {
  const map = new Map(initial);
  return {
    get: async (site) => map.get(site) ?? null,
    set: async (site, token) => void map.set(site, token),
    remove: async (site) => void map.delete(site),
    sites: async () => [...map.keys()],
  };
}
