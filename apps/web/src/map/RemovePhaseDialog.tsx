import type { Phase } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import type { MapView } from './mapDoc.js';

export interface RemovePhaseDialogProps {
  phase: Phase | null;
  view: MapView;
  onConfirm: (phase: Phase) => void;
  onClose: () => void;
}

/** "Remove phase Do with its 3 touchpoints and 1 pain point?" */
export function RemovePhaseDialog({ phase, view, onConfirm, onClose }: RemovePhaseDialogProps) {
  const { t } = useTranslation('map');
  const touchpoints = phase ? view.touchpoints.filter((tp) => tp.phaseId === phase.id).length : 0;
  const painPoints = phase ? view.painPoints.filter((p) => p.phaseId === phase.id).length : 0;
  return (
    <ConfirmDialog
      open={phase !== null}
      title={t('phase.removeTitle', { phase: phase?.name ?? '' })}
      message={
        <p>
          {touchpoints + painPoints === 0
            ? t('phase.removeEmpty')
            : t('phase.removeCards', { touchpoints, painPoints })}{' '}
          {t('phase.removeUndo')}
        </p>
      }
      confirmLabel={t('phase.remove')}
      onConfirm={() => {
        if (phase) onConfirm(phase);
      }}
      onClose={onClose}
    />
  );
}
