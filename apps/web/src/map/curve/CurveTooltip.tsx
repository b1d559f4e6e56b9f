import type { MeasuredEmotionValue, MeasuredMoment } from '@trailmap/domain';
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
  /** The designed emotion and scores (not in the measured-only curve). */
  designed?: boolean;
  /** The touchpoint's measured emotion and moment from data, when the measured line is drawn. */
  measured?: { value: MeasuredEmotionValue; moment: MeasuredMoment | undefined } | undefined;
}

/** What a point of the curve stands for: emotion, expectation, experience, the card's notes, and what was measured. */
export function CurveTooltip({ touchpoint, x, y, below, id, designed = true, measured }: CurveTooltipProps) {
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
        {designed && (
          <>
            <dt>{t('fields.emotion')}</dt>
            <dd>{t(`emotion.${touchpoint.emotion}`)}</dd>
          </>
        )}
        {measured && (
          <>
            <dt>{t('curve.measured.title')}</dt>
            <dd data-testid="curve-tooltip-measured">
              {formatNumber(measured.value.emotion, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })}{' '}
              (
              {t('curve.measured.from', {
                source: t(`curve.measured.source.${measured.value.source}`),
                value: formatNumber(measured.value.value, {
                  maximumFractionDigits: measured.value.source === 'nps' ? 0 : 1,
                }),
                n: formatNumber(measured.value.n),
              })}
              )
            </dd>
          </>
        )}
        {designed && (
          <>
            <dt>{t('scores.expected')}</dt>
            <dd>{score(touchpoint.expectation)}</dd>
            <dt>{t('scores.experienced')}</dt>
            <dd>{score(touchpoint.experience)}</dd>
          </>
        )}
      </dl>
      {measured?.moment && (
        <p className="curve-tooltip-notes">
          {t(`curve.measured.${measured.moment.kind}`, {
            expectation: formatNumber(measured.moment.expectation),
            experience: formatNumber(measured.moment.measuredExperience, { maximumFractionDigits: 1 }),
          })}
        </p>
      )}
      {touchpoint.thinksFeels && <p className="curve-tooltip-notes">“{touchpoint.thinksFeels}”</p>}
      {touchpoint.backstageNotes && <p className="curve-tooltip-notes">{touchpoint.backstageNotes}</p>}
    </div>
  );
}
