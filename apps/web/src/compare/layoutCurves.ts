import { touchpointsInPhase, type JourneyMap, type PhaseDiff } from '@trailmap/domain';
import { layoutEmotionCurve, type CurveLayout } from '@trailmap/viz';

export interface CurvesGeometry {
  /** Left of the first phase column (room for the scale labels). */
  gutter: number;
  columnWidth: number;
  before: CurveLayout & { titles: string[] };
  after: CurveLayout & { titles: string[] };
}

interface Input {
  phases: readonly PhaseDiff[];
  before: Pick<JourneyMap, 'touchpoints'>;
  after: Pick<JourneyMap, 'touchpoints'>;
  width: number;
  height: number;
  gutter: number;
}

/**
 * Both emotion curves over one set of phase columns (the union of both maps' phases): each side's
 * touchpoints are spread evenly within the column of their phase, left to right.
 */
export function layoutCurves({ phases, before, after, width, height, gutter }: Input): CurvesGeometry {
  const columnWidth = phases.length > 0 ? Math.max(1, (width - gutter) / phases.length) : 0;
  const layoutSide = (map: Pick<JourneyMap, 'touchpoints'>, pick: (p: PhaseDiff) => string | null) => {
    const xs: number[] = [];
    const emotions: number[] = [];
    const titles: string[] = [];
    phases.forEach((phase, i) => {
      const phaseId = pick(phase);
      if (!phaseId) return;
      const cards = touchpointsInPhase(map.touchpoints, phaseId);
      cards.forEach((card, k) => {
        xs.push(gutter + i * columnWidth + ((k + 0.5) * columnWidth) / cards.length);
        emotions.push(card.emotion);
        titles.push(card.title);
      });
    });
    return { ...layoutEmotionCurve({ xs, emotions, height, padding: 16 }), titles };
  };
  return {
    gutter,
    columnWidth,
    before: layoutSide(before, (p) => p.beforePhaseId),
    after: layoutSide(after, (p) => p.afterPhaseId),
  };
}
