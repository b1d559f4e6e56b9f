import { useQueryClient } from '@tanstack/react-query';
import { Compass, FilePlus2, Pencil, Trash2, Upload, X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../ui/describeError.js';
import { datasetsKey, useLiveDataset, type DatasetView } from './datasetsApi.js';
import { DatasetFigures } from './DatasetFigures.js';
import { ImportProblemNotice } from './ImportProblemNotice.js';
import { ProgressBar } from './ProgressBar.js';
import { useAppendFile } from './useAppendFile.js';
import { VersionList } from './VersionList.js';

export interface DatasetRowProps {
  workspaceId: string;
  dataset: DatasetView;
  /** When the list was answered (a polled answer that is newer wins). */
  listedAt: number;
  canEdit: boolean;
  onRename: (dataset: DatasetView) => void;
  onDelete: (dataset: DatasetView) => void;
  /** An import this row followed has ended (ready or failed). */
  onSettled: (dataset: DatasetView) => void;
}

/** The file types the app offers in its file pickers (the server detects the format from the content). */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xes,.gz,.parquet,.json,.jsonocel,.ndjson,.jsonl';

/** One dataset: its state (importing with progress, ready with its figures, failed with the reason) and actions. */
export function DatasetRow({
  workspaceId,
  dataset: listed,
  listedAt,
  canEdit,
  onRename,
  onDelete,
  onSettled,
}: DatasetRowProps) {
  const { t } = useTranslation(['data', 'common', 'ui']);
  const client = useQueryClient();
  const dataset = useLiveDataset(workspaceId, listed, listedAt);
  const appendFile = useAppendFile(workspaceId, dataset.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const previous = useRef(dataset.status);

  useEffect(() => {
    if (previous.current === 'importing' && dataset.status !== 'importing') {
      onSettled(dataset);
      void client.invalidateQueries({ queryKey: datasetsKey(workspaceId) });
    }
    previous.current = dataset.status;
  }, [dataset, client, workspaceId, onSettled]);

  const importing = dataset.status === 'importing';
  const uploading = appendFile.state.phase === 'uploading';
  const busy = importing || uploading;
  const explorable = dataset.status === 'ready' && dataset.events > 0;
  const chooseFile = () => fileInput.current?.click();

  const uploadAgain = (
    <button type="button" className="btn btn-small" onClick={chooseFile} disabled={busy} data-testid="dataset-upload-again">
      <Upload size={16} aria-hidden="true" />
      {t('data:row.uploadAgain')}
    </button>
  );

  return (
    <li
      className={`dataset-row card dataset-row-${dataset.status}`}
      aria-labelledby={titleId}
      data-testid="dataset-row"
      data-status={dataset.status}
    >
      <div className="dataset-row-heading">
        <h2 className="dataset-row-title" id={titleId} data-testid="dataset-name">
          {explorable ? <Link to={`/w/${workspaceId}/data/${dataset.id}/map`}>{dataset.name}</Link> : dataset.name}
        </h2>
        <span className={`badge dataset-status dataset-status-${dataset.status}`} data-testid="dataset-status">
          {t(`data:status.${dataset.status}`)}
        </span>
        <span className="badge">{t(`data:formats.${dataset.format}`)}</span>
      </div>

      {importing && (
        <div className="dataset-importing">
          <ProgressBar
            value={dataset.progress}
            label={t('data:row.importingLabel', { name: dataset.name })}
            testId="dataset-progress"
          />
          <p className="muted dataset-importing-text">
            {dataset.progress === null || dataset.progress === 0
              ? t('data:row.waiting', { file: dataset.fileName ?? dataset.name })
              : t('data:row.importing', { file: dataset.fileName ?? dataset.name })}{' '}
            {t('data:row.canLeave')}
          </p>
        </div>
      )}

      {dataset.status !== 'failed' && dataset.versions > 0 && <DatasetFigures dataset={dataset} />}

      {dataset.error && !importing && (
        <ImportProblemNotice
          problem={dataset.error}
          kind={dataset.status === 'failed' ? 'first' : 'append'}
          actions={
            canEdit ? (
              <>
                {uploadAgain}
                {dataset.status === 'failed' && (
                  <button
                    type="button"
                    className="btn btn-small icon-text-danger"
                    onClick={() => onDelete(dataset)}
                    aria-label={t('data:row.deleteNamed', { name: dataset.name })}
                    data-testid="dataset-problem-delete"
                  >
                    <Trash2 size={16} aria-hidden="true" />
                    {t('data:row.delete')}
                  </button>
                )}
              </>
            ) : undefined
          }
        />
      )}

      {appendFile.state.phase === 'uploading' && (
        <div className="dataset-importing">
          <ProgressBar
            value={appendFile.state.sent}
            label={t('data:row.uploadingLabel', { file: appendFile.state.fileName })}
            testId="dataset-upload-progress"
          />
          <p className="muted dataset-importing-text">
            {t('data:row.uploading', { file: appendFile.state.fileName })}{' '}
            <button type="button" className="btn btn-small btn-ghost" onClick={appendFile.cancel}>
              {t('common:actions.cancel')}
            </button>
          </p>
        </div>
      )}
      {appendFile.state.phase === 'refused' && (
        <div className="alert alert-error dataset-append-refused" role="alert">
          <span>
            {t('data:row.appendRefused', { file: appendFile.state.fileName })} {describeError(t, appendFile.state.error)}
          </span>
          <button type="button" className="icon-btn" onClick={appendFile.dismiss} aria-label={t('ui:dialog.close')}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      )}

      {dataset.versions > 0 && <VersionList workspaceId={workspaceId} datasetId={dataset.id} />}

      <div className="dataset-row-actions">
        {explorable && (
          <Link
            to={`/w/${workspaceId}/data/${dataset.id}/map`}
            className="btn btn-small btn-primary"
            aria-label={t('data:row.exploreNamed', { name: dataset.name })}
            data-testid="dataset-explore"
          >
            <Compass size={16} aria-hidden="true" />
            {t('data:row.explore')}
          </Link>
        )}
        {canEdit && (
          <>
            {dataset.status !== 'failed' && (
              <button
                type="button"
                className="btn btn-small"
                onClick={chooseFile}
                disabled={busy}
                aria-label={t('data:row.appendNamed', { name: dataset.name })}
                data-testid="dataset-append"
              >
                <FilePlus2 size={16} aria-hidden="true" />
                {t('data:row.append')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onRename(dataset)}
              aria-label={t('data:row.renameNamed', { name: dataset.name })}
              data-testid="dataset-rename"
            >
              <Pencil size={16} aria-hidden="true" />
              {t('data:row.rename')}
            </button>
            {dataset.status !== 'failed' && (
            <button
              type="button"
              className="btn btn-small icon-text-danger"
              onClick={() => onDelete(dataset)}
              disabled={busy}
              aria-label={t('data:row.deleteNamed', { name: dataset.name })}
              title={importing ? t('data:row.deleteWhileImporting') : undefined}
              data-testid="dataset-delete"
            >
              <Trash2 size={16} aria-hidden="true" />
              {t('data:row.delete')}
            </button>
            )}
            <input
              ref={fileInput}
              type="file"
              accept={ACCEPTED_FILES}
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              data-testid="dataset-append-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) appendFile.append(file);
              }}
            />
          </>
        )}
      </div>
    </li>
  );
}
