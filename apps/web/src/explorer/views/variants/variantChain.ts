/** One chip of a variant's chain: an activity and how often it repeats right there (a self-loop). */
export interface ChainStep {
  activity: string;
  times: number;
}

/** A variant's activities with runs of the same activity folded into one chip (`A, B, B, B, C` → `A, B ×3, C`). */
export function compressChain(activities: readonly string[]): ChainStep[] {
  const steps: ChainStep[] = [];
  for (const activity of activities) {
    const last = steps.at(-1);
    if (last && last.activity === activity) last.times++;
    else steps.push({ activity, times: 1 });
  }
  return steps;
}

/** A key that tells variants apart (activity names may hold any character, so they are JSON-quoted). */
export function variantKey(activities: readonly string[]): string {
  return JSON.stringify(activities);
}
