import {
  KPI_METRICS,
  KPI_PAIR_METRICS,
  KPI_TOUCHPOINT_METRICS,
  type JourneyMap,
  type KpiMetric,
  type Persona,
} from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { Field } from '../ui/Field.js';
import { instantOfDate, targetFromInput, targetInputUnit } from './kpiFormValues.js';
import { useAddKpi, type NewKpi } from './projectsApi.js';

interface Props {
  workspaceId: string;
  projectId: string;
  map: JourneyMap;
  /** The personas a KPI may be measured for (their segment rules pick the journeys). */
  personas: readonly Persona[];
  onDone: () => void;
}

/**
 * Adds a KPI to a project, measured on the map's linked dataset: a metric, its touchpoint(s) when it needs
 * them, the baseline period and optionally the after period's start (else the project's start date).
 */
export function NewKpiForm({ workspaceId, projectId, map, personas, onDone }: Props) {
  const { t } = useTranslation('projects');
  const add = useAddKpi(workspaceId, projectId);
  const [metric, setMetric] = useState<KpiMetric>('nps');
  const [touchpointId, setTouchpointId] = useState('');
  const [toTouchpointId, setToTouchpointId] = useState('');
  const [baselineFrom, setBaselineFrom] = useState('');
  const [baselineTo, setBaselineTo] = useState('');
  const [afterFrom, setAfterFrom] = useState('');
  const [personaId, setPersonaId] = useState('');
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState(false);
  if (!map.datasetId) {
    return (
      <p className="muted" data-testid="kpi-no-dataset">
        {t('newKpi.noDataset')}
      </p>
    );
  }
  const datasetId = map.datasetId;
  const needsPair = KPI_PAIR_METRICS.includes(metric);
  const needsTouchpoint = needsPair || KPI_TOUCHPOINT_METRICS.includes(metric);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const targetValue = targetFromInput(metric, target);
    setTargetError(targetValue === undefined);
    if (targetValue === undefined) return;
    const kpi: NewKpi = {
      metric,
      scope: {
        datasetId,
        journeyId: map.id,
        ...(touchpointId ? { touchpointId } : {}),
        ...(needsPair && toTouchpointId ? { toTouchpointId } : {}),
        ...(personaId ? { personaId } : {}),
      },
      baseline: { from: instantOfDate(baselineFrom), to: instantOfDate(baselineTo) },
      ...(afterFrom ? { after: { from: instantOfDate(afterFrom) } } : {}),
      ...(targetValue !== null ? { target: targetValue } : {}),
    };
    add.mutate(kpi, { onSuccess: onDone });
  };
  const touchpoints = [...map.touchpoints].sort(
    (a, b) =>
      map.phases.findIndex((p) => p.id === a.phaseId) - map.phases.findIndex((p) => p.id === b.phaseId) ||
      a.order - b.order,
  );
  const issues = add.error instanceof ApiError ? add.error.issues : [];
  return (
    <form
      className="pj-new pj-new-kpi"
      onSubmit={submit}
      aria-label={t('newKpi.heading')}
      data-testid="new-kpi"
    >
      <h4>{t('newKpi.heading')}</h4>
      <div className="pj-new__fields">
        <Field label={t('newKpi.metric')} className="pj-new__title">
          {(props) => (
            <select
              {...props}
              value={metric}
              onChange={(event) => setMetric(event.target.value as KpiMetric)}
              data-testid="new-kpi-metric"
            >
              {KPI_METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`metric.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={needsPair ? t('newKpi.fromTouchpoint') : t('newKpi.touchpoint')}>
          {(props) => (
            <select
              {...props}
              value={touchpointId}
              required={needsTouchpoint}
              onChange={(event) => setTouchpointId(event.target.value)}
              data-testid="new-kpi-touchpoint"
            >
              <option value="">{needsTouchpoint ? t('newKpi.pick') : t('newKpi.wholeJourney')}</option>
              {touchpoints.map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {needsPair && (
          <Field label={t('newKpi.toTouchpoint')}>
            {(props) => (
              <select
                {...props}
                value={toTouchpointId}
                required
                onChange={(event) => setToTouchpointId(event.target.value)}
                data-testid="new-kpi-to-touchpoint"
              >
                <option value="">{t('newKpi.pick')}</option>
                {touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('editKpi.persona')} hint={t('editKpi.personaHint')}>
          {(props) => (
            <select
              {...props}
              value={personaId}
              onChange={(event) => setPersonaId(event.target.value)}
              data-testid="new-kpi-persona"
            >
              <option value="">{t('editKpi.everyone')}</option>
              {personas.map((persona) => (
                <option key={persona.id} value={persona.id}>
                  {persona.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('newKpi.baselineFrom')}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={baselineFrom}
              onChange={(event) => setBaselineFrom(event.target.value)}
              data-testid="new-kpi-baseline-from"
            />
          )}
        </Field>
        <Field label={t('newKpi.baselineTo')}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={baselineTo}
              onChange={(event) => setBaselineTo(event.target.value)}
              data-testid="new-kpi-baseline-to"
            />
          )}
        </Field>
        <Field label={t('newKpi.afterFrom')} hint={t('newKpi.afterFromHint')}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={afterFrom}
              onChange={(event) => setAfterFrom(event.target.value)}
              data-testid="new-kpi-after-from"
            />
          )}
        </Field>
        <Field
          label={t(`editKpi.target.${targetInputUnit(metric).unit}`)}
          hint={t('editKpi.targetHint')}
          {...(targetError ? { error: t('editKpi.targetInvalid') } : {})}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              data-testid="new-kpi-target"
            />
          )}
        </Field>
      </div>
      <div className="pj-new__actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={add.isPending}
          data-testid="add-kpi-submit"
        >
          {add.isPending ? t('newKpi.adding') : t('newKpi.submit')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('newKpi.cancel')}
        </button>
      </div>
      {add.error ? (
        <div className="pj-new__error" data-testid="new-kpi-error">
          <ErrorAlert error={add.error} />
          {issues.length > 0 && (
            <ul>
              {issues.map((issue) => (
                <li key={issue.path}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </form>
  );
}
