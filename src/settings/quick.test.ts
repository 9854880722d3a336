import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstVisitRecord, quickAddedSites, quickEnabled } from './quick';
import { parseCustomSites, parseSiteSettings } from './schema';

// Anything storage could hold: well-formed records, near misses and garbage.
const siteRecord = fc.oneof(
  fc.anything(),
  fc.record({ v: fc.oneof(fc.constant(1), fc.anything()), enabled: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] }),
);
const addedSite = fc.oneof(
  fc.anything(),
  fc.record({
    origin: fc.oneof(fc.webUrl(), fc.constantFrom('https://jira.corp.example', 'http://ghe.local:8080', 'https://x.example/path', 'javascript:x'), fc.string()),
    kind: fc.oneof(fc.constantFrom('jira', 'github', 'gitlab'), fc.anything()),
  }),
);

describe('the content script’s quick read agrees with the full schema', () => {
  it('on the site switch', () => {
    fc.assert(fc.property(siteRecord, (raw) => {
      expect(quickEnabled(raw)).toBe(parseSiteSettings(raw).value.enabled);
    }), { numRuns: 500 });
  });

  it('on the added sites', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.array(addedSite)), (raw) => {
      expect(quickAddedSites(raw)).toEqual(parseCustomSites(raw).value.map(({ origin, kind }) => ({ origin, kind })));
    }), { numRuns: 500 });
  });

  it('reads the plain cases', () => {
    expect(quickEnabled(undefined)).toBe(true);
    expect(quickEnabled({ enabled: false })).toBe(false);
    expect(quickEnabled({ enabled: 'no' })).toBe(true);
    expect(quickAddedSites([{ origin: 'https://jira.corp.example', kind: 'jira', added: 'x' }])).toEqual([
      { origin: 'https://jira.corp.example', kind: 'jira' },
    ]);
  });
});

describe('the record a first visit stores', () => {
  it('is a current site record, so the site still gets its first-run step', () => {
    const parsed = parseSiteSettings(firstVisitRecord());
    expect(parsed.notice).toBeNull();
    expect(parsed.value.enabled).toBe(true);
    expect(parsed.value.welcomed).toBe(false);
  });
});
