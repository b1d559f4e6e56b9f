import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.js';

/** One figure of a touchpoint in both periods (docs/api.md, `…/measures/compare`). */
export interface MeasureChange {
  before: number;
  after: number;
  difference: number;
  pValue: number;
  adjustedPValue: number;
  significant: boolean;
}

export interface TouchpointChange {
  touchpointId: string;
  reachShare: MeasureChange | null;
  dropOffShare: MeasureChange | null;
  nps: MeasureChange | null;
}

/** `GET …/journeys/:id/measures/compare`. */
export interface MeasuresCompareAnswer {
  before: { from: string; to: string; journeys: number };
  after: { from: string; to: string; journeys: number };
  touchpoints: TouchpointChange[];
}

/** A touchpoint's changes and the journeys of each period, as its chips show them. */
export interface ChipChange {
  change: TouchpointChange;
  thenJourneys: number;
  nowJourneys: number;
}

/** A period of days, both ends inclusive (`YYYY-MM-DD`), as the URL holds it: `2024-01-01..2024-06-30`. */
export interface DayPeriod {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2024-01-01..2024-06-30` → the period; null when missing, malformed or the wrong way round. */
export function parsePeriod(text: string | null): DayPeriod | null {
  if (!text) return null;
  const [from, to, ...rest] = text.split('..');
  if (!from || !to || rest.length > 0 || !DAY.test(from) || !DAY.test(to)) return null;
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || from > to) return null;
  return { from, to };
}

export function formatPeriod(period: DayPeriod): string {
  return `${period.from}..${period.to}`;
}

/** The day after `day` (`YYYY-MM-DD`, UTC): the API's periods end before their `to`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
}

/** The query of `…/measures/compare` for two inclusive day periods. */
export function compareQuery(then: DayPeriod, now: DayPeriod): string {
  return new URLSearchParams({
    beforeFrom: then.from,
    beforeTo: nextDay(then.to),
    afterFrom: now.from,
    afterTo: nextDay(now.to),
  }).toString();
}

/** Then vs now on a linked map, kept per map version and periods. */
export function useMeasuresCompare(
  workspaceId: string,
  journeyId: string,
  version: number,
  periods: { then: DayPeriod; now: DayPeriod } | null,
  enabled: boolean,
  /** A persona's journeys only (its segment rule); null: all customers. */
  personaId: string | null = null,
) {
  const persona = personaId ? `&${new URLSearchParams({ personaId }).toString()}` : '';
  const query = periods ? `${compareQuery(periods.then, periods.now)}${persona}` : '';
  const url = `/api/workspaces/${workspaceId}/journeys/${journeyId}/measures/compare?${query}`;
  return useQuery({
    queryKey: ['journey-measures-compare', workspaceId, journeyId, version, query],
    queryFn: ({ signal }) => api.get<MeasuresCompareAnswer>(url, signal),
    enabled: enabled && periods !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
