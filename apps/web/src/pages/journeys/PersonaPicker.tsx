import type { Persona } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../ui/Avatar.js';

export interface PersonaPickerProps {
  workspaceId: string;
  personas: readonly Persona[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

/** Choose the personas who travel this journey: a group of checkboxes with faces. */
export function PersonaPicker({ workspaceId, personas, selected, onChange }: PersonaPickerProps) {
  const { t } = useTranslation('journeys');
  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  }
  return (
    <fieldset className="field persona-picker">
      <legend className="label">{t('create.personas')}</legend>
      {personas.length === 0 ? (
        <p className="hint">
          {t('create.noPersonas')} <Link to={`/w/${workspaceId}/personas`}>{t('create.toPersonas')}</Link>
        </p>
      ) : (
        <ul>
          {personas.map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(p.id)}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                  data-testid="journey-persona"
                />
                <Avatar name={p.name} pictureUrl={p.pictureUrl} size={24} decorative />
                <span>{p.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
