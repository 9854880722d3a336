// Background: runs the engine for the panels (src/background/analysis.ts says why), makes the GitHub
// API requests for them so tokens stay here (src/background/github-api.ts), opens the options page
// for the panel (content scripts can't), forwards the keyboard shortcut to the active tab, and
// registers the content script on sites the user added and injects their content and panel code.
import '../ui/browser-words';
import browser from 'webextension-polyfill';
import { injectForAddedSite, isAddedSiteRequest } from '../background/added-site';
import { answerAnalyze, isAnalyzeRequest } from '../background/analysis';
import { answerGitHubApi, isGitHubApiRequest, isGitHubTokenStateRequest, senderIsSite } from '../background/github-api';
import { tokenStore } from '../settings/tokens';
import { currentShortcut, isShortcutRequest, TOGGLE_COMMAND } from '../ui/shared/shortcut';
// Registers the manifest's content_scripts on every origin granted through optional_host_permissions
// (and unregisters them when the permission is removed), at start-up and whenever one is added.
import 'webext-dynamic-content-scripts';

const tokens = tokenStore(browser.storage.local);
// The old single token moves to github.com at start, not only when first asked for.
void tokens.sites().catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (isAnalyzeRequest(message)) return Promise.resolve(answerAnalyze(message));
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

browser.commands.onCommand.addListener(async (command) => {
  if (command !== TOGGLE_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => undefined);
});
