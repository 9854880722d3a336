// The panel follows the host page's theme: GitHub and Jira both put `data-color-mode` on <html>
// ("light", "dark", or "auto" meaning the system's). Without it, the page's background decides.
export type Theme = 'light' | 'dark';

export function hostTheme(doc: Document): Theme {
  const html = doc.documentElement;
  const mode = html.getAttribute('data-color-mode');
  if (mode === 'dark' || mode === 'light') return mode;
  if (mode === 'auto') return systemTheme(doc);
  // Jira: data-theme="dark:dark light:light …" lists both; data-color-mode is the one in use.
  const bg = doc.body ? doc.defaultView?.getComputedStyle(doc.body).backgroundColor : null;
  const rgb = bg?.match(/\d+(\.\d+)?/g)?.map(Number);
  if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0) {
    const [r = 255, g = 255, b = 255] = rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return systemTheme(doc);
}

function systemTheme(doc: Document): Theme {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls back when the host page switches theme (user setting or system change). */
export function watchTheme(doc: Document, callback: (theme: Theme) => void): () => void {
  let last = hostTheme(doc);
  const check = () => {
    const next = hostTheme(doc);
    if (next !== last) callback((last = next));
  };
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-color-mode', 'data-theme', 'class'] });
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', check);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', check);
  };
}
