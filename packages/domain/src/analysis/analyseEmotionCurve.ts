import type { PhaseId, TouchpointId } from '../ids.js';
import { touchpointsInJourneyOrder } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';
import { normaliseName } from './normaliseName.js';

/** A peak at or above this emotion is one worth keeping (method §1.4: don't flatten the curve). */
export const HIGH_PEAK_EMOTION = 2;
/** A desired curve whose range (max − min) is at or below this is flat. */
export const FLAT_RANGE_MAX = 1;

export interface EmotionPoint {
  /** 0-based position in journey order. */
  index: number;
  touchpointId: TouchpointId;
  phaseId: PhaseId;
  title: string;
  emotion: number;
}

/** A peak or a valley; a plateau (equal neighbours) is one extreme spanning `startIndex..endIndex`. */
export interface EmotionExtreme {
  startIndex: number;
  endIndex: number;
  emotion: number;
  /** The touchpoints on the plateau, in journey order (one for a sharp peak or valley). */
  touchpointIds: TouchpointId[];
  titles: string[];
}

export interface PhaseEmotion {
  phaseId: PhaseId;
  touchpointCount: number;
  /** null when the phase has no touchpoints. */
  meanEmotion: number | null;
}

export type FlattenedReason = 'no-high-peak' | 'small-range' | 'all-high-peaks-lost';

/** A warning as code + data; the app words it ("don't flatten the curve: a journey with no peaks is forgettable"). */
export interface FlattenedCurveWarning {
  code: 'flattened-curve';
  reasons: FlattenedReason[];
  /** Peaks of this map at or above HIGH_PEAK_EMOTION. */
  highPeakCount: number;
  range: number;
  /** Peaks ≥ HIGH_PEAK_EMOTION of the current map; null when no current map was given. */
  currentHighPeakCount: number | null;
  lostPeakCount: number;
}

export interface EmotionCurve {
  points: EmotionPoint[];
  peaks: EmotionExtreme[];
  valleys: EmotionExtreme[];
  /** null for a map without touchpoints (also range and mean). */
  min: number | null;
  max: number | null;
  range: number | null;
  mean: number | null;
  /** Every phase of the map, in map order. */
  phases: PhaseEmotion[];
  /** Peaks ≥ HIGH_PEAK_EMOTION of the current map that the desired map no longer reaches; [] without one. */
  lostPeaks: EmotionExtreme[];
  flattened: FlattenedCurveWarning | null;
}

/**
 * The emotion curve through the touchpoints in journey order: peaks (local maxima above 0) and valleys
 * (local minima below 0), where a plateau counts once and an end counts when it is higher (lower) than its
 * single neighbour; a curve with no neighbours at all (one touchpoint, or all equal) has neither.
 *
 * `flattened` is set for a map whose state is 'desired' that has touchpoints but no peak ≥ +2 or a range
 * ≤ 1; and, when `current` (the as-is counterpart) is given, when the current map had peaks ≥ +2 and all
 * are lost. A current peak is kept when any touchpoint on it — matched by id or by normalised title —
 * still has emotion ≥ +2 in this map.
 */
export function analyseEmotionCurve(
  map: Pick<JourneyMap, 'phases' | 'touchpoints' | 'state'>,
  current?: Pick<JourneyMap, 'phases' | 'touchpoints'>,
): EmotionCurve {
  const points = toPoints(map);
  const { peaks, valleys } = findExtremes(points);
  const emotions = points.map((p) => p.emotion);
  const min = emotions.length > 0 ? Math.min(...emotions) : null;
  const max = emotions.length > 0 ? Math.max(...emotions) : null;
  const range = min !== null && max !== null ? max - min : null;

  const phases: PhaseEmotion[] = map.phases.map((phase) => {
    const inPhase = points.filter((p) => p.phaseId === phase.id).map((p) => p.emotion);
    return { phaseId: phase.id, touchpointCount: inPhase.length, meanEmotion: meanOf(inPhase) };
  });

  let lostPeaks: EmotionExtreme[] = [];
  let currentHighPeakCount: number | null = null;
  if (current) {
    const currentHighPeaks = findExtremes(toPoints(current)).peaks.filter(
      (p) => p.emotion >= HIGH_PEAK_EMOTION,
    );
    currentHighPeakCount = currentHighPeaks.length;
    const highIds = new Set<string>();
    const highTitles = new Set<string>();
    for (const p of points) {
      if (p.emotion < HIGH_PEAK_EMOTION) continue;
      highIds.add(p.touchpointId);
      highTitles.add(normaliseName(p.title));
    }
    lostPeaks = currentHighPeaks.filter(
      (peak) =>
        !peak.touchpointIds.some(
          (id, i) => highIds.has(id) || highTitles.has(normaliseName(peak.titles[i] ?? '')),
        ),
    );
  }

  const highPeakCount = peaks.filter((p) => p.emotion >= HIGH_PEAK_EMOTION).length;
  const reasons: FlattenedReason[] = [];
  if (range !== null) {
    if (map.state === 'desired' && highPeakCount === 0) reasons.push('no-high-peak');
    if (map.state === 'desired' && range <= FLAT_RANGE_MAX) reasons.push('small-range');
    if (
      currentHighPeakCount !== null &&
      currentHighPeakCount > 0 &&
      lostPeaks.length === currentHighPeakCount
    )
      reasons.push('all-high-peaks-lost');
  }
  const flattened: FlattenedCurveWarning | null =
    reasons.length > 0 && range !== null
      ? {
          code: 'flattened-curve',
          reasons,
          highPeakCount,
          range,
          currentHighPeakCount,
          lostPeakCount: lostPeaks.length,
        }
      : null;

  return { points, peaks, valleys, min, max, range, mean: meanOf(emotions), phases, lostPeaks, flattened };
}

function toPoints(map: Pick<JourneyMap, 'phases' | 'touchpoints'>): EmotionPoint[] {
  return touchpointsInJourneyOrder(map.phases, map.touchpoints).map((t, index) => ({
    index,
    touchpointId: t.id,
    phaseId: t.phaseId,
    title: t.title,
    emotion: t.emotion,
  }));
}

function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Splits the curve into runs of equal emotion; a run is an extreme when every neighbouring run is lower (higher). */
function findExtremes(points: readonly EmotionPoint[]): {
  peaks: EmotionExtreme[];
  valleys: EmotionExtreme[];
} {
  const runs: EmotionExtreme[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.emotion === p.emotion) {
      last.endIndex = p.index;
      last.touchpointIds.push(p.touchpointId);
      last.titles.push(p.title);
    } else {
      runs.push({
        startIndex: p.index,
        endIndex: p.index,
        emotion: p.emotion,
        touchpointIds: [p.touchpointId],
        titles: [p.title],
      });
    }
  }
  const peaks: EmotionExtreme[] = [];
  const valleys: EmotionExtreme[] = [];
  runs.forEach((run, i) => {
    const neighbours = [runs[i - 1], runs[i + 1]].filter((r): r is EmotionExtreme => r !== undefined);
    if (neighbours.length === 0) return;
    if (run.emotion > 0 && neighbours.every((n) => n.emotion < run.emotion)) peaks.push(run);
    if (run.emotion < 0 && neighbours.every((n) => n.emotion > run.emotion)) valleys.push(run);
  });
  return { peaks, valleys };
}
