/** How many months the NPS chart of a report shows at most (the latest ones). */
export const REPORT_MAX_MONTHS = 36;

export interface ReportMonth {
  /** `YYYY-MM`. */
  month: string;
  fromMs: number;
  toMs: number;
}

/**
 * The calendar months (UTC) from the month of `from` through the month of `to`, each as a window of
 * journeys by their start; the latest `max` when there are more. Empty when either end is missing.
 */
export function listReportMonths(
  from: string | null,
  to: string | null,
  max = REPORT_MAX_MONTHS,
): ReportMonth[] {
  if (from === null || to === null) return [];
  const start = new Date(from);
  const end = new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return [];
  const months: ReportMonth[] = [];
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  const lastKey = end.getUTCFullYear() * 12 + end.getUTCMonth();
  while (year * 12 + month <= lastKey) {
    const fromMs = Date.UTC(year, month, 1);
    const toMs = Date.UTC(year, month + 1, 1);
    months.push({ month: `${year}-${String(month + 1).padStart(2, '0')}`, fromMs, toMs });
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months.slice(-max);
}
