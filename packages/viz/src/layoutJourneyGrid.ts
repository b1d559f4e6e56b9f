import { touchpointsInPhase, type JourneyMap, type Phase, type Touchpoint } from '@trailmap/domain';

/** Sizes of the exported grid, in px (SVG user units). */
export const GRID = {
  margin: 32,
  labelWidth: 200,
  cardWidth: 200,
  gap: 14,
  columnPadding: 14,
  minColumnWidth: 260,
} as const;

export interface TouchpointSlot {
  touchpoint: Touchpoint;
  /** Left edge of the card. */
  x: number;
  /** Centre of the card (where the emotion curve passes). */
  centerX: number;
}

export interface PhaseColumn {
  phase: Phase;
  /** Position of the phase on the whole map (0-based), whatever part of it is drawn. */
  index: number;
  x: number;
  width: number;
  slots: TouchpointSlot[];
}

export interface JourneyGrid {
  columns: PhaseColumn[];
  /** Left edge of the first phase column. */
  gridLeft: number;
  /** Right edge of the last phase column. */
  gridRight: number;
}

/** The width a phase needs for `cardCount` cards side by side. */
export function getColumnWidth(cardCount: number): number {
  const cards = cardCount * GRID.cardWidth + Math.max(0, cardCount - 1) * GRID.gap;
  return Math.max(GRID.minColumnWidth, cards + 2 * GRID.columnPadding);
}

/**
 * Places the phases (only those in `phaseIndexes`, in map order) as columns after the label column,
 * and each touchpoint as a card slot in its phase, left to right in map order.
 */
export function layoutJourneyGrid(
  journey: Pick<JourneyMap, 'phases' | 'touchpoints'>,
  phaseIndexes: readonly number[],
): JourneyGrid {
  const gridLeft = GRID.margin + GRID.labelWidth;
  let x = gridLeft;
  const columns: PhaseColumn[] = [];
  for (const index of phaseIndexes) {
    const phase = journey.phases[index];
    if (!phase) continue;
    const touchpoints = touchpointsInPhase(journey.touchpoints, phase.id);
    const width = getColumnWidth(touchpoints.length);
    const cardsWidth = touchpoints.length * GRID.cardWidth + Math.max(0, touchpoints.length - 1) * GRID.gap;
    const start = x + (width - cardsWidth) / 2;
    const slots = touchpoints.map((touchpoint, i) => {
      const left = start + i * (GRID.cardWidth + GRID.gap);
      return { touchpoint, x: left, centerX: left + GRID.cardWidth / 2 };
    });
    columns.push({ phase, index, x, width, slots });
    x += width;
  }
  return { columns, gridLeft, gridRight: x };
}
