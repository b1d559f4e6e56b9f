import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.js';

export interface ScoreFieldProps {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (value: number | null) => void;
  testId?: string;
  hint?: string;
}

/** A whole number in a range, or empty for "unknown"; out-of-range input is shown as an error, not saved. */
export function ScoreField({ label, value, min, max, onChange, testId, hint }: ScoreFieldProps) {
  const { t } = useTranslation('map');
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  useEffect(() => {
    setDraft((d) => {
      const shown = d.trim() === '' ? null : Number(d);
      return shown === value ? d : value === null ? '' : String(value);
    });
  }, [value]);
  const parsed = draft.trim() === '' ? null : Number(draft);
  const invalid = parsed !== null && (!Number.isInteger(parsed) || parsed < min || parsed > max);
  return (
    <Field
      label={label}
      {...(invalid ? { error: t('fields.outOfRange', { min, max }) } : hint ? { hint } : {})}
    >
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            const number = next.trim() === '' ? null : Number(next);
            if (number === null || (Number.isInteger(number) && number >= min && number <= max))
              onChange(number);
          }}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
