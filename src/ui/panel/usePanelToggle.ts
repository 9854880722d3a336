// Opening, closing and hiding the panel, and where keyboard focus goes meanwhile: on the heading when
// it opens; when it closes, back where the shortcut was pressed, else on the badge.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SiteSettings } from '../../settings/schema';
import { readShortcut } from '../shared/shortcut';

export interface PanelToggle {
  /** Hidden for now ("Hide for now"): until the shortcut brings it back or the page reloads. */
  hidden: boolean;
  hide(): void;
  setCollapsed(next: boolean): void;
  badgeRef: { current: HTMLButtonElement | null };
  headingRef: { current: HTMLHeadingElement | null };
  /** The toggle's key as the browser has it now (null until known): asked again each time the panel opens. */
  shortcut: string | null;
}

export function usePanelToggle(
  collapsed: boolean,
  onChange: (change: Partial<SiteSettings>) => void,
  toggleRef: { current: (() => void) | null },
): PanelToggle {
  const [hidden, setHidden] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus was on the page when the shortcut opened the panel, to give it back on close.
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!collapsed) void readShortcut().then(setShortcut);
  }, [collapsed]);

  const setCollapsed = (next: boolean) => {
    onChange({ collapsed: next });
    const back = next ? returnFocus.current : null;
    if (next) returnFocus.current = null;
    setTimeout(() => {
      if (!next) headingRef.current?.focus();
      else if (back?.isConnected) back.focus();
      else badgeRef.current?.focus();
    }, 0);
  };
  toggleRef.current = () => {
    if (hidden) {
      setHidden(false);
      if (!collapsed) return void setTimeout(() => headingRef.current?.focus(), 0);
    }
    if (collapsed) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && !active.closest('[data-tandem-root]') ? active : null;
    }
    setCollapsed(!collapsed);
  };

  return { hidden, hide: () => setHidden(true), setCollapsed, badgeRef, headingRef, shortcut };
}
