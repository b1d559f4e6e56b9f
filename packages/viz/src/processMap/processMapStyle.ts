import type { ProcessMapView } from './types.js';

/**
 * The look of a process map: calm, print-friendly ramps from light to dark, so thicker (busier or slower)
 * paths and busier nodes stay darker in greyscale print too. Text is always TEXT_COLOR on a light fill
 * (AA contrast at the ramp's darkest end, checked in processMapStyle.test.ts).
 */
export const PROCESS_MAP_COLORS = {
  frequency: { edge: ['#9AA7BA', '#1F3F73'], node: ['#F4F7FB', '#A9C0E0'] },
  performance: { edge: ['#C9AA8C', '#8A2E0F'], node: ['#FBF5EE', '#E9C39C'] },
  text: '#1A1A1A',
  mutedText: '#4D4D4D',
  nodeStroke: '#5B6B82',
  startFill: '#3F7D4E',
  endFill: '#7A3B3B',
  /** Edges without a figure (start and end paths in the performance view). */
  quietEdge: '#9AA3AF',
  labelBackground: '#FFFFFF',
} as const satisfies Record<ProcessMapView, unknown> & Record<string, unknown>;

export const PROCESS_MAP_FONT = { name: 13, figure: 12, edge: 11 } as const;

/** Thinnest and thickest path, in px. */
export const STROKE_WIDTH_RANGE = [1, 6] as const;

/**
 * Where `value` sits between `min` and `max` on a logarithmic scale (0..1): mining figures span orders of
 * magnitude (one path taken 13,000 times, another twice), which a linear scale would flatten to nothing.
 */
export function scaleIntensity(value: number, min: number, max: number): number {
  if (!(max > min)) return 1;
  const t = (Math.log1p(Math.max(0, value)) - Math.log1p(min)) / (Math.log1p(max) - Math.log1p(min));
  return Math.min(1, Math.max(0, t));
}

export function strokeWidthFor(intensity: number | null): number {
  const [thin, thick] = STROKE_WIDTH_RANGE;
  return intensity === null ? thin : Math.round((thin + (thick - thin) * intensity) * 10) / 10;
}

/** The colour `t` (0..1) of the way from `from` to `to` (#RRGGBB), interpolated in sRGB. */
export function mixColor(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  let out = '#';
  for (let i = 0; i < 3; i++) {
    const c = Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t);
    out += c.toString(16).padStart(2, '0');
  }
  return out.toUpperCase();
}

export function edgeColorFor(view: ProcessMapView, intensity: number | null): string {
  if (intensity === null) return PROCESS_MAP_COLORS.quietEdge;
  const [from, to] = PROCESS_MAP_COLORS[view].edge;
  return mixColor(from, to, intensity);
}

export function nodeFillFor(view: ProcessMapView, intensity: number): string {
  const [from, to] = PROCESS_MAP_COLORS[view].node;
  return mixColor(from, to, intensity);
}
