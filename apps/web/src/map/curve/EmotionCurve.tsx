import {
  analyseEmotionCurve,
  findMoments,
  touchpointsInJourneyOrder,
  type JourneyMap,
  type MeasuredCurve,
  type MeasuredMoment,
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
import type { CurveMode } from './curveMode.js';
import { MeasuredPointMark, measuredKey } from './MeasuredPointMark.js';
import { DataPainMarker, DataWowMarker } from './MomentMarkers.js';

export type CurveTouchpoint = Touchpoint;

export interface EmotionCurveProps {
  map: Pick<JourneyMap, 'phases' | 'touchpoints' | 'state'>;
  /** The as-is map of a desired map: the curve warns when the desired map flattened its peaks. */
  counterpart?: Pick<JourneyMap, 'phases' | 'touchpoints'> | null;
  /** Where each touchpoint's slot is (from the grid); computed from the map when absent. */
  geometry?: GridGeometry;
  /**
   * The measured emotion of a linked map with figures shown (`measureEmotionCurve`): drawn as a second,
   * dashed line with hollow points, and its WOW moments and pain points from data as hollow marks.
   */
  measured?: MeasuredCurve | null;
  /** Which lines to draw when `measured` is given (default both); without it, the designed line only. */
  mode?: CurveMode;
  height?: number;
  onOpen?: (touchpointId: string) => void;
}

export const CURVE_HEIGHT = 168;
const PADDING = 34;
/** Marks from data sit to the right of their ring, clear of the designed star or mark at the same card. */
const DATA_MARK_DX = 13;

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
  mode = 'both',
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
  const showMeasured = measured != null && mode !== 'designed';
  const showDesigned = !showMeasured || mode !== 'measured';
  const measuredPoints = showMeasured ? measured.points : [];
  const measuredLayout = layoutEmotionCurve({
    xs: measuredPoints.map((p) => xOf.get(p.touchpointId) ?? 0),
    emotions: measuredPoints.map((p) => p.emotion),
    height,
    padding: PADDING,
  });
  const dataMomentOf = useMemo(
    () => new Map<string, MeasuredMoment>((measured?.moments ?? []).map((m) => [m.touchpointId, m])),
    [measured],
  );
  const width = Math.max(grid.width, 1);
  const activeMeasured = active?.startsWith('measured:') ?? false;
  const activeId = activeMeasured ? active!.slice('measured:'.length) : active;
  const activeIndex = ordered.findIndex((tp) => tp.id === activeId);
  const activeTouchpoint = ordered[activeIndex];
  const activeMeasuredIndex = measuredPoints.findIndex((p) => p.touchpointId === activeId);
  const activePoint = activeMeasured
    ? measuredLayout.points[activeMeasuredIndex]
    : layout.points[activeIndex];
  const activeMeasuredValue = measuredPoints.find((p) => p.touchpointId === activeId);

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
  const signed = (value: number) =>
    formatNumber(value, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  function dataMomentTitle(m: MeasuredMoment): string {
    return t(`curve.measured.${m.kind}`, {
      expectation: formatNumber(m.expectation),
      experience: formatNumber(m.measuredExperience, { maximumFractionDigits: 1 }),
    });
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
        {showDesigned && layout.points.length > 1 && <path d={layout.path} className="curve-line" />}
        {showMeasured && measuredPoints.length > 1 && (
          <path
            d={measuredLayout.path}
            className="curve-line-measured"
            data-testid="measured-line"
            data-points={measuredPoints.length}
          />
        )}
        {showDesigned &&
          ordered.map((tp, i) => (
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
        {measuredPoints.map((p, i) => {
          const point = measuredLayout.points[i]!;
          const title = ordered.find((tp) => tp.id === p.touchpointId)?.title ?? '';
          const moment = dataMomentOf.get(p.touchpointId);
          return (
            <g key={p.touchpointId}>
              {moment?.kind === 'wow' && (
                <DataWowMarker x={point.x + DATA_MARK_DX} y={point.y - 16} title={dataMomentTitle(moment)} />
              )}
              {moment?.kind === 'pain' && (
                <DataPainMarker x={point.x + DATA_MARK_DX} y={point.y + 16} title={dataMomentTitle(moment)} />
              )}
              <MeasuredPointMark
                touchpointId={p.touchpointId}
                x={point.x}
                y={point.y}
                emotion={p.emotion}
                label={[
                  t('curve.measured.point', {
                    title,
                    emotion: signed(p.emotion),
                    source: t(`curve.measured.source.${p.source}`),
                    value: formatNumber(p.value, { maximumFractionDigits: p.source === 'nps' ? 0 : 1 }),
                    n: formatNumber(p.n),
                  }),
                  ...(moment ? [dataMomentTitle(moment)] : []),
                ].join(', ')}
                describedBy={active === measuredKey(p.touchpointId) ? tooltipId : undefined}
                setActive={setActive}
                onOpen={onOpen}
              />
            </g>
          );
        })}
      </svg>
      {activeTouchpoint && activePoint && (
        <CurveTooltip
          id={tooltipId}
          touchpoint={activeTouchpoint}
          x={activePoint.x}
          y={activePoint.y}
          below={activePoint.y < height / 2}
          designed={showDesigned}
          measured={
            activeMeasuredValue
              ? { value: activeMeasuredValue, moment: dataMomentOf.get(activeMeasuredValue.touchpointId) }
              : undefined
          }
        />
      )}
    </div>
  );
}
