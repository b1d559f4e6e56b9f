import { Columns2, Waypoints } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface ConformanceControlsProps {
  /** Deviations drawn on the map (`?deviations=on`). */
  deviationsShown: boolean;
  onToggleDeviations: () => void;
  /** Opens the designed vs actual view (`?view=conformance`). */
  onCompare: () => void;
}

/** The figures bar's conformance buttons: deviations on the map, and designed vs actual side by side. */
export function ConformanceControls({
  deviationsShown,
  onToggleDeviations,
  onCompare,
}: ConformanceControlsProps) {
  const { t } = useTranslation('conformance');
  return (
    <span className="conformance-controls" role="group" aria-label={t('controls.label')}>
      <button
        type="button"
        className="btn btn-small"
        aria-pressed={deviationsShown}
        onClick={onToggleDeviations}
        title={t('controls.deviationsTitle')}
        data-testid="deviations-toggle"
      >
        <Waypoints size={15} aria-hidden="true" />
        {t('controls.deviations')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={onCompare}
        title={t('controls.compareTitle')}
        data-testid="conformance-view-open"
      >
        <Columns2 size={15} aria-hidden="true" />
        {t('controls.compare')}
      </button>
    </span>
  );
}
