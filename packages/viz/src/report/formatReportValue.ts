import type { KpiMetric } from '@trailmap/domain';
import type { ExportLang } from '../journeyLabels.js';
import { REPORT_LABELS } from './reportLabels.js';

const DURATION_UNITS: { seconds: number; en: string; nl: string }[] = [
  { seconds: 86_400, en: 'd', nl: 'd' },
  { seconds: 3_600, en: 'h', nl: 'u' },
  { seconds: 60, en: 'min', nl: 'min' },
  { seconds: 1, en: 's', nl: 's' },
];

/** A duration in its two largest units (`3 d 4 h`, `12 min 5 s`), in the language's abbreviations. */
export function formatReportDuration(seconds: number, lang: ExportLang): string {
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.round(Math.abs(seconds));
  const parts: string[] = [];
  for (const unit of DURATION_UNITS) {
    const n = Math.floor(rest / unit.seconds);
    if (n > 0) parts.push(`${n} ${unit[lang]}`);
    rest -= n * unit.seconds;
    if (parts.length === 2 || (parts.length === 1 && n === 0)) break;
  }
  return parts.length ? `${sign}${parts.join(' ')}` : '0 s';
}

/** A number in the language's notation with exactly `digits` decimals (minus as U+2212). */
export function formatReportNumber(value: number, digits: number, lang: ExportLang): string {
  const text = new Intl.NumberFormat(REPORT_LABELS[lang].locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return text.replace('-', '−');
}

/**
 * A KPI's value in its unit: shares as percentages with one decimal (a change in percentage points),
 * NPS in whole points, scores and contacts with two decimals, times as a duration; `signed` marks a
 * change with + or −; a missing value is a dash.
 */
export function formatReportValue(
  metric: KpiMetric,
  value: number | null,
  lang: ExportLang,
  signed = false,
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const sign = signed && value > 0 ? '+' : '';
  switch (metric) {
    case 'nps':
      return `${sign}${formatReportNumber(value, 0, lang)}`;
    case 'csat':
    case 'ces':
    case 'contactsPerJourney':
      return `${sign}${formatReportNumber(value, 2, lang)}`;
    case 'medianSecondsBetween':
      return `${sign}${formatReportDuration(value, lang)}`;
    default:
      return signed
        ? `${sign}${formatReportNumber(value * 100, 1, lang)} pp`
        : `${formatReportNumber(value * 100, 1, lang)} %`;
  }
}

/** A p-value to write after "p": three decimals, or "< 0.001"; a dash when there is none. */
export function formatReportP(p: number | null, lang: ExportLang): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.001) return `< ${formatReportNumber(0.001, 3, lang)}`;
  return formatReportNumber(p, 3, lang);
}

/** An ISO date or date-time as a calendar date in the language (`1 July 2024`, `1 juli 2024`), UTC. */
export function formatReportDate(iso: string, lang: ExportLang): string {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(REPORT_LABELS[lang].locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}

/** `YYYY-MM` as a short month label (`Jul 2024`, `jul 2024`). */
export function formatReportMonth(month: string, lang: ExportLang): string {
  const ms = Date.parse(`${month}-01T00:00:00Z`);
  if (Number.isNaN(ms)) return month;
  return new Intl.DateTimeFormat(REPORT_LABELS[lang].locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}
