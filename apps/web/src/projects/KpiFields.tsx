import type { KpiMetric, Persona } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.js';
import { targetInputUnit } from './kpiFormValues.js';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (date: string) => void;
  testId: string;
  required?: boolean;
  hint?: string;
}

/** A day of a KPI's period (`YYYY-MM-DD`). */
export function DateField({ label, value, onChange, testId, required = false, hint }: DateFieldProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(props) => (
        <input
          {...props}
          type="date"
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** The persona a KPI is measured for ('' = all customers). */
export function PersonaField({
  personas,
  value,
  onChange,
  testId,
}: {
  personas: readonly Persona[];
  value: string;
  onChange: (personaId: string) => void;
  testId: string;
}) {
  const { t } = useTranslation('projects');
  return (
    <Field label={t('editKpi.persona')} hint={t('editKpi.personaHint')}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
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
  );
}

/** A KPI's target as typed: shares in %, times in hours, the rest in the metric's units. */
export function TargetField({
  metric,
  value,
  onChange,
  invalid,
  testId,
}: {
  metric: KpiMetric;
  value: string;
  onChange: (text: string) => void;
  invalid: boolean;
  testId: string;
}) {
  const { t } = useTranslation('projects');
  return (
    <Field
      label={t(`editKpi.target.${targetInputUnit(metric).unit}`)}
      hint={t('editKpi.targetHint')}
      {...(invalid ? { error: t('editKpi.targetInvalid') } : {})}
    >
      {(props) => (
        <input
          {...props}
          type="text"
          inputMode="decimal"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
