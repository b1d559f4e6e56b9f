import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.js';
import { isNotReady } from './measuresApi.js';

export type DriverOutcome = 'nps' | 'csat' | 'ces' | 'conversion';
export const DRIVER_OUTCOMES: readonly DriverOutcome[] = ['nps', 'csat', 'ces', 'conversion'];

export function isDriverOutcome(value: string | null): value is DriverOutcome {
  return value !== null && (DRIVER_OUTCOMES as readonly string[]).includes(value);
}

/** One touchpoint's place in the ranking (docs/measured-map.md, "Key drivers"). */
export interface Driver {
  touchpointId: string;
  importance: number;
  share: number;
  cumulativeShare: number;
  vitalFew: boolean;
}

/** `GET …/journeys/:id/drivers` (docs/api.md, "The measured map"). */
export interface DriversAnswer {
  outcome: DriverOutcome;
  journeys: number;
  vitalFewShare: number;
  drivers: Driver[];
}

/** A touchpoint enters the model with this many journeys with and without it (`MIN_SAMPLE`). */
export const MIN_SUPPORT = 30;

/** No touchpoint could be ranked: every importance is 0 (too little support on either side). */
export function noneRanked(answer: DriversAnswer): boolean {
  return answer.drivers.every((d) => d.importance <= 0);
}

/**
 * The key drivers of a linked map for an outcome, kept per map version. Conversion needs its target
 * touchpoint: without one nothing is asked.
 */
export function useJourneyDrivers(
  workspaceId: string,
  journeyId: string,
  version: number,
  outcome: DriverOutcome,
  targetId: string | null,
  enabled: boolean,
  /** A persona's journeys only (its segment rule); null: all customers. */
  personaId: string | null = null,
) {
  const query = new URLSearchParams({ outcome });
  if (outcome === 'conversion' && targetId) query.set('touchpointId', targetId);
  if (personaId) query.set('personaId', personaId);
  const url = `/api/workspaces/${workspaceId}/journeys/${journeyId}/drivers?${query.toString()}`;
  return useQuery({
    queryKey: ['journey-drivers', workspaceId, journeyId, version, outcome, targetId, personaId],
    queryFn: ({ signal }) => api.get<DriversAnswer>(url, signal),
    enabled: enabled && (outcome !== 'conversion' || targetId !== null),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    refetchInterval: (q) => (isNotReady(q.state.error) ? 3000 : false),
  });
}
