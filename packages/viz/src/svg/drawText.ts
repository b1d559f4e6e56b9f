import { escapeXml } from '../text/escapeXml.js';

export const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** Rounds to hundredths, so output is short and the same on every machine. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

export interface TextStyle {
  sizePx: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines; default 1.3 × size. */
  lineHeightPx?: number;
  className?: string;
}

/** Line height used for a style (1.3 × font size unless set). */
export function lineHeightOf(style: TextStyle): number {
  return style.lineHeightPx ?? Math.round(style.sizePx * 1.3);
}

/**
 * A `<text>` element with one `<tspan>` per line; `y` is the top of the first line. Every line is
 * XML-escaped here, so callers pass raw user text.
 */
export function drawText(x: number, y: number, lines: readonly string[], style: TextStyle): string {
  if (lines.length === 0) return '';
  const lh = lineHeightOf(style);
  const baseline = y + style.sizePx * 0.95;
  const attrs = [
    `x="${r2(x)}"`,
    `y="${r2(baseline)}"`,
    `font-size="${style.sizePx}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.fill ? `fill="${style.fill}"` : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.className ? `class="${style.className}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const spans = lines
    .map((line, i) => `<tspan x="${r2(x)}" y="${r2(baseline + i * lh)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text ${attrs}>${spans}</text>`;
}

/** A rectangle; `extra` holds further attributes (already safe). */
export function drawRect(x: number, y: number, width: number, height: number, extra: string): string {
  return `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(width)}" height="${r2(height)}" ${extra}/>`;
}
