// "Copy as Markdown": the clipboard API first; where the page or browser refuses it, the old
// select-and-copy; and if that fails too, the text is shown in a box to copy by hand. The outcome is
// said in a status line, so nobody wonders whether it worked.
import { useRef, useState } from 'preact/hooks';
import { say } from '../../core/words';

type Outcome = 'idle' | 'copied' | 'failed';

async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!box) return false;
    box.value = text;
    box.hidden = false;
    box.select();
    try {
      // Deprecated but still the only fallback where the async clipboard is blocked.
      const ok = box.ownerDocument.execCommand('copy');
      if (ok) box.hidden = true;
      return ok;
    } catch {
      return false;
    }
  }
}

export function CopyReport({ markdown, disabled }: { markdown: () => string; disabled: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const copy = async () => {
    const text = markdown();
    const ok = await copyText(text, box.current);
    setOutcome(ok ? 'copied' : 'failed');
    if (timer.current) clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setOutcome('idle'), 4000);
  };
  return (
    <div class="copy">
      <button class="fix" disabled={disabled} onClick={() => void copy()}>
        {say('copyMarkdown')}
      </button>
      <span class="copy-status" role="status">
        {outcome === 'copied' ? say('copied') : outcome === 'failed' ? say('copyFailed') : ''}
      </span>
      <textarea ref={box} class="copy-box" aria-label={say('copyBoxLabel')} readOnly hidden={outcome !== 'failed'} rows={6} />
    </div>
  );
}
