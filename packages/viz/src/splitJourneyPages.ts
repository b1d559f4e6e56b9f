import type { JourneyMap, Persona } from '@trailmap/domain';
import { renderJourneySvg, SMALLEST_FONT_PX, type RenderJourneyOptions } from './renderJourneySvg.js';
import { readSvgSize } from './readSvgSize.js';

/** A3 landscape in PDF points, and the margin kept free around the picture. */
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 } as const;
export const PAGE_MARGIN_PT = 24;
/** Text smaller than this (in points) on paper counts as illegible. */
export const MIN_PRINTED_FONT_PT = 6;

/** The scale that fits an SVG of this size on the page inside the margins. */
export function getFitScale(size: { width: number; height: number }): number {
  return Math.min(
    (A3_LANDSCAPE.width - 2 * PAGE_MARGIN_PT) / size.width,
    (A3_LANDSCAPE.height - 2 * PAGE_MARGIN_PT) / size.height,
  );
}

/**
 * The map as A3 pages: one SVG when the whole map fits with its smallest text at ≥ 6 pt; otherwise
 * consecutive phase ranges, each as wide as still prints legibly (a phase that is too big on its own
 * gets a page to itself and is shrunk to fit). Every page repeats the title and the lane labels.
 */
export function splitJourneyPages(
  journey: JourneyMap,
  personas: readonly Persona[],
  options: Pick<RenderJourneyOptions, 'lang' | 'figures'> = {},
): string[] {
  const minScale = MIN_PRINTED_FONT_PT / SMALLEST_FONT_PX;
  const whole = renderJourneySvg(journey, personas, options);
  if (journey.phases.length <= 1 || getFitScale(readSvgSize(whole)) >= minScale) return [whole];
  const pages: string[] = [];
  let first = 0;
  while (first < journey.phases.length) {
    let range = [first];
    let svg = renderJourneySvg(journey, personas, { ...options, phaseIndexes: range });
    for (let next = first + 1; next < journey.phases.length; next++) {
      const wider = [...range, next];
      const candidate = renderJourneySvg(journey, personas, { ...options, phaseIndexes: wider });
      if (getFitScale(readSvgSize(candidate)) < minScale) break;
      range = wider;
      svg = candidate;
    }
    pages.push(svg);
    first = range.at(-1)! + 1;
  }
  return pages;
}
