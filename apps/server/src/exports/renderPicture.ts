import type { JourneyMap, Persona } from '@trailmap/domain';
import {
  readSvgSize,
  renderJourneySvg,
  splitJourneyPages,
  type ExportLang,
  type MapFigures,
} from '@trailmap/viz';
import { choosePngScale, renderJourneyPdf, renderJourneyPng } from '@trailmap/viz/node';
import type { PictureFormat } from '../routes/exports.js';

/** How large a PNG may be, and how far a map may be shrunk to stay within that. */
export interface PngLimits {
  maxSidePx: number;
  maxPixels: number;
  /** Smallest scale (PNG px per SVG px) still legible; a map that would need less is refused. */
  minScale: number;
}

export interface RenderPictureInput {
  journey: JourneyMap;
  /** The personas the map names, in its order. */
  personas: Persona[];
  format: PictureFormat;
  lang: ExportLang;
  /** The measured figures to draw, if any. */
  figures?: MapFigures;
  png: PngLimits;
}

export type RenderPictureOutput =
  | { kind: 'picture'; body: string | Uint8Array }
  /** The PNG would have to be shrunk below `png.minScale` to fit the side and pixel caps. */
  | { kind: 'too-many-pixels'; widthPx: number; heightPx: number; scale: number };

/**
 * Draws a map as SVG, PNG or PDF (a job for a worker thread: a large PNG takes seconds). The PNG is
 * drawn at print size within the caps, exactly as `renderJourneyPng` does by default.
 */
export async function renderPicture(input: RenderPictureInput): Promise<RenderPictureOutput> {
  const { journey, personas, format, lang, png, figures } = input;
  const options = { lang, ...(figures ? { figures } : {}) };
  if (format === 'pdf') {
    const pages = splitJourneyPages(journey, personas, options);
    return { kind: 'picture', body: await renderJourneyPdf(pages, { title: journey.title, lang }) };
  }
  const svg = renderJourneySvg(journey, personas, options);
  if (format === 'svg') return { kind: 'picture', body: svg };
  const { width, height } = readSvgSize(svg);
  const caps = { maxSidePx: png.maxSidePx, maxPixels: png.maxPixels };
  const scale = choosePngScale(width, height, undefined, caps);
  if (scale < png.minScale)
    return { kind: 'too-many-pixels', widthPx: Math.ceil(width), heightPx: Math.ceil(height), scale };
  return { kind: 'picture', body: renderJourneyPng(svg, { ...caps, scale }) };
}
