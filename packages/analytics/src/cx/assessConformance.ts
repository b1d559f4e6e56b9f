/** One step of a designed journey: its name and the activities that count as it (touchpoint matcher). */
export interface DesignedStep {
  name: string;
  activities: readonly string[];
}

/** A designed journey: phases in order, each with its steps in order. */
export interface DesignedJourney {
  phases: readonly { name: string; steps: readonly DesignedStep[] }[];
}

export interface StepConformance {
  phase: string;
  step: string;
  /** Journeys in which the step never happened. */
  journeysSkipped: number;
  skippedShare: number;
}

export interface UnexpectedActivity {
  activity: string;
  /** The last designed step reached before it ('(start)' before any step). */
  afterStep: string;
  journeys: number;
  events: number;
}

export interface Reordering {
  /** A step that happened after a later step of the design. */
  step: string;
  /** The later step it came after. */
  after: string;
  journeys: number;
}

export interface ConformanceResult {
  journeys: number;
  /** Journeys with every step, in the designed order, and nothing unexpected. */
  fittingJourneys: number;
  fitShare: number;
  steps: StepConformance[];
  /** Sorted by journeys, descending. */
  unexpected: UnexpectedActivity[];
  reorderings: Reordering[];
}

/** A journey's activity sequence and how many journeys follow it. */
export interface WeightedVariant {
  activities: readonly string[];
  journeys: number;
}

/**
 * Replays each variant against the design. Walking the events, the position is the latest designed step
 * reached: an event matching a later step moves there; one matching the current step again is a repeat
 * (allowed); one matching an earlier step is a reordering (step after the current one); an event matching no
 * step is unexpected, recorded after the current step. A step never seen is skipped. A journey fits when no
 * step is skipped, nothing is unexpected and nothing reordered.
 */
export function assessConformance(
  variants: readonly WeightedVariant[],
  design: DesignedJourney,
): ConformanceResult {
  const steps = design.phases.flatMap((phase) => phase.steps.map((step) => ({ phase: phase.name, ...step })));
  const stepsOf = new Map<string, number[]>();
  steps.forEach((step, index) =>
    step.activities.forEach((activity) => stepsOf.set(activity, [...(stepsOf.get(activity) ?? []), index])),
  );
  const skipped = new Array<number>(steps.length).fill(0);
  const unexpected = new Map<string, UnexpectedActivity>();
  const reorderings = new Map<string, Reordering>();
  let journeys = 0;
  let fitting = 0;
  for (const variant of variants) {
    journeys += variant.journeys;
    const seen = new Array<boolean>(steps.length).fill(false);
    const unexpectedHere = new Map<string, number>();
    const reorderedHere = new Set<string>();
    let position = -1;
    for (const activity of variant.activities) {
      const candidates = stepsOf.get(activity);
      const name = (index: number): string => (index < 0 ? '(start)' : (steps[index]?.name ?? ''));
      if (!candidates) {
        const key = `${activity}\u0000${name(position)}`;
        unexpectedHere.set(key, (unexpectedHere.get(key) ?? 0) + 1);
        continue;
      }
      const forward = candidates.find((index) => index > position);
      if (candidates.includes(position)) {
        seen[position] = true;
      } else if (forward !== undefined) {
        position = forward;
        seen[forward] = true;
      } else {
        const earlier = candidates[candidates.length - 1] ?? 0;
        seen[earlier] = true;
        reorderedHere.add(`${name(earlier)}\u0000${name(position)}`);
      }
    }
    seen.forEach((wasSeen, index) => {
      if (!wasSeen) skipped[index] = (skipped[index] ?? 0) + variant.journeys;
    });
    for (const [key, events] of unexpectedHere) {
      const [activity = '', afterStep = ''] = key.split('\u0000');
      const item = unexpected.get(key) ?? { activity, afterStep, journeys: 0, events: 0 };
      item.journeys += variant.journeys;
      item.events += events * variant.journeys;
      unexpected.set(key, item);
    }
    for (const key of reorderedHere) {
      const [step = '', after = ''] = key.split('\u0000');
      const item = reorderings.get(key) ?? { step, after, journeys: 0 };
      item.journeys += variant.journeys;
      reorderings.set(key, item);
    }
    if (seen.every(Boolean) && unexpectedHere.size === 0 && reorderedHere.size === 0)
      fitting += variant.journeys;
  }
  const byJourneys = <T extends { journeys: number }>(list: T[], key: (item: T) => string): T[] =>
    list.sort((a, b) => b.journeys - a.journeys || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    journeys,
    fittingJourneys: fitting,
    fitShare: journeys ? fitting / journeys : 0,
    steps: steps.map((step, index) => ({
      phase: step.phase,
      step: step.name,
      journeysSkipped: skipped[index] ?? 0,
      skippedShare: journeys ? (skipped[index] ?? 0) / journeys : 0,
    })),
    unexpected: byJourneys([...unexpected.values()], (item) => `${item.activity}\u0000${item.afterStep}`),
    reorderings: byJourneys([...reorderings.values()], (item) => `${item.step}\u0000${item.after}`),
  };
}
