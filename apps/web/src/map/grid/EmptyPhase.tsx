import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface EmptyPhaseProps {
  phaseName: string;
  phaseIndex: number;
  /** Absent for readers: then the phase only says it is empty. */
  onAdd?: () => void;
}

/** An empty phase teaches what belongs there and offers to add the first touchpoint. */
export function EmptyPhase({ phaseName, phaseIndex, onAdd }: EmptyPhaseProps) {
  const { t } = useTranslation('map');
  return (
    <div className="empty-phase">
      <p>{onAdd ? t('empty.phaseEditor', { phase: phaseName }) : t('empty.phaseReader')}</p>
      {onAdd && (
        <button
          type="button"
          className="btn btn-small"
          onClick={onAdd}
          data-testid={`add-touchpoint-${phaseIndex}`}
        >
          <Plus size={14} aria-hidden="true" />
          {t('actions.addTouchpoint')}
        </button>
      )}
    </div>
  );
}
