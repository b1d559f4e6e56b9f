import type { JourneyWindow } from '../cx/journeyWindows.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { compareNps } from '../stats/compareNps.js';
import type { NpsCounts } from '../stats/npsWithInterval.js';
import { twoProportionZTest } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { measureJourneyWithCounts } from './measureJourney.js';
import type { MeasurePhase, MeasureTouchpoint } from './types.js';

/** A period of journeys by their start (epoch ms, `fromMs <= start < toMs`). */
export interface MeasurePeriod {
  fromMs: number;
  toMs: number;
}

/** One figure of a touchpoint in both periods and whether it changed. */
export interface MeasureChange {
  /** The figure in each period (a share 0–1, or NPS points). */
  before: number;
  after: number;
  /** after − before, in the figure's units. */
  difference: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted p across every test of the map. */
  adjustedPValue: number;
  /** adjustedPValue < 0.05. */
  significant: boolean;
}

export interface TouchpointChange {
  touchpointId: string;
  /** Null when the touchpoint has no matcher or a period has no journeys in scope. */
  reachShare: MeasureChange | null;
  /** Null when a period has no journey reaching it, or for the last touchpoint measured. */
  dropOffShare: MeasureChange | null;
  /** Null when a period has no NPS answer from journeys reaching it. */
  nps: MeasureChange | null;
}

export interface MeasureComparison {
  before: { journeys: number };
  after: { journeys: number };
  touchpoints: TouchpointChange[];
}

type Test = Omit<MeasureChange, 'adjustedPValue' | 'significant'>;

const npsN = (c: NpsCounts) => c.promoters + c.passives + c.detractors;

/**
 * Then vs now on the measured map (docs/measured-map.md): measures the map over the journeys that start in
 * `before` and over those that start in `after` (the journey-window rule of compareWindows: the first event
 * in scope lies in the period; all its events count) and tests per touchpoint the change of its reach share
 * and its drop-off share (pooled two-proportion z-test) and of its NPS (the NPS variance z-test). The
 * p-values of every test of the map are adjusted together with Benjamini–Hochberg; a change is significant
 * when its adjusted p < 0.05. The median time to next is not compared: the query gives only the medians, not
 * the samples a Mann–Whitney test needs.
 */
export async function compareMeasures(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  before: MeasurePeriod,
  after: MeasurePeriod,
  filter: EventFilter = {},
): Promise<MeasureComparison> {
  const measure = (period: JourneyWindow) =>
    measureJourneyWithCounts(store, scope, touchpoints, phases, filter, period);
  const a = await measure(before);
  const b = await measure(after);
  const tests: Test[] = [];
  const slot = (test: Test | null): number | null => (test ? tests.push(test) - 1 : null);
  const proportion = (
    x: { successes: number; n: number } | null,
    y: { successes: number; n: number } | null,
  ): Test | null => {
    if (!x || !y || x.n === 0 || y.n === 0) return null;
    // twoProportionZTest tests its first argument minus its second: after − before.
    const result = twoProportionZTest(y, x);
    return {
      before: x.successes / x.n,
      after: y.successes / y.n,
      difference: result.difference,
      pValue: result.pValue,
    };
  };

  const slots = touchpoints.map((t, i) => {
    const ma = a.measures.touchpoints[i];
    const mb = b.measures.touchpoints[i];
    if (!ma || !mb || ma.journeys === null || mb.journeys === null)
      return { id: t.id, reach: null, dropOff: null, nps: null };
    const reach = slot(
      proportion(
        { successes: ma.journeys, n: a.measures.journeys },
        { successes: mb.journeys, n: b.measures.journeys },
      ),
    );
    const droppedOff = (journeys: number, share: number | null) =>
      share === null ? null : { successes: Math.round(share * journeys), n: journeys };
    const dropOff = slot(
      proportion(droppedOff(ma.journeys, ma.dropOffShare), droppedOff(mb.journeys, mb.dropOffShare)),
    );
    const countsA = a.npsCounts.get(t.id);
    const countsB = b.npsCounts.get(t.id);
    let npsTest: Test | null = null;
    if (countsA && countsB && npsN(countsA) > 0 && npsN(countsB) > 0) {
      // compareNps tests its first argument minus its second: after − before.
      const result = compareNps(countsB, countsA);
      npsTest = {
        before: result.npsB,
        after: result.npsA,
        difference: result.difference,
        pValue: result.pValue,
      };
    }
    return { id: t.id, reach, dropOff, nps: slot(npsTest) };
  });

  const adjusted = benjaminiHochberg(tests.map((t) => t.pValue));
  const change = (index: number | null): MeasureChange | null => {
    if (index === null) return null;
    const test = tests[index] as Test;
    const adjustedPValue = adjusted[index] ?? Number.NaN;
    return { ...test, adjustedPValue, significant: adjustedPValue < 0.05 };
  };
  return {
    before: { journeys: a.measures.journeys },
    after: { journeys: b.measures.journeys },
    touchpoints: slots.map((s) => ({
      touchpointId: s.id,
      reachShare: change(s.reach),
      dropOffShare: change(s.dropOff),
      nps: change(s.nps),
    })),
  };
}
