import { touchpointsInPhase, type Phase } from '@trailmap/domain';

/**
 * The grid's horizontal geometry, shared by every lane so that a touchpoint's card, its text in the
 * other lanes and its point on the emotion curve line up in one slot.
 */
export const CARD_WIDTH = 168;
export const SLOT_GAP = 12;
export const CELL_PADDING = 12;
/** Width of the trailing "add touchpoint" button column in a phase that has cards (editors only). */
export const ADD_WIDTH = 36;

export interface PhaseColumn {
  phaseId: string;
  /** 0-based position of the phase. */
  index: number;
  left: number;
  width: number;
  touchpointIds: string[];
}

export interface GridGeometry {
  columns: PhaseColumn[];
  /** Width of all phase columns together (the lane labels not included). */
  width: number;
  /** Centre x of each touchpoint's slot (from the left of the first phase), in journey order. */
  slotCentres: { touchpointId: string; x: number }[];
}

/** Slots an empty phase keeps for its empty state (wide enough to read what belongs there). */
export const EMPTY_PHASE_SLOTS = 2;

/** Width of one phase column with `count` cards. */
export function measurePhaseWidth(count: number, editable: boolean): number {
  const slots = count === 0 ? EMPTY_PHASE_SLOTS : count;
  const cards = slots * CARD_WIDTH + (slots - 1) * SLOT_GAP;
  const add = editable && count > 0 ? SLOT_GAP + ADD_WIDTH : 0;
  return 2 * CELL_PADDING + cards + add;
}

/** x of the centre of slot `i` inside its phase column. */
export function slotCentre(i: number): number {
  return CELL_PADDING + i * (CARD_WIDTH + SLOT_GAP) + CARD_WIDTH / 2;
}

export function computeGridGeometry(
  phases: readonly Phase[],
  touchpoints: readonly { id: string; phaseId: string; order: number }[],
  editable: boolean,
): GridGeometry {
  let left = 0;
  const columns: PhaseColumn[] = [];
  const slotCentres: GridGeometry['slotCentres'] = [];
  phases.forEach((phase, index) => {
    const inPhase = touchpointsInPhase(touchpoints, phase.id);
    const width = measurePhaseWidth(inPhase.length, editable);
    inPhase.forEach((t, i) => slotCentres.push({ touchpointId: t.id, x: left + slotCentre(i) }));
    columns.push({ phaseId: phase.id, index, left, width, touchpointIds: inPhase.map((t) => t.id) });
    left += width;
  });
  return { columns, width: left, slotCentres };
}
