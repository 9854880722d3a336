import './browser-words';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { clockNow } from '../settings/clock';
import { Popup } from '../ui/popup/Popup';
import '../ui/shared/base.css';

// The popup's "this week" follows the same clock as the analysis (a fixed one in the demo).
void clockNow(browser.storage.local).then((opened) => {
  const offset = opened.getTime() - Date.now();
  render(<Popup now={() => new Date(Date.now() + offset)} />, document.getElementById('app')!);
});
