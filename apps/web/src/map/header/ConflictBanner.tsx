import { GitMerge } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface ConflictBannerProps {
  onReload: () => void;
  onKeepMine: () => void;
  busy: boolean;
  error: string | null;
}

/** Someone else saved this map after we loaded it: reload theirs, or keep ours as a copy. */
export function ConflictBanner({ onReload, onKeepMine, busy, error }: ConflictBannerProps) {
  const { t } = useTranslation('map');
  return (
    <div className="alert alert-warning conflict-banner" role="alert" data-testid="conflict-banner">
      <GitMerge size={18} aria-hidden="true" />
      <div className="conflict-text">
        <strong>{t('conflict.title')}</strong>
        <span>{t('conflict.explain')}</span>
        {error && <span className="conflict-error">{error}</span>}
      </div>
      <div className="conflict-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={onReload}
          disabled={busy}
          data-testid="conflict-reload"
        >
          {t('conflict.reload')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-small"
          onClick={onKeepMine}
          disabled={busy}
          data-testid="conflict-keep-mine"
        >
          {busy ? t('conflict.copying') : t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
