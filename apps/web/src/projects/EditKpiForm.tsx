import type { Persona, ProjectKpi } from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from './FormProblem.js';
import { DateField, PersonaField, TargetField } from './KpiFields.js';
import { dateOfInstant, instantOfDate, targetFromInput, targetToInput } from './kpiFormValues.js';
import { useUpdateKpi, type KpiChanges } from './projectsApi.js';

interface Props {
  workspaceId: string;
  kpi: ProjectKpi;
  /** The personas a KPI may be measured for (the map's, with their segment rules). */
  personas: readonly Persona[];
  onDone: () => void;
}

/**
 * Changes what a KPI aims for and measures: its target, the persona it is measured for, the baseline
 * period and the after period (start and optional end). Only what changed is sent.
 */
export function EditKpiForm({ workspaceId, kpi, personas, onDone }: Props) {
  const { t } = useTranslation('projects');
  const update = useUpdateKpi(workspaceId, kpi.projectId);
  const [target, setTarget] = useState(targetToInput(kpi.metric, kpi.target));
  const [personaId, setPersonaId] = useState(kpi.scope.personaId ?? '');
  const [baselineFrom, setBaselineFrom] = useState(dateOfInstant(kpi.baseline.from));
  const [baselineTo, setBaselineTo] = useState(dateOfInstant(kpi.baseline.to));
  const [afterFrom, setAfterFrom] = useState(dateOfInstant(kpi.after.from));
  const [afterTo, setAfterTo] = useState(kpi.after.to ? dateOfInstant(kpi.after.to) : '');
  const [targetError, setTargetError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nextTarget = targetFromInput(kpi.metric, target);
    if (nextTarget === undefined) {
      setTargetError(true);
      return;
    }
    setTargetError(false);
    const changes: KpiChanges = {};
    if (nextTarget !== kpi.target) changes.target = nextTarget;
    if (personaId !== (kpi.scope.personaId ?? '')) {
      const { personaId: _old, ...rest } = kpi.scope;
      changes.scope = personaId === '' ? rest : { ...rest, personaId: personaId as Persona['id'] };
    }
    if (baselineFrom !== dateOfInstant(kpi.baseline.from) || baselineTo !== dateOfInstant(kpi.baseline.to))
      changes.baseline = { from: instantOfDate(baselineFrom), to: instantOfDate(baselineTo) };
    const after: KpiChanges['after'] = {};
    if (afterFrom !== dateOfInstant(kpi.after.from)) after.from = instantOfDate(afterFrom);
    if (afterTo !== (kpi.after.to ? dateOfInstant(kpi.after.to) : ''))
      after.to = afterTo === '' ? null : instantOfDate(afterTo);
    if (Object.keys(after).length > 0) changes.after = after;
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    update.mutate({ kpiId: kpi.id, changes }, { onSuccess: onDone });
  };

  return (
    <form
      className="pj-new pj-new-kpi"
      onSubmit={submit}
      aria-label={t('editKpi.heading', { metric: t(`metric.${kpi.metric}`) })}
      data-testid="edit-kpi"
    >
      <h4>{t('editKpi.heading', { metric: t(`metric.${kpi.metric}`) })}</h4>
      <div className="pj-new__fields">
        <TargetField
          metric={kpi.metric}
          value={target}
          onChange={setTarget}
          invalid={targetError}
          testId="edit-kpi-target"
        />
        <PersonaField
          personas={personas}
          value={personaId}
          onChange={setPersonaId}
          testId="edit-kpi-persona"
        />
        <DateField
          label={t('newKpi.baselineFrom')}
          value={baselineFrom}
          onChange={setBaselineFrom}
          required
          testId="edit-kpi-baseline-from"
        />
        <DateField
          label={t('newKpi.baselineTo')}
          value={baselineTo}
          onChange={setBaselineTo}
          required
          testId="edit-kpi-baseline-to"
        />
        <DateField
          label={t('newKpi.afterFrom')}
          value={afterFrom}
          onChange={setAfterFrom}
          required
          testId="edit-kpi-after-from"
        />
        <DateField
          label={t('editKpi.afterTo')}
          hint={t('editKpi.afterToHint')}
          value={afterTo}
          onChange={setAfterTo}
          testId="edit-kpi-after-to"
        />
      </div>
      <div className="pj-new__actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending} data-testid="save-kpi">
          {update.isPending ? t('project.saving') : t('edit.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('newKpi.cancel')}
        </button>
      </div>
      <FormProblem error={update.error} testId="edit-kpi-error" />
    </form>
  );
}
