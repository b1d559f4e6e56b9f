/** The drawing of the reach × feasibility matrix: feasibility left (hard) to right (quick), reach bottom to top. */
export interface MatrixFrame {
  width: number;
  height: number;
  /** Room for the axis titles and score ticks. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const MATRIX_FRAME: MatrixFrame = {
  width: 640,
  height: 400,
  left: 56,
  right: 16,
  top: 28,
  bottom: 48,
};

/** Scores run 1..5; each sits in the middle of its fifth of the axis (0.5 .. 5.5 spans the plot). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** The centre lines split the matrix at this score. */
export const CENTRE_SCORE = 3;

const plotWidth = (f: MatrixFrame) => f.width - f.left - f.right;
const plotHeight = (f: MatrixFrame) => f.height - f.top - f.bottom;

/** The x of a feasibility score (may be fractional, e.g. while dragging). */
export function feasibilityToX(score: number, f: MatrixFrame = MATRIX_FRAME): number {
  return f.left + ((score - 0.5) / 5) * plotWidth(f);
}

/** The y of a reach score: 5 at the top. */
export function reachToY(score: number, f: MatrixFrame = MATRIX_FRAME): number {
  return f.top + ((5.5 - score) / 5) * plotHeight(f);
}

const clampScore = (value: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value)));

/** The feasibility score of a point's x (nearest whole score, 1..5). */
export function xToFeasibility(x: number, f: MatrixFrame = MATRIX_FRAME): number {
  return clampScore(((x - f.left) / plotWidth(f)) * 5 + 0.5);
}

/** The reach score of a point's y (nearest whole score, 1..5). */
export function yToReach(y: number, f: MatrixFrame = MATRIX_FRAME): number {
  return clampScore(5.5 - ((y - f.top) / plotHeight(f)) * 5);
}

export const BUBBLE_MIN_RADIUS = 9;
export const BUBBLE_MAX_RADIUS = 24;

/** A bubble's radius: its area grows with the size criterion's score (1..5); unscored: the smallest. */
export function bubbleRadius(score: number | null): number {
  if (score === null) return BUBBLE_MIN_RADIUS;
  const share = (Math.min(SCORE_MAX, Math.max(SCORE_MIN, score)) - SCORE_MIN) / (SCORE_MAX - SCORE_MIN);
  const min2 = BUBBLE_MIN_RADIUS ** 2;
  return Math.sqrt(min2 + share * (BUBBLE_MAX_RADIUS ** 2 - min2));
}

export type Quadrant = 'quick-wins' | 'big-bets' | 'fill-ins' | 'think-twice';

/** The quadrant of a score pair: high reach and quick = quick wins; high reach, hard = big bets; … */
export function quadrantOf(reach: number, feasibility: number): Quadrant {
  const high = reach >= CENTRE_SCORE;
  const quick = feasibility >= CENTRE_SCORE;
  if (high) return quick ? 'quick-wins' : 'big-bets';
  return quick ? 'fill-ins' : 'think-twice';
}

export interface BubbleInput {
  id: string;
  reach: number;
  feasibility: number;
}

/**
 * Where each bubble is drawn: at its scores, and when several ideas share a cell, spread evenly on a small
 * circle around the cell's centre (in the given order) so that none hides another.
 */
export function placeBubbles(
  bubbles: readonly BubbleInput[],
  f: MatrixFrame = MATRIX_FRAME,
): Map<string, { x: number; y: number }> {
  const cells = new Map<string, BubbleInput[]>();
  for (const b of bubbles) {
    const key = `${b.reach}/${b.feasibility}`;
    cells.set(key, [...(cells.get(key) ?? []), b]);
  }
  const spread = Math.min(plotWidth(f), plotHeight(f)) / 5 / 3;
  const placed = new Map<string, { x: number; y: number }>();
  for (const group of cells.values()) {
    group.forEach((b, i) => {
      const cx = feasibilityToX(b.feasibility, f);
      const cy = reachToY(b.reach, f);
      if (group.length === 1) {
        placed.set(b.id, { x: cx, y: cy });
        return;
      }
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      placed.set(b.id, { x: cx + spread * Math.cos(angle), y: cy + spread * Math.sin(angle) });
    });
  }
  return placed;
}
