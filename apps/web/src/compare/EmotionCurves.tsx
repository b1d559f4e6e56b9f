import type { JourneyMap, PhaseDiff } from '@trailmap/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutCurves } from './layoutCurves.js';
import { useSignedNumber } from './useSignedNumber.js';

interface Props {
  phases: readonly PhaseDiff[];
  before: Pick<JourneyMap, 'touchpoints'>;
  after: Pick<JourneyMap, 'touchpoints'>;
  labels: { before: string; after: string };
  width: number;
  height: number;
  gutter: number;
}

/** The two emotion curves drawn over each other: before dashed, after solid, with a neutral line. */
export function EmotionCurves({ phases, before, after, labels, width, height, gutter }: Props) {
  const { t } = useTranslation('compare');
  const signed = useSignedNumber();
  const titleId = useId();
  const geometry = layoutCurves({ phases, before, after, width, height, gutter });
  const { yOf } = geometry.after;
  // The after line first, so the dashed before line stays visible where the two lie on each other.
  const sides = [
    { key: 'after', label: labels.after, layout: geometry.after },
    { key: 'before', label: labels.before, layout: geometry.before },
  ] as const;
  return (
    <svg
      className="cmp-curves"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="compare-curves"
    >
      <title id={titleId}>{t('overlay.curvesTitle', { before: labels.before, after: labels.after })}</title>
      {phases.map((phase, i) => (
        <line
          key={`sep-${phase.afterPhaseId ?? phase.beforePhaseId ?? i}`}
          className="cmp-curves__separator"
          x1={gutter + i * geometry.columnWidth}
          x2={gutter + i * geometry.columnWidth}
          y1={0}
          y2={height}
        />
      ))}
      {[3, 0, -3].map((level) => (
        <g key={level}>
          <line
            className={level === 0 ? 'cmp-curves__neutral' : 'cmp-curves__grid'}
            x1={gutter}
            x2={width}
            y1={yOf(level)}
            y2={yOf(level)}
          />
          <text className="cmp-curves__scale" x={gutter - 6} y={yOf(level)} dy="0.35em" textAnchor="end">
            {signed(level, 0)}
          </text>
        </g>
      ))}
      {sides.map(({ key, label, layout }) => (
        <g key={key} className={`cmp-curve cmp-curve--${key}`}>
          <path d={layout.path} className="cmp-curve__line" data-testid={`curve-${key}`} />
          {layout.points.map((point, i) => (
            <circle
              key={i}
              cx={point.x}
              cy={point.y}
              r={key === 'after' ? 4.5 : 4}
              className="cmp-curve__point"
            >
              <title>
                {t('overlay.pointTitle', {
                  side: label,
                  title: layout.titles[i] ?? '',
                  emotion: signed(point.emotion, 0),
                })}
              </title>
            </circle>
          ))}
        </g>
      ))}
    </svg>
  );
}
