// For unit tests: the English messages with substitutions applied the way browser.i18n does, so
// tests read the words people see without a browser. Not used by the extension itself.
import english from '../../public/_locales/en/messages.json';
import type { MessageKey } from '../i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function englishWords(key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = (english as Record<string, Entry>)[key];
  if (!entry) return key;
  const subs = substitutions.map(String);
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return placeholder ? positional(placeholder[1].content) : whole;
    })
    .replace(/\$\$/g, '$');
}
