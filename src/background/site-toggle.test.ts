import { describe, expect, it } from 'vitest';
import type { CustomSite } from '../settings/schema';
import { adoptGrantedOrigins, originOfPattern, type AdoptDeps } from './site-toggle';

function deps(tabs: Record<string, ('jira' | 'github' | null)[]>, known: CustomSite[] = []) {
  const saved: CustomSite[][] = [];
  // Every open tab once, its id being its place in this list.
  const open = Object.entries(tabs).flatMap(([origin, kinds]) => kinds.map((kind) => ({ origin, kind })));
  const d: AdoptDeps = {
    addedSites: async () => known,
    saveAddedSites: async (sites) => void saved.push(sites),
    tabsOn: async (origin) => open.flatMap((tab, id) => (tab.origin === origin ? [id] : [])),
    trackerIn: async (id) => open[id]?.kind ?? null,
    isBuiltIn: (origin) => origin === 'https://github.com',
    now: () => '2026-12-01T00:00:00.000Z',
  };
  return { d, saved };
}

describe('the toolbar menu’s granted origins become added sites', () => {
  it('reads the origin of a one-origin pattern only', () => {
    expect(originOfPattern('https://jira.corp.example/*')).toBe('https://jira.corp.example');
    expect(originOfPattern('http://localhost:8080/*')).toBe('http://localhost:8080');
    expect(originOfPattern('https://*/*')).toBeNull();
    expect(originOfPattern('<all_urls>')).toBeNull();
  });

  it('adds a granted origin with the kind its open page shows', async () => {
    const { d, saved } = deps({ 'https://jira.corp.example': ['jira'], 'https://ghe.corp.example': [null, 'github'] });
    const adopted = await adoptGrantedOrigins(['https://jira.corp.example/*', 'https://ghe.corp.example/*'], d);
    expect(adopted).toEqual([
      { origin: 'https://jira.corp.example', kind: 'jira', added: '2026-12-01T00:00:00.000Z' },
      { origin: 'https://ghe.corp.example', kind: 'github', added: '2026-12-01T00:00:00.000Z' },
    ]);
    expect(saved).toEqual([adopted]);
  });

  it('leaves alone what is built in, already added, or shows no tracker page', async () => {
    const known: CustomSite[] = [{ origin: 'https://jira.corp.example', kind: 'jira' }];
    const { d, saved } = deps({ 'https://jira.corp.example': ['jira'], 'https://github.com': ['github'], 'https://news.example': [null] }, known);
    expect(await adoptGrantedOrigins(['https://jira.corp.example/*', 'https://github.com/*', 'https://news.example/*', 'https://*/*'], d)).toEqual([]);
    expect(saved).toEqual([]);
  });
});
