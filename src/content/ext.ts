// The few extension APIs the content script uses before it decides to show a panel, called directly.
// webextension-polyfill would cost 3 KB gzip, over a third of the content script's 8 KB budget, for
// three calls that both browsers already offer with promises in Manifest V3; the panel chunk, the
// popup and the options page use the polyfill. Messages are answered through `sendResponse` +
// `return true`, which Chrome and Firefox both honour.
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
interface Ext {
  storage: { sync: StorageArea; onChanged: { addListener(l: Listener): void } };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(l: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | void): void;
    };
  };
}

const ext = ((globalThis as { browser?: Ext }).browser ?? (globalThis as { chrome?: Ext }).chrome) as Ext;

export const syncGet = (keys: string[]) => ext.storage.sync.get(keys);
export const syncSet = (items: Record<string, unknown>) => ext.storage.sync.set(items);

export function onSyncChange(callback: (changes: Record<string, { newValue?: unknown }>) => void): void {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') callback(changes);
  });
}

export function onMessage(handler: (message: { type: string }) => Promise<unknown> | undefined): void {
  ext.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return;
    const answer = handler(message as { type: string });
    if (!answer) return;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** Asks the background for something (an added site's panel code); the answer, or undefined. */
export const sendMessage = (message: { type: string }) => ext.runtime.sendMessage(message);
