import type { JourneyMap, Persona, ProjectKpi } from '@trailmap/domain';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { EditKpiForm } from './EditKpiForm.js';
import { KpiTable } from './KpiTable.js';
import { NewKpiForm } from './NewKpiForm.js';
import { useDeleteKpi, useKpis, useMeasurement } from './projectsApi.js';

interface Props {
  workspaceId: string;
  projectId: string;
  projectTitle: string;
  /** The project's map: its touchpoints name a KPI's scope. */
  map: JourneyMap;
  /** The personas a KPI may be measured for. */
  personas: readonly Persona[];
  /** Editors may add, change and delete KPIs measured on the map's dataset. */
  canEdit?: boolean;
}

/** A project's KPIs as measured now: progress while measuring, the table, or why they cannot be measured. */
export function ProjectKpis({ workspaceId, projectId, projectTitle, map, personas, canEdit = false }: Props) {
  const { t } = useTranslation('projects');
  const [adding, setAdding] = useState(false);
  const [editingKpiId, setEditingKpiId] = useState<string | null>(null);
  const [deletingKpiId, setDeletingKpiId] = useState<string | null>(null);
  const measurement = useMeasurement(workspaceId, projectId);
  const storedKpis = useKpis(workspaceId, projectId);
  const remove = useDeleteKpi(workspaceId, projectId);
  const stored = useMemo(
    () => new Map((storedKpis.data?.kpis ?? []).map((kpi) => [kpi.id as string, kpi])),
    [storedKpis.data],
  );
  const describeScope = useCallback(
    (kpi: ProjectKpi) => {
      const title = (id: string | undefined) =>
        id ? (map.touchpoints.find((tp) => tp.id === id)?.title ?? t('kpis.touchpointGone')) : null;
      const from = title(kpi.scope.touchpointId);
      const to = title(kpi.scope.toTouchpointId);
      const persona = kpi.scope.personaId
        ? (personas.find((p) => p.id === kpi.scope.personaId)?.name ?? t('kpis.personaGone'))
        : null;
      const parts = [
        from && to ? t('kpis.scopePair', { from, to }) : from,
        persona ? t('kpis.scopePersona', { persona }) : null,
      ].filter((part): part is string => part !== null);
      return parts.length > 0 ? parts.join(' · ') : null;
    },
    [map.touchpoints, personas, t],
  );
  const editing = editingKpiId ? stored.get(editingKpiId) : undefined;
  const deleting = deletingKpiId ? stored.get(deletingKpiId) : undefined;
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
    body = (
      <KpiTable
        projectTitle={projectTitle}
        kpis={measurement.data.kpis}
        stored={stored}
        describeScope={describeScope}
        {...(canEdit
          ? {
              onEdit: (kpiId: string) => {
                setAdding(false);
                setEditingKpiId(kpiId);
              },
              onDelete: (kpiId: string) => setDeletingKpiId(kpiId),
              deletingKpiId: remove.isPending ? (remove.variables ?? null) : null,
            }
          : {})}
      />
    );
  }
  return (
    <section className="pj-kpis" aria-label={t('kpis.caption', { title: projectTitle })}>
      <h3>{t('kpis.heading')}</h3>
      {body}
      {canEdit && editing && (
        <EditKpiForm
          key={editing.id}
          workspaceId={workspaceId}
          kpi={editing}
          personas={personas}
          onDone={() => setEditingKpiId(null)}
        />
      )}
      {canEdit && (
        <ConfirmDialog
          open={deleting !== undefined}
          title={t('kpis.deleteTitle')}
          message={
            <p>{t('kpis.deleteMessage', { metric: deleting ? t(`metric.${deleting.metric}`) : '' })}</p>
          }
          confirmLabel={t('kpis.deleteConfirm')}
          onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : undefined)}
          onClose={() => setDeletingKpiId(null)}
        />
      )}
      {canEdit &&
        !editing &&
        (adding ? (
          <NewKpiForm
            workspaceId={workspaceId}
            projectId={projectId}
            map={map}
            personas={personas}
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
