import type { KpiMetric } from '@trailmap/domain';
import { unitOf } from './formatKpiValue.js';

/**
 * How a target is typed in the form: shares as percentages, times in hours, the rest in the metric's own
 * units. `factor` turns the typed number into the API's unit (shares 0–1, seconds).
 */
export function targetInputUnit(metric: KpiMetric): { unit: 'percent' | 'hours' | 'own'; factor: number } {
  switch (unitOf(metric)) {
    case 'share':
      return { unit: 'percent', factor: 0.01 };
    case 'seconds':
      return { unit: 'hours', factor: 3_600 };
    default:
      return { unit: 'own', factor: 1 };
  }
}

/** The form's text for a stored target ('' for none), rounded to what a person types. */
export function targetToInput(metric: KpiMetric, target: number | null): string {
  if (target === null) return '';
  const value = target / targetInputUnit(metric).factor;
  return String(Math.round(value * 1_000) / 1_000);
}

/** The API's target for the form's text: null when empty, undefined when it is not a number. */
export function targetFromInput(metric: KpiMetric, text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  // 17.3 % × 0.01 = 0.17300000000000001: keep the digits a person typed
  return Number((value * targetInputUnit(metric).factor).toPrecision(12));
}

/** A period bound as a date input shows it (`YYYY-MM-DD`, UTC). */
export function dateOfInstant(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** A date input's day as the API's instant: the start of that day in UTC. */
export function instantOfDate(date: string): string {
  return `${date}T00:00:00.000Z`;
}
