import type { DatasetFilter } from '@trailmap/domain';
import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.js';
import { useFormat } from '../i18n/format.js';
import { useDocumentTitle } from '../pages/useDocumentTitle.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { readFilter, writeFilter } from './explorerFilter.js';
import { FilterBar } from './FilterBar.js';
import { useDatasetQuery } from './useDatasetQuery.js';
import { EXPLORER_VIEWS } from './views/registry.js';
import './explorer.css';

interface DatasetHead {
  id: string;
  name: string;
  status: 'importing' | 'ready' | 'failed';
  events: number;
  cases: number;
  versions: number;
}
interface Summary {
  cases: number;
  events: number;
  activities: number;
}

/**
 * `/w/:ws/data/:datasetId/:view`: the explorer of one dataset. The filter lives in the URL (`?filter=`),
 * applies to every view, and each change is a history entry, so back and forward step through them.
 */
export default function ExplorerPage() {
  const { workspaceId = '', datasetId = '', view = '' } = useParams();
  const { t } = useTranslation(['explorer', 'common']);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params.get('filter'));
  const dataset = useQuery({
    queryKey: ['dataset', workspaceId, datasetId],
    queryFn: ({ signal }) =>
      api.get<DatasetHead>(`/api/workspaces/${workspaceId}/datasets/${datasetId}`, signal),
  });
  const ready = (dataset.data?.versions ?? 0) > 0;
  const summary = useDatasetQuery<Summary>(workspaceId, datasetId, 'summary', filter, {}, { enabled: ready });
  useDocumentTitle(
    dataset.data ? `${dataset.data.name} — ${t(`explorer:views.${view}`)}` : t('explorer:title'),
  );

  const tabs = useRef<HTMLElement>(null);
  // on a narrow screen the tab bar scrolls: keep the open view's tab in sight
  useEffect(() => {
    tabs.current?.querySelector('a.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [view, ready]);

  const current = EXPLORER_VIEWS.find((v) => v.id === view);
  if (!current)
    return <Navigate to={`/w/${workspaceId}/data/${datasetId}/${EXPLORER_VIEWS[0]!.id}`} replace />;
  const View = current.component;
  const filterText = writeFilter(filter);

  function changeFilter(next: DatasetFilter) {
    const search = new URLSearchParams(params);
    const text = writeFilter(next);
    if (text) search.set('filter', text);
    else search.delete('filter');
    search.delete('offset');
    setParams(search);
  }

  return (
    <div className="page explorer-page">
      <header className="explorer-header">
        <Link to={`/w/${workspaceId}/data`} className="back-link">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('explorer:back')}
        </Link>
        <h1 data-testid="explorer-title">{dataset.data?.name ?? '…'}</h1>
        {dataset.data && summary.data && (
          <p className="muted explorer-figures" data-testid="explorer-figures" role="status">
            {filterText
              ? t('explorer:figures.filtered', {
                  cases: format.number(summary.data.cases),
                  total: format.number(dataset.data.cases),
                  events: format.number(summary.data.events),
                })
              : t('explorer:figures.all', {
                  cases: format.number(summary.data.cases),
                  events: format.number(summary.data.events),
                  activities: format.number(summary.data.activities),
                })}
          </p>
        )}
      </header>
      {dataset.isError && <ErrorAlert error={dataset.error} onRetry={() => void dataset.refetch()} />}
      {dataset.data && !ready && (
        <p className="alert" role="status">
          {dataset.data.status === 'importing'
            ? t('explorer:notReady.importing')
            : t('explorer:notReady.failed')}
        </p>
      )}
      {ready && (
        <>
          <nav className="explorer-tabs" aria-label={t('explorer:viewsLabel')} ref={tabs}>
            {EXPLORER_VIEWS.map((v) => (
              <NavLink
                key={v.id}
                to={`/w/${workspaceId}/data/${datasetId}/${v.id}${filterText ? `?filter=${encodeURIComponent(filterText)}` : ''}`}
                data-testid={`explorer-tab-${v.id}`}
              >
                {t(`explorer:${v.labelKey}`)}
              </NavLink>
            ))}
          </nav>
          <FilterBar
            workspaceId={workspaceId}
            datasetId={datasetId}
            filter={filter}
            onChange={changeFilter}
          />
          <Suspense fallback={<p className="muted">{t('common:state.loading')}</p>}>
            <View
              workspaceId={workspaceId}
              datasetId={datasetId}
              filter={filter}
              onFilterChange={changeFilter}
            />
          </Suspense>
        </>
      )}
    </div>
  );
}
