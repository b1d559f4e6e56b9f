import { restsOnData } from '@trailmap/domain';
import type { JourneyMeasuresAnswer, TouchpointMeasure } from './measuresApi.js';

/** Where the figures on the map come from: the linked dataset and the period they cover. */
export interface FiguresSource {
  datasetName: string;
  /** ISO instants; null when the dataset does not say (an older server, or no events). */
  from: string | null;
  to: string | null;
}

/** A card whose figures rest on enough data: evidence "data", from this source, over these journeys. */
export interface DataEvidence extends FiguresSource {
  journeys: number;
}

/** The source of a measures answer: its period, or the period asked for when the server names none. */
export function sourceOf(answer: JourneyMeasuresAnswer): FiguresSource {
  const { dataset } = answer;
  return {
    datasetName: dataset.name,
    from: dataset.period?.from ?? dataset.from,
    to: dataset.period?.to ?? dataset.to,
  };
}

/**
 * Evidence "data" for a card when its figures rest on enough data (`restsOnData`: at least 30 journeys
 * reach it, docs/measured-map.md "Evidence from data"); null otherwise. The designed evidence is not touched.
 */
export function findDataEvidence(
  measure: TouchpointMeasure | null | undefined,
  source: FiguresSource | undefined,
): DataEvidence | null {
  if (!source || !measure || !restsOnData(measure)) return null;
  return { ...source, journeys: measure.journeys ?? 0 };
}
