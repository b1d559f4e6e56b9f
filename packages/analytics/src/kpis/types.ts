import type { EventFilter } from '../queries/EventFilter.js';
import type { NpsCounts } from '../stats/npsWithInterval.js';
import type { SampleSummary } from '../stats/types.js';

/** The metrics a project's KPI can measure (docs/improvements.md, "Measuring a project's KPIs"). */
export type KpiMetric =
  | 'nps'
  | 'csat'
  | 'ces'
  | 'reachShare'
  | 'dropOffShare'
  | 'conversionShare'
  | 'medianSecondsBetween'
  | 'repeatContactShare'
  | 'firstContactResolutionShare'
  | 'complaintShare'
  | 'contactsPerJourney';

/** The test that compares a KPI's two periods. */
export type KpiTest = 'two-proportion z' | 'NPS variance z' | 'Welch t' | 'Mann–Whitney U';

/** A period of journeys by their start (epoch ms): `fromMs <= first event < toMs` (open end without `toMs`). */
export interface KpiPeriod {
  fromMs: number;
  toMs?: number;
}

/** One KPI of a project, as the measurement needs it (ids resolved, periods in epoch ms). */
export interface KpiDefinition {
  id: string;
  metric: KpiMetric;
  /** The touchpoint the metric is about (reach, drop-off, conversion and time from it; scores of journeys reaching it). */
  touchpointId?: string;
  /** `conversionShare` and `medianSecondsBetween`: the touchpoint reached later. */
  toTouchpointId?: string;
  /** A persona's segment (its `caseRule`, as the measure routes build it); added to the shared filter. */
  segment?: EventFilter;
  baseline: KpiPeriod;
  after: KpiPeriod;
  /**
   * A control segment (a caseRule filter like `segment`): when given, the KPI compares the journeys of
   * `segment` (reported as `after`) with those of `control` (reported as `before`), both starting in the
   * `after` period, instead of before vs after; `baseline` is not used.
   */
  control?: EventFilter;
  /** The value the project aims for, in the metric's units; the power calculation's effect when given. */
  target?: number;
}

/** A KPI in one period: its value with the 95 % interval, and the n it rests on. */
export interface KpiFigure {
  /** Null when n is 0. */
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

/** The change after − before, its interval, and what the power calculation asked for. */
export interface KpiChange {
  /** after − before in the metric's units (null when a period has no n). */
  value: number | null;
  /** Interval of the change (null for Mann–Whitney, which tests ranks, and when a period has no n). */
  low: number | null;
  high: number | null;
  /** The effect the power calculation looks for: |target − before| when a target is given, else the metric's default. */
  effect: number | null;
  /** The smaller period's n ("too few journeys yet: n of the needed m"). */
  n: number;
  /** n per period needed to find `effect` with 80 % power at α 5 % (null when it cannot be computed). */
  needed: number | null;
}

export type KpiVerdict = 'improved' | 'worsened' | 'no-change' | 'too-few';

/** The measurement of one KPI (the API's `…/projects/:id/measurement` entry). */
export interface KpiMeasurement {
  kpiId: string;
  metric: KpiMetric;
  before: KpiFigure;
  after: KpiFigure;
  change: KpiChange;
  /** Null when a period has nothing to test. */
  pValue: number | null;
  /** Benjamini–Hochberg across the project's KPIs that have a p-value. */
  adjustedPValue: number | null;
  test: KpiTest;
  verdict: KpiVerdict;
}

/** What one period of a KPI rests on, in the form its test needs. */
export type KpiSample =
  | { kind: 'proportion'; successes: number; n: number }
  | { kind: 'nps'; counts: NpsCounts }
  | { kind: 'mean'; summary: SampleSummary }
  | { kind: 'times'; times: readonly { seconds: number; journeys: number }[] };
