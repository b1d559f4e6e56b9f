// CX analytics on the event store (one query per file, SQL beside it), listed by name.
export { getServiceMetrics, getServiceCounts } from './getServiceMetrics.js';
export type { RepeatKey, ServiceCounts, ServiceMetrics, ServiceMetricsOptions } from './getServiceMetrics.js';
export { getSatisfaction } from './getSatisfaction.js';
export type { SatisfactionGroup, SatisfactionGrouping, ScoreSummary } from './getSatisfaction.js';
export { getDrivers } from './getDrivers.js';
export type { Driver, DriverOutcome, DriversOptions, DriversResult } from './getDrivers.js';
export { getDriverCorrelations } from './getDriverPatterns.js';
export type { DriverTarget } from './getDriverPatterns.js';
export { compareWindows } from './compareWindows.js';
export type { CompareOptions, ComparedMetric, ComparisonTest, MetricComparison } from './compareWindows.js';
export { mergeFilters, splitAtChange } from './mergeFilters.js';
export { checkConformance } from './checkConformance.js';
export type { ConformanceOptions } from './checkConformance.js';
export { assessConformance } from './assessConformance.js';
export type {
  ConformanceResult,
  DesignedJourney,
  DesignedStep,
  Reordering,
  StepConformance,
  UnexpectedActivity,
  WeightedVariant,
} from './assessConformance.js';
export { getCustomerTimeline } from './getCustomerTimeline.js';
export type {
  CustomerTimeline,
  TimelineEvent,
  TimelineJourney,
  TimelineOptions,
} from './getCustomerTimeline.js';
export { getScoreCounts, summarizeCounts } from './getScoreCounts.js';
export type { ScoreCount, ScoreName } from './getScoreCounts.js';
export { getNpsByWindow, groupNpsCounts } from './getNpsByWindow.js';
export type { JourneyWindow } from './journeyWindows.js';
export { getDurationSummary } from './getDurationSummary.js';
export { getMineCxSection } from './getMineCxSection.js';
export type { MineCxOptions, MineCxSection } from './getMineCxSection.js';
