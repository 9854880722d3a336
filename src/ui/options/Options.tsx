// The options page: sites (built-in and added), team roster and working agreement, signals switched
// off per site, thresholds, the GitHub token, the shortcut, export/import and reset, and privacy. A
// menu beside the page switches between the sections, one at a time so each stays short; the URL's
// hash names the one on show (options.html#thresholds), so back and forward and a bookmark work.
// Each section reads and saves its own part of the settings; after an import or a reset they are
// mounted afresh so they show what is stored now.
import { useEffect, useRef, useState } from 'preact/hooks';
import { say, type MessageKey } from '../../core/words';
import { ShortcutSection } from './ShortcutSection';
import { SignalsSection } from './SignalsSection';
import { SitesSection } from './SitesSection';
import { TeamSection } from './TeamSection';
import { ThresholdsSection } from './ThresholdsSection';
import { TokenSection } from './TokenSection';
import { TransferSection } from './TransferSection';
import './options.css';

export const OPTIONS_SECTIONS = ['sites', 'team', 'signals', 'thresholds', 'token', 'shortcut', 'transfer', 'privacy'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

const TITLES: Record<OptionsSection, MessageKey> = {
  sites: 'optionsSites',
  team: 'teamHeading',
  signals: 'signalsHeading',
  thresholds: 'thresholdsHeading',
  token: 'tokenHeading',
  shortcut: 'shortcutHeading',
  transfer: 'transferHeading',
  privacy: 'privacyHeading',
};

/** The section a hash names; the old in-page anchors (#team-heading) still land on theirs, anything else on the first. */
export function sectionOf(hash: string): OptionsSection {
  const name = hash.replace(/^#/, '').replace(/-heading$/, '');
  return (OPTIONS_SECTIONS as readonly string[]).includes(name) ? (name as OptionsSection) : 'sites';
}

function useSection(): OptionsSection {
  const [section, setSection] = useState(() => sectionOf(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return section;
}

export function Options() {
  const [generation, setGeneration] = useState(0);
  const [teamGeneration, setTeamGeneration] = useState(0);
  const section = useSection();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(section);

  // After a switch (not on load), keyboard and screen reader users land on the new section's heading.
  useEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    const heading = main.current?.querySelector<HTMLElement>('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
    scrollTo(0, 0);
  }, [section]);

  const body = () => {
    switch (section) {
      // Adding or removing a site changes the team section's list of sites.
      case 'sites':
        return <SitesSection onChange={() => setTeamGeneration((n) => n + 1)} />;
      case 'team':
        return <TeamSection key={`team-${teamGeneration}`} />;
      case 'signals':
        return <SignalsSection key={`signals-${teamGeneration}`} />;
      case 'thresholds':
        return <ThresholdsSection />;
      case 'token':
        return <TokenSection key={`token-${teamGeneration}`} />;
      case 'shortcut':
        return <ShortcutSection />;
      case 'transfer':
        return <TransferSection onReplaced={() => setGeneration((n) => n + 1)} />;
      case 'privacy':
        return (
          <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{say('privacyHeading')}</h2>
            <p>{say('privacyText')}</p>
            <p class="muted">{say('privacyMore')}</p>
          </section>
        );
    }
  };

  return (
    <div class="options-layout">
      <nav aria-label={say('optionsContents')} class="menu">
        <p class="menu-title">{say('optionsTitle')}</p>
        <ul class="contents">
          {OPTIONS_SECTIONS.map((name) => (
            <li key={name}>
              <a href={`#${name}`} aria-current={name === section ? 'page' : undefined}>
                {say(TITLES[name])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options" ref={main} data-section={section}>
        <h1>{say('optionsTitle')}</h1>
        {/* The transfer section stays mounted through its own import or reset, to say how it went. */}
        <div key={section === 'transfer' ? section : generation}>{body()}</div>
      </main>
    </div>
  );
}
