import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.js';
import type { ActualFlow } from '../conformance/actualFlow.js';
import { sourceOf, type FiguresSource } from './dataEvidence.js';
import type { ChipChange } from './thenVsNow.js';

/** A score over the journeys that reach something (docs/measured-map.md). */
export interface MeasuredScore {
  value: number;
  low: number | null;
  high: number | null;
  n: number;
}

/** One touchpoint's figures; every figure is null for a touchpoint without a matcher ("no data"). */
export interface TouchpointMeasure {
  touchpointId: string;
  matchedEvents: number | null;
  journeys: number | null;
  reachShare: number | null;
  dropOffShare: number | null;
  medianSecondsToNext: number | null;
  nps: MeasuredScore | null;
  csat: MeasuredScore | null;
  ces: MeasuredScore | null;
}

export interface PhaseMeasure {
  phaseId: string;
  journeys: number | null;
  reachShare: number | null;
  nps: MeasuredScore | null;
  csat: MeasuredScore | null;
  ces: MeasuredScore | null;
}

/** `GET …/journeys/:id/measures` (docs/api.md, "The measured map"). */
export interface JourneyMeasuresAnswer {
  dataset: {
    id: string;
    name: string;
    version: number;
    from: string | null;
    to: string | null;
    personaId?: string | null;
    /** The period the figures cover: the scope's ends, else the dataset's first and last event. */
    period?: { from: string | null; to: string | null };
  };
  journeys: number;
  touchpoints: TouchpointMeasure[];
  phases: PhaseMeasure[];
  conformance?: Conformance;
}

/** A way journeys leave the designed order (docs/measured-map.md, "Conformance"). */
export type Deviation =
  | { kind: 'skipped'; touchpointId: string; journeys: number; share: number }
  | { kind: 'backward'; fromTouchpointId: string; toTouchpointId: string; journeys: number; share: number }
  | {
      kind: 'unmatched';
      activity: string;
      afterTouchpointId: string;
      beforeTouchpointId: string;
      journeys: number;
      events: number;
      share: number;
    };

/** How far the journeys follow the map's designed order. */
export interface Conformance {
  /** Journeys that reach at least one touchpoint (the base of the shares). */
  journeys: number;
  followShare: number;
  deviations: Deviation[];
  /** The actual journey over the touchpoints (absent from servers before it was added). */
  flow?: ActualFlow;
}

/** The figures as the grid draws them: looked up by touchpoint and phase. */
export interface MapFigures {
  /** Journeys in scope. */
  journeys: number;
  byTouchpoint: ReadonlyMap<string, TouchpointMeasure>;
  byPhase: ReadonlyMap<string, PhaseMeasure>;
  /**
   * While the key drivers panel is open: the vital few touchpoints, each with the outcome's name (for the
   * mark's title). Absent otherwise.
   */
  keyDrivers?: ReadonlyMap<string, string>;
  /** With then vs now picked (and answered): each touchpoint's changes. Absent otherwise. */
  changes?: ReadonlyMap<string, ChipChange>;
  /** The dataset and period the figures come from (a card's evidence "data" names them). */
  source?: FiguresSource;
}

export function toMapFigures(answer: JourneyMeasuresAnswer): MapFigures {
  return {
    journeys: answer.journeys,
    byTouchpoint: new Map(answer.touchpoints.map((m) => [m.touchpointId, m])),
    byPhase: new Map(answer.phases.map((m) => [m.phaseId, m])),
    source: sourceOf(answer),
  };
}

/** Scores below this many answers show as "too few answers" (`MIN_SAMPLE` of the engine). */
export const MIN_ANSWERS = 30;

export function isNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'not-ready';
}

/**
 * The measured figures of a linked map, kept per map version (an edit that the server saved asks again;
 * the figures of the version before stay on screen meanwhile). A dataset still importing is asked again
 * every few seconds.
 */
export function useJourneyMeasures(
  workspaceId: string,
  journeyId: string,
  version: number,
  enabled: boolean,
  /** A persona's journeys only (its segment rule); null: all customers. */
  personaId: string | null = null,
) {
  const query = personaId ? `?${new URLSearchParams({ personaId }).toString()}` : '';
  const url = `/api/workspaces/${workspaceId}/journeys/${journeyId}/measures${query}`;
  return useQuery({
    queryKey: ['journey-measures', workspaceId, journeyId, version, personaId],
    queryFn: ({ signal }) => api.get<JourneyMeasuresAnswer>(url, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    refetchInterval: (query) => (isNotReady(query.state.error) ? 3000 : false),
  });
}
