import { MEASURED_MIN_SAMPLE } from './measuredEmotion.js';

/**
 * Evidence from data (docs/measured-map.md, "Evidence from data"): a touchpoint's measured figures rest on
 * enough data when at least this many journeys in scope reach it — the same n as the scores' "too few
 * answers" (below 30 one journey moves a share by more than 3 points).
 */
export const DATA_EVIDENCE_MIN_JOURNEYS = MEASURED_MIN_SAMPLE;

/** Whether a touchpoint's measured figures rest on enough data for the card to show evidence "data". */
export function restsOnData(figures: { journeys: number | null } | null | undefined): boolean {
  return (figures?.journeys ?? 0) >= DATA_EVIDENCE_MIN_JOURNEYS;
}
