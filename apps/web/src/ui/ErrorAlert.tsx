import { useTranslation } from 'react-i18next';
import { describeError } from './describeError.js';

export interface ErrorAlertProps {
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
}

/** A failed load, in words, with a way to try again. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation(['ui', 'common']);
  return (
    <div className="alert alert-error error-alert" role="alert">
      <span>{describeError(t, error)}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
    </div>
  );
}
