// The service worker: runs the engine for the panels (./analysis.ts says why), makes the GitHub API
// requests for them so tokens stay here (./github-api.ts), opens the options page for the panel
// (content scripts can't), forwards the keyboard shortcut to the active tab, registers the content
// script on sites the user added and injects their content and panel code (./added-site.ts), and
// offers "Enable Tandem on this site" in the toolbar button's menu (./site-toggle.ts).
import browser from 'webextension-polyfill';
// Registers the manifest's content_scripts on every origin granted through optional_host_permissions
// (and unregisters them when the permission is removed), at start-up and whenever one is added.
import 'webext-dynamic-content-scripts';
import addPermissionToggle from 'webext-permission-toggle';
import { say } from '../core/words';
import { isBuiltInSite } from '../settings/added-sites';
import { clockNow } from '../settings/clock';
import { loadCustomSites, saveCustomSites } from '../settings/store';
import { tokenStore, type TokenBackend } from '../settings/tokens';
import { injectForAddedSite, isAddedSiteRequest } from './added-site';
import { answerAnalyze, answerAnalyzeKept, isAnalyzeKeptRequest, isAnalyzeRequest, isReadAheadRequest, readAhead } from './analysis';
import { answerGitHubApi, isGitHubApiRequest, isGitHubTokenStateRequest, senderIsSite } from './github-api';
import { currentShortcut, isShortcutRequest, TOGGLE_COMMAND } from './shortcut';
import { adoptGrantedOrigins, trackerOfPage } from './site-toggle';

/** Starts every listener; the entry (src/entries/background.ts) calls it once, after installing the words. */
export function startBackground(): void {
  offerSiteToggle();
  answerMessages(tokenStore(browser.storage.local));
  forwardShortcut();
}

function offerSiteToggle(): void {
  try {
    addPermissionToggle({ title: say('menuEnableOnSite') });
  } catch {
    // The menu item is an extra: if the browser refuses it, everything else here still works.
  }
  // An origin granted from that menu (or the browser's own site-access settings) becomes an added site
  // when a tab shows a Jira or GitHub page there, so the panel appears without a visit to the options.
  browser.permissions.onAdded.addListener((granted) => {
    void adoptGrantedOrigins(granted.origins ?? [], {
      addedSites: async () => (await loadCustomSites()).value,
      saveAddedSites: saveCustomSites,
      tabsOn: async (origin) => (await browser.tabs.query({ url: `${origin}/*` })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
      trackerIn: async (tabId) => {
        const [answer] = await browser.scripting.executeScript({ target: { tabId }, func: trackerOfPage }).catch(() => []);
        const kind = answer?.result;
        return kind === 'jira' || kind === 'github' ? kind : null;
      },
      isBuiltIn: isBuiltInSite,
      now: () => new Date().toISOString(),
    }).catch(() => undefined);
  });
}

function answerMessages(tokens: TokenBackend): void {
  // The old single token moves to github.com at start, not only when first asked for.
  void tokens.sites().catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (isReadAheadRequest(message)) return void readAhead(message);
    if (isAnalyzeRequest(message)) return clockNow(browser.storage.local).then((now) => answerAnalyze(message, now));
    if (isAnalyzeKeptRequest(message)) return clockNow(browser.storage.local).then((now) => answerAnalyzeKept(message, now));
    if (isGitHubApiRequest(message)) return answerGitHubApi(message, sender.url, { fetch: (input, init) => globalThis.fetch(input, init), tokenFor: tokens.get });
    if (isGitHubTokenStateRequest(message)) {
      if (!senderIsSite(sender.url, message.site)) return Promise.resolve(false);
      return tokens.get(message.site).then((token) => token !== null, () => false);
    }
    if (isAddedSiteRequest(message)) {
      return injectForAddedSite(message, sender, {
        granted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
        inject: (tabId, frameId, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] }),
      });
    }
    if (isShortcutRequest(message)) return currentShortcut();
    if ((message as { type?: string })?.type === 'open-options') return browser.runtime.openOptionsPage();
    return undefined;
  });
}

function forwardShortcut(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => undefined);
  });
}
