// The store listings' texts stay within the stores' limits (docs/store-listing.md gives them), and the
// manifest's name and description, which the Chrome Web Store shows, do too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const messages = JSON.parse(readFileSync(join(ROOT, 'src/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const listing = readFileSync(join(ROOT, 'docs/store-listing.md'), 'utf8');

/** The text under a `## heading` of the listing, up to the next heading. */
function section(heading: string): string {
  const start = listing.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`docs/store-listing.md has no section "${heading}"`);
  const body = listing.slice(start + heading.length + 4);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe('store listings', () => {
  it('the name fits both stores (Firefox Add-ons: 50 characters; Chrome Web Store: 75)', () => {
    expect(section('Name')).toBe(messages.extName!.message);
    expect([...section('Name')].length).toBeLessThanOrEqual(50);
  });

  it('the manifest description is the Chrome summary, within 132 characters', () => {
    expect(section("Summary (Chrome Web Store: from the manifest's description)")).toBe(messages.extDescription!.message);
    expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('the Firefox summary is within 250 characters', () => {
    const summary = section('Summary (Firefox Add-ons)');
    expect(summary.length).toBeGreaterThan(50);
    expect([...summary].length).toBeLessThanOrEqual(250);
  });

  it('the description is plain text, with no HTML', () => {
    expect(section('Description (both stores)')).not.toMatch(/<[a-z]/i);
  });
});
