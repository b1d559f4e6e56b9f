import type { ExportLang } from '../journeyLabels.js';
import { ACCENT_COLOR, GRID_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR } from '../phasePalette.js';
import { FONT_FAMILY } from '../svg/drawText.js';
import { escapeXml } from '../text/escapeXml.js';
import { formatReportMonth, formatReportNumber } from './formatReportValue.js';
import type { ReportNpsMonth } from './types.js';

export interface NpsChartOptions {
  width: number;
  height: number;
  lang: ExportLang;
  /** The chart's accessible name (`<title>`). */
  title: string;
}

/** Fewer answers than this make a hollow point (the engine's small-sample threshold). */
export const SMALL_SAMPLE = 30;

const round = (n: number) => Math.round(n * 10) / 10;

/** A round step for the NPS axis that gives at most five gridlines over `span` points. */
function gridStep(span: number): number {
  return [10, 20, 25, 50].find((step) => span / step <= 5) ?? 100;
}

/**
 * NPS per month as a standalone SVG: a point per month with answers and its 95 % interval as a whisker,
 * joined by a line (a month without answers breaks it; one with fewer than 30 answers is a hollow point), the zero line, gridlines at round steps, and
 * month labels (thinned so they do not collide). Deterministic, no ids; text XML-escaped.
 */
export function drawNpsChart(months: readonly ReportNpsMonth[], options: NpsChartOptions): string {
  const { width, height, lang } = options;
  const left = 34;
  const right = 8;
  const top = 8;
  const bottom = 20;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const shown = months.filter((m) => m.n > 0 && m.value !== null);
  const lows = shown.map((m) => m.low ?? m.value!);
  const highs = shown.map((m) => m.high ?? m.value!);
  const step = gridStep(Math.max(20, Math.max(0, ...highs) - Math.min(0, ...lows)));
  const minY = Math.max(-100, Math.floor(Math.min(0, ...lows) / step) * step);
  const maxY = Math.min(100, Math.max(minY + step, Math.ceil(Math.max(0, ...highs) / step) * step));
  const y = (v: number) => round(top + ((maxY - v) / (maxY - minY)) * plotHeight);
  const slot = months.length > 0 ? plotWidth / months.length : plotWidth;
  const x = (i: number) => round(left + slot * (i + 0.5));

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="${TEXT_COLOR}" role="img">`,
    `<title>${escapeXml(options.title)}</title>`,
  ];
  for (let v = minY; v <= maxY; v += step) {
    const stroke = v === 0 ? MUTED_TEXT_COLOR : GRID_COLOR;
    parts.push(
      `<line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="${stroke}" stroke-width="${v === 0 ? 0.8 : 0.5}"/>`,
      `<text x="${left - 4}" y="${y(v) + 3}" font-size="8" text-anchor="end" fill="${MUTED_TEXT_COLOR}">${escapeXml(formatReportNumber(v, 0, lang))}</text>`,
    );
  }
  // at most one label per ~44 units of width, always the first and last month
  const every = Math.max(1, Math.ceil(44 / Math.max(slot, 1)));
  months.forEach((m, i) => {
    if (i % every !== 0 && i !== months.length - 1) return;
    if (i === months.length - 1 && i % every !== 0 && (i % every) * slot < 40) return;
    parts.push(
      `<text x="${x(i)}" y="${height - 6}" font-size="8" text-anchor="middle" fill="${MUTED_TEXT_COLOR}">${escapeXml(formatReportMonth(m.month, lang))}</text>`,
    );
  });
  // the line through the months with answers; a month without them breaks it
  const segments: string[][] = [[]];
  months.forEach((m, i) => {
    if (m.n === 0 || m.value === null) segments.push([]);
    else segments.at(-1)!.push(`${x(i)},${y(m.value)}`);
  });
  for (const points of segments.filter((s) => s.length > 1))
    parts.push(`<path d="M${points.join('L')}" fill="none" stroke="${ACCENT_COLOR}" stroke-width="1.2"/>`);
  months.forEach((m, i) => {
    if (m.n === 0 || m.value === null) return;
    const low = Math.max(minY, m.low ?? m.value);
    const high = Math.min(maxY, m.high ?? m.value);
    parts.push(
      `<line x1="${x(i)}" y1="${y(low)}" x2="${x(i)}" y2="${y(high)}" stroke="${ACCENT_COLOR}" stroke-width="0.8" stroke-opacity="0.6"/>`,
      // fewer answers than a stable NPS needs: a hollow point
      m.n < SMALL_SAMPLE
        ? `<circle cx="${x(i)}" cy="${y(m.value)}" r="2.2" fill="#FFFFFF" stroke="${ACCENT_COLOR}" stroke-width="1"/>`
        : `<circle cx="${x(i)}" cy="${y(m.value)}" r="2.2" fill="${ACCENT_COLOR}"/>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
