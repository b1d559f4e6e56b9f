import type { JourneyDiff } from '@trailmap/domain';

const PALETTE_SIZE = 8;

/** The phase band colour (a CSS variable of the phase palette) for the n-th phase, 0-based. */
export function getPhaseColour(index: number): string {
  return `var(--phase-${(index % PALETTE_SIZE) + 1})`;
}

/**
 * One colour per phase of the comparison (the union of both maps' phases), keyed by phase id on
 * either side, so a phase that exists in both maps has the same colour on both.
 */
export function buildPhaseColours(diff: JourneyDiff): Map<string, string> {
  const colours = new Map<string, string>();
  diff.phases.forEach((phase, i) => {
    if (phase.beforePhaseId) colours.set(phase.beforePhaseId, getPhaseColour(i));
    if (phase.afterPhaseId) colours.set(phase.afterPhaseId, getPhaseColour(i));
  });
  return colours;
}
