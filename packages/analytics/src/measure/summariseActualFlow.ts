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

/** A step between consecutive first-reached positions; -1 stands for the journey's start (`from`) or end (`to`). */
export interface FlowStep {
  from: number;
  to: number;
  journeys: number;
}

/** The steps of reached-touchpoint patterns: each journey's start, its consecutive pairs and its end. */
export function stepsOfPatterns(patterns: readonly ReachedPattern[]): FlowStep[] {
  const steps = new Map<string, number>();
  for (const { positions, journeys } of patterns) {
    if (positions.length === 0 || journeys <= 0) continue;
    const chain = [-1, ...positions, -1];
    const taken = new Set<string>();
    chain.forEach((pos, i) => {
      const before = chain[i - 1];
      if (before !== undefined && before !== pos) taken.add(`${before}>${pos}`);
    });
    for (const step of taken) steps.set(step, (steps.get(step) ?? 0) + journeys);
  }
  return [...steps].map(([step, journeys]) => {
    const [from, to] = step.split('>').map(Number) as [number, number];
    return { from, to, journeys };
  });
}

/**
 * Turns the reached-touchpoint patterns into the actual flow over the map's touchpoints. `touchpoints` are
 * the map's, in designed order (a pattern's positions index them); a touchpoint is measured when its
 * matcher names an activity. Ties: designed order of the source, then the target.
 */
export function summariseActualFlow(
  patterns: readonly ReachedPattern[],
  touchpoints: readonly MeasureTouchpoint[],
): ActualFlow {
  return flowFromSteps(stepsOfPatterns(patterns), touchpoints);
}

/**
 * The actual flow from its steps (what `measureMap` counts in the engine): a journey enters each touchpoint
 * it reaches once, so a node's journeys are the steps into it, and the journeys reaching any touchpoint are
 * the steps from the start.
 */
export function flowFromSteps(
  steps: readonly FlowStep[],
  touchpoints: readonly MeasureTouchpoint[],
): ActualFlow {
  const measured = touchpoints.flatMap((t, pos) => (t.matcher?.activities.length ? [pos] : []));
  const idOf = (pos: number) => touchpoints[pos]?.id ?? '';
  const journeys = steps.reduce((sum, s) => (s.from < 0 && s.to >= 0 ? sum + s.journeys : sum), 0);
  const share = (n: number) => (journeys ? n / journeys : 0);
  const reached = new Map<number, number>();
  for (const s of steps) if (s.to >= 0) reached.set(s.to, (reached.get(s.to) ?? 0) + s.journeys);
  const direction = (from: number, to: number): FlowDirection =>
    to < from ? 'backward' : measured.some((pos) => pos > from && pos < to) ? 'skipping' : 'forward';
  const edges = steps
    .filter((s) => s.from >= 0 && s.to >= 0 && s.journeys > 0)
    .sort((a, b) => b.journeys - a.journeys || a.from - b.from || a.to - b.to)
    .map(({ from, to, journeys: n }) => ({
      fromTouchpointId: idOf(from),
      toTouchpointId: idOf(to),
      journeys: n,
      share: share(n),
      direction: direction(from, to),
    }));
  const ranked = (ends: { pos: number; n: number }[]): FlowEnd[] =>
    ends
      .filter((e) => e.n > 0)
      .sort((a, b) => b.n - a.n || a.pos - b.pos)
      .map(({ pos, n }) => ({ touchpointId: idOf(pos), journeys: n, share: share(n) }));
  return {
    nodes: [...reached]
      .sort(([a], [b]) => a - b)
      .map(([pos, n]) => ({ touchpointId: idOf(pos), journeys: n })),
    edges,
    starts: ranked(steps.filter((s) => s.from < 0 && s.to >= 0).map((s) => ({ pos: s.to, n: s.journeys }))),
    ends: ranked(steps.filter((s) => s.to < 0 && s.from >= 0).map((s) => ({ pos: s.from, n: s.journeys }))),
  };
}
