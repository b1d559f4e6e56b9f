import type { PhaseDiff } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { EmotionDelta } from './EmotionDelta.js';

interface Props {
  phase: PhaseDiff;
  labels: { before: string; after: string };
}

/** The change of mean emotion in one phase, or why there is none (a side without touchpoints). */
export function PhaseDelta({ phase, labels }: Props) {
  const { t } = useTranslation('compare');
  if (phase.meanEmotionDelta !== null) {
    return (
      <span className="cmp-phase-delta" data-testid="phase-delta">
        <span className="visually-hidden">{t('delta.phaseLabel', { phase: phase.name })} </span>
        <EmotionDelta delta={phase.meanEmotionDelta} />
      </span>
    );
  }
  const emptySides = [
    ...(phase.beforeTouchpointCount === 0 ? [labels.before] : []),
    ...(phase.afterTouchpointCount === 0 ? [labels.after] : []),
  ];
  return (
    <span className="cmp-phase-delta cmp-phase-delta--none" data-testid="phase-delta">
      {emptySides.length === 2
        ? t('delta.noTouchpointsAnywhere')
        : t('delta.noTouchpointsIn', { side: emptySides[0] ?? '' })}
    </span>
  );
}
