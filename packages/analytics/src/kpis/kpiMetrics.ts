import { KPI_GOOD_DIRECTION } from '@trailmap/domain';
import type { KpiMetric, KpiTest } from './types.js';

/** How a metric is measured, tested and judged (its good direction is the domain's `KPI_GOOD_DIRECTION`). */
export interface KpiMetricSpec {
  /** +1: up is good; −1: down is good. */
  direction: 1 | -1;
  test: KpiTest;
  /** What the KPI's scope must name: a touchpoint, a touchpoint and a later one, either (scores), or none. */
  touchpoints: 'one' | 'pair' | 'optional' | 'none';
  /**
   * The smallest change worth finding when the KPI has no target (the power calculation's effect):
   * `absolute` in the metric's units, or `relative` to the baseline value.
   */
  defaultEffect: { absolute: number } | { relative: number };
}

/**
 * Every KPI metric: its direction, test, scope and default minimal effect (docs/improvements.md). To add a
 * metric: an entry here, its sample in `readKpiSamples.ts`, its known-answer case in `measureKpis.test.ts`
 * and its line in the docs' table.
 */
export const KPI_METRICS: Readonly<Record<KpiMetric, KpiMetricSpec>> = {
  nps: {
    direction: KPI_GOOD_DIRECTION.nps,
    test: 'NPS variance z',
    touchpoints: 'optional',
    defaultEffect: { absolute: 5 },
  },
  csat: {
    direction: KPI_GOOD_DIRECTION.csat,
    test: 'Welch t',
    touchpoints: 'optional',
    defaultEffect: { absolute: 0.2 },
  },
  ces: {
    direction: KPI_GOOD_DIRECTION.ces,
    test: 'Welch t',
    touchpoints: 'optional',
    defaultEffect: { absolute: 0.2 },
  },
  reachShare: {
    direction: KPI_GOOD_DIRECTION.reachShare,
    test: 'two-proportion z',
    touchpoints: 'one',
    defaultEffect: { absolute: 0.05 },
  },
  dropOffShare: {
    direction: KPI_GOOD_DIRECTION.dropOffShare,
    test: 'two-proportion z',
    touchpoints: 'one',
    defaultEffect: { absolute: 0.05 },
  },
  conversionShare: {
    direction: KPI_GOOD_DIRECTION.conversionShare,
    test: 'two-proportion z',
    touchpoints: 'pair',
    defaultEffect: { absolute: 0.05 },
  },
  medianSecondsBetween: {
    direction: KPI_GOOD_DIRECTION.medianSecondsBetween,
    test: 'Mann–Whitney U',
    touchpoints: 'pair',
    defaultEffect: { relative: 0.2 },
  },
  repeatContactShare: {
    direction: KPI_GOOD_DIRECTION.repeatContactShare,
    test: 'two-proportion z',
    touchpoints: 'none',
    defaultEffect: { absolute: 0.05 },
  },
  firstContactResolutionShare: {
    direction: KPI_GOOD_DIRECTION.firstContactResolutionShare,
    test: 'two-proportion z',
    touchpoints: 'none',
    defaultEffect: { absolute: 0.05 },
  },
  complaintShare: {
    direction: KPI_GOOD_DIRECTION.complaintShare,
    test: 'two-proportion z',
    touchpoints: 'none',
    defaultEffect: { absolute: 0.02 },
  },
  contactsPerJourney: {
    direction: KPI_GOOD_DIRECTION.contactsPerJourney,
    test: 'Welch t',
    touchpoints: 'none',
    defaultEffect: { relative: 0.1 },
  },
};

/** The metric ids, in the docs' order. */
export const KPI_METRIC_IDS = Object.keys(KPI_METRICS) as KpiMetric[];
