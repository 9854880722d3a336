import { describe, expect, it } from 'vitest';
import { detectPage, trackerOf } from './detect';

const added = [
  { origin: 'https://jira.corp.example', kind: 'jira' as const },
  { origin: 'https://github.corp.example', kind: 'github' as const },
];

describe('which tracker a page belongs to', () => {
  it.each([
    ['https://github.com/acme/widgets/issues/42', 'github'],
    ['https://acme.atlassian.net/browse/SHOP-12', 'jira'],
    ['https://jira.corp.example/browse/OPS-7', 'jira'],
    ['https://github.corp.example/acme/widgets/issues/1', 'github'],
    ['https://gitlab.com/acme/widgets/-/issues/1', null],
    ['https://evil.example/atlassian.net/browse/X-1', null],
    ['https://atlassian.net.evil.example/browse/X-1', null],
    ['http://jira.corp.example:8080/browse/OPS-7', null],
  ])('%s → %s', (href, tracker) => {
    expect(trackerOf(new URL(href), added)).toBe(tracker);
  });

  it('sends each page to its own site’s detector', () => {
    expect(detectPage(new URL('https://github.com/acme/widgets/issues/42'), null, [])).toMatchObject({
      site: 'github',
      kind: 'github-issue',
      key: 'acme/widgets#42',
    });
    expect(detectPage(new URL('https://acme.atlassian.net/browse/SHOP-12'), null, [])).toMatchObject({
      site: 'jira',
      kind: 'jira-issue',
      key: 'SHOP-12',
    });
    expect(detectPage(new URL('https://github.com/acme/widgets/pull/7'), null, [])).toBeNull();
    expect(detectPage(new URL('https://jira.corp.example/browse/OPS-7'), null, [])).toBeNull();
  });
});
