import type { Conformance, Deviation } from '../measures/measuresApi.js';

type Skipped = Extract<Deviation, { kind: 'skipped' }>;
type Backward = Extract<Deviation, { kind: 'backward' }>;
type Unmatched = Extract<Deviation, { kind: 'unmatched' }>;

/**
 * The strip under the touchpoint cards where deviations are drawn (px). It is kept free whenever the map
 * shows its figures (as high as the deviations need), so that turning them on or off never moves the grid.
 */
export const DEVIATION_STRIP = {
  /** Room under the last row of notes (or the arcs). */
  bottom: 6,
  /** Backward arcs dip from the strip's top by at most this much; their labels sit at the dip. */
  arcZone: 30,
  minArcDepth: 12,
  arcDepthStep: 7,
  /** The rows of notes under the arcs. */
  noteTop: 36,
  noteRowHeight: 20,
  noteRows: 2,
  noteWidth: 150,
  noteGap: 6,
} as const;

const S = DEVIATION_STRIP;

export interface PlacedArc {
  deviation: Backward;
  /** Centre x of the later card (where the arc starts) and of the earlier one (its arrow's tip). */
  fromX: number;
  toX: number;
  /** How far below the strip's top the arc dips. */
  depth: number;
  strokeWidth: number;
}

export interface PlacedNote {
  afterTouchpointId: string;
  beforeTouchpointId: string;
  /** The activities between the two cards, most journeys first. */
  items: Unmatched[];
  /** Left edge of the note and its row (0 = top). */
  left: number;
  row: number;
  /** Where the note belongs: half-way between the two cards' centres. */
  anchorX: number;
}

export interface DeviationMarks {
  /** Skipped touchpoints by id. */
  skipped: ReadonlyMap<string, Skipped>;
  arcs: PlacedArc[];
  notes: PlacedNote[];
  /** Where the first row of notes starts (under the arcs, when there are any) and the strip's height. */
  noteTop: number;
  height: number;
}

/**
 * Where the top deviations are drawn on the grid: a skipped touchpoint marks its card, a step backward is
 * an arc from the later card back to the earlier one (thicker for more journeys; nested arcs dip deeper),
 * and the unmatched activities between two cards share one note half-way between them, in the first of
 * the note rows where it fits (moved right when neither has room). Deviations naming a card that is not
 * on the map are left out. `centres`: each card's centre x, from the left of the first phase.
 */
export function placeDeviations(
  conformance: Pick<Conformance, 'deviations'>,
  centres: ReadonlyMap<string, number>,
  width: number,
): DeviationMarks {
  const skipped = new Map<string, Skipped>();
  const backward: Backward[] = [];
  const groups = new Map<string, Unmatched[]>();
  for (const d of conformance.deviations) {
    if (d.kind === 'skipped') {
      if (centres.has(d.touchpointId)) skipped.set(d.touchpointId, d);
    } else if (d.kind === 'backward') {
      if (centres.has(d.fromTouchpointId) && centres.has(d.toTouchpointId)) backward.push(d);
    } else if (centres.has(d.afterTouchpointId) && centres.has(d.beforeTouchpointId)) {
      const key = `${d.afterTouchpointId}>${d.beforeTouchpointId}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
  }

  // shorter arcs first, so that an arc over another dips below it
  const spans = backward
    .map((deviation) => ({
      deviation,
      fromX: centres.get(deviation.fromTouchpointId)!,
      toX: centres.get(deviation.toTouchpointId)!,
    }))
    .sort((a, b) => Math.abs(a.fromX - a.toX) - Math.abs(b.fromX - b.toX) || a.toX - b.toX);
  const arcs: PlacedArc[] = [];
  for (const span of spans) {
    const lo = Math.min(span.fromX, span.toX);
    const hi = Math.max(span.fromX, span.toX);
    const inside = arcs.filter((a) => Math.min(a.fromX, a.toX) < hi && Math.max(a.fromX, a.toX) > lo).length;
    arcs.push({
      ...span,
      depth: Math.min(S.arcZone - 8, S.minArcDepth + inside * S.arcDepthStep),
      strokeWidth: Math.round((1.5 + 4.5 * Math.min(1, span.deviation.share)) * 10) / 10,
    });
  }

  const wanted = [...groups.values()]
    .map((items) => {
      const first = items[0]!;
      const anchorX = (centres.get(first.afterTouchpointId)! + centres.get(first.beforeTouchpointId)!) / 2;
      return { items, anchorX };
    })
    .sort((a, b) => a.anchorX - b.anchorX);
  const rowEnds: number[] = Array.from({ length: S.noteRows }, () => -Infinity);
  const notes: PlacedNote[] = wanted.map(({ items, anchorX }) => {
    const ideal = Math.max(0, Math.min(width - S.noteWidth, anchorX - S.noteWidth / 2));
    let row = 0;
    let left = Infinity;
    rowEnds.forEach((end, i) => {
      const here = Math.max(ideal, end + S.noteGap);
      if (here < left) {
        left = here;
        row = i;
      }
    });
    rowEnds[row] = left + S.noteWidth;
    const first = items[0]!;
    return {
      afterTouchpointId: first.afterTouchpointId,
      beforeTouchpointId: first.beforeTouchpointId,
      items,
      left,
      row,
      anchorX,
    };
  });
  const noteTop = arcs.length > 0 ? S.noteTop : 0;
  const rows = notes.length > 0 ? Math.max(...notes.map((n) => n.row)) + 1 : 0;
  const height =
    rows > 0 ? noteTop + rows * S.noteRowHeight + S.bottom : arcs.length > 0 ? S.arcZone + S.bottom : 0;
  return { skipped, arcs, notes, noteTop, height };
}
