/** A tiny row shape for case-notion fixtures: minutes since a fixed start. */
import type { CaseInputRow } from './types.js';

export interface FixtureRow extends CaseInputRow {
  id: string;
}

export const T0 = Date.UTC(2024, 0, 1, 9, 0, 0);
export const MINUTE_MS = 60_000;

export function at(
  id: string,
  customerId: string | null,
  minutes: number,
  activity = id,
  anonymousId: string | null = null,
): FixtureRow {
  return { id, customerId, anonymousId, tsMs: T0 + minutes * MINUTE_MS, activity };
}
