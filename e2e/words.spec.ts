// The CLI, the benchmark and the unit tests say things with our own reading of messages.json
// (src/core/english.ts); the extension says them with the browser's. They must agree word for word,
// for every message: here Chromium's getMessage answers for each one, with and without substitutions.
import english from '../src/public/_locales/en/messages.json' with { type: 'json' };
import { englishLookup } from '../src/core/english';
import { expect, openPopup, test } from './harness';

test('every message reads the same through Chromium’s i18n and through the CLI’s English', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  const keys = Object.keys(english);
  const full = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9'];
  const cases = keys.flatMap((key) => [
    { key, subs: full },
    { key, subs: ['$1 & $$'] }, // a substitution that looks like a placeholder stays as given
  ]);
  const browserSays = await popup.evaluate(
    (list) => {
      const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n;
      return list.map(({ key, subs }) => i18n.getMessage(key, subs));
    },
    cases,
  );
  const nodeSays = cases.map(({ key, subs }) => englishLookup(key, subs));
  const differ = cases.map((c, i) => ({ key: c.key, browser: browserSays[i], node: nodeSays[i] })).filter((d) => d.browser !== d.node);
  expect(differ).toEqual([]);
  expect(keys.length).toBeGreaterThan(300);
});
