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
import { Field } from '../ui/Field.js';
import { FormProblem } from './FormProblem.js';
import { DateField, PersonaField, TargetField } from './KpiFields.js';
import { instantOfDate, targetFromInput } from './kpiFormValues.js';
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
        <PersonaField
          personas={personas}
          value={personaId}
          onChange={setPersonaId}
          testId="new-kpi-persona"
        />
        <DateField
          label={t('newKpi.baselineFrom')}
          value={baselineFrom}
          onChange={setBaselineFrom}
          required
          testId="new-kpi-baseline-from"
        />
        <DateField
          label={t('newKpi.baselineTo')}
          value={baselineTo}
          onChange={setBaselineTo}
          required
          testId="new-kpi-baseline-to"
        />
        <DateField
          label={t('newKpi.afterFrom')}
          hint={t('newKpi.afterFromHint')}
          value={afterFrom}
          onChange={setAfterFrom}
          testId="new-kpi-after-from"
        />
        <TargetField
          metric={metric}
          value={target}
          onChange={setTarget}
          invalid={targetError}
          testId="new-kpi-target"
        />
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
      <FormProblem error={add.error} testId="new-kpi-error" />
    </form>
  );
}
