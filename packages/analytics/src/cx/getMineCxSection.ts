import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { getDrivers, type DriversOptions } from './getDrivers.js';
import { getSatisfaction } from './getSatisfaction.js';

/** The `"cx"` section of `trailmap mine`. */
export interface MineCxSection {
  nps: { value: number; low: number; high: number; n: number };
  /** By importance, descending. importance = Shapley share of explained NPS variance; effect = the NPS
   * (−100…100) of journeys passing the activity minus the NPS of those not passing, in NPS points. */
  drivers: { activity: string; importance: number; effect: number }[];
  paretoCut: string[];
}

export interface MineCxOptions extends Pick<DriversOptions, 'minSupport' | 'maxPredictors' | 'paretoShare'> {
  filter?: EventFilter;
}

/** NPS with its interval, the key drivers of the NPS answer and their Pareto cut, for `trailmap mine`. */
export async function getMineCxSection(
  store: EventStore,
  scope: QueryScope,
  options: MineCxOptions = {},
): Promise<MineCxSection> {
  const filter = options.filter ?? {};
  const [satisfaction, drivers] = await Promise.all([
    getSatisfaction(store, scope, { by: 'none' }, filter),
    getDrivers(
      store,
      scope,
      {
        minSupport: options.minSupport,
        maxPredictors: options.maxPredictors,
        paretoShare: options.paretoShare,
      },
      filter,
    ),
  ]);
  const nps = satisfaction[0]?.nps;
  return {
    nps: nps
      ? { value: nps.estimate, low: nps.low, high: nps.high, n: nps.n }
      : { value: 0, low: -100, high: 100, n: 0 },
    drivers: drivers.drivers
      .filter((driver) => driver.inModel)
      .sort((a, b) => b.importance - a.importance || (a.activity < b.activity ? -1 : 1))
      .map((driver) => ({
        activity: driver.activity,
        importance: driver.importance,
        effect: driver.npsDifference ?? 0,
      })),
    paretoCut: drivers.paretoCut,
  };
}
