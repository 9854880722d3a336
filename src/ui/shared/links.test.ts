import { describe, expect, it } from 'vitest';
import { safeUrl } from './links';

describe('safeUrl', () => {
  it.each([
    ['https://github.com/acme/widgets/issues/42', 'https://github.com/acme/widgets/issues/42'],
    ['http://jira.corp.example/browse/OPS-7', 'http://jira.corp.example/browse/OPS-7'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
