import type { JourneyMap } from '@trailmap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { KpiTable } from './KpiTable.js';
import { NewKpiForm } from './NewKpiForm.js';
import { useMeasurement } from './projectsApi.js';

interface Props {
  workspaceId: string;
  projectId: string;
  projectTitle: string;
  /** The project's map, for editors: they may add KPIs measured on its dataset. */
  editMap?: JourneyMap;
}

/** A project's KPIs as measured now: progress while measuring, the table, or why they cannot be measured. */
export function ProjectKpis({ workspaceId, projectId, projectTitle, editMap }: Props) {
  const { t } = useTranslation('projects');
  const [adding, setAdding] = useState(false);
  const measurement = useMeasurement(workspaceId, projectId);
  let body;
  if (measurement.error) {
    const error = measurement.error;
    body =
      error instanceof ApiError && error.status === 409 && error.code === 'kpi-not-measurable' ? (
        <div className="alert alert-warning pj-not-measurable" data-testid="kpi-not-measurable">
          <p>{t('kpis.notMeasurable', { message: error.message })}</p>
          <button type="button" className="btn btn-small" onClick={() => void measurement.refetch()}>
            {t('kpis.measureAgain')}
          </button>
        </div>
      ) : (
        <ErrorAlert error={error} onRetry={() => void measurement.refetch()} />
      );
  } else if (!measurement.data) {
    body = (
      <p className="muted pj-measuring" role="status" data-testid="kpi-measuring">
        <progress aria-label={t('kpis.measuring')} />
        {t('kpis.measuring')}
      </p>
    );
  } else if (measurement.data.kpis.length === 0) {
    body = (
      <p className="muted" data-testid="kpi-none">
        {t('kpis.none')}
      </p>
    );
  } else {
    body = <KpiTable projectTitle={projectTitle} kpis={measurement.data.kpis} />;
  }
  return (
    <section className="pj-kpis" aria-label={t('kpis.caption', { title: projectTitle })}>
      <h3>{t('kpis.heading')}</h3>
      {body}
      {editMap &&
        (adding ? (
          <NewKpiForm
            workspaceId={workspaceId}
            projectId={projectId}
            map={editMap}
            onDone={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="btn btn-small pj-add-kpi"
            onClick={() => setAdding(true)}
            data-testid="add-kpi"
          >
            {t('newKpi.add')}
          </button>
        ))}
    </section>
  );
}
