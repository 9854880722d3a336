import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPrefs, defaultSiteSettings, type SiteSettings } from './schema';
import { buildExport, MAX_IMPORT_BYTES, normaliseOrigin, parseImport } from './transfer';

const NOW = new Date('2026-11-24T06:00:00Z');

const github: SiteSettings = {
  ...defaultSiteSettings(),
  corner: 'top-left',
  rosters: {
    'acme/roadmap': { people: [{ id: 'erin-em', role: 'em' }, { id: 'dev-a', role: 'engineer', team: 'Checkout' }], myRole: 'pm' },
    '*': { people: [{ id: 'ops-lead', role: 'other' }] },
  },
  agreements: { 'acme/roadmap': { owners: { triage: 'em', 'backlog-grooming': 'shared' }, updated: '2026-11-01T00:00:00.000Z' } },
};

const full = () =>
  buildExport({
    prefs: { ...defaultPrefs(), thresholds: { routineShare: 0.6, minItems: 8 } },
    sites: { 'github.com': github, 'acme.atlassian.net': { ...defaultSiteSettings(), enabled: false } },
    customSites: [{ origin: 'https://jira.corp.example', kind: 'jira', added: '2026-11-02T00:00:00.000Z' }],
    githubToken: 'ghp_secret0000000000000000000000000000',
    includeToken: false,
    now: NOW,
  });

describe('export', () => {
  it('leaves the token out unless asked, and includes it when asked', () => {
    expect(full()).not.toHaveProperty('githubToken');
    expect(JSON.stringify(full())).not.toContain('ghp_secret');
    const withToken = buildExport({ ...full(), githubToken: 'ghp_abc', includeToken: true, now: NOW });
    expect(withToken.githubToken).toBe('ghp_abc');
    expect(buildExport({ ...full(), githubToken: null, includeToken: true, now: NOW })).not.toHaveProperty('githubToken');
  });

  it('round-trips: what is exported imports back unchanged', () => {
    const file = full();
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toEqual({ prefs: file.prefs, sites: file.sites, customSites: file.customSites });
    expect(result.summary).toEqual({
      sites: 2,
      rosters: 2,
      people: 3,
      agreements: 1,
      thresholds: 2,
      customSites: 1,
      token: false,
      kept: [],
    });
  });

  it('imports the token when the file has one', () => {
    const result = parseImport(JSON.stringify({ ...full(), githubToken: ' ghp_abc ' }));
    expect(result.ok && result.settings.githubToken).toBe('ghp_abc');
    expect(result.ok && result.summary.token).toBe(true);
  });
});

