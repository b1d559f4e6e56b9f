/** A property condition of a matcher (`eq`/`ne`/`contains` compare text; `gt`/`lt` numbers, or text). */
export interface MatcherPropertyCondition {
  key: string;
  op: 'eq' | 'ne' | 'in' | 'contains' | 'gt' | 'lt';
  value: string | number | readonly (string | number)[];
}

/**
 * Which events are a touchpoint: an event matches when its activity is one of `activities` and every other
 * given condition holds (its channel one of `channels`; each property condition true).
 */
export interface TouchpointMatcher {
  activities: readonly string[];
  channels?: readonly string[];
  properties?: readonly MatcherPropertyCondition[];
}

/** A touchpoint of the designed map, in the map's order. */
export interface MeasureTouchpoint {
  id: string;
  matcher: TouchpointMatcher | null;
}

export interface MeasurePhase {
  id: string;
  /** Its touchpoints (ids of `MeasureTouchpoint`s). */
  touchpointIds: readonly string[];
}

/** A score over the journeys that reach something: its value, 95 % interval and how many answered. */
export interface MeasuredScore {
  value: number;
  /** null below 2 answers (no interval). */
  low: number | null;
  high: number | null;
  n: number;
}

export interface TouchpointMeasure {
  touchpointId: string;
  /** Events that match it; null for a touchpoint without a matcher ("no data"), as every figure. */
  matchedEvents: number | null;
  journeys: number | null;
  reachShare: number | null;
  /** Of the journeys reaching it, the share that reach no later touchpoint; null for the last one measured. */
  dropOffShare: number | null;
  medianSecondsToNext: number | null;
  nps: MeasuredScore | null;
  csat: MeasuredScore | null;
  ces: MeasuredScore | null;
}

export interface PhaseMeasure {
  phaseId: string;
  /** Journeys that reach any of its touchpoints; null when none of them has a matcher. */
  journeys: number | null;
  reachShare: number | null;
  nps: MeasuredScore | null;
  csat: MeasuredScore | null;
  ces: MeasuredScore | null;
}

export interface JourneyMeasures {
  /** Journeys (cases) in scope. */
  journeys: number;
  touchpoints: TouchpointMeasure[];
  phases: PhaseMeasure[];
}
