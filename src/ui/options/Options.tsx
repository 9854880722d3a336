// The options page: sites (built-in and added), team roster and working agreement, signals switched
// off per site, thresholds, the GitHub token, the shortcut, export/import and reset, and privacy. A
// menu beside the sections reaches each one. Each section reads and saves its own part of the
// settings; after an import or a reset they are mounted afresh so they show what is stored now.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ShortcutSection } from './ShortcutSection';
import { SignalsSection } from './SignalsSection';
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
    <div class="options-layout">
      <nav aria-label={t('optionsContents')} class="menu">
        <p class="menu-title">{t('optionsTitle')}</p>
        <ul class="contents">
          <li><a href="#sites-heading">{t('optionsSites')}</a></li>
          <li><a href="#team-heading">{t('teamHeading')}</a></li>
          <li><a href="#signals-heading">{t('signalsHeading')}</a></li>
          <li><a href="#thresholds-heading">{t('thresholdsHeading')}</a></li>
          <li><a href="#token-heading">{t('tokenHeading')}</a></li>
          <li><a href="#shortcut-heading">{t('shortcutHeading')}</a></li>
          <li><a href="#transfer-heading">{t('transferHeading')}</a></li>
          <li><a href="#privacy-heading">{t('privacyHeading')}</a></li>
        </ul>
      </nav>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <div key={generation}>
          {/* Adding or removing a site changes the team section's list of sites. */}
          <SitesSection onChange={() => setTeamGeneration((n) => n + 1)} />
          <TeamSection key={`team-${teamGeneration}`} />
          <SignalsSection key={`signals-${teamGeneration}`} />
          <ThresholdsSection />
          <TokenSection key={`token-${teamGeneration}`} />
        </div>
        <ShortcutSection />
        <TransferSection onReplaced={() => setGeneration((n) => n + 1)} />
        <section aria-labelledby="privacy-heading" id="privacy">
          <h2 id="privacy-heading">{t('privacyHeading')}</h2>
          <p>{t('privacyText')}</p>
          <p class="muted">{t('privacyMore')}</p>
        </section>
      </main>
    </div>
  );
}