describe('import refuses a wrong file and names the wrong part', () => {
  const base = () => JSON.parse(JSON.stringify(full())) as Record<string, any>;
  it.each<[string, (f: Record<string, any>) => unknown, string, string | undefined]>([
    ['not JSON', () => '{"format": "tandem-settings",', 'not-json', undefined],
    ['another tool’s JSON', () => ({ some: 'thing' }), 'not-tandem', undefined],
    ['a JSON array', () => [1, 2, 3], 'not-tandem', undefined],
    ['no version', (f) => ({ ...f, version: undefined }), 'bad-version', undefined],
    ['a version that is text', (f) => ({ ...f, version: '1' }), 'bad-version', undefined],
    ['a newer version', (f) => ({ ...f, version: 99 }), 'newer-version', undefined],
    ['a bad corner', (f) => ((f.sites['github.com'].corner = 'middle'), f), 'bad-part', 'sites → github.com → corner'],
    ['a roster person with no id', (f) => ((f.sites['github.com'].rosters['acme/roadmap'].people[0].id = ''), f), 'bad-part', 'sites → github.com → rosters.acme/roadmap'],
    ['an unknown role', (f) => ((f.sites['github.com'].rosters['*'].people[0].role = 'boss'), f), 'bad-part', 'sites → github.com → rosters.*'],
    ['an unknown routine owner', (f) => ((f.sites['github.com'].agreements['acme/roadmap'].owners.triage = 'ceo'), f), 'bad-part', 'sites → github.com → agreements.acme/roadmap'],
    ['a site key that is not a host', (f) => ((f.sites['https://x.example/path'] = {}), f), 'bad-part', 'sites → https://x.example/path'],
    ['sites as a list', (f) => ({ ...f, sites: [] }), 'bad-part', 'sites'],
    ['a threshold that is text', (f) => ((f.prefs.thresholds.routineShare = 'half'), f), 'bad-part', 'prefs → thresholds'],
    ['an item cap out of range', (f) => ((f.prefs.jiraItemCap = 5), f), 'bad-part', 'prefs → jiraItemCap'],
    ['prefs that are not an object', (f) => ({ ...f, prefs: 'x' }), 'bad-part', 'prefs → (the whole record)'],
    ['an added site with a path', (f) => ((f.customSites[0].origin = 'https://jira.corp.example/secure'), f), 'bad-part', 'customSites → 1'],
    ['an added site in capitals', (f) => ((f.customSites[0].origin = 'https://JIRA.corp.example'), f), 'bad-part', 'customSites → 1'],
    ['an added site of an unknown kind', (f) => ((f.customSites[0].kind = 'gitlab'), f), 'bad-part', 'customSites → 1'],
    ['a token with spaces', (f) => ({ ...f, githubToken: 'ghp a b' }), 'bad-part', 'githubToken'],
  ])('%s', (_what, mutate, code, part) => {
    const value = mutate(base());
    const result = parseImport(typeof value === 'string' ? value : JSON.stringify(value));
    expect(result).toEqual({ ok: false, problem: part ? { code, part } : { code } });
  });

  it('refuses a huge file before reading it', () => {
    const huge = JSON.stringify({ ...full(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImport(huge)).toEqual({ ok: false, problem: { code: 'too-big' } });
  });

  it('refuses a site too large for browser sync storage', () => {
    const people = Array.from({ length: 400 }, (_, i) => ({ id: `person-number-${i}`, role: 'engineer', team: 'Platform' }));
    const f = base();
    f.sites['github.com'].rosters['*'] = { people };
    expect(parseImport(JSON.stringify(f))).toEqual({ ok: false, problem: { code: 'item-too-big', part: 'sites → github.com' } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseImport(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('partial files', () => {
  it('imports only the sections present and says which were kept', () => {
    const result = parseImport(JSON.stringify({ format: 'tandem-settings', version: 1, prefs: { thresholds: { minItems: 7 } } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toEqual({ prefs: { ...defaultPrefs(), thresholds: { minItems: 7 } } });
    expect(result.summary.kept).toEqual(['sites', 'customSites']);
    expect(result.summary.thresholds).toBe(1);
  });

  it('gives missing fields of a site their defaults, and migrates a site record written before versioning', () => {
    const result = parseImport(JSON.stringify({ format: 'tandem-settings', version: 1, sites: { 'github.com': { enabled: false } } }));
    expect(result.ok && result.settings.sites).toEqual({ 'github.com': { ...defaultSiteSettings(), enabled: false, welcomed: true } });
  });

  it('accepts an export from before versioning (version 0)', () => {
    const result = parseImport(JSON.stringify({ format: 'tandem-settings', version: 0, customSites: [] }));
    expect(result.ok && result.settings).toEqual({ customSites: [] });
  });
});

describe('normaliseOrigin', () => {
  it.each([
    ['https://jira.corp.example', 'https://jira.corp.example'],
    ['https://jira.corp.example/secure/Dashboard.jspa?x=1#top', 'https://jira.corp.example'],
    ['jira.corp.example', 'https://jira.corp.example'],
    ['  HTTPS://GitHub.Corp.Example:443/ ', 'https://github.corp.example'],
    ['http://jira.intranet.example:8080/browse/OPS-1', 'http://jira.intranet.example:8080'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['ftp://files.example', null],
    ['javascript:alert(1)', null],
    ['https://user:pw@jira.corp.example', null],
    ['jira', null],
    ['', null],
    ['https://', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseOrigin(input)).toBe(expected);
  });
});
