// Public API of @trailmap/analytics, listed by name.
export { ImportError } from './import/types.js';
export type { ImportRow, ImportProgress, ProgressListener, Parser } from './import/types.js';
export { openEventStore } from './store/openEventStore.js';
export type { EventStore, OpenEventStoreOptions } from './store/openEventStore.js';
export { getStoreVersion } from './store/getStoreVersion.js';
export { importEvents } from './store/importEvents.js';
export type { ImportResult, ImportEventsOptions } from './store/importEvents.js';
export { listDatasetVersions, getLatestVersion } from './store/listDatasetVersions.js';
export type { DatasetVersion } from './store/listDatasetVersions.js';
export { parseXes } from './import/parseXes.js';
export type { XesOptions } from './import/parseXes.js';
export { parseCsv, resolveCsvColumns } from './import/parseCsv.js';
export type { CsvOptions, CsvColumns } from './import/parseCsv.js';
export { parseTimestamp } from './import/parseTimestamp.js';
export { runQuery, getBackend } from './engine/runQuery.js';
export { defineQuery, defineSql } from './engine/defineQuery.js';
export type { Backend, QueryDefinition, QueryOptions, SqlFiles } from './engine/defineQuery.js';
export { column, decodeColumns } from './engine/columns.js';
export type { Column, DecodedRow } from './engine/columns.js';
export type { EventBackend, JourneyStartsCoverage } from './engine/EventBackend.js';
export type { DuckdbBackend } from './engine/duckdbBackend.js';
export type { ParamsOf, SqlParamKind, SqlParamSpec, SqlParams, SqlRow, SqlValue } from './engine/SqlValue.js';
export { toVariantKey, isCaseRuleField, CASE_RULE_FIELDS } from './queries/EventFilter.js';
export type {
  EventFilter,
  QueryScope,
  AttributeCondition,
  CaseRule,
  CaseRuleCondition,
} from './queries/EventFilter.js';
export { discoverDfg } from './queries/discoverDfg.js';
export type { DfgEdge } from './queries/discoverDfg.js';
export { getVariants } from './queries/getVariants.js';
export type { Variant, VariantsResult } from './queries/getVariants.js';
export { getStartEnd } from './queries/getStartEnd.js';
export type { ActivityCount, StartEndResult } from './queries/getStartEnd.js';
export { getCaseDurations } from './queries/getCaseDurations.js';
export type { CaseDurations, HistogramBin } from './queries/getCaseDurations.js';
export { getStepTimes } from './queries/getStepTimes.js';
export type { StepTime } from './queries/getStepTimes.js';
export { getFunnel } from './queries/getFunnel.js';
export type { FunnelOptions, FunnelOrder, FunnelResult, FunnelStep } from './queries/getFunnel.js';
export { getPaths } from './queries/getPaths.js';
export type { PathDirection, PathLink, PathNode, PathOptions, PathsResult } from './queries/getPaths.js';
export { getLogSummary } from './queries/getLogSummary.js';
export { listCases } from './queries/listCases.js';
export type { CaseList, CaseRow, CaseSort } from './queries/listCases.js';
export { getCaseEvents } from './queries/getCaseEvents.js';
export type { CaseEvents } from './queries/getCaseEvents.js';
export type { LogSummary } from './queries/getLogSummary.js';
export { mineInMemory } from './reference/mineInMemory.js';
// Parquet, NDJSON, OCEL and Segment parsers; identity stitching; case notions (each barrel lists its names).
export * from './import/formats.js';
export * from './identity/index.js';
export * from './cases/index.js';
export { importCsvFile, importParquetFile } from './store/importFileNative.js';
export { importXesFile } from './store/importXesFile.js';
export { createStagingDir } from './staging/createStagingDir.js';
export { removeStaleStagingDirs } from './staging/removeStaleStagingDirs.js';
export type { ImportXesFileOptions } from './store/importXesFile.js';
export type { NativeImportOptions } from './store/importFileNative.js';
// CX analytics: statistics, key-driver math and the CX queries (each barrel lists its names).
export * from './stats/index.js';
export * from './drivers/index.js';
export * from './cx/index.js';
// Datasets of a workspace: one facade over the store per workspace, importing any supported file.
export { openWorkspaceEvents } from './datasets/openWorkspaceEvents.js';
export type { WorkspaceEvents, ScopedQuery, DatasetFileInput } from './datasets/openWorkspaceEvents.js';
export { toMineInput } from './datasets/toMineInput.js';
// `trailmap mine`: one import of any supported log with its case notion, and the report built from a store.
export { importLog, chooseObjectType, MAX_EVENTS_IN_MEMORY } from './mine/importLog.js';
export type { MineInput, ImportedLog, LogCaseNotion } from './mine/importLog.js';
export { buildMineReport, topVariantCount, topChannelCount } from './mine/buildMineReport.js';
export type {
  MineReport,
  NpsFigure,
  ScoreFigure,
  SatisfactionFigures,
  ChannelSummary,
} from './mine/buildMineReport.js';
export { detectLogFormat, sniffFormat, LOG_FORMATS, LOG_FORMAT_NAMES } from './mine/detectLogFormat.js';
export type { LogFormat, DetectedFormat } from './mine/detectLogFormat.js';
export { previewDatasetFile, PREVIEW_ROWS } from './datasets/previewDatasetFile.js';
export type {
  DatasetPreview,
  PreviewColumn,
  PreviewColumnType,
  PreviewValue,
} from './datasets/previewDatasetFile.js';
export type { DatasetFigures } from './datasets/summariseDataset.js';
export { measureJourney } from './measure/measureJourney.js';
export { measureMap } from './measure/measureMap.js';
export { countMatches } from './measure/countMatches.js';
export { countGroupReach } from './measure/countGroupReach.js';
export type { GroupReach, TouchpointGroup } from './measure/countGroupReach.js';
export type { MapMeasurement, MeasureMapOptions } from './measure/measureMap.js';
export { compareMeasures } from './measure/compareMeasures.js';
export type {
  MeasureChange,
  MeasureComparison,
  MeasurePeriod,
  TouchpointChange,
} from './measure/compareMeasures.js';
export { measureConformance } from './measure/measureConformance.js';
export type { MapConformance, ConformanceDeviation } from './measure/measureConformance.js';
export { flowFromSteps, stepsOfPatterns, summariseActualFlow } from './measure/summariseActualFlow.js';
export type {
  ActualFlow,
  FlowDirection,
  FlowEdge,
  FlowEnd,
  FlowNode,
  ReachedPattern,
} from './measure/summariseActualFlow.js';
export type {
  TouchpointMatcher,
  MatcherPropertyCondition,
  MeasureTouchpoint,
  MeasurePhase,
  MeasuredScore,
  TouchpointMeasure,
  PhaseMeasure,
  JourneyMeasures,
} from './measure/types.js';
export { measureDrivers } from './measure/measureDrivers.js';
export { suggestActivities } from './measure/suggestActivities.js';
export type { ActivitySuggestion, SuggestActivitiesInput } from './measure/suggestActivities.js';
export type { MapDriver, MapDrivers, MapDriverOutcome, MapDriversOptions } from './measure/measureDrivers.js';
// A project's KPIs measured before vs after, with their tests, Benjamini–Hochberg and verdicts.
export * from './kpis/index.js';
