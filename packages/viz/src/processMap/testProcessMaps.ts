import type { ProcessMapInput } from './types.js';

/** Builds a process-map input from variants alone: counts as the engine gives them, waiting times made up. */
export function inputFromVariants(
  variants: readonly { activities: readonly string[]; cases: number }[],
  waitSeconds: (from: string, to: string) => number = () => 3600,
): ProcessMapInput {
  const events = new Map<string, number>();
  const edges = new Map<string, { from: string; to: string; count: number }>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const v of variants) {
    v.activities.forEach((activity, i) => {
      events.set(activity, (events.get(activity) ?? 0) + v.cases);
      const next = v.activities[i + 1];
      if (next === undefined) return;
      const key = `${activity}\u0000${next}`;
      const edge = edges.get(key) ?? { from: activity, to: next, count: 0 };
      edge.count += v.cases;
      edges.set(key, edge);
    });
    const first = v.activities[0];
    const last = v.activities.at(-1);
    if (first !== undefined) starts.set(first, (starts.get(first) ?? 0) + v.cases);
    if (last !== undefined) ends.set(last, (ends.get(last) ?? 0) + v.cases);
  }
  const counts = (m: Map<string, number>) => [...m].map(([activity, cases]) => ({ activity, cases }));
  return {
    activities: [...events].map(([activity, n]) => ({ activity, events: n })),
    edges: [...edges.values()].map((e) => ({
      ...e,
      meanSeconds: waitSeconds(e.from, e.to),
      medianSeconds: waitSeconds(e.from, e.to) / 2,
    })),
    startActivities: counts(starts),
    endActivities: counts(ends),
    variants,
  };
}

/**
 * A five-activity log small enough to select by hand (see selectProcessMap.test.ts):
 * A B D E ×50, A C D E ×30, A B C D E ×10, A D E ×5, A B B D E ×1.
 */
export const FIVE_ACTIVITY_LOG: ProcessMapInput = inputFromVariants([
  { activities: ['A', 'B', 'D', 'E'], cases: 50 },
  { activities: ['A', 'C', 'D', 'E'], cases: 30 },
  { activities: ['A', 'B', 'C', 'D', 'E'], cases: 10 },
  { activities: ['A', 'D', 'E'], cases: 5 },
  { activities: ['A', 'B', 'B', 'D', 'E'], cases: 1 },
]);
