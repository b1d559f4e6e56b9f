// Measuring a project's KPIs before vs after (docs/improvements.md, "Measuring a project's KPIs").
export { measureKpiGroups, measureKpis } from './measureKpis.js';
export type { KpiGroup, MeasureKpisOptions } from './measureKpis.js';
export { KPI_METRICS, KPI_METRIC_IDS } from './kpiMetrics.js';
export type { KpiMetricSpec } from './kpiMetrics.js';
export { checkKpiDefinition, KpiDefinitionError } from './checkKpiDefinition.js';
export { compareKpiSamples } from './compareKpiSamples.js';
export type { KpiComparison } from './compareKpiSamples.js';
export { computeNeededJourneys } from './computeNeededJourneys.js';
export type { PowerSettings } from './computeNeededJourneys.js';
export { decideKpiVerdict } from './decideKpiVerdict.js';
export { medianWithInterval } from './medianWithInterval.js';
export type {
  KpiChange,
  KpiDefinition,
  KpiFigure,
  KpiMeasurement,
  KpiMetric,
  KpiPeriod,
  KpiSample,
  KpiTest,
  KpiVerdict,
} from './types.js';
