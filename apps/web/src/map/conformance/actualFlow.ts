/** How a step between two touchpoints relates to the design (docs/measured-map.md, "Conformance"). */
export type FlowDirection = 'forward' | 'skipping' | 'backward';

/** `conformance.flow` of `GET …/journeys/:id/measures`: the actual journey over the touchpoints. */
export interface ActualFlow {
  /** Touchpoints reached, in designed order, with the journeys that reach them. */
  nodes: { touchpointId: string; journeys: number }[];
  /** Consecutive first-reached touchpoints, most journeys first. */
  edges: {
    fromTouchpointId: string;
    toTouchpointId: string;
    journeys: number;
    share: number;
    direction: FlowDirection;
  }[];
  /** The touchpoints journeys reach first / last. */
  starts: { touchpointId: string; journeys: number; share: number }[];
  ends: { touchpointId: string; journeys: number; share: number }[];
}
