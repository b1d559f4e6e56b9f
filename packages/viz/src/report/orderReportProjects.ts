import type { ReportKpi, ReportOutcome, ReportVerdict } from './types.js';

/** The order of the report: successes first, then no change, too few journeys, worsened, not measured. */
export const OUTCOME_ORDER: readonly ReportOutcome[] = [
  'improved',
  'no-change',
  'too-few',
  'worsened',
  'not-measured',
];

const rank = (outcome: ReportOutcome) => OUTCOME_ORDER.indexOf(outcome);

/** A project's outcome: the best verdict among its KPIs (in OUTCOME_ORDER), or not measured without any. */
export function outcomeOf(kpis: readonly Pick<ReportKpi, 'verdict'>[]): ReportOutcome {
  let best: ReportOutcome = 'not-measured';
  for (const { verdict } of kpis) if (rank(verdict) < rank(best)) best = verdict;
  return best;
}

/** Sorts by outcome (successes first), stably: equal outcomes keep their order. */
export function sortByOutcome<T>(
  items: readonly T[],
  outcome: (item: T) => ReportOutcome | ReportVerdict,
): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(outcome(a.item)) - rank(outcome(b.item)) || a.index - b.index)
    .map(({ item }) => item);
}
