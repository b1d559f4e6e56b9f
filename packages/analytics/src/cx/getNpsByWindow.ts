import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { npsWithInterval, type NpsCounts, type NpsEstimate } from '../stats/npsWithInterval.js';
import type { EventStore } from '../store/openEventStore.js';
import type { ScoreCount } from './getScoreCounts.js';
import { getScoreCountsByWindow } from './getScoreCountsByWindow.js';
import type { JourneyWindow } from './journeyWindows.js';

/** The NPS groups of a distribution of 0–10 answers (promoters 9–10, passives 7–8, detractors 0–6). */
export function groupNpsCounts(counts: readonly ScoreCount[]): NpsCounts {
  const groups: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const { score, journeys } of counts) {
    if (score >= 9) groups.promoters += journeys;
    else if (score >= 7) groups.passives += journeys;
    else groups.detractors += journeys;
  }
  return groups;
}

/**
 * NPS per journey window (e.g. per month), each with its 95 % interval and n: the journeys that start in
 * a window (`JourneyWindow`), each journey's last answer, from the cached answer table that the KPIs and
 * `compareWindows` read too (`getScoreCountsByWindow`). One estimate per window, in order; a window
 * without answers has n 0.
 */
export async function getNpsByWindow(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  windows: readonly JourneyWindow[],
): Promise<NpsEstimate[]> {
  const counts = await getScoreCountsByWindow(store, scope, 'nps', filter, undefined, windows);
  return counts.map((c) => npsWithInterval(groupNpsCounts(c)));
}
