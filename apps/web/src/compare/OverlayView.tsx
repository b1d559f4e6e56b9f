import type { JourneyDiff, JourneyMap } from '@trailmap/domain';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CurveLegend } from './CurveLegend.js';
import { EmotionCurves } from './EmotionCurves.js';
import { OverlayPhase } from './OverlayPhase.js';
import { getPhaseColour } from './phaseColours.js';
import { useElementWidth } from './useElementWidth.js';

interface Props {
  before: JourneyMap;
  after: JourneyMap;
  diff: JourneyDiff;
  labels: { before: string; after: string };
}

const GUTTER_PX = 40;
const CURVE_HEIGHT_PX = 220;

/** One set of phase columns with both emotion curves over each other and the change per phase. */
export function OverlayView({ before, after, diff, labels }: Props) {
  const { t } = useTranslation('compare');
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const hasPoints = before.touchpoints.length + after.touchpoints.length > 0;
  const style = {
    '--cmp-phase-count': diff.phases.length,
    '--cmp-gutter': `${GUTTER_PX}px`,
  } as CSSProperties;
  return (
    <section className="cmp-overlay" data-testid="compare-overlay" aria-labelledby="cmp-overlay-heading">
      <div className="cmp-overlay__top">
        <h2 id="cmp-overlay-heading">{t('overlay.heading')}</h2>
        <CurveLegend labels={labels} />
      </div>
      <div className="cmp-overlay__scroll">
        <div className="cmp-overlay__grid" style={style}>
          <div className="cmp-overlay__corner" aria-hidden="true" />
          {diff.phases.map((phase, i) => (
            <OverlayPhase
              key={`${phase.beforePhaseId ?? ''}-${phase.afterPhaseId ?? ''}`}
              phase={phase}
              colour={getPhaseColour(i)}
              labels={labels}
            />
          ))}
          <div className="cmp-overlay__curves" ref={ref}>
            {hasPoints ? (
              <EmotionCurves
                phases={diff.phases}
                before={before}
                after={after}
                labels={labels}
                width={width}
                height={CURVE_HEIGHT_PX}
                gutter={GUTTER_PX}
              />
            ) : (
              <p className="cmp-empty">{t('overlay.noEmotions')}</p>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
