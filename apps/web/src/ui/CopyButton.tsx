import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name ("Copy API key"). */
  label: string;
  testId?: string;
}

/** Copies text to the clipboard and says so for a moment (also to screen readers). */
export function CopyButton({ text, label, testId }: CopyButtonProps) {
  const { t } = useTranslation('ui');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copyText() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => void copyText()} data-testid={testId}>
        {state === 'copied' ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
        {label}
      </button>
      <span role="status" className={state === 'failed' ? 'copy-status error' : 'copy-status'}>
        {state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </>
  );
}
