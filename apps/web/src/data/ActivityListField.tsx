import { Plus, X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ActivityListFieldProps {
  label: string;
  hint: string;
  values: string[];
  /** Activity names seen in the preview, offered as suggestions. */
  suggestions: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  testId: string;
}

/** A list of activity names: type or pick one and add it (Enter or the button); each can be removed. */
export function ActivityListField({ label, hint, values, suggestions, onChange, error, testId }: ActivityListFieldProps) {
  const { t } = useTranslation('data');
  const id = useId();
  const [text, setText] = useState('');

  function add() {
    const value = text.trim();
    if (value && !values.includes(value) && values.length < 50) onChange([...values, value]);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field activity-list-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {values.length > 0 && (
        <ul className="chip-list" aria-label={label}>
          {values.map((value) => (
            <li key={value} className="chip">
              <span>{value}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => onChange(values.filter((v) => v !== value))}
                aria-label={t('notion.removeActivity', { activity: value })}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="activity-list-add">
        <input
          id={id}
          type="text"
          list={`${id}-suggestions`}
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          data-testid={`${testId}-input`}
        />
        <button type="button" className="btn" onClick={add} disabled={!text.trim()} data-testid={`${testId}-add`}>
          <Plus size={16} aria-hidden="true" />
          {t('notion.addActivity')}
        </button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((s) => !values.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </div>
  );
}
