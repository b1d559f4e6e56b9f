import type { MeasureTouchpoint } from './types.js';

/** A distinct order of reached touchpoints (positions in the designed order) and how many journeys have it. */
export interface ReachedPattern {
  positions: readonly number[];
  journeys: number;
}

/**
 * How a step between two touchpoints relates to the design: `forward` to the next measured touchpoint
 * (or a later one with no measured touchpoint in between), `skipping` forward over at least one measured
 * touchpoint, `backward` to an earlier designed position.
 */
export type FlowDirection = 'forward' | 'skipping' | 'backward';

export interface FlowNode {
  touchpointId: string;
  /** Journeys that reach the touchpoint. */
  journeys: number;
}

export interface FlowEdge {
  fromTouchpointId: string;
  toTouchpointId: string;
  /** Journeys that first reach `to` right after first reaching `from`. */
  journeys: number;
  /** journeys / the journeys that reach any touchpoint. */
  share: number;
  direction: FlowDirection;
}

export interface FlowEnd {
  touchpointId: string;
  journeys: number;
  share: number;
}

/**
 * The actual journey as a directly-follows graph over the map's touchpoints (docs/measured-map.md,
 * "Conformance"): each journey's reached touchpoints in the time order of their first matching events.
 */
export interface ActualFlow {
  /** The touchpoints reached by at least one journey, in designed order. */
  nodes: FlowNode[];
  /** Consecutive first-reached touchpoints, most journeys first. */
  edges: FlowEdge[];
  /** The touchpoint journeys reach first, most journeys first. */
  starts: FlowEnd[];
  /** The touchpoint journeys reach last (first-reached order), most journeys first. */
  ends: FlowEnd[];
}

function count(map: Map<string, number>, key: string, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * Turns the reached-touchpoint patterns of measureConformance into the actual flow over the map's
 * touchpoints. `touchpoints` are the map's, in designed order (a pattern's positions index them); a
 * touchpoint is measured when its matcher names an activity. Ties: designed order of the source, then the
 * target.
 */
export function summariseActualFlow(
  patterns: readonly ReachedPattern[],
  touchpoints: readonly MeasureTouchpoint[],
): ActualFlow {
  const measured = touchpoints.flatMap((t, pos) => (t.matcher?.activities.length ? [pos] : []));
  const idOf = (pos: number) => touchpoints[pos]?.id ?? '';
  const reached = new Map<number, number>();
  const steps = new Map<string, number>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  let journeys = 0;
  for (const { positions, journeys: n } of patterns) {
    if (positions.length === 0 || n <= 0) continue;
    journeys += n;
    for (const pos of new Set(positions)) reached.set(pos, (reached.get(pos) ?? 0) + n);
    count(starts, String(positions[0]), n);
    count(ends, String(positions[positions.length - 1]), n);
    const taken = new Set<string>();
    positions.forEach((pos, i) => {
      const before = positions[i - 1];
      if (before !== undefined && before !== pos) taken.add(`${before}>${pos}`);
    });
    for (const step of taken) count(steps, step, n);
  }
  const share = (n: number) => (journeys ? n / journeys : 0);
  const direction = (from: number, to: number): FlowDirection =>
    to < from ? 'backward' : measured.some((pos) => pos > from && pos < to) ? 'skipping' : 'forward';
  const edges = [...steps]
    .map(([step, n]) => {
      const [from, to] = step.split('>').map(Number) as [number, number];
      return { from, to, n };
    })
    .sort((a, b) => b.n - a.n || a.from - b.from || a.to - b.to)
    .map(({ from, to, n }) => ({
      fromTouchpointId: idOf(from),
      toTouchpointId: idOf(to),
      journeys: n,
      share: share(n),
      direction: direction(from, to),
    }));
  const ranked = (map: Map<string, number>): FlowEnd[] =>
    [...map]
      .map(([pos, n]) => ({ pos: Number(pos), n }))
      .sort((a, b) => b.n - a.n || a.pos - b.pos)
      .map(({ pos, n }) => ({ touchpointId: idOf(pos), journeys: n, share: share(n) }));
  return {
    nodes: [...reached]
      .sort(([a], [b]) => a - b)
      .map(([pos, n]) => ({ touchpointId: idOf(pos), journeys: n })),
    edges,
    starts: ranked(starts),
    ends: ranked(ends),
  };
}
