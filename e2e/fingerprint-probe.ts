// What a fingerprinting script on a page would try, shared by the Chromium and Firefox specs: fetch
// each of our files at its address and load it as a module script. Our files, as a prober would list
// them from a published build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The panel's and the loaders' chunks, and the added sites' bundles, relative to the extension root. */
export function ourFiles(extensionDir: string): string[] {
  const assets = readdirSync(join(extensionDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const added = readdirSync(join(extensionDir, 'added-site')).map((f) => `added-site/${f}`);
  if (!assets.some((f) => f.startsWith('assets/panel-')) || added.length !== 2) throw new Error(`unexpected build in ${extensionDir}`);
  return [...assets, ...added];
}

/** Runs in the page: per URL, "fetched <status>" or "refused", then "loaded" or "refused". */
export async function probeInPage(urls: string[]): Promise<string[]> {
  return Promise.all(
    urls.map(async (url) => {
      const fetched = await fetch(url).then(
        (r) => `fetched ${r.status}`,
        () => 'refused',
      );
      const loaded = await new Promise<string>((resolve) => {
        const s = document.createElement('script');
        s.type = 'module';
        s.src = url;
        s.onload = () => (s.remove(), resolve('loaded'));
        s.onerror = () => (s.remove(), resolve('refused'));
        document.head.append(s);
      });
      return `${fetched}, ${loaded}`;
    }),
  );
}

/**
 * Firefox reports each refused probe as a page error ("… may not load or link to <url>."): the
 * probes' own doing, not ours. Drops exactly those from `errors`, so every other error still fails.
 */
export function forgetProbeRefusals(errors: string[], urls: string[]): void {
  const probed = new Set(urls.map((url) => `may not load or link to ${url}.`));
  const kept = errors.filter((e) => ![...probed].some((p) => e.endsWith(p)));
  errors.splice(0, errors.length, ...kept);
}
