// How the panel's rows change the roster of the project in view (a role set inline, the first-run
// step), saying where it was saved, and how they open the panel's list of people.
import { useRef, useState } from 'preact/hooks';
import type { Roster } from '../../core/roster';
import { say } from '../../core/words';
import type { SiteSettings } from '../../settings/schema';
import { rosterChange } from './roster-edit';
import type { RosterEditor } from './Signals';
import { openSettings } from './PanelFooter';

export interface PanelRoster {
  editor: RosterEditor;
  /** The same editor, with more of the site's settings saved along with each roster change. */
  editorWith(also: Partial<SiteSettings>): RosterEditor;
  /** "Saved for …" after the last change, for the panel's status line. */
  saved: string | null;
  peopleOpen: boolean;
  setPeopleOpen(open: boolean): void;
  peopleRef: { current: HTMLButtonElement | null };
}

export function useRosterEditor(site: SiteSettings, project: string | null, onChange: (change: Partial<SiteSettings>) => void): PanelRoster {
  const [saved, setSaved] = useState<string | null>(null);
  const [peopleOpen, setPeopleOpen] = useState(false);
  const peopleRef = useRef<HTMLButtonElement>(null);
  const where = project ?? say('siteWide');

  // `also` rides along in the same save: two saves at once would each write what the other missed.
  const editorWith = (also: Partial<SiteSettings>): RosterEditor => ({
    where,
    edit(change: (current: Roster | null) => Roster) {
      onChange({ ...rosterChange(site, project, change), ...also });
      setSaved(say('setupSaved', where));
    },
    openPeople() {
      setPeopleOpen(true);
      setTimeout(() => peopleRef.current?.scrollIntoView({ block: 'nearest' }), 0);
      setTimeout(() => peopleRef.current?.focus(), 0);
    },
    openSettings,
  });

  return { editor: editorWith({}), editorWith, saved, peopleOpen, setPeopleOpen, peopleRef };
}
