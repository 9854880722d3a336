import { describe, expect, it } from 'vitest';
import { defaultSiteSettings, migrateSite, parseCustomSites, parsePrefs, parseSiteSettings } from './schema';

describe('site settings', () => {
  it('gives defaults for a site never seen, without a notice', () => {
    const parsed = parseSiteSettings(undefined);
    expect(parsed.notice).toBeNull();
    expect(parsed.value).toEqual({ v: 2, enabled: true, corner: 'bottom-right', collapsed: true, rosters: {}, agreements: {}, off: [], welcomed: false });
  });

  it('reads a valid record as stored', () => {
    const stored = { ...defaultSiteSettings(), enabled: false, corner: 'top-left', collapsed: false };
    expect(parseSiteSettings(stored)).toEqual({ value: stored, notice: null });
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2]],
    ['a number', 42],
  ] as [string, unknown][])('falls back to defaults with a notice for %s', (_what, raw) => {
    const parsed = parseSiteSettings(raw);
    expect(parsed.value).toEqual(defaultSiteSettings());
    expect(parsed.notice).toMatch(/couldn't be read/);
  });

  it('keeps every readable field when one is corrupted, and names the bad one', () => {
    const parsed = parseSiteSettings({ v: 1, enabled: false, corner: 'middle', collapsed: 'yes' });
    expect(parsed.value.enabled).toBe(false);
    expect(parsed.value.corner).toBe('bottom-right');
    expect(parsed.value.collapsed).toBe(true);
    expect(parsed.notice).toMatch(/reset to their defaults/);
  });

  it('keeps a valid roster and drops a corrupted one', () => {
    const roster = { people: [{ id: 'erin-em', role: 'em' }] };
    expect(parseSiteSettings({ v: 1, rosters: { 'acme/widgets': roster } }).value.rosters).toEqual({ 'acme/widgets': roster });
    const bad = parseSiteSettings({ v: 1, enabled: false, rosters: { x: { people: [{ id: '', role: 'boss' }] } } });
    expect(bad.value.rosters).toEqual({});
    expect(bad.value.enabled).toBe(false);
    expect(bad.notice).not.toBeNull();
  });

  it('drops unknown routines from a working agreement but keeps the known ones', () => {
    const parsed = parseSiteSettings({ v: 1, agreements: { '*': { owners: { triage: 'em', juggling: 'pm' } } } });
    expect(parsed.value.agreements['*']?.owners).toEqual({ triage: 'em' });
  });

  it('migrates a record written before versioning', () => {
    // A site stored before the first-run step existed was used already: it is not asked again.
    expect(migrateSite({ enabled: false })).toEqual({ enabled: false, welcomed: true, v: 2 });
    expect(migrateSite({ enabled: false, v: 1 })).toEqual({ enabled: false, welcomed: true, v: 2 });
    expect(parseSiteSettings({ enabled: false })).toEqual({ value: { ...defaultSiteSettings(), enabled: false, welcomed: true }, notice: null });
  });

  it('keeps the signals switched off on a site, dropping ids it does not know, and resets a wrong list alone', () => {
    const parsed = parseSiteSettings({ v: 2, off: ['avoids-em', 'no-such-signal', 'frustrated'], corner: 'top-left' });
    expect(parsed.value.off).toEqual(['avoids-em', 'frustrated']);
    expect(parsed.notice).toBeNull();
    const wrong = parseSiteSettings({ v: 2, off: 'avoids-em', corner: 'top-left' });
    expect(wrong.value.off).toEqual([]);
    expect(wrong.value.corner).toBe('top-left');
    expect(wrong.notice).toContain('off');
  });
});

describe('preferences and added sites', () => {
  it('rejects out-of-range caps but keeps thresholds', () => {
    const parsed = parsePrefs({ v: 1, jiraItemCap: 5, thresholds: { routineShare: 0.6 } });
    expect(parsed.value.jiraItemCap).toBe(200);
    expect(parsed.value.thresholds).toEqual({ routineShare: 0.6 });
    expect(parsed.notice).not.toBeNull();
  });

  it('keeps the readable added sites and says how many were skipped', () => {
    const parsed = parseCustomSites([
      { origin: 'https://jira.corp.example', kind: 'jira' },
      { origin: 'javascript:alert(1)', kind: 'jira' },
      { origin: 'https://ghe.corp.example', kind: 'gitlab' },
    ]);
    expect(parsed.value).toEqual([{ origin: 'https://jira.corp.example', kind: 'jira' }]);
    expect(parsed.notice).toMatch(/2 added site/);
    expect(parseCustomSites('nope').value).toEqual([]);
  });
});
