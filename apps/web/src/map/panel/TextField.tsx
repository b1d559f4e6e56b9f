import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.js';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** A required text keeps the last non-empty value and says so while the field is empty. */
  required?: boolean;
  maxLength?: number;
  testId?: string;
  autoFocus?: boolean;
  hint?: string;
}

/** A labelled text input or textarea that changes the map as the user types. */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  required = false,
  maxLength = 1000,
  testId,
  autoFocus,
  hint,
}: TextFieldProps) {
  const { t } = useTranslation('map');
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft((d) => (d.trim() === value.trim() ? d : value));
  }, [value]);
  const empty = required && draft.trim() === '';
  const change = (next: string) => {
    setDraft(next);
    if (required && next.trim() === '') return;
    onChange(required ? next.trim() : next);
  };
  return (
    <Field label={label} {...(empty ? { error: t('fields.required') } : {})} {...(hint ? { hint } : {})}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={draft}
            maxLength={maxLength}
            onChange={(e) => change(e.target.value)}
            data-testid={testId}
            rows={3}
          />
        ) : (
          <input
            {...control}
            type="text"
            value={draft}
            maxLength={maxLength}
            required={required}
            onChange={(e) => change(e.target.value)}
            onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
            autoFocus={autoFocus}
            data-testid={testId}
          />
        )
      }
    </Field>
  );
}
