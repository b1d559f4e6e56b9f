import { JOURNEY_STATES, type Persona } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import type { JourneyFilter } from './journeysApi.js';

export interface JourneyFiltersProps {
  filter: JourneyFilter;
  personas: readonly Persona[];
  onChange: (next: JourneyFilter) => void;
}

/** Filter by persona and by state; the page keeps the choice in its URL so it can be shared. */
export function JourneyFilters({ filter, personas, onChange }: JourneyFiltersProps) {
  const { t } = useTranslation(['journeys', 'common']);
  const active = !!(filter.personaId || filter.state);
  return (
    <div className="journey-filters" role="group" aria-label={t('journeys:filters.label')}>
      <label className="inline-field">
        <span>{t('journeys:filters.persona')}</span>
        <select
          value={filter.personaId ?? ''}
          onChange={(e) => onChange({ ...filter, personaId: e.target.value || undefined })}
          data-testid="filter-persona"
        >
          <option value="">{t('journeys:filters.allPersonas')}</option>
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('journeys:filters.state')}</span>
        <select
          value={filter.state ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              state: (JOURNEY_STATES as readonly string[]).includes(e.target.value)
                ? (e.target.value as JourneyFilter['state'])
                : undefined,
            })
          }
          data-testid="filter-state"
        >
          <option value="">{t('journeys:filters.allStates')}</option>
          {JOURNEY_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`common:journeyState.${state}`)}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange({})}>
          {t('journeys:filters.clear')}
        </button>
      )}
    </div>
  );
}
