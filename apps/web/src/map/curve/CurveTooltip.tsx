import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import type { CurveTouchpoint } from './EmotionCurve.js';

export interface CurveTooltipProps {
  touchpoint: CurveTouchpoint;
  x: number;
  y: number;
  /** Open the tooltip below the point when it sits high on the curve. */
  below: boolean;
  id: string;
}

/** What a point of the curve stands for: emotion, expectation, experience and the card's notes. */
export function CurveTooltip({ touchpoint, x, y, below, id }: CurveTooltipProps) {
  const { t } = useTranslation('map');
  const formatNumber = useNumberFormat();
  const score = (value: number | null) => (value === null ? t('scores.unknown') : formatNumber(value));
  return (
    <div
      id={id}
      role="tooltip"
      className={below ? 'curve-tooltip is-below' : 'curve-tooltip'}
      style={{ left: x, top: y }}
      data-testid="curve-tooltip"
    >
      <strong>{touchpoint.title}</strong>
      <dl>
        <dt>{t('fields.emotion')}</dt>
        <dd>{t(`emotion.${touchpoint.emotion}`)}</dd>
        <dt>{t('scores.expected')}</dt>
        <dd>{score(touchpoint.expectation)}</dd>
        <dt>{t('scores.experienced')}</dt>
        <dd>{score(touchpoint.experience)}</dd>
      </dl>
      {touchpoint.thinksFeels && <p className="curve-tooltip-notes">“{touchpoint.thinksFeels}”</p>}
      {touchpoint.backstageNotes && <p className="curve-tooltip-notes">{touchpoint.backstageNotes}</p>}
    </div>
  );
}
