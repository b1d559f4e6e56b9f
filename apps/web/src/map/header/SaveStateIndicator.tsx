import { AlertTriangle, Check, CloudUpload, GitMerge } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../useMapEditor.js';

/** Saved / Saving… / not saved: always visible, announced politely. */
export function SaveStateIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation(['map', 'common']);
  const icon =
    state === 'saved' ? (
      <Check size={14} aria-hidden="true" />
    ) : state === 'saving' ? (
      <CloudUpload size={14} aria-hidden="true" />
    ) : state === 'conflict' ? (
      <GitMerge size={14} aria-hidden="true" />
    ) : (
      <AlertTriangle size={14} aria-hidden="true" />
    );
  const text =
    state === 'saved'
      ? t('common:state.saved')
      : state === 'saving'
        ? t('common:state.saving')
        : state === 'conflict'
          ? t('map:save.conflict')
          : t('map:save.error');
  return (
    <span className={`save-state save-${state}`}>
      <span role="status" data-testid="save-state" data-state={state}>
        {icon}
        {text}
      </span>
      {state === 'error' && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
    </span>
  );
}
