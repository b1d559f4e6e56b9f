import type { PhaseDiff } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { PhaseDelta } from './PhaseDelta.js';
import { useSignedNumber } from './useSignedNumber.js';

interface Props {
  phase: PhaseDiff;
  colour: string;
  labels: { before: string; after: string };
}

/** One phase column header in the overlay: name band, emotion change, mean on each side. */
export function OverlayPhase({ phase, colour, labels }: Props) {
  const { t } = useTranslation('compare');
  const signed = useSignedNumber();
  const mean = (value: number | null) => (value === null ? t('value.empty') : signed(value));
  return (
    <section className="cmp-ophase" aria-label={phase.name}>
      <h3 className="cmp-phase__band" style={{ background: colour }}>
        {phase.name}
        {phase.status !== 'kept' && (
          <span className="cmp-ophase__status">{t(`overlay.phase.${phase.status}`)}</span>
        )}
      </h3>
      <PhaseDelta phase={phase} labels={labels} />
      <p className="cmp-ophase__means">
        <span className="visually-hidden">{t('overlay.mean')}</span>
        <span>
          {labels.before} {mean(phase.beforeMeanEmotion)}
        </span>
        <span>
          {labels.after} {mean(phase.afterMeanEmotion)}
        </span>
      </p>
    </section>
  );
}
