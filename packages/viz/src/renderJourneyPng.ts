import { Resvg } from '@resvg/resvg-js';
import { readSvgSize } from './readSvgSize.js';
import { FONT_FAMILY_NAME, resolveFontFiles } from './resolveFontFiles.js';

export interface PngCaps {
  /** Longest side of the PNG in px; default MAX_SIDE_PX. */
  maxSidePx?: number;
  /** Pixels of the PNG (width × height); default MAX_PIXELS. */
  maxPixels?: number;
}

export interface PngOptions extends PngCaps {
  /** Pixels per SVG unit; default: enough for a long side of PRINT_LONG_SIDE_PX, within the caps. */
  scale?: number;
}

/** Long side of the default PNG: about A3 at 300 dpi is 4960 px; 3500 px prints sharply on A3/A4. */
export const PRINT_LONG_SIDE_PX = 3600;
/** Default caps that keep the pixel buffer sane (RGBA: 4 bytes per pixel → at most ~200 MB). */
export const MAX_SIDE_PX = 16_000;
export const MAX_PIXELS = 50_000_000;

/** The scale to render at: at least the print size, never past the caps (nor below 1 unless a cap forces it). */
export function choosePngScale(
  width: number,
  height: number,
  requested?: number,
  caps: PngCaps = {},
): number {
  const wanted = requested ?? Math.max(1, PRINT_LONG_SIDE_PX / Math.max(width, height));
  const bySide = (caps.maxSidePx ?? MAX_SIDE_PX) / Math.max(width, height);
  const byPixels = Math.sqrt((caps.maxPixels ?? MAX_PIXELS) / (width * height));
  return Math.min(wanted, bySide, byPixels);
}

/** Renders an SVG (from renderJourneySvg) to a PNG at print resolution, with the DejaVu Sans fonts loaded explicitly. */
export function renderJourneyPng(svg: string, options: PngOptions = {}): Buffer {
  const { width, height } = readSvgSize(svg);
  const scale = choosePngScale(width, height, options.scale, options);
  const fonts = resolveFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#FFFFFF',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic],
      defaultFontFamily: FONT_FAMILY_NAME,
      sansSerifFamily: FONT_FAMILY_NAME,
    },
  });
  return resvg.render().asPng();
}
