import type { Persona, ProjectKpi } from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { Field } from '../ui/Field.js';
import {
  dateOfInstant,
  instantOfDate,
  targetFromInput,
  targetInputUnit,
  targetToInput,
} from './kpiFormValues.js';
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
  const { unit } = targetInputUnit(kpi.metric);

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

  const issues = update.error instanceof ApiError ? update.error.issues : [];
  return (
    <form
      className="pj-new pj-new-kpi"
      onSubmit={submit}
      aria-label={t('editKpi.heading', { metric: t(`metric.${kpi.metric}`) })}
      data-testid="edit-kpi"
    >
      <h4>{t('editKpi.heading', { metric: t(`metric.${kpi.metric}`) })}</h4>
      <div className="pj-new__fields">
        <Field
          label={t(`editKpi.target.${unit}`)}
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
              data-testid="edit-kpi-target"
            />
          )}
        </Field>
        <Field label={t('editKpi.persona')} hint={t('editKpi.personaHint')}>
          {(props) => (
            <select
              {...props}
              value={personaId}
              onChange={(event) => setPersonaId(event.target.value)}
              data-testid="edit-kpi-persona"
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
              data-testid="edit-kpi-baseline-from"
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
              data-testid="edit-kpi-baseline-to"
            />
          )}
        </Field>
        <Field label={t('newKpi.afterFrom')}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={afterFrom}
              onChange={(event) => setAfterFrom(event.target.value)}
              data-testid="edit-kpi-after-from"
            />
          )}
        </Field>
        <Field label={t('editKpi.afterTo')} hint={t('editKpi.afterToHint')}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={afterTo}
              onChange={(event) => setAfterTo(event.target.value)}
              data-testid="edit-kpi-after-to"
            />
          )}
        </Field>
      </div>
      <div className="pj-new__actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending} data-testid="save-kpi">
          {update.isPending ? t('project.saving') : t('edit.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('newKpi.cancel')}
        </button>
      </div>
      {update.error ? (
        <div className="pj-new__error" data-testid="edit-kpi-error">
          <ErrorAlert error={update.error} />
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
