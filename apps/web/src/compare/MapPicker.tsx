import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from './useJourneySummaries.js';

interface Props {
  /** The map compared from; it is left out of the choices. */
  fromId: string;
  /** The map compared with now; empty when none is chosen yet. */
  value: string;
  journeys: JourneySummary[];
  onPick: (journeyId: string) => void;
}

/** Chooses the map to compare with, among the other maps of the workspace. */
export function MapPicker({ fromId, value, journeys, onPick }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const id = useId();
  const choices = journeys.filter((j) => j.id !== fromId);
  if (choices.length === 0)
    return <p className="cmp-picker cmp-picker--none">{t('compare:picker.noOtherMaps')}</p>;
  return (
    <div className="cmp-picker">
      <label htmlFor={id}>{t('compare:picker.label')}</label>
      <select id={id} value={value} onChange={(e) => onPick(e.target.value)} data-testid="compare-picker">
        {!choices.some((j) => j.id === value) && <option value="">{t('compare:picker.placeholder')}</option>}
        {choices.map((j) => (
          <option key={j.id} value={j.id}>
            {t('compare:picker.option', { title: j.title, state: t(`common:journeyState.${j.state}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
