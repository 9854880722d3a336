import { describe, expect, it } from 'vitest';
import { isBuiltInSite, permissionPattern } from './added-sites';

describe('added sites', () => {
  it.each([
    ['https://jira.corp.example', 'https://jira.corp.example/*'],
    ['http://jira.intranet.example:8080', 'http://jira.intranet.example/*'],
  ])('%s asks for %s', (origin, pattern) => {
    expect(permissionPattern(origin)).toBe(pattern);
  });

  it.each([
    ['https://github.com', true],
    ['https://acme.atlassian.net', true],
    ['https://github.corp.example', false],
    ['https://atlassian.net.evil.example', false],
  ])('%s is built in: %s', (origin, expected) => {
    expect(isBuiltInSite(origin)).toBe(expected);
  });
});
