/** Which lines the emotion curve draws on a map with measured figures (`?curve=` in the URL). */
export type CurveMode = 'designed' | 'measured' | 'both';

export const CURVE_MODES: readonly CurveMode[] = ['designed', 'measured', 'both'];

/** The mode in the URL; anything else (or nothing) is the designed curve alone. */
export function parseCurveMode(value: string | null): CurveMode {
  return CURVE_MODES.includes(value as CurveMode) ? (value as CurveMode) : 'designed';
}
