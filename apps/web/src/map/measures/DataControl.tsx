import { Database } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasets } from '../../data/datasetsApi.js';
import { describeError } from '../../ui/describeError.js';

export interface DataControlProps {
  workspaceId: string;
  datasetId: string | null;
  /** Absent for viewers: they see the linked dataset's name. */
  onLink?: (datasetId: string | null) => Promise<boolean>;
}

/** The map's "Data": which dataset of the workspace measures it (editors choose; viewers read its name). */
export function DataControl({ workspaceId, datasetId, onLink }: DataControlProps) {
  const { t } = useTranslation(['measures', 'ui']);
  const id = useId();
  const datasets = useDatasets(workspaceId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const linked = datasets.data?.find((d) => d.id === datasetId);

  if (!onLink) {
    if (!datasetId) return null;
    return (
      <span className="data-link-name" data-testid="data-link-name">
        <Database size={15} aria-hidden="true" />
        {t('measures:link.linkedTo', { name: linked?.name ?? '…' })}
      </span>
    );
  }

  async function choose(value: string) {
    setBusy(true);
    setError(null);
    try {
      await onLink!(value === '' ? null : value);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="data-control" data-testid="data-control" data-state={busy ? 'saving' : 'idle'}>
      <label htmlFor={id}>
        <Database size={15} aria-hidden="true" />
        {t('measures:link.label')}
      </label>
      <select
        id={id}
        value={datasetId ?? ''}
        disabled={busy || datasets.isPending}
        onChange={(event) => void choose(event.target.value)}
        data-testid="data-link-select"
      >
        <option value="">{t('measures:link.none')}</option>
        {datasetId && !linked && !datasets.isPending && (
          <option value={datasetId}>{t('measures:link.unknown')}</option>
        )}
        {(datasets.data ?? []).map((d) => (
          <option key={d.id} value={d.id} disabled={d.status !== 'ready'}>
            {d.status === 'ready' ? d.name : t('measures:link.notReady', { name: d.name })}
          </option>
        ))}
      </select>
      {error && (
        <span className="figures-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
