import type { DatasetFilter } from '@trailmap/domain';
import { Filter, FilterX, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format.js';
import { ErrorAlert } from '../../../ui/ErrorAlert.js';
import { addEdgeToFilter, addToFilter, writeFilter } from '../../explorerFilter.js';
import { formatDuration } from '../../formatDuration.js';
import { useDatasetQuery } from '../../useDatasetQuery.js';
import type { ProcessMapFocus } from './processMapParams.js';
import type { ProcessMapData } from './useProcessMapInput.js';

export interface CaseListAnswer {
  total: number;
  cases: {
    caseId: string;
    customerId: string | null;
    events: number;
    firstTsMs: number;
    lastTsMs: number;
    durationSeconds: number;
  }[];
}

/** Cases the panel lists; the rest are one click away in the Cases view. */
export const PANEL_CASES = 10;

/** The filter of the cases that pass an activity or take a direct step, within the current filter. */
export function casesFilterOf(filter: DatasetFilter, focus: ProcessMapFocus): DatasetFilter {
  return focus.kind === 'activity'
    ? addToFilter(filter, 'contains', focus.activity)
    : addEdgeToFilter(filter, focus.from, focus.to);
}

export interface ProcessMapPanelProps {
  workspaceId: string;
  datasetId: string;
  filter: DatasetFilter;
  onFilterChange: (filter: DatasetFilter) => void;
  focus: ProcessMapFocus;
  data: ProcessMapData;
  onClose: () => void;
}

/**
 * What the map says about one activity or direct step: its figures, its cases (each opening its
 * timeline), and buttons that narrow the filter to it.
 */
export function ProcessMapPanel({
  workspaceId,
  datasetId,
  filter,
  onFilterChange,
  focus,
  data,
  onClose,
}: ProcessMapPanelProps) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const duration = (seconds: number | null | undefined) =>
    seconds === null || seconds === undefined ? '—' : formatDuration(seconds, i18n.language);
  const casesFilter = casesFilterOf(filter, focus);
  const cases = useDatasetQuery<CaseListAnswer>(workspaceId, datasetId, 'cases', casesFilter, {
    sort: 'start',
    limit: PANEL_CASES,
  });
  const base = `/w/${workspaceId}/data/${datasetId}`;
  const filterText = writeFilter(filter);
  const timelineOf = (caseId: string) => {
    const search = new URLSearchParams({ case: caseId });
    if (filterText) search.set('filter', filterText);
    return `${base}/timeline?${search.toString()}`;
  };
  const allCases = `${base}/cases?${new URLSearchParams({ filter: writeFilter(casesFilter) ?? '{}' }).toString()}`;

  const figures: [string, string][] = [];
  let found: boolean;
  let title: string;
  if (focus.kind === 'activity') {
    title = focus.activity;
    const step = data.steps.find((s) => s.activity === focus.activity);
    found = step !== undefined;
    if (step) {
      const starts = data.startEnd.startActivities.find((s) => s.activity === focus.activity)?.cases ?? 0;
      const ends = data.startEnd.endActivities.find((s) => s.activity === focus.activity)?.cases ?? 0;
      figures.push([t('processMap.panel.events'), format.number(step.events)]);
      figures.push([
        t('processMap.panel.cases'),
        cases.data && !cases.isPlaceholderData ? format.number(cases.data.total) : '…',
      ]);
      figures.push([t('processMap.panel.medianWaiting'), duration(step.medianWaitingSeconds)]);
      figures.push([t('processMap.panel.meanWaiting'), duration(step.meanWaitingSeconds)]);
      if (step.medianDurationSeconds !== null)
        figures.push([t('processMap.panel.medianDuration'), duration(step.medianDurationSeconds)]);
      figures.push([t('processMap.panel.starts'), format.number(starts)]);
      figures.push([t('processMap.panel.ends'), format.number(ends)]);
    }
  } else {
    title = t('processMap.panel.stepTitle', { from: focus.from, to: focus.to });
    const edge = data.dfg.find((e) => e.from === focus.from && e.to === focus.to);
    found = edge !== undefined;
    if (edge) {
      figures.push([t('processMap.panel.times'), format.number(edge.count)]);
      figures.push([
        t('processMap.panel.cases'),
        cases.data && !cases.isPlaceholderData ? format.number(cases.data.total) : '…',
      ]);
      figures.push([t('processMap.panel.medianWaiting'), duration(edge.medianSeconds)]);
      figures.push([t('processMap.panel.meanWaiting'), duration(edge.meanSeconds)]);
      figures.push([t('processMap.panel.totalWaiting'), duration(edge.meanSeconds * edge.count)]);
    }
  }

  const contains = focus.kind === 'activity' && (filter.contains ?? []).includes(focus.activity);
  const without = focus.kind === 'activity' && (filter.notContains ?? []).includes(focus.activity);
  const hasEdge =
    focus.kind === 'edge' && (filter.edges ?? []).some((e) => e.from === focus.from && e.to === focus.to);

  return (
    <aside className="pm-panel" aria-labelledby="pm-panel-title" data-testid="process-map-panel">
      <header className="pm-panel-head">
        <div>
          <p className="pm-panel-kind muted">
            {focus.kind === 'activity' ? t('processMap.panel.activity') : t('processMap.panel.step')}
          </p>
          <h3 id="pm-panel-title" data-testid="process-map-panel-title">
            {title}
          </h3>
        </div>
        <button
          type="button"
          className="icon-btn"
          onClick={onClose}
          aria-label={t('processMap.panel.close')}
          title={t('processMap.panel.close')}
          data-testid="process-map-panel-close"
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {!found ? (
        <p className="muted">{t('processMap.panel.notInFilter')}</p>
      ) : (
        <>
          <dl className="pm-figures" data-testid="process-map-panel-figures">
            {figures.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="pm-panel-actions">
            {focus.kind === 'activity' ? (
              <>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={contains}
                  onClick={() => onFilterChange(addToFilter(filter, 'contains', focus.activity))}
                  data-testid="process-map-filter-contains"
                >
                  <Filter size={14} aria-hidden="true" />
                  {t('processMap.panel.keepWith')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={without}
                  onClick={() => onFilterChange(addToFilter(filter, 'notContains', focus.activity))}
                  data-testid="process-map-filter-not-contains"
                >
                  <FilterX size={14} aria-hidden="true" />
                  {t('processMap.panel.keepWithout')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn-small"
                disabled={hasEdge}
                onClick={() => onFilterChange(addEdgeToFilter(filter, focus.from, focus.to))}
                data-testid="process-map-filter-step"
              >
                <Filter size={14} aria-hidden="true" />
                {t('processMap.panel.keepStep')}
              </button>
            )}
          </div>
        </>
      )}
      <section className="pm-panel-cases" aria-labelledby="pm-panel-cases-title">
        <h4 id="pm-panel-cases-title">{t('processMap.panel.casesTitle')}</h4>
        {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
        {cases.data && (
          <>
            <ul
              className={`pm-case-list${cases.isPlaceholderData ? ' is-stale' : ''}`}
              data-testid="process-map-panel-cases"
            >
              {cases.data.cases.map((c) => (
                <li key={c.caseId}>
                  <Link to={timelineOf(c.caseId)}>{c.caseId}</Link>
                  <span className="muted">
                    {t('processMap.panel.caseLine', {
                      events: format.number(c.events),
                      duration: formatDuration(c.durationSeconds, i18n.language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            {cases.data.total > 0 ? (
              <Link to={allCases} className="pm-all-cases" data-testid="process-map-panel-all-cases">
                {t('processMap.panel.allCases', {
                  count: cases.data.total,
                  total: format.number(cases.data.total),
                })}
              </Link>
            ) : (
              <p className="muted">{t('processMap.panel.noCases')}</p>
            )}
          </>
        )}
      </section>
    </aside>
  );
}
