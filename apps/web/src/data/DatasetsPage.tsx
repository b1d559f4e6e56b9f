import { Plus } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useFormat } from '../i18n/format.js';
import { useDocumentTitle } from '../pages/useDocumentTitle.js';
import { useWorkspaceRole } from '../pages/useWorkspaceRole.js';
import { rememberVisit } from '../shell/lastVisited.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { hasErrorCode } from '../ui/describeError.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { useDatasets, useDeleteDataset, type DatasetView } from './datasetsApi.js';
import { DatasetRow } from './DatasetRow.js';
import { DatasetsEmptyState } from './DatasetsEmptyState.js';
import { RenameDatasetDialog } from './RenameDatasetDialog.js';
import '../pages/pages.css';
import './data.css';

/** What the mapping step hands to the list when an import has been queued (router state). */
export interface ImportStartedState {
  started?: string;
}

/** A sentence of `data:announce` for the page's status line, with its values. */
interface Announcement {
  key: 'started' | 'ready' | 'failed' | 'appendFailed' | 'renamed' | 'deleted';
  name: string;
  events?: number;
  cases?: number;
  tone?: 'problem';
}

/** `/w/:ws/data`: the workspace's datasets, their imports as they run, and what went wrong. */
export default function DatasetsPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['data', 'common']);
  useDocumentTitle(t('data:title'));
  const format = useFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const access = useWorkspaceRole(workspaceId);
  const datasets = useDatasets(workspaceId);
  const remove = useDeleteDataset(workspaceId);
  const [renaming, setRenaming] = useState<DatasetView | null>(null);
  const [deleting, setDeleting] = useState<DatasetView | null>(null);
  const started = (location.state as ImportStartedState | null)?.started;
  const [announcement, setAnnouncement] = useState<Announcement | null>(() =>
    started ? { key: 'started', name: started } : null,
  );

  useEffect(() => {
    rememberVisit(location.pathname);
  }, [location.pathname]);

  // the announcement of a queued import is shown once; a reload or back does not repeat it
  useEffect(() => {
    if (started) navigate('.', { replace: true, state: null });
  }, [started, navigate]);

  const onSettled = useCallback((dataset: DatasetView) => {
    if (dataset.status === 'failed') setAnnouncement({ key: 'failed', name: dataset.name, tone: 'problem' });
    else if (dataset.error) setAnnouncement({ key: 'appendFailed', name: dataset.name, tone: 'problem' });
    else setAnnouncement({ key: 'ready', name: dataset.name, events: dataset.events, cases: dataset.cases });
  }, []);

  // written when shown, so that a change of language changes it too
  const announced = announcement
    ? t(`data:announce.${announcement.key}`, {
        name: announcement.name,
        events: t('data:announce.events', {
          count: announcement.events ?? 0,
          formatted: format.number(announcement.events ?? 0),
        }),
        cases: t('data:announce.cases', {
          count: announcement.cases ?? 0,
          formatted: format.number(announcement.cases ?? 0),
        }),
      })
    : '';

  const list = datasets.data ?? [];
  return (
    <div className="page datasets-page">
      <header className="page-header">
        <div>
          <h1>{t('data:title')}</h1>
          <p className="muted page-intro">{t('data:intro')}</p>
        </div>
        {access.canEdit && list.length > 0 && (
          <Link to={`/w/${workspaceId}/data/new`} className="btn btn-primary" data-testid="add-dataset">
            <Plus size={16} aria-hidden="true" />
            {t('data:add')}
          </Link>
        )}
      </header>

      <p
        role="status"
        className={announcement?.tone === 'problem' ? 'status-line status-line-problem' : 'status-line'}
        data-testid="datasets-status"
      >
        {announced}
      </p>

      {datasets.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {datasets.isError && <ErrorAlert error={datasets.error} onRetry={() => void datasets.refetch()} />}
      {datasets.isSuccess && list.length === 0 && (
        <DatasetsEmptyState workspaceId={workspaceId} canEdit={access.canEdit} />
      )}
      {list.length > 0 && (
        <ul className="dataset-list" aria-label={t('data:listLabel')}>
          {list.map((dataset) => (
            <DatasetRow
              key={dataset.id}
              workspaceId={workspaceId}
              dataset={dataset}
              listedAt={datasets.dataUpdatedAt}
              canEdit={access.canEdit}
              onRename={setRenaming}
              onDelete={setDeleting}
              onSettled={onSettled}
            />
          ))}
        </ul>
      )}

      <RenameDatasetDialog
        workspaceId={workspaceId}
        dataset={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(dataset) => setAnnouncement({ key: 'renamed', name: dataset.name })}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('data:delete.title')}
        message={
          <p>
            {deleting && deleting.events > 0
              ? t('data:delete.message', {
                  name: deleting.name,
                  count: deleting.events,
                  events: format.number(deleting.events),
                })
              : t('data:delete.messageEmpty', { name: deleting?.name ?? '' })}
          </p>
        }
        confirmLabel={t('data:delete.confirm')}
        onConfirm={async () => {
          if (!deleting) return;
          const name = deleting.name;
          await remove.mutateAsync(deleting.id);
          setAnnouncement({ key: 'deleted', name });
        }}
        explainError={(error) => (hasErrorCode(error, 'importing') ? t('data:delete.importing') : null)}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
