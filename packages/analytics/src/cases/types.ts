/** Shared shapes of the case notions (DESIGN.md §3): what a journey instance is. */
import type { ImportRow } from '../import/types.js';

/** Inactivity gaps that end a journey: 30 minutes for web sessions, 30 days for service journeys. */
export const DEFAULT_GAPS = {
  webSessionSeconds: 30 * 60,
  serviceJourneySeconds: 30 * 24 * 60 * 60,
} as const;

/** The fields a case notion needs; any row with them (an ImportRow, a stored event) can be cut. */
export type CaseInputRow = Pick<ImportRow, 'customerId' | 'anonymousId' | 'tsMs' | 'activity'>;

/** One journey instance found by a cut. */
export interface Journey {
  caseId: string;
  customerId: string;
  startTsMs: number;
  endTsMs: number;
  eventCount: number;
  /** Start/end cuts: the journey started but its end activity never came. Always false for gap cuts. */
  open: boolean;
}

/** Rows with their case id, in (customer, ts, arrival) order, and the journeys they form. */
export interface CaseCut<T> {
  rows: Array<T & { caseId: string }>;
  journeys: Journey[];
  /** Rows left out: without any customer or anonymous id, or (start/end) outside every journey. */
  droppedCount: number;
}
