import { PHASE_COLORS } from '@trailmap/viz/palette';

/**
 * Sets the phase palette's CSS variables (`--phase-1` … `--phase-8`) from the palette the exports draw
 * with, so a phase has the same colour in the app, its pictures, PDFs and reports.
 */
export function applyPhasePalette(root: HTMLElement = document.documentElement): void {
  PHASE_COLORS.forEach((colour, i) => root.style.setProperty(`--phase-${i + 1}`, colour));
}
