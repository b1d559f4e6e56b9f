import { Field } from '../../ui/Field.js';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  testId?: string;
  hint?: string;
}

/** A labelled select. */
export function SelectField({ label, value, options, onChange, testId, hint }: SelectFieldProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
