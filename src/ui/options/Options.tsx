// The options page: sites (built-in and added), team roster and working agreement, thresholds, the
// GitHub token, export/import and reset. Each section reads and saves its own part of the settings;
// after an import or a reset they are mounted afresh so they show what is stored now.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ShortcutSection } from './ShortcutSection';
import { SitesSection } from './SitesSection';
import { TeamSection } from './TeamSection';
import { ThresholdsSection } from './ThresholdsSection';
import { TokenSection } from './TokenSection';
import { TransferSection } from './TransferSection';
import './options.css';

export function Options() {
  const [generation, setGeneration] = useState(0);
  const [teamGeneration, setTeamGeneration] = useState(0);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <nav aria-label={t('optionsContents')}>
        <ul class="contents">
          <li><a href="#sites-heading">{t('optionsSites')}</a></li>
          <li><a href="#team-heading">{t('teamHeading')}</a></li>
          <li><a href="#thresholds-heading">{t('thresholdsHeading')}</a></li>
          <li><a href="#token-heading">{t('tokenHeading')}</a></li>
          <li><a href="#shortcut-heading">{t('shortcutHeading')}</a></li>
          <li><a href="#transfer-heading">{t('transferHeading')}</a></li>
        </ul>
      </nav>
      <div key={generation}>
        {/* Adding or removing a site changes the team section's list of sites. */}
        <SitesSection onChange={() => setTeamGeneration((n) => n + 1)} />
        <TeamSection key={`team-${teamGeneration}`} />
        <ThresholdsSection />
        <TokenSection key={`token-${teamGeneration}`} />
      </div>
      <ShortcutSection />
      <TransferSection onReplaced={() => setGeneration((n) => n + 1)} />
    </main>
  );
}
