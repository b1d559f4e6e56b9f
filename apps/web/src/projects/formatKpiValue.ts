import type { KpiMetric } from '@trailmap/domain';
import { formatDuration } from '../explorer/formatDuration.js';

/** The unit a metric's values are in (docs/improvements.md, "The metrics"). */
export type KpiUnit = 'share' | 'points' | 'score' | 'count' | 'seconds';

export function unitOf(metric: KpiMetric): KpiUnit {
  switch (metric) {
    case 'nps':
      return 'points';
    case 'csat':
    case 'ces':
      return 'score';
    case 'contactsPerJourney':
      return 'count';
    case 'medianSecondsBetween':
      return 'seconds';
    default:
      return 'share';
  }
}

/**
 * A metric's value in its unit: shares as percentages (one decimal), NPS in whole points, scores and
 * contacts with two decimals, times as a duration. A change (`signed`) carries its sign, and a share's
 * change is in percentage points (`pp`/`pp`, language-independent).
 */
export function formatKpiValue(
  metric: KpiMetric,
  value: number | null,
  locale: string,
  language: string,
  signed = false,
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const sign = signed && value > 0 ? '+' : '';
  const number = (v: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
  switch (unitOf(metric)) {
    case 'share':
      return signed ? `${sign}${number(value * 100, 1)} pp` : `${number(value * 100, 1)} %`;
    case 'points':
      return `${sign}${number(value, 0)}`;
    case 'score':
    case 'count':
      return `${sign}${number(value, 2)}`;
    case 'seconds':
      return `${sign}${formatDuration(value, language)}`;
  }
}

/** A p-value in words a reader can compare with 0.05: three decimals, or "< 0.001". */
export function formatPValue(p: number | null, locale: string): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.001) return `< ${new Intl.NumberFormat(locale, { minimumFractionDigits: 3 }).format(0.001)}`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(p);
}

/** A p-value as a comparison to write after "p": "= 0.012", or "< 0.001"; a dash when there is none. */
export function formatPComparison(p: number | null, locale: string): string {
  const text = formatPValue(p, locale);
  return text.startsWith('<') || text === '—' ? text : `= ${text}`;
}
