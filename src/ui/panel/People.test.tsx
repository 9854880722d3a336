// @vitest-environment happy-dom
// The panel's people list: one row per person, hostile ids shown as themselves, identity notes said.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine';
import { markerClassifier, NOW } from '../../../test/support/factory';
import { githubToTrackerData } from '../../sites/github/convert';
import { isConvertError } from '../../sites/convert-common';
import { People } from './People';
import type { RosterEditor } from './Signals';

const editor: RosterEditor = { where: 'acme/shop', edit: () => undefined, openPeople: () => undefined, openSettings: () => undefined };

function rows(host: HTMLElement) {
  return [...host.querySelectorAll('li.person')].map((li) => ({
    id: li.getAttribute('data-person'),
    name: li.querySelector('.person-name')?.textContent,
    notes: [...li.querySelectorAll('.person-identity')].map((n) => n.textContent),
  }));
}

describe('People', () => {
  it('lists logins such as "constructor" and "__proto__" as themselves, once each', () => {
    const user = (login: string, id: number) => ({ login, id, type: 'User' });
    const issue = (n: number, login: string, id: number) => ({ number: n, title: `#${n}`, state: 'open', html_url: `https://github.com/acme/shop/issues/${n}`, created_at: '2026-10-01T09:00:00Z', user: user(login, id) });
    // "toString" renamed to "to-string": the numeric id says it is the same person.
    const data = githubToTrackerData([[issue(1, 'constructor', 1), issue(2, '__proto__', 2), issue(3, 'toString', 3), issue(4, 'to-string', 3)]]);
    if (isConvertError(data)) throw new Error(data.message);
    const analysis = analyze(data, { classify: markerClassifier, now: NOW });
    const host = document.createElement('div');
    render(<People people={analysis.people} editor={editor} />, host);
    expect(rows(host)).toEqual([
      { id: '__proto__', name: '__proto__', notes: [] },
      { id: 'constructor', name: 'constructor', notes: [] },
      { id: 'toString', name: 'toString', notes: ['Also seen as to-string.'] },
    ]);
    expect(host.textContent).not.toContain('Object');
  });

  it('says when a person was joined by display name only, and when only a display name is known', () => {
    const host = document.createElement('div');
    render(
      <People
        people={[
          { id: 'a1', name: 'Ann Lee', role: 'other', source: 'unknown', aliases: ['ann'], matchedByName: true },
          { id: 'Person A', name: 'Person A', role: 'other', source: 'unknown', nameOnly: true },
        ]}
        editor={editor}
      />,
      host,
    );
    expect(rows(host)).toEqual([
      { id: 'a1', name: 'Ann Lee (a1)', notes: ['Also seen as ann.', 'Joined with another entry only because the display names match: a guess.'] },
      { id: 'Person A', name: 'Person A', notes: ['The tracker showed only a display name for this person.'] },
    ]);
  });
});
