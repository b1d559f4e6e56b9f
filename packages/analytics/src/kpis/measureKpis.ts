import type { ServiceMetricsOptions } from '../cx/getServiceMetrics.js';
import { mergeFilters } from '../cx/mergeFilters.js';
import type { MeasureTouchpoint } from '../measure/types.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import type { EventStore } from '../store/openEventStore.js';
import { checkKpiDefinition } from './checkKpiDefinition.js';
import { compareKpiSamples, type KpiComparison } from './compareKpiSamples.js';
import { computeNeededJourneys } from './computeNeededJourneys.js';
import { decideKpiVerdict } from './decideKpiVerdict.js';
import { KPI_METRICS, type KpiMetricSpec } from './kpiMetrics.js';
import { readKpiSamples } from './readKpiSamples.js';
import type { KpiDefinition, KpiMeasurement } from './types.js';

export interface MeasureKpisOptions {
  /** The filter every KPI shares (the dataset's standing filter); a KPI's `segment` is added to it. */
  filter?: EventFilter;
  /** What counts as a contact, a repeat and a complaint (the service metrics' defaults otherwise). */
  service?: ServiceMetricsOptions;
  /** Interval confidence (0.95). */
  confidence?: number;
  /** Significance after Benjamini–Hochberg, and the power calculation's α (0.05). */
  alpha?: number;
  /** The power calculation's power (0.8). */
  power?: number;
}

/** One KPI compared (before BH and the verdict). */
interface ComparedKpi {
  kpi: KpiDefinition;
  spec: KpiMetricSpec;
  comparison: KpiComparison;
  effect: number | null;
  needed: number | null;
}

/** KPIs of one dataset scope and one map (their touchpoints), with the filter they share. */
export interface KpiGroup {
  scope: QueryScope;
  kpis: readonly KpiDefinition[];
  touchpoints?: readonly MeasureTouchpoint[];
  /** The filter the group's KPIs share (the dataset's standing filter); a KPI's `segment` is added to it. */
  filter?: EventFilter;
  /** What counts as a contact, a repeat and a complaint for the group's service metrics (else the options'). */
  service?: ServiceMetricsOptions;
}

/** Reads and compares one group's KPIs: each period's figure, the change and its test, the power calculation. */
async function compareKpiGroup(
  store: EventStore,
  { scope, kpis, touchpoints = [], filter: shared = {}, service }: KpiGroup,
  options: MeasureKpisOptions,
  alpha: number,
): Promise<ComparedKpi[]> {
  // A KPI with a control segment is read as two KPIs over the after period: the control's and the segment's.
  const toRead = kpis.flatMap((kpi) => {
    const positions = checkKpiDefinition(kpi, touchpoints);
    const filter = mergeFilters(shared, kpi.segment ?? {});
    if (!kpi.control) return [{ kpi, positions, filter }];
    const inAfter = { ...kpi, baseline: kpi.after };
    return [
      { kpi: inAfter, positions, filter: mergeFilters(shared, kpi.control) },
      { kpi: inAfter, positions, filter },
    ];
  });
  const read = await readKpiSamples(store, scope, touchpoints, toRead, service ?? options.service ?? {});
  let next = 0;
  const samples = kpis.map((kpi) => {
    const first = read[next++];
    if (!kpi.control) return first;
    const second = read[next++];
    return first && second ? ([first[1], second[1]] as const) : undefined;
  });
  const measured: ComparedKpi[] = [];
  for (const [i, kpi] of kpis.entries()) {
    const [before, after] = samples[i] ?? [];
    if (!before || !after) throw new Error('measureKpis: a KPI has no samples');
    const spec = KPI_METRICS[kpi.metric];
    const comparison = compareKpiSamples(before, after, options.confidence ?? 0.95);
    const base = comparison.before.value;
    const fromTarget =
      kpi.target !== undefined && base !== null && kpi.target !== base ? Math.abs(kpi.target - base) : null;
    const fromDefault =
      'absolute' in spec.defaultEffect
        ? spec.defaultEffect.absolute
        : base !== null && base > 0
          ? spec.defaultEffect.relative * base
          : null;
    const effect = fromTarget ?? fromDefault;
    const needed =
      effect === null
        ? null
        : computeNeededJourneys(before, after, effect, spec.direction, { alpha, power: options.power });
    measured.push({ kpi, spec, comparison, effect, needed });
  }
  return measured;
}

/** Benjamini–Hochberg across every compared KPI, then each KPI's verdict. */
function decideKpis(measured: readonly ComparedKpi[], alpha: number): KpiMeasurement[] {
  const tested = measured.flatMap((m, i) => (m.comparison.pValue === null ? [] : [i]));
  const adjusted = benjaminiHochberg(tested.map((i) => measured[i]?.comparison.pValue ?? 1));
  const adjustedOf = new Map(tested.map((i, k) => [i, adjusted[k] ?? null]));
  return measured.map(({ kpi, spec, comparison, effect, needed }, i): KpiMeasurement => {
    const adjustedPValue = adjustedOf.get(i) ?? null;
    const n = Math.min(comparison.before.n, comparison.after.n);
    return {
      kpiId: kpi.id,
      metric: kpi.metric,
      before: comparison.before,
      after: comparison.after,
      change: { ...comparison.change, effect, n, needed },
      pValue: comparison.pValue,
      adjustedPValue,
      test: spec.test,
      verdict: decideKpiVerdict({
        adjustedPValue,
        shift: comparison.shift,
        direction: spec.direction,
        n,
        needed,
        alpha,
      }),
    };
  });
}

/**
 * Measures a project's KPIs before vs after (docs/improvements.md, "Measuring a project's KPIs"): per KPI the
 * journeys in scope (the dataset, the shared filter and the KPI's segment) are assigned whole to the period in
 * which they start; the metric is measured in each period with its 95 % interval, the change after − before
 * tested with the metric's test (`KPI_METRICS`), the p-values adjusted with Benjamini–Hochberg across the
 * KPIs, and a verdict given: improved / worsened (adjusted p ≤ α, by the metric's good direction), no-change
 * (enough journeys by the power calculation), too-few. `touchpoints` are the map's, in designed order (the
 * measured map's matchers). A KPI that cannot be measured as defined throws `KpiDefinitionError`.
 */
export async function measureKpis(
  store: EventStore,
  scope: QueryScope,
  kpis: readonly KpiDefinition[],
  touchpoints: readonly MeasureTouchpoint[] = [],
  options: MeasureKpisOptions = {},
): Promise<KpiMeasurement[]> {
  const alpha = options.alpha ?? 0.05;
  const group = { scope, kpis, touchpoints, filter: options.filter ?? {} };
  return decideKpis(await compareKpiGroup(store, group, options, alpha), alpha);
}

/**
 * `measureKpis` for a project whose KPIs rest on several datasets or maps: each group is read on its own
 * scope, touchpoints and shared filter (`options.filter` is not used), and Benjamini–Hochberg runs across
 * every KPI of every group — one project, one family of tests. The answers come in the groups' order.
 */
export async function measureKpiGroups(
  store: EventStore,
  groups: readonly KpiGroup[],
  options: Omit<MeasureKpisOptions, 'filter'> = {},
): Promise<KpiMeasurement[]> {
  const alpha = options.alpha ?? 0.05;
  const compared: ComparedKpi[] = [];
  for (const group of groups) compared.push(...(await compareKpiGroup(store, group, options, alpha)));
  return decideKpis(compared, alpha);
}
