import { Users } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaChoice, PersonaOption } from './personaChoice.js';

export interface PersonaPickerProps {
  options: { onMap: PersonaOption[]; others: PersonaOption[] };
  choice: PersonaChoice;
  /** A persona's id, or null for all customers. */
  onChange: (personaId: string | null) => void;
}

/**
 * "Figures for: All customers / a persona" in the figures bar. A persona without a segment rule is listed
 * but cannot be picked; chosen through the address anyway, it says so and the figures stay everyone's.
 */
export function PersonaPicker({ options, choice, onChange }: PersonaPickerProps) {
  const { t } = useTranslation('measures');
  const id = useId();
  const hintId = useId();
  const value = choice.kind === 'all' ? '' : choice.kind === 'unknown' ? choice.id : choice.option.id;
  const option = (o: PersonaOption) => (
    <option key={o.id} value={o.id} disabled={!o.hasRule}>
      {o.hasRule ? o.name : t('persona.noRule', { name: o.name })}
    </option>
  );
  return (
    <span className="persona-picker" data-testid="persona-picker">
      <label htmlFor={id} className="persona-picker-label">
        <Users size={15} aria-hidden="true" />
        {t('persona.label')}
      </label>
      <select
        id={id}
        className="persona-picker-select"
        value={value}
        onChange={(event) => onChange(event.target.value || null)}
        aria-describedby={choice.kind === 'no-rule' ? hintId : undefined}
        data-testid="persona-select"
      >
        <option value="">{t('persona.all')}</option>
        {options.onMap.length > 0 && (
          <optgroup label={t('persona.onMap')}>{options.onMap.map(option)}</optgroup>
        )}
        {options.others.length > 0 && (
          <optgroup label={t('persona.others')}>{options.others.map(option)}</optgroup>
        )}
        {choice.kind === 'unknown' && <option value={choice.id}>{t('persona.unknown')}</option>}
        {choice.kind === 'no-rule' && !options.onMap.some((o) => o.id === choice.option.id) && (
          <option value={choice.option.id} disabled>
            {t('persona.noRule', { name: choice.option.name })}
          </option>
        )}
      </select>
      {choice.kind === 'no-rule' && (
        <span id={hintId} className="hint persona-picker-hint" role="status" data-testid="persona-no-rule">
          {t('persona.noRuleHint', { name: choice.option.name })}
        </span>
      )}
    </span>
  );
}
