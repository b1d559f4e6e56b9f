/** A funnel has 2 to 10 ordered steps (an activity may come back as a later step). */
export const MIN_FUNNEL_STEPS = 2;
export const MAX_FUNNEL_STEPS = 10;

/** The steps with an activity added at the end (unchanged when there are already 10). */
export function addStep(steps: readonly string[], activity: string): string[] {
  return steps.length >= MAX_FUNNEL_STEPS || !activity ? [...steps] : [...steps, activity];
}

export function removeStep(steps: readonly string[], index: number): string[] {
  return steps.filter((_, i) => i !== index);
}

export function replaceStep(steps: readonly string[], index: number, activity: string): string[] {
  return steps.map((step, i) => (i === index ? activity : step));
}

/** The steps with one moved by `delta` places (kept inside the list); returns where it landed. */
export function moveStep(
  steps: readonly string[],
  index: number,
  delta: number,
): { steps: string[]; index: number } {
  const to = Math.max(0, Math.min(steps.length - 1, index + delta));
  const next = [...steps];
  if (index < 0 || index >= steps.length || to === index) return { steps: next, index };
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return { steps: next, index: to };
}

export const WINDOW_UNITS = { hours: 3_600, days: 86_400 } as const;
export type WindowUnit = keyof typeof WINDOW_UNITS;

/** The funnel's window in seconds from the URL's `window` (a positive number) and `unit`, or none. */
export function readWindowSeconds(value: string | null, unit: WindowUnit): number | undefined {
  const n = Number(value);
  if (value === null || value === '' || !Number.isFinite(n) || n <= 0) return undefined;
  return Math.max(1, Math.round(n * WINDOW_UNITS[unit]));
}

/** The first activities of a path, each once in a row, as funnel steps (the most common path's, say). */
export function stepsFromPath(activities: readonly string[], max = 5): string[] {
  const steps: string[] = [];
  for (const activity of activities) {
    if (steps.length >= Math.min(max, MAX_FUNNEL_STEPS)) break;
    if (steps.at(-1) !== activity) steps.push(activity);
  }
  return steps;
}
