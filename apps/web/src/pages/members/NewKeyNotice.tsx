import { TriangleAlert } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton.js';

export interface NewKeyNoticeProps {
  name: string;
  secret: string;
  onDone: () => void;
}

/** A new API key, shown this once: copy it now, it cannot be shown again. */
export function NewKeyNotice({ name, secret, onDone }: NewKeyNoticeProps) {
  const { t } = useTranslation('members');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  // Focus (and select) the key at once, so it can be copied with the keyboard right away.
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <div
      className="new-key alert alert-warning"
      role="region"
      aria-label={t('apiKeys.new.region')}
      data-testid="api-key-created"
    >
      <p className="new-key-warning">
        <TriangleAlert size={18} aria-hidden="true" />
        <strong>{t('apiKeys.new.warning', { name })}</strong>
      </p>
      <label htmlFor={inputId} className="visually-hidden">
        {t('apiKeys.new.label', { name })}
      </label>
      <div className="new-key-value">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="api-key-secret"
        />
        <CopyButton text={secret} label={t('apiKeys.new.copy')} testId="api-key-copy" />
      </div>
      <p className="new-key-usage">{t('apiKeys.new.usage')}</p>
      <button type="button" className="btn btn-small" onClick={onDone}>
        {t('apiKeys.new.done')}
      </button>
    </div>
  );
}
