/**
 * Colours of the exported map. Phase bands alternate darker and lighter tints of distinct hues, so
 * neighbouring phases differ in greyscale print too; all text on them is TEXT_COLOR (AA contrast,
 * checked in phasePalette.test.ts).
 */
export const PHASE_COLORS = [
  '#7FB3E0',
  '#F7D9A8',
  '#7CC4A4',
  '#F2C2D3',
  '#B3A4DC',
  '#EFE39A',
  '#86C9CF',
  '#E0CDB8',
] as const;

export const TEXT_COLOR = '#1A1A1A';
export const MUTED_TEXT_COLOR = '#4D4D4D';
export const ACCENT_COLOR = '#1F5FA8';
export const GRID_COLOR = '#C9C9C9';
export const LABEL_BACKGROUND = '#F2F2F2';
export const POSITIVE_COLOR = '#1B7A3A';
export const NEGATIVE_COLOR = '#B3261E';
export const NEUTRAL_COLOR = '#6B6B6B';
export const WOW_COLOR = '#F2B01E';
export const SEVERITY_COLORS = { low: '#E8C547', medium: '#E08A2E', high: '#B3261E' } as const;

/** The band colour of the phase at `index` (the palette repeats after eight phases). */
export function getPhaseColor(index: number): string {
  return PHASE_COLORS[index % PHASE_COLORS.length]!;
}

function channelToLinear(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function getRelativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channelToLinear(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #RRGGBB colours (1..21). */
export function getContrastRatio(a: string, b: string): number {
  const [light, dark] = [getRelativeLuminance(a), getRelativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
