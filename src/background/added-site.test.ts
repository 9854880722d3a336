import { describe, expect, it } from 'vitest';
import { injectForAddedSite, isAddedSiteRequest, LOAD_ADDED_SITE_CONTENT, LOAD_ADDED_SITE_PANEL, type InjectDeps } from './added-site';

function deps(grantedOrigins: string[], fail = false): InjectDeps & { injected: string[] } {
  const injected: string[] = [];
  return {
    injected,
    granted: async (origin) => grantedOrigins.includes(origin),
    inject: async (tabId, frameId, file) => {
      if (fail) throw new Error('No tab with id');
      injected.push(`${tabId}/${frameId} ${file}`);
    },
  };
}

describe('injecting an added site’s code', () => {
  it('runs the asked-for bundle in the frame that asked, on a granted origin', async () => {
    const d = deps(['https://jira.corp.example']);
    const sender = { url: 'https://jira.corp.example/browse/OPS-7', tab: { id: 4 }, frameId: 0 };
    expect(await injectForAddedSite({ type: LOAD_ADDED_SITE_CONTENT }, sender, d)).toBe(true);
    expect(await injectForAddedSite({ type: LOAD_ADDED_SITE_PANEL }, { ...sender, frameId: 3 }, d)).toBe(true);
    expect(d.injected).toEqual(['4/0 added-site/content.js', '4/3 added-site/panel.js']);
  });

  it('injects nothing for an origin the user did not add, an extension page, a non-web page or a bad address', async () => {
    const d = deps(['https://jira.corp.example']);
    const ask = (url: string | undefined, tab?: { id?: number }) => injectForAddedSite({ type: LOAD_ADDED_SITE_PANEL }, { url, tab: tab ?? { id: 1 }, frameId: 0 }, d);
    expect(await ask('https://evil.example/browse/OPS-7')).toBe(false);
    expect(await ask('https://jira.corp.example/x', {})).toBe(false);
    expect(await injectForAddedSite({ type: LOAD_ADDED_SITE_PANEL }, { url: 'https://jira.corp.example/x' }, d)).toBe(false);
    expect(await ask(undefined)).toBe(false);
    expect(await ask('file:///etc/passwd')).toBe(false);
    expect(await ask('not a url')).toBe(false);
    expect(d.injected).toEqual([]);
  });

  it('a tab gone meanwhile is a quiet false, not an error', async () => {
    const d = deps(['https://jira.corp.example'], true);
    await expect(injectForAddedSite({ type: LOAD_ADDED_SITE_CONTENT }, { url: 'https://jira.corp.example/', tab: { id: 2 } }, d)).resolves.toBe(false);
  });

  it('knows its two requests and nothing else', () => {
    expect(isAddedSiteRequest({ type: LOAD_ADDED_SITE_CONTENT })).toBe(true);
    expect(isAddedSiteRequest({ type: LOAD_ADDED_SITE_PANEL })).toBe(true);
    expect(isAddedSiteRequest({ type: 'load-added-site-script' })).toBe(false);
    expect(isAddedSiteRequest(null)).toBe(false);
  });
});
