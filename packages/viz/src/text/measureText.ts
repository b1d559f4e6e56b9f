import { BOLD_WIDTHS, FALLBACK_WIDTH, MEASURED_CHARACTERS, REGULAR_WIDTHS } from './glyphWidths.js';

const INDEX = new Map<string, number>([...MEASURED_CHARACTERS].map((c, i) => [c, i]));

/** The width of `text` in px at `fontSizePx`, in DejaVu Sans (the font the exporters embed). */
export function measureText(text: string, fontSizePx: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let thousandths = 0;
  for (const c of text) {
    const i = INDEX.get(c);
    thousandths += i === undefined ? FALLBACK_WIDTH : (widths[i] ?? FALLBACK_WIDTH);
  }
  return (thousandths / 1000) * fontSizePx;
}
