import {
  analyseEmotionCurve,
  findMoments,
  touchpointsInJourneyOrder,
  type JourneyMap,
  type MomentKind,
  type Touchpoint,
} from '@trailmap/domain';
import { layoutEmotionCurve } from '@trailmap/viz';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../useNumberFormat.js';
import { computeGridGeometry, type GridGeometry } from '../geometry.js';
import { CurveTooltip } from './CurveTooltip.js';
import { CurvePointMark } from './CurvePointMark.js';
import { FlattenedHint } from './FlattenedHint.js';

export type CurveTouchpoint = Touchpoint;

export interface EmotionCurveProps {
  map: Pick<JourneyMap, 'phases' | 'touchpoints' | 'state'>;
  /** The as-is map of a desired map: the curve warns when the desired map flattened its peaks. */
  counterpart?: Pick<JourneyMap, 'phases' | 'touchpoints'> | null;
  /** Where each touchpoint's slot is (from the grid); computed from the map when absent. */
  geometry?: GridGeometry;
  /** A measured emotion per touchpoint id (the data views fill it): drawn as a second, dashed line. */
  measured?: ReadonlyMap<string, number>;
  height?: number;
  onOpen?: (touchpointId: string) => void;
}

export const CURVE_HEIGHT = 168;
const PADDING = 34;

/**
 * The emotion curve: one smooth line through the touchpoints in journey order on a −3..+3 scale, a
 * neutral line, faces at the points, WOW moments as a star above the line and pain points (experience
 * below expectation) as a red mark below it. Hover or focus on a point shows its scores and notes.
 */
export function EmotionCurve({
  map,
  counterpart,
  geometry,
  measured,
  height = CURVE_HEIGHT,
  onOpen,
}: EmotionCurveProps) {
  const { t, i18n } = useTranslation('map');
  const formatNumber = useNumberFormat();
  const tooltipId = useId();
  const [active, setActive] = useState<string | null>(null);
  const grid = useMemo(
    () => geometry ?? computeGridGeometry(map.phases, map.touchpoints, false),
    [geometry, map.phases, map.touchpoints],
  );
  const ordered = useMemo(
    () => touchpointsInJourneyOrder(map.phases, map.touchpoints),
    [map.phases, map.touchpoints],
  );
  const momentOf = useMemo(() => {
    const byId = new Map<string, MomentKind>();
    for (const m of findMoments(map).moments) byId.set(m.touchpointId, m.kind);
    return byId;
  }, [map]);
  const flattened = useMemo(
    () => analyseEmotionCurve(map, counterpart ?? undefined).flattened,
    [map, counterpart],
  );
  const xOf = new Map(grid.slotCentres.map((s) => [s.touchpointId, s.x]));
  const xs = ordered.map((tp) => xOf.get(tp.id) ?? 0);
  const layout = layoutEmotionCurve({
    xs,
    emotions: ordered.map((tp) => tp.emotion),
    height,
    padding: PADDING,
  });
  const measuredPoints = ordered.flatMap((tp, i) => {
    const value = measured?.get(tp.id);
    return value === undefined ? [] : [{ x: xs[i]!, emotion: value }];
  });
  const measuredLayout =
    measuredPoints.length > 1
      ? layoutEmotionCurve({
          xs: measuredPoints.map((p) => p.x),
          emotions: measuredPoints.map((p) => p.emotion),
          height,
          padding: PADDING,
        })
      : null;
  const width = Math.max(grid.width, 1);
  const activeIndex = ordered.findIndex((tp) => tp.id === active);
  const activeTouchpoint = ordered[activeIndex];
  const activePoint = layout.points[activeIndex];

  // Labels are cached per touchpoint object (edits make new objects), so typing does not re-translate 120 points.
  const labelCache = useRef(
    new Map<string, { tp: CurveTouchpoint; kind: MomentKind | undefined; label: string }>(),
  );
  const labelLanguage = useRef(i18n.language);
  if (labelLanguage.current !== i18n.language) {
    labelCache.current.clear();
    labelLanguage.current = i18n.language;
  }
  function describePoint(tp: CurveTouchpoint): string {
    const kind = momentOf.get(tp.id);
    const cached = labelCache.current.get(tp.id);
    if (cached && cached.tp === tp && cached.kind === kind) return cached.label;
    const label = composeLabel(tp, kind);
    labelCache.current.set(tp.id, { tp, kind, label });
    return label;
  }
  function composeLabel(tp: CurveTouchpoint, kind: MomentKind | undefined): string {
    const parts = [tp.title, t(`emotion.${tp.emotion}`)];
    if (tp.expectation !== null || tp.experience !== null) {
      parts.push(
        t('curve.scores', {
          expectation: tp.expectation === null ? t('scores.unknown') : formatNumber(tp.expectation),
          experience: tp.experience === null ? t('scores.unknown') : formatNumber(tp.experience),
        }),
      );
    }
    if (kind) parts.push(t(kind === 'wow' ? 'moments.wow' : 'moments.pain'));
    return parts.join(', ');
  }

  return (
    <div className="emotion-curve" data-testid="emotion-curve" style={{ width }}>
      {flattened && <FlattenedHint warning={flattened} />}
      {ordered.length === 0 && <p className="curve-empty">{t('curve.empty')}</p>}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('curve.label')}
        className="emotion-curve-svg"
      >
        {grid.columns.slice(1).map((c) => (
          <line key={c.phaseId} x1={c.left} x2={c.left} y1={0} y2={height} className="curve-phase-line" />
        ))}
        {[3, -3].map((e) => (
          <line key={e} x1={0} x2={width} y1={layout.yOf(e)} y2={layout.yOf(e)} className="curve-guide" />
        ))}
        <line x1={0} x2={width} y1={layout.neutralY} y2={layout.neutralY} className="curve-neutral" />
        <text x={6} y={layout.yOf(3) + 4} className="curve-axis">
          {formatNumber(3, { signDisplay: 'always' })}
        </text>
        <text x={6} y={layout.neutralY - 4} className="curve-axis">
          {formatNumber(0)}
        </text>
        <text x={6} y={layout.yOf(-3) + 4} className="curve-axis">
          {formatNumber(-3)}
        </text>
        {measuredLayout && <path d={measuredLayout.path} className="curve-line-measured" />}
        {layout.points.length > 1 && <path d={layout.path} className="curve-line" />}
        {ordered.map((tp, i) => (
          <CurvePointMark
            key={tp.id}
            touchpointId={tp.id}
            x={layout.points[i]!.x}
            y={layout.points[i]!.y}
            emotion={tp.emotion}
            moment={momentOf.get(tp.id)}
            label={describePoint(tp)}
            describedBy={active === tp.id ? tooltipId : undefined}
            setActive={setActive}
            onOpen={onOpen}
          />
        ))}
      </svg>
      {activeTouchpoint && activePoint && (
        <CurveTooltip
          id={tooltipId}
          touchpoint={activeTouchpoint}
          x={activePoint.x}
          y={activePoint.y}
          below={activePoint.y < height / 2}
        />
      )}
    </div>
  );
}
